import { UserRole } from '../../access/roles';
import { createApp, type App } from '../app';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { PAGE_QUERY } from '../../bench/page';
import { loadConfig } from '../../config';
import { buildSmallTree, ORG_FIELDS } from '../../test/fixtures';
import { startTestServer, type TestServer } from '../../test/server';

const SECRET = 'executor-comparison-secret-0123456789abcdef';
const DATA_KEY = 'executor-comparison-data-key-fedcba9876543210';
const EXECUTORS = ['jit', 'graphql-js'] as const;

type Credentials = 'admin' | 'staff' | 'trainee' | 'anonymous';

interface Exchange {
  status: number;
  contentType: string | null;
  body: string;
}

/**
 * The same requests through the compiled executor and through graphql-js, on one database:
 * the answers must be the same, byte for byte: data, errors, messages, codes, locations and
 * paths, HTTP status. In development, unexpected errors carry stack traces, which name the
 * executor's own frames; there the comparison leaves the stack traces out.
 */
describe('the compiled executor answers exactly as graphql-js', () => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  const apps: Record<'production' | 'development', Record<(typeof EXECUTORS)[number], { app: App; url: string }>> = {
    production: {} as never,
    development: {} as never,
  };
  const tokens: Partial<Record<Credentials, string>> = {};

  beforeAll(async () => {
    t = await startTestServer('sqlite', { NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', SESSION_SECRET: SECRET, DATA_KEY: DATA_KEY, GRAPHQL_EXECUTOR: 'jit' });
    tree = await buildSmallTree(t);
    for (const mode of ['production', 'development'] as const) {
      for (const executor of EXECUTORS) {
        // The test's X-Request-Id, the same for each server, is taken from a trusted proxy only: here, the loopback address.
        const env = { NODE_ENV: mode, PUBLIC_URL: 'https://dj.example.gov.cn', TRUST_PROXY: 'loopback', SESSION_SECRET: SECRET, DATA_KEY: DATA_KEY, DASHBOARD_DIR: '/nonexistent', GRAPHQL_EXECUTOR: executor };
        const app = await createApp({ ...loadConfig(env), seedDemoData: false }, t.db);
        apps[mode][executor] = { app, url: `${await app.listen(0, '127.0.0.1')}/graphql` };
      }
    }
    tokens.admin = (await t.userFor(UserRole.ADMIN, tree.agency.id)).token;
    tokens.staff = (await t.userFor(UserRole.STAFF, tree.hunan.id)).token;
    tokens.trainee = (await t.userFor(UserRole.TRAINEE, tree.hunan.id)).token;
  });
  afterAll(async () => {
    for (const mode of Object.values(apps)) for (const { app } of Object.values(mode)) await app.close();
    await t.stop();
  });

  let exchange = 0;
  const send = async (url: string, as: Credentials, body: string, init: { method?: string; headers?: Record<string, string> } = {}, requestId = `exchange-${(exchange += 1)}`): Promise<Exchange> => {
    const method = init.method ?? 'POST';
    // Both executors get the same request id, which error responses carry.
    const headers: Record<string, string> = { ...(method === 'POST' ? { 'content-type': 'application/json' } : {}), 'x-request-id': requestId, ...init.headers };
    if (as !== 'anonymous') headers.authorization = `Bearer ${tokens[as]}`;
    const res = await fetch(url, { method, headers, body: method === 'GET' ? undefined : body });
    return { status: res.status, contentType: res.headers.get('content-type'), body: await res.text() };
  };

  const withoutStacktraces = (text: string) => {
    try {
      return JSON.stringify(JSON.parse(text), (key, value) => (key === 'stacktrace' ? '<stack>' : value));
    } catch {
      return text;
    }
  };

  /** Sends one request through every app; both executors must answer alike in each mode. Returns the production answer. */
  const compare = async (as: Credentials, body: string, init?: { method?: string; headers?: Record<string, string>; path?: string }): Promise<Exchange> => {
    const answers: Record<string, Exchange> = {};
    const requestId = `compare-${(exchange += 1)}`;
    for (const mode of ['production', 'development'] as const) {
      for (const executor of EXECUTORS) {
        const url = apps[mode][executor].url + (init?.path ?? '');
        answers[`${mode}/${executor}`] = await send(url, as, body, init, requestId);
      }
    }
    expect(answers['production/jit']).toEqual(answers['production/graphql-js']);
    const dev = answers['development/jit'];
    const devReference = answers['development/graphql-js'];
    expect({ ...dev, body: withoutStacktraces(dev.body) }).toEqual({ ...devReference, body: withoutStacktraces(devReference.body) });
    return answers['production/jit'];
  };

  const request = (query: string, variables?: Record<string, unknown>, operationName?: string) => JSON.stringify({ query, variables, operationName });
  const errorCodes = (answer: Exchange) => (JSON.parse(answer.body).errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);

  it('answers the same data: the list page, lookups, relations, fragments, aliases and directives', async () => {
    const page = await compare('admin', request(PAGE_QUERY, { page: 0, perPage: 50 }));
    expect(JSON.parse(page.body).data.allOrganizations.length).toBeGreaterThan(5);
    await compare('admin', request(`query($id: ID!) { Organization(id: $id) { ${ORG_FIELDS} createdAt updatedAt parent { name } host { name } ancestors { id name } childCount enterpriseCount } }`, { id: tree.branch.id }));
    await compare(
      'admin',
      request(
        `fragment F on Organization { id name kind } query Page($skip: Boolean!, $withHost: Boolean!) {
          first: allOrganizations(perPage: 3, sortField: "id") { ...F parent { ...F } }
          second: allOrganizations(perPage: 3, page: 1, sortField: "kind", sortOrder: "DESC") { ... on Organization { id shortName @skip(if: $skip) host @include(if: $withHost) { name } } }
          _allOrganizationsMeta { count }
          me { user { username role organization { name } } permissions }
        }`,
        { skip: true, withHost: true },
        'Page',
      ),
    );
    await compare('admin', request('{ __typename allUsers(perPage: 5, sortField: "id") { id username role organization { id } } }'));
    // Variables left out take their defaults, non-null ones too, as Apollo Client's documents have them.
    const defaults = await compare(
      'admin',
      request('query($perPage: Int! = 2, $kinds: [OrganizationKind!]! = [CHAMBER], $sort: String = "id", $order: String! = "DESC") { allOrganizations(perPage: $perPage, sortField: $sort, sortOrder: $order, filter: { kind_in: $kinds }) { kind } }'),
    );
    expect(JSON.parse(defaults.body)).toEqual({ data: { allOrganizations: [{ kind: 'CHAMBER' }, { kind: 'CHAMBER' }] } });
    await compare('admin', request('{ allAuditEntries(perPage: 5, sortField: "id") { id action recordType changes organization { name } } }'));
    await compare('admin', request('{ __schema { queryType { name } } __type(name: "Organization") { fields { name } } }'));
  });

  it('answers NOT_FOUND, FORBIDDEN and UNAUTHENTICATED alike, with codes, paths and locations', async () => {
    expect(errorCodes(await compare('admin', request('{ Organization(id: "999999") { id name } }')))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await compare('admin', request('{ a: Organization(id: "999998") { id } b: Organization(id: "not-an-id") { id } }')))[0]).toBe('NOT_FOUND');
    expect(errorCodes(await compare('staff', request(`query($id: ID!) { Organization(id: $id) { id } }`, { id: tree.sichuanEnterprise.id })))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await compare('trainee', request('{ allOrganizations { id } }')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await compare('trainee', request('{ users: allUsers { id } audit: allAuditEntries { id } }')))[0]).toBe('FORBIDDEN');
    expect(errorCodes(await compare('staff', request('mutation { createUser(username: "x-y", displayName: "x", role: STAFF, organizationId: "1", password: "long-enough-password") { id } }')))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await compare('anonymous', request('{ allOrganizations { id } }')))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await compare('anonymous', request('{ me { user { id } } }')))).toEqual([]);
    expect(errorCodes(await compare('anonymous', request('mutation { signIn(username: "nobody-here", password: "wrong-password-1") { user { id } } }')))).toEqual(['UNAUTHENTICATED']);
  });

  it('records every refusal on the audit trail, whichever executor ran', async () => {
    const denials = () => t.db.manager.countBy(AuditEntry, { action: 'access.denied' });
    for (const mode of ['production', 'development'] as const) {
      for (const executor of EXECUTORS) {
        const before = await denials();
        const answer = await send(apps[mode][executor].url, 'trainee', request('query Denied { allOrganizations { id } }'));
        expect(errorCodes(answer)).toEqual(['FORBIDDEN']);
        expect(await denials()).toBe(before + 1);
      }
    }
  });

  it('refuses bad variables with BAD_USER_INPUT and status 400, as graphql-js does', async () => {
    const list = 'query($page: Int, $perPage: Int, $filter: OrganizationFilter) { allOrganizations(page: $page, perPage: $perPage, filter: $filter) { id } }';
    for (const variables of [
      { page: 'two' },
      { perPage: 2 ** 40 },
      { page: 1.5 },
      { filter: { kind: 'SECRET_SOCIETY' } },
      { filter: { nope: 1 } },
      { filter: 'text' },
      { filter: { ids: [{ $gt: '' }] } },
    ]) {
      const answer = await compare('admin', request(list, variables));
      expect(answer.status).toBe(400);
      expect(errorCodes(answer)).toEqual(expect.arrayContaining(['BAD_USER_INPUT']));
    }
    for (const variables of [{}, { id: null }, { id: ['1'] }]) {
      const answer = await compare('admin', request('query($id: ID!) { Organization(id: $id) { id } }', variables));
      expect(answer.status).toBe(400);
      expect(errorCodes(answer)).toEqual(['BAD_USER_INPUT']);
    }
    const several = await compare('admin', request('query($a: Int!, $b: Int!, $c: String) { allOrganizations(page: $a, perPage: $b, sortField: $c) { id } }', { a: 'x', b: null, c: 7 }));
    expect(errorCodes(several)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });

  it('answers argument checks and domain refusals alike, with their field lists', async () => {
    expect(errorCodes(await compare('admin', request('{ allOrganizations(perPage: 1000) { id } }')))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await compare('admin', request('{ allOrganizations(sortField: "secret") { id } }')))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await compare('admin', request('{ allOrganizations(sortOrder: "SIDEWAYS") { id } }')))).toEqual(['BAD_USER_INPUT']);
    const create = await compare('admin', request(`mutation($p: ID) { createOrganization(kind: ENTERPRISE, name: "  ", parentId: $p, foundedOn: "2025-02-30") { id } }`, { p: tree.hunan.id }));
    expect(JSON.parse(create.body).errors[0].extensions.fields.length).toBeGreaterThan(0);
    expect(errorCodes(await compare('admin', request(`mutation($id: ID!) { updateOrganization(id: $id, version: 999, phone: "1") { id } }`, { id: tree.hunan.id })))).toEqual(['CONFLICT']);
    expect(errorCodes(await compare('admin', request(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id: tree.hunan.id })))).toEqual(['CONFLICT']);
  });

  it('refuses malformed documents, validation failures and queries over the limits before either executor runs', async () => {
    const documents = [
      '{ allOrganizations { id ',
      '{ allOrganization { id } }',
      '{ allOrganizations { id nope } }',
      '{ allOrganizations(perPage: "ten") { id } }',
      '{ allOrganizations }',
      'query A { me { permissions } } query B { me { permissions } }',
      `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { permissions }`).join(' ')} }`,
      `{ allOrganizations { ${'parent { '.repeat(12)}id${' }'.repeat(12)} } }`,
      `{ allOrganizations { ${'id '.repeat(3100)}} }`,
      '',
    ];
    for (const query of documents) {
      const answer = await compare('admin', request(query));
      // Documents the token limit's own parser refuses (syntax errors, too many tokens) answer 500 today, the others 400.
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(errorCodes(answer)).toEqual(expect.arrayContaining(['BAD_USER_INPUT']));
    }
    expect((await compare('admin', request('query A { me { permissions } }', undefined, 'B'))).status).toBe(400);
    expect((await compare('admin', '{"query": 7}')).status).toBe(400);
    expect((await compare('admin', '{"query": "{ me { permissions } }"')).status).toBe(400);
    expect((await compare('admin', JSON.stringify([{ query: '{ me { permissions } }' }]))).status).toBe(400);
    // A GET without a preflight header is refused as a possible cross-site request; with one, it runs.
    const get = { method: 'GET', path: '?query=%7B__typename%7D' };
    expect((await compare('admin', '', get)).status).toBe(400);
    expect((await compare('admin', '', { ...get, headers: { 'apollo-require-preflight': '1' } })).status).toBe(200);
    expect((await compare('admin', '', { method: 'GET', path: '?query=mutation%7BsignOut%7D', headers: { 'apollo-require-preflight': '1' } })).status).toBe(405);
  });
});
