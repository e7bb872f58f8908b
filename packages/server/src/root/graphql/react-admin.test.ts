import fs from 'node:fs';
import path from 'node:path';
import { buildSchema, introspectionFromSchema } from 'graphql';
import buildGraphQLProvider from 'ra-data-graphql-simple';
import type { DataProvider } from 'ra-core';
import { loadConfig } from '../../config';
import { PersonalDataCipher } from '../../people/personal-data';
import { seedDemoData } from '../../seed/demo';
import { SCHEMA_FILE } from '../schema';
import { UserRole } from '../../access/roles';
import { DIALECTS } from '../../test/databases';
import { freshCreditCode } from '../../test/fixtures';
import { startTestServer, TEST_PASSWORD, type TestServer, type TestUser } from '../../test/server';

// react-admin's official GraphQL provider (ra-data-graphql-simple, on Apollo Client), unmodified,
// pointed at the API as each role: every method of every resource (docs/api.md, "react-admin").
// A role that may use a method gets what react-admin expects; one that may not is refused with
// FORBIDDEN or NOT_FOUND. The table of what ran is written to test-artifacts/.

type Role = UserRole;
const { ADMIN, ASSESSOR, COORDINATOR, STAFF, TRAINEE } = UserRole;
const ROLES: Role[] = [ADMIN, ASSESSOR, COORDINATOR, STAFF, TRAINEE];
const READERS: Role[] = [ADMIN, ASSESSOR, COORDINATOR, STAFF];
const CHAMBER_WRITERS: Role[] = [ADMIN, COORDINATOR, STAFF];

type Method = 'getList' | 'getOne' | 'getMany' | 'getManyReference' | 'create' | 'update' | 'updateMany' | 'delete' | 'deleteMany';
const METHODS: Method[] = ['getList', 'getOne', 'getMany', 'getManyReference', 'create', 'update', 'updateMany', 'delete', 'deleteMany'];

interface World {
  /** The chamber the chamber roles belong to. */
  home: string;
  serial: () => number;
  /** A party branch in that chamber (notices and meetings are a party organization's). */
  branch: string;
  /** A training program the classes are created in. */
  programId?: string;
}

type Row = Record<string, any>;

interface Resource {
  name: string;
  read: Role[];
  /** The filter getManyReference uses and the record field that holds the referenced id. */
  reference?: { target: string; from: (record: Row, world: World) => string };
  create?: { roles: Role[]; data: (world: World) => Row };
  /** The field an update changes, and its new value. */
  update?: { roles: Role[]; change: (record: Row, world: World) => Row };
  remove?: { roles: Role[] };
}

const RESOURCES: Resource[] = [
  {
    name: 'Organization',
    read: READERS,
    reference: { target: 'parentId', from: (_r, w) => w.home },
    create: { roles: CHAMBER_WRITERS, data: (w) => ({ kind: 'ENTERPRISE', name: `兼容测试企业${w.serial()}`, parentId: w.home, creditCode: freshCreditCode() }) },
    update: { roles: CHAMBER_WRITERS, change: (_r, w) => ({ address: `贵阳市兼容路${w.serial()}号` }) },
    remove: { roles: [ADMIN, COORDINATOR] },
  },
  {
    name: 'Person',
    read: READERS,
    reference: { target: 'organizationId', from: (_r, w) => w.home },
    create: { roles: CHAMBER_WRITERS, data: (w) => ({ name: `兼容人员${w.serial()}`, organizationId: w.home, nationalId: nationalIdFor(w.serial()) }) },
    update: { roles: CHAMBER_WRITERS, change: (_r, w) => ({ posts: `理事${w.serial()}` }) },
    remove: { roles: [ADMIN, COORDINATOR] },
  },
  {
    name: 'User',
    read: [ADMIN],
    reference: { target: 'organizationId', from: (_r, w) => w.home },
    create: { roles: [ADMIN], data: (w) => ({ username: `compat-${w.serial()}`, displayName: '兼容用户', role: 'STAFF', organizationId: w.home, password: 'conformance-pass-1' }) },
    update: { roles: [ADMIN], change: (_r, w) => ({ displayName: `兼容用户${w.serial()}` }) },
  },
  { name: 'AuditEntry', read: [ADMIN, ASSESSOR, COORDINATOR], reference: { target: 'organizationId', from: (_r, w) => w.home } },
  { name: 'CalendarDay', read: ROLES.filter((r) => r !== TRAINEE) },
  { name: 'DevelopmentCase', read: READERS, reference: { target: 'organizationId', from: (r) => r.organizationId } },
  {
    name: 'PublicNotice',
    read: READERS,
    reference: { target: 'organizationId', from: (r) => r.organizationId },
    create: {
      roles: CHAMBER_WRITERS,
      data: (w) => ({ organizationId: w.branch, stage: 'DEVELOPMENT_TARGET', startsOn: '2027-03-01', title: `发展对象公示${w.serial()}`, hotline: '0851-86800000', suggestionBox: '商会一楼意见箱' }),
    },
    update: { roles: CHAMBER_WRITERS, change: (_r, w) => ({ title: `发展对象公示（修订）${w.serial()}` }) },
    remove: { roles: CHAMBER_WRITERS },
  },
  { name: 'Report', read: READERS, reference: { target: 'noticeId', from: (r) => r.noticeId } },
  {
    name: 'TrainingProgram',
    read: ROLES,
    reference: { target: 'organizerId', from: (r) => r.organizerId },
    create: { roles: [ADMIN, COORDINATOR], data: (w) => ({ title: `兼容培训计划${w.serial()}`, year: 2027, organizerId: w.home }) },
    update: { roles: [ADMIN, COORDINATOR], change: (_r, w) => ({ description: `计划说明${w.serial()}` }) },
  },
  {
    name: 'TrainingClass',
    read: ROLES,
    reference: { target: 'programId', from: (r) => r.programId },
    create: {
      roles: [ADMIN, COORDINATOR],
      data: (w) => ({
        programId: w.programId,
        title: `兼容培训班${w.serial()}`,
        capacity: 30,
        enrollmentOpensOn: '2027-02-01',
        enrollmentClosesOn: '2027-02-20',
        sessions: [
          { date: '2027-03-01', hours: 3, topic: '党章学习' },
          { date: '2027-03-02', hours: 4, topic: '党史' },
        ],
      }),
    },
    update: { roles: [ADMIN, COORDINATOR], change: (_r, w) => ({ venue: `兼容会议室${w.serial()}` }) },
  },
  { name: 'Enrollment', read: ROLES, reference: { target: 'classId', from: (r) => r.classId } },
  {
    name: 'Exemplar',
    read: READERS,
    reference: { target: 'ownerOrganizationId', from: (r) => r.ownerOrganizationId },
    create: { roles: CHAMBER_WRITERS, data: (w) => ({ title: `兼容典型${w.serial()}`, category: 'PARTY_ORGANIZATION', subjectOrganizationId: w.home, citation: '先进基层党组织', story: '<p>坚持党建引领，服务在黔企业。</p>' }) },
    update: { roles: CHAMBER_WRITERS, change: (_r, w) => ({ title: `兼容典型（修订）${w.serial()}` }) },
  },
  {
    name: 'Meeting',
    read: READERS,
    reference: { target: 'organizationId', from: (r) => r.organizationId },
    create: { roles: CHAMBER_WRITERS, data: (w) => ({ organizationId: w.branch, plannedOn: '2027-01-15', topic: `主题党日${w.serial()}`, type: 'THEME_DAY' }) },
    update: { roles: CHAMBER_WRITERS, change: (_r, w) => ({ location: `商会会议室${w.serial()}` }) },
  },
  {
    name: 'Venue',
    read: READERS,
    reference: { target: 'organizationId', from: (r) => r.organizationId },
    create: { roles: CHAMBER_WRITERS, data: (w) => ({ name: `党员活动室${w.serial()}`, organizationId: w.home, standard: 'FOUR_HAVES', areaSqm: 40 }) },
  },
  { name: 'ResponsibilityLetter', read: READERS, reference: { target: 'chamberId', from: (r) => r.chamberId } },
  {
    name: 'Assessment',
    read: READERS,
    reference: { target: 'chamberId', from: (r) => r.chamberId },
    update: { roles: [ADMIN, ASSESSOR], change: (_r, w) => ({ comment: `评估意见${w.serial()}` }) },
  },
  { name: 'RectificationCase', read: READERS, reference: { target: 'chamberId', from: (r) => r.chamberId } },
];

/** A valid citizen id (GB 11643 check character) born on a day of 1980 that the serial picks. */
function nationalIdFor(serial: number): string {
  const body = `520102${1980}${String((serial % 12) + 1).padStart(2, '0')}${String((serial % 28) + 1).padStart(2, '0')}${String(serial % 1000).padStart(3, '0')}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((acc, digit, i) => acc + Number(digit) * weights[i], 0);
  return body + '10X98765432'[sum % 11];
}

interface TypeRef {
  name: string | null;
  ofType: TypeRef | null;
}
const namedOf = (type: TypeRef): string => (type.ofType ? namedOf(type.ofType) : type.name!);

type Outcome = 'ok' | 'FORBIDDEN' | 'NOT_FOUND' | 'UNAUTHENTICATED' | 'absent' | string;

/** What a refusal from the provider carries: the GraphQL error as Apollo Client hands it over. */
function codeOf(error: any): string {
  const graphQLErrors = error?.body?.graphQLErrors ?? error?.body?.errors;
  return graphQLErrors?.[0]?.extensions?.code ?? `${error?.status ?? ''} ${error?.message ?? error}`;
}

/** The error's whole story, for a failure message. */
function described(error: any): string {
  const body = error?.body;
  return JSON.stringify(body?.graphQLErrors?.length ? body.graphQLErrors : (body?.networkError?.result ?? error?.message ?? String(error)));
}

/** A call the test relies on: its refusal fails the test with what the server said. */
async function must<T>(call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw new Error(described(error));
  }
}

async function outcome<T>(run: () => Promise<T>, check?: (value: T) => void | Promise<void>): Promise<Outcome> {
  let value: T;
  try {
    value = await run();
  } catch (error) {
    const code = codeOf(error);
    return process.env.DEBUG_OUTCOME ? `${code} ${described(error)}` : ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'].includes(code) ? code : `${code} ${described(error)}`;
  }
  await check?.(value);
  return 'ok';
}

const providerWith = (server: TestServer, headers: Record<string, string>): DataProvider =>
  buildGraphQLProvider({ clientOptions: { uri: server.url, headers } }) as unknown as DataProvider;
const providerFor = (server: TestServer, token: string): DataProvider => providerWith(server, { authorization: `Bearer ${token}` });

/** The session cookie of a sign-in, as a server-side react-admin app would keep it. */
async function sessionCookie(server: TestServer, username: string): Promise<string> {
  const { headers, json } = await server.post(JSON.stringify({ query: `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { user { id } } }`, variables: { u: username, p: TEST_PASSWORD } }));
  expect(json.errors).toBeUndefined();
  return headers.get('set-cookie')!.split(';')[0];
}

describe.each(DIALECTS)('react-admin’s GraphQL provider on %s', (dialect) => {
  let server: TestServer;
  let world: World;
  const users = new Map<Role, TestUser>();
  const providers = new Map<Role, DataProvider>();
  const table: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(dialect);
    const config = loadConfig({});
    await seedDemoData(server.db, new PersonalDataCipher(config.dataKey));
    const chambers = await server.gql<{ allOrganizations: { id: string }[] }>(`{ allOrganizations(filter: { kind: CHAMBER }, sortField: "id", perPage: 1) { id } }`);
    const home = chambers.data!.allOrganizations[0].id;
    const below = await server.gql<{ allOrganizations: { id: string; kind: string }[] }>(`query($home: ID) { allOrganizations(filter: { descendantsOf: $home }, sortField: "id", perPage: 100) { id kind } }`, { home });
    const branch = below.data!.allOrganizations.find((o) => ['PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH'].includes(o.kind))!.id;
    let serial = 0;
    world = { home, branch, serial: () => (serial += 1) };
    // The demo department keeps the official calendar as it is; one local override to read.
    expect((await server.gql(`mutation { setCalendarDay(date: "2027-05-06", kind: HOLIDAY, note: "本地调休") { id } }`)).errors).toBeUndefined();
    for (const role of ROLES) {
      const user = await server.userFor(role, [ADMIN, ASSESSOR].includes(role) ? 0 : world.home);
      users.set(role, user);
      providers.set(role, providerFor(server, user.token));
    }
  }, 300_000);
  afterAll(async () => {
    const dir = path.resolve(__dirname, '../../../../../test-artifacts');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `react-admin-provider.${dialect}.md`), `| resource | method | ${ROLES.join(' | ')} |\n|---|---|${ROLES.map(() => '---').join('|')}|\n${table.join('\n')}\n`);
    await server?.stop();
  });

  const auditCount = async () => (await providers.get(ADMIN)!.getList('AuditEntry', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).total;

  async function exercise(resource: Resource, admin: DataProvider, outcomes: Record<Method, Record<Role, Outcome>>, expected: Record<Method, Record<Role, Outcome>>) {

    for (const role of ROLES) {
      const provider = providers.get(role)!;
      const reads = resource.read.includes(role);
      const sample = (await admin.getList(resource.name, { pagination: { page: 1, perPage: 40 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).data;
      const record = sample[0];

      expected.getList[role] = reads ? 'ok' : 'FORBIDDEN';
      outcomes.getList[role] = await outcome(
        () => provider.getList(resource.name, { pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'DESC' }, filter: {} }),
        (answer) => {
          expect(answer.data.length).toBeLessThanOrEqual(10);
          expect(answer.total).toBeGreaterThanOrEqual(answer.data.length);
          for (const row of answer.data) expect(row.id).toBeDefined();
        },
      );

      if (!record) continue;
      const mine = reads ? (await provider.getList(resource.name, { pagination: { page: 1, perPage: 40 }, sort: { field: 'id', order: 'ASC' }, filter: {} })).data : [];
      const visible = mine[0] ?? record;
      // Where the role sees none of the records, the administrator's is out of its sight.
      expected.getOne[role] = !reads ? 'FORBIDDEN' : mine.length ? 'ok' : 'NOT_FOUND';
      outcomes.getOne[role] = await outcome(
        () => provider.getOne(resource.name, { id: visible.id }),
        (answer) => expect(answer.data.id).toBe(visible.id),
      );

      // More ids than the provider's old default page of 25, without a perPage.
      expected.getMany[role] = reads ? 'ok' : 'FORBIDDEN';
      outcomes.getMany[role] = await outcome(
        () => provider.getMany(resource.name, { ids: mine.length ? mine.map((r) => r.id) : [record.id] }),
        (answer) => expect(answer.data.map((r) => r.id).sort()).toEqual(mine.map((r) => r.id).sort()),
      );

      if (resource.reference) {
        const target = resource.reference;
        const id = target.from(visible, world);
        expected.getManyReference[role] = reads ? 'ok' : 'FORBIDDEN';
        outcomes.getManyReference[role] = await outcome(
          () => provider.getManyReference(resource.name, { target: target.target, id, pagination: { page: 1, perPage: 10 }, sort: { field: 'id', order: 'ASC' }, filter: {} }),
          (answer) => {
            for (const row of answer.data) if (target.target in row) expect(String(row[target.target])).toBe(String(id));
          },
        );
      }
    }

    for (const role of ROLES) {
      const provider = providers.get(role)!;
      const { create, update, remove } = resource;
      // What this role writes on: its own creations where it may create, else the administrator's.
      const made: Row[] = [];
      if (create) {
        if (resource.name === 'TrainingClass') world.programId = (await must(admin.create('TrainingProgram', { data: { title: `兼容计划${world.serial()}`, year: 2027, organizerId: world.home } }))).data.id;
        const may = create.roles.includes(role);
        expected.create[role] = may ? 'ok' : 'FORBIDDEN';
        for (let i = 0; i < (may ? 3 : 1); i++) {
          const data = create.data(world);
          outcomes.create[role] = await outcome(
            () => provider.create(resource.name, { data }),
            (answer) => {
              made.push(answer.data);
              for (const [key, value] of Object.entries(data)) {
                if (key === 'password' || key === 'nationalId' || typeof value === 'object') continue;
                expect(String(answer.data[key])).toBe(String(value));
              }
            },
          );
          if (outcomes.create[role] !== 'ok') break;
        }
      }
      const targets: Row[] = made.length
        ? made
        : create
          ? [(await must(admin.create(resource.name, { data: create.data(world) }))).data]
          : (await admin.getList(resource.name, { pagination: { page: 1, perPage: 3 }, sort: { field: 'id', order: 'DESC' }, filter: {} })).data;

      if (update) {
        const may = update.roles.includes(role);
        expected.update[role] = may ? 'ok' : resource.read.includes(role) ? 'FORBIDDEN' : 'FORBIDDEN';
        const target = targets[0];
        // The whole record as the provider read it, with one field changed.
        // Read as the role reads it where it may (a masked national id, say), else as the administrator.
        const read = (await provider.getOne(resource.name, { id: target.id }).catch(() => must(admin.getOne(resource.name, { id: target.id })))).data;
        const change = update.change(read, world);
        outcomes.update[role] = await outcome(
          () => provider.update(resource.name, { id: read.id, data: { ...read, ...change }, previousData: read }),
          (answer) => {
            for (const [key, value] of Object.entries(change)) expect(answer.data[key]).toEqual(value);
            if ('version' in read) expect(answer.data.version).toBe(read.version + 1);
          },
        );
        if (may && outcomes.update[role] === 'ok') {
          // The record sent back unchanged changes nothing: the version stays.
          const again = (await provider.getOne(resource.name, { id: target.id })).data;
          const audited = await auditCount();
          const echoed = await must(provider.update(resource.name, { id: again.id, data: again, previousData: again as never }));
          if ('version' in again) expect(echoed.data.version).toBe(again.version);
          expect(await auditCount()).toBe(audited);
        }

        expected.updateMany[role] = expected.update[role];
        const bulk = update.change(read, world);
        outcomes.updateMany[role] = await outcome(
          () => provider.updateMany(resource.name, { ids: targets.map((t) => t.id), data: bulk }),
          async (answer) => {
            expect(answer.data?.map(String).sort()).toEqual(targets.map((t) => String(t.id)).sort());
          },
        );
        if (outcomes.updateMany[role] === 'ok') {
          for (const t of targets) {
            const now = (await admin.getOne(resource.name, { id: t.id })).data;
            for (const [key, value] of Object.entries(bulk)) expect(now[key]).toEqual(value);
          }
        }
      }

      if (remove) {
        const may = remove.roles.includes(role);
        expected.delete[role] = may ? 'ok' : 'FORBIDDEN';
        expected.deleteMany[role] = expected.delete[role];
        const [first, ...rest] = targets;
        outcomes.delete[role] = await outcome(
          () => provider.delete(resource.name, { id: first.id, previousData: first } as never),
          (answer: { data: Row }) => expect(answer.data.id).toBe(first.id),
        );
        const many = rest.length ? rest : [(await admin.create(resource.name, { data: create!.data(world) })).data];
        outcomes.deleteMany[role] = await outcome(
          () => provider.deleteMany(resource.name, { ids: many.map((r) => r.id) }),
          (answer) => expect(answer.data!.map(String).sort()).toEqual(many.map((r) => String(r.id)).sort()),
        );
        if (may && outcomes.deleteMany[role] === 'ok') {
          const after = await admin.getMany(resource.name, { ids: many.map((r) => r.id) });
          for (const row of after.data) expect(row.archivedAt ?? row.status).toBeTruthy();
        }
      }
    }

  }

  it.each(RESOURCES.map((r) => [r.name, r] as const))('%s: every method, every role', async (_name, resource) => {
    const outcomes: Record<Method, Record<Role, Outcome>> = Object.fromEntries(METHODS.map((m) => [m, {}])) as never;
    const expected: Record<Method, Record<Role, Outcome>> = Object.fromEntries(METHODS.map((m) => [m, {}])) as never;
    const admin = providers.get(ADMIN)!;
    try {
      await exercise(resource, admin, outcomes, expected);
    } finally {
      for (const method of METHODS) {
        if (!Object.keys(expected[method]).length) continue;
        table.push(`| ${resource.name} | ${method} | ${ROLES.map((role) => (role in expected[method] ? (outcomes[method][role] === 'ok' ? '✓' : (process.env.DEBUG_OUTCOME ? outcomes[method][role] : (outcomes[method][role] ?? '?').split(' ')[0])) : '—')).join(' | ')} |`);
      }
    }
    // A refusal is FORBIDDEN or NOT_FOUND; NOT_FOUND stands for FORBIDDEN where the record is out of sight.
    const loose = (o: Outcome) => (o === 'NOT_FOUND' ? 'FORBIDDEN' : o);
    const looseAll = (table: Record<Method, Record<Role, Outcome>>) => Object.fromEntries(METHODS.map((m) => [m, Object.fromEntries(Object.entries(table[m]).map(([r, o]) => [r, loose(o)]))]));
    expect(looseAll(outcomes)).toEqual(looseAll(expected));
  });

  it.each(ROLES)('creates an API token as %s and shows its secret once', async (role) => {
    const session = providerWith(server, { cookie: await sessionCookie(server, users.get(role)!.user.username) });
    const answer = await must(session.create('ApiToken', { data: { name: `兼容令牌${world.serial()}`, password: TEST_PASSWORD, expiresInDays: 30 } }));
    expect(answer.data).toEqual(expect.objectContaining({ name: expect.any(String), prefix: expect.any(String), token: expect.stringMatching(/^gh_/) }));
    const used = providerFor(server, answer.data.token);
    await expect(used.getList('CalendarDay', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} }).then(() => 'ok', codeOf)).resolves.toBe(role === TRAINEE ? 'FORBIDDEN' : 'ok');
  });

  it('keeps an account signed in when its record is sent back with its role and organization unchanged', async () => {
    const admin = providers.get(ADMIN)!;
    const username = `compat-session-${world.serial()}`;
    const created = await must(admin.create('User', { data: { username, displayName: '会话用户', role: 'STAFF', organizationId: world.home, password: TEST_PASSWORD } }));
    const cookie = await sessionCookie(server, username);
    const me = () => server.post(JSON.stringify({ query: '{ me { user { id } } }' }), { cookie }).then((r) => r.json.data.me);
    expect(await me()).not.toBeNull();
    const read = (await admin.getOne('User', { id: created.data.id })).data;
    await must(admin.update('User', { id: read.id, data: { ...read, displayName: '会话用户（改）' }, previousData: read as never }));
    expect(await me()).not.toBeNull();
    // A real change of role does sign the account out.
    const changed = (await admin.getOne('User', { id: read.id })).data;
    await must(admin.update('User', { id: read.id, data: { ...changed, role: 'COORDINATOR' }, previousData: changed as never }));
    expect(await me()).toBeNull();
  });

  it.each([COORDINATOR, STAFF])('shows as %s no id of a record it cannot read: a reference out of scope reads null, like its object', async (role) => {
    const gql = users.get(role)!.gql;
    const intro = await gql<{ __schema: { queryType: { fields: { name: string; type: TypeRef; args: { name: string; type: TypeRef }[] }[] }; types: { name: string; fields: { name: string; type: TypeRef }[] | null; inputFields: { name: string }[] | null }[] } }>(
      `{ __schema { queryType { fields { name args { name type { name ofType { name } } } type { name ofType { name ofType { name ofType { name } } } } } } types { name inputFields { name } fields { name type { name ofType { name ofType { name ofType { name } } } } } } } }`,
    );
    const query = new Map(intro.data!.__schema.queryType.fields.map((f) => [f.name, f]));
    const types = new Map(intro.data!.__schema.types.map((t) => [t.name, t]));
    const lists = [...query.keys()].filter((name) => name.startsWith('all') && query.has(`_${name}Meta`));
    const resources = new Set(lists.map((name) => namedOf(query.get(name)!.type)));
    const mismatched = new Set<string>();
    let pairs = 0;
    for (const list of lists) {
      const type = types.get(namedOf(query.get(list)!.type))!;
      const refs = type.fields!.filter((f) => f.name.endsWith('Id') && type.fields!.some((o) => o.name === f.name.slice(0, -2) && resources.has(namedOf(o.type))));
      if (!refs.length) continue;
      const answer = await gql<Record<string, Row[]>>(`{ ${list}(perPage: 100) { id ${refs.map((f) => `${f.name} ${f.name.slice(0, -2)} { id }`).join(' ')} } }`);
      if (answer.errors?.[0]?.extensions?.code === 'FORBIDDEN') continue;
      expect(answer.errors).toBeUndefined();
      for (const row of answer.data![list]) {
        for (const ref of refs) {
          pairs += 1;
          const object = row[ref.name.slice(0, -2)];
          if (String(row[ref.name] ?? null) !== String(object?.id ?? null)) mismatched.add(`${namedOf(query.get(list)!.type)}.${ref.name}`);
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
    expect([...mismatched]).toEqual([]);

    // Filtering by an organization out of scope matches nothing, as filtering by a missing one does:
    // the department (above every chamber) and another chamber.
    const outside = await server.gql<{ above: { id: string }[]; beside: { id: string }[] }>(
      `{ above: allOrganizations(filter: { kind: AGENCY }, perPage: 1, sortField: "id") { id } beside: allOrganizations(filter: { kind: CHAMBER }, perPage: 2, sortField: "id") { id } }`,
    );
    const strangers = [outside.data!.above[0].id, outside.data!.beside.find((o) => o.id !== world.home)!.id];
    const leaks: string[] = [];
    let filters = 0;
    for (const list of lists) {
      const type = types.get(namedOf(query.get(list)!.type))!;
      const filterType = query.get(list)!.args.find((a) => a.name === 'filter');
      const keys = new Set((filterType ? types.get(namedOf(filterType.type))!.inputFields ?? [] : []).map((f) => f.name));
      const refs = type.fields!.filter((f) => keys.has(f.name) && f.name.endsWith('Id') && type.fields!.some((o) => o.name === f.name.slice(0, -2) && namedOf(o.type) === 'Organization'));
      for (const ref of refs) {
        for (const stranger of strangers) {
          const answer = await gql<Record<string, Row[]>>(`query($id: ID) { ${list}(filter: { ${ref.name}: $id }, perPage: 100) { id } }`, { id: stranger });
          if (answer.errors?.[0]?.extensions?.code === 'FORBIDDEN') continue;
          filters += 1;
          if (answer.data![list].length) leaks.push(`${list}(filter: { ${ref.name}: ${stranger} }) answers ${answer.data![list].length}`);
        }
      }
    }
    expect(filters).toBeGreaterThan(10);
    expect(leaks).toEqual([]);
  });

  it('works from the shipped schema where introspection is off (production)', async () => {
    const shipped = introspectionFromSchema(buildSchema(fs.readFileSync(SCHEMA_FILE, 'utf8'))).__schema;
    const provider = buildGraphQLProvider({
      clientOptions: { uri: server.url, headers: { authorization: `Bearer ${users.get(ADMIN)!.token}` } },
      introspection: { schema: shipped },
    }) as unknown as DataProvider;
    const answer = await provider.getList('Organization', { pagination: { page: 1, perPage: 3 }, sort: { field: 'id', order: 'ASC' }, filter: {} });
    expect(answer.data).toHaveLength(3);
  });

  it('hands field problems to react-admin’s forms and a lost session to its auth provider', async () => {
    const provider = providers.get(COORDINATOR)!;
    const refusal = await provider.create('Organization', { data: { kind: 'ENTERPRISE', name: '', parentId: world.home } }).catch((error) => error);
    // What the provider rejects with: the GraphQL error, field problems in extensions.fields.
    expect(codeOf(refusal)).toBe('BAD_USER_INPUT');
    expect(refusal.body.graphQLErrors[0].extensions.fields).toEqual([expect.objectContaining({ field: 'name', constraint: expect.any(String), message: expect.any(String) })]);

    const signedOut = providerFor(server, 'gh_not-a-token');
    const lost = await signedOut.getList('Organization', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} }).catch((error) => error);
    expect(codeOf(lost)).toBe('UNAUTHENTICATED');
  });
});
