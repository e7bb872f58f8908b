/**
 * Malformed requests at every route the server answers, generated with fast-check: broken and
 * hostile headers (Origin, Content-Type, Content-Encoding, Content-Length, Cookie,
 * Authorization, Host, Sec-Fetch-Site, X-Request-Id), bodies in every encoding and none
 * (corrupt gzip, bad UTF-8, JSON of the wrong shape, form fields), and GraphQL documents
 * (random tokens, deep nesting, many aliases, bad variables). None may answer 5xx, none may
 * change a row of any table, and none may be logged as an error. The seed is fixed, so a run
 * is repeatable; the number of requests is printed.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import fc from 'fast-check';
import { createApp, type App } from '../root/app';
import { todayInChina } from '../common/dates';
import { loadConfig } from '../config';
import { DIALECTS } from '../test/databases';
import { step } from '../test/development-fixtures';
import { buildSmallTree } from '../test/fixtures';
import { createPerson, freshNationalId } from '../test/people-fixtures';
import { startTestServer, type TestServer } from '../test/server';
import { tableChecksums } from './checksums';

jest.setTimeout(180_000);

/** Requests per database. */
const RUNS = 1500;
/** Fixed, so a failure repeats; MALFORMED_SEED tries another. */
const SEED = Number(process.env.MALFORMED_SEED) || 20260917;

interface Wire {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: Buffer | null;
  /** Content-Length claims more than is sent: the server waits, the client gives up. */
  shortBody: boolean;
}

// ---------------------------------------------------------------- generators

/** Header values Node will send: visible ASCII and Latin-1, no line breaks. */
const headerText = fc.stringMatching(/^[\x20-\x7e\xa0-\xff]{0,80}$/);
const latin1Junk = fc.uint8Array({ minLength: 0, maxLength: 60 }).map((bytes) => Buffer.from(bytes.map((b) => (b < 0x20 || b === 0x7f ? 0x41 : b))).toString('latin1'));

const GRAPHQL_WORDS = [
  '{', '}', '(', ')', '[', ']', ':', '!', '$', '@', '...', '=', '|', '&', ',', 'query', 'mutation', 'subscription', 'fragment', 'on',
  'me', 'user', 'id', 'organization', 'allUsers', 'allOrganizations', 'publishedNotices', 'publishedNotice', 'fileReport', 'signIn',
  'createOrganization', 'deleteUser', '__typename', '__schema', '__type', 'types', 'name', 'filter', 'role', 'ADMIN', 'perPage',
  '"str"', '"\\u0000"', '"\\uD800"', '"""block"""', '123', '-1.5e309', '0x10', 'true', 'null', '$v', '#c\n', '@skip(if: true)', '@include',
  '\u0000', '\u202e', '長', 'é',
];

const randomDocument = fc.array(fc.constantFrom(...GRAPHQL_WORDS), { minLength: 0, maxLength: 60 }).map((words) => words.join(' '));
const deepDocument = fc.tuple(fc.integer({ min: 11, max: 1500 }), fc.constantFrom('me', 'organization', 'a', 'user')).map(([depth, field]) => `{ ${`${field} { `.repeat(depth)}id${' }'.repeat(depth)} }`);
const aliasDocument = fc.tuple(fc.integer({ min: 16, max: 1200 }), fc.constantFrom('__typename', 'me { user { id } }', '_publishedNoticesMeta { count }', 'publishedNotices { id }')).map(
  ([count, field]) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`,
);
const longDocument = fc.integer({ min: 3001, max: 12_000 }).map((n) => `{ ${'__typename '.repeat(n)} }`);
/** A valid document with one character removed, doubled or replaced. */
const VALID = [
  'query($id: ID!) { publishedNotice(id: $id) { id title candidates { name } } }',
  'mutation($n: ID!, $c: String!) { fileReport(noticeId: $n, content: $c) { reference } }',
  'mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { user { id } } }',
  'query($f: UserFilter) { allUsers(filter: $f) { id } }',
  'query { me { user { id role } } }',
  'query($p: Int, $pp: Int) { publishedNotices(page: $p, perPage: $pp) { id } }',
];
const brokenDocument = fc.tuple(fc.constantFrom(...VALID), fc.nat(), fc.constantFrom('drop', 'double', 'replace'), fc.constantFrom('{', '}', '(', '$', '"', '!', ':', ' ', '\u0000')).map(([doc, at, how, ch]) => {
  const i = at % doc.length;
  return how === 'drop' ? doc.slice(0, i) + doc.slice(i + 1) : how === 'double' ? doc.slice(0, i) + doc[i] + doc.slice(i) : doc.slice(0, i) + ch + doc.slice(i + 1);
});
/** Variables of every wrong type, for the valid documents above; a string is never what the report's content gets. */
const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant('ADMN'),
  fc.constant(''),
  fc.constant('x'.repeat(5000)),
  fc.constant(JSON.parse(`${'['.repeat(400)}${']'.repeat(400)}`) as unknown),
  fc.dictionary(fc.constantFrom('role', 'q', 'rol', '__proto__', 'constructor', 'organizationId'), fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(['ADMIN']))),
);
const validWithBadVariables = fc.tuple(fc.constantFrom(...VALID), fc.dictionary(fc.constantFrom('id', 'n', 'c', 'u', 'p', 'f', 'pp', 'extra'), junkValue, { maxKeys: 4 })).map(([query, variables]) => {
  // fileReport must never get a string content: with one, it would file a report.
  if ('c' in variables && typeof variables.c === 'string') variables.c = 42;
  return { query, variables };
});

const graphqlDocument = fc.oneof(randomDocument, deepDocument, aliasDocument, longDocument, brokenDocument);
/** What a JSON body's fields can be: the right type with a bad value, or the wrong type. */
const graphqlPayload: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: graphqlDocument.map((query) => ({ query })) },
  { weight: 3, arbitrary: validWithBadVariables },
  { weight: 1, arbitrary: fc.record({ query: fc.oneof(junkValue, graphqlDocument), variables: fc.oneof(junkValue, fc.string()), operationName: fc.oneof(junkValue, fc.string()), extensions: junkValue }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.array(graphqlDocument.map((query) => ({ query })), { maxLength: 3 }) },
  { weight: 1, arbitrary: junkValue },
);

const badUtf8 = fc.constantFrom(Buffer.from([0xff, 0xfe, 0xfd]), Buffer.from([0xc3, 0x28]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf0, 0x28, 0x8c, 0x28]), Buffer.from([0xe2, 0x82]));

/** Form fields for the report form: the content is always one the form refuses (empty, too long, control characters). */
const reportForm = fc
  .record(
    {
      content: fc.constantFrom('', '   ', '\u0001报告', 'abc\u202edef', '长'.repeat(2001), '\ufeff', 'a\u0000b'),
      caseId: fc.oneof(fc.string(), fc.constant('999999'), fc.constant('-1')),
      anonymous: fc.constantFrom('1', '0', 'on', ''),
      reporterName: fc.oneof(fc.string(), fc.constant('名'.repeat(60))),
      reporterContact: fc.string(),
      formToken: fc.oneof(fc.string(), fc.constant(`${Math.floor(Date.now() / 1000)}.${'A'.repeat(43)}`)),
      website: fc.constant(''),
    },
    { requiredKeys: ['content'] },
  )
  .map((fields) => Buffer.from(new URLSearchParams(fields as Record<string, string>).toString()));

const bodyBytes = fc.oneof(
  graphqlPayload.map((payload) => Buffer.from(JSON.stringify(payload) ?? 'undefined')),
  reportForm,
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  badUtf8,
  fc.tuple(fc.string(), badUtf8).map(([s, bad]) => Buffer.concat([Buffer.from(`{"query": "${s.replace(/["\\]/g, '')}`), bad, Buffer.from('"}')])),
  fc.constantFrom(Buffer.from('{'), Buffer.from('null'), Buffer.from('[]'), Buffer.from('"query"'), Buffer.from('{"query": {"a": 1}}'), Buffer.from('content=%E0%A4%A&x=%%')),
);

const contentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=utf-16',
    'application/json; charset=koi8-r',
    'application/x-www-form-urlencoded',
    'application/x-www-form-urlencoded; charset=gbk',
    'text/plain',
    'text/plain; charset=utf-8',
    'multipart/form-data; boundary=----x',
    'application/graphql',
    'application/graphql-response+json',
    'image/webp',
    '',
    ';;;',
    'application/json; charset=',
  ),
  headerText,
);

type Encoding = 'none' | 'gzip' | 'deflate' | 'br' | 'gzip-garbage' | 'deflate-garbage' | 'br-garbage' | 'unknown' | 'double';
const encoding = fc.constantFrom<Encoding>('none', 'none', 'none', 'gzip', 'deflate', 'br', 'gzip-garbage', 'deflate-garbage', 'br-garbage', 'unknown', 'double');

function encode(body: Buffer, how: Encoding): { body: Buffer; header?: string } {
  switch (how) {
    case 'none':
      return { body };
    case 'gzip':
      return { body: zlib.gzipSync(body), header: 'gzip' };
    case 'deflate':
      return { body: zlib.deflateSync(body), header: 'deflate' };
    case 'br':
      return { body: zlib.brotliCompressSync(body), header: 'br' };
    case 'gzip-garbage':
      return { body: Buffer.concat([zlib.gzipSync(body).subarray(0, 12), Buffer.from('garbage')]), header: 'gzip' };
    case 'deflate-garbage':
      return { body, header: 'deflate' };
    case 'br-garbage':
      return { body, header: 'br' };
    case 'unknown':
      return { body, header: 'x-compress, zstd' };
    case 'double':
      return { body: zlib.gzipSync(zlib.gzipSync(body)), header: 'gzip, gzip' };
  }
}

const credentials = fc.record(
  {
    authorization: fc.oneof(
      fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'Bearer gh_', 'bearer  gh_0000000000000000000000000000000000000000', 'Bearer gh_\xff\xfe', `Bearer ${'a'.repeat(5000)}`),
      headerText.map((t) => `Bearer ${t}`),
      headerText,
    ),
    cookie: fc.oneof(
      fc.constantFrom('gh_session=', 'gh_session=%', 'gh_session=%E0%A4%A', 'gh_session=abc; gh_session=def', `gh_session=${'x'.repeat(4000)}`, ';;;==', '=gh_session'),
      headerText.map((t) => `gh_session=${t}`),
      latin1Junk,
    ),
  },
  { requiredKeys: [] },
);

const browserish = fc.record(
  {
    origin: fc.oneof(fc.constantFrom('null', 'https://evil.example', '::::', 'http://', 'javascript:alert(1)', 'http://127.0.0.1', 'http://[::1', ''), headerText),
    'sec-fetch-site': fc.oneof(fc.constantFrom('same-origin', 'none', 'cross-site', 'same-site', 'SAME-ORIGIN', ''), headerText),
    host: fc.oneof(fc.constantFrom('evil.example', 'localhost:99999', '[::1', '', 'a'.repeat(300)), headerText),
    'x-request-id': fc.oneof(fc.constantFrom('trace-1', '<script>', 'a'.repeat(100), ''), latin1Junk),
    'apollo-require-preflight': fc.constantFrom('1', 'true', ''),
    'x-requested-with': fc.constantFrom('guildhall', 'XMLHttpRequest'),
    accept: fc.oneof(fc.constantFrom('application/json', 'text/html', 'application/graphql-response+json', 'multipart/mixed; deferSpec=20220824', '*/*;q=x'), headerText),
    'accept-encoding': fc.constantFrom('gzip', 'br', 'identity;q=0', '*'),
    range: fc.constantFrom('bytes=0-10', 'bytes=999999-', 'bytes=x', 'bytes=-1,-2,-3'),
    'if-none-match': headerText,
  },
  { requiredKeys: [] },
);

/** A path segment where a route has a parameter: a real id, an unknown one, or something that is not an id at all. */
function segment(known: string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...known),
    fc.constantFrom('0', '-1', '999999', '1e3', '0x10', '9'.repeat(30), 'abc', '%E0%A4%A', '%00', '%2e%2e', '..%2f..%2fetc%2fpasswd', '1.5', '1%20', 'NaN', '%F0%9F%98%80', '%E9%95%B7'),
    fc.stringMatching(/^[A-Za-z0-9._~-]{1,20}$/),
    fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s) || 'x'),
  );
}

const QUERY_TAILS = ['', '?page=-1', '?page=99999999999999999999', '?page=abc&page=2', '?category=ADMIN&chamber=%', '?version=abc', '?query=%7B__typename%7D', '?query={&variables=[', '?variables=%7B%22a%22%3A1%7D&operationName=x', '?a[b][c]=1', '?%=%'];

// ---------------------------------------------------------------- the test

describe.each(DIALECTS)('malformed requests at every route on %s', (dialect) => {
  let t: TestServer;
  let app: App;
  let base: string;
  let dashboardDir: string;
  const lines: { level: number; msg?: string; req?: { url?: string }; err?: unknown }[] = [];
  const known: string[] = [];

  beforeAll(async () => {
    t = await startTestServer(dialect);
    const tree = await buildSmallTree(t);
    const person = await createPerson(t.gql, { name: '公示对象', organizationId: tree.branch.id, nationalId: freshNationalId('1992-02-02') });
    const opened = await t.gql(`mutation($p: ID!, $o: ID!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: "2024-01-02") { id version } }`, { p: person.id, o: tree.branch.id });
    let c = await step(t.gql, 'recordCaseTalk', opened.data!.openDevelopmentCase, '2024-01-10');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2024-01-20');
    const draft = await t.gql(
      `mutation($o: ID!, $c: [ID!], $s: String!) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "公示", startsOn: $s, caseIds: $c, hotline: "0851-88886666", suggestionBox: "意见箱") { id version } }`,
      { o: tree.branch.id, c: [c.id], s: todayInChina() },
    );
    const published = await t.gql(`mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id } }`, { id: draft.data!.createPublicNotice.id, v: draft.data!.createPublicNotice.version });
    known.push(published.data!.publishNotice.id, c.id, String(tree.branch.id), String(tree.hunan.id), person.id);

    dashboardDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-fuzz-dashboard-'));
    fs.mkdirSync(path.join(dashboardDir, 'assets'));
    fs.writeFileSync(path.join(dashboardDir, 'index.html'), '<!doctype html><title>dashboard</title>');
    fs.writeFileSync(path.join(dashboardDir, 'assets', 'index-abc123.js'), 'console.log(1)');
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    const config = { ...loadConfig({ LOG_LEVEL: 'warn', DASHBOARD_DIR: dashboardDir, PHOTO_DIR: t.photoDir, PUBLIC_URL: 'https://dj.example.gov.cn' }), seedDemoData: false };
    app = await createApp(config, t.db, undefined, sink);
    base = await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await t?.stop();
    if (dashboardDir) fs.rmSync(dashboardDir, { recursive: true, force: true });
  });

  const send = (wire: Wire): Promise<{ status: number | null }> =>
    new Promise((resolve, reject) => {
      const url = new URL(base);
      const headers: Record<string, string | number> = { ...wire.headers };
      if (wire.body && headers['content-length'] === undefined) headers['content-length'] = wire.shortBody ? wire.body.length + 10 : wire.body.length;
      const req = http.request({ host: url.hostname, port: url.port, method: wire.method, path: wire.path, headers, agent: false, setHost: !('host' in headers) }, (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? null }));
        res.on('error', reject);
      });
      // A body shorter than its Content-Length keeps the server waiting: give up, as a client would.
      req.setTimeout(wire.shortBody ? 100 : 10_000, () => req.destroy(new Error('timeout')));
      req.on('error', (error: NodeJS.ErrnoException) => (error.message === 'timeout' || error.code === 'ECONNRESET' ? resolve({ status: null }) : reject(error)));
      if (wire.body) req.write(wire.body);
      req.end();
    });

  it(`answers ${RUNS} generated malformed requests without a 5xx, an error in the log or a changed row`, async () => {
    // Every route the app has, its parameters filled in by the generator; the dashboard's static files besides.
    const routes = app.routes.filter((r) => !(r.path.startsWith('/^') || r.path.startsWith('/(')));
    const catchAll = app.routes.filter((r) => r.path.startsWith('/^') || r.path.startsWith('/('));
    expect(routes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining(['GET /graphql', 'POST /graphql', 'GET /healthz', 'GET /readyz', 'GET /public/notices', 'GET /public/notices/:id', 'POST /public/notices/:id/reports', 'GET /public/exemplars', 'GET /public/exemplars/:id', 'GET /photos/:id/:size.webp']),
    );
    expect(catchAll.length).toBe(1);
    const templates = [
      ...routes.map((r) => ({ method: r.method, path: r.path })),
      ...['/', '/index.html', '/assets/index-abc123.js', '/assets/missing.js', '/assets/../../../etc/passwd', '/%2e%2e/%2e%2e/etc/passwd', '/#/login', '/some/dashboard/route'].map((p) => ({ method: 'GET', path: p })),
    ];
    const request: fc.Arbitrary<Wire> = fc
      .record({
        // GraphQL and the report form take bodies: they get more of the requests.
        template: fc.oneof(
          { weight: 3, arbitrary: fc.constant({ method: 'POST', path: '/graphql' }) },
          { weight: 1, arbitrary: fc.constant({ method: 'GET', path: '/graphql' }) },
          { weight: 1, arbitrary: fc.constant({ method: 'POST', path: '/public/notices/:id/reports' }) },
          { weight: 5, arbitrary: fc.constantFrom(...templates) },
        ),
        method: fc.constantFrom('same', 'same', 'same', 'GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
        filled: fc.array(segment(known), { minLength: 4, maxLength: 4 }),
        tail: fc.oneof(fc.constantFrom(...QUERY_TAILS), graphqlDocument.map((d) => `?query=${encodeURIComponent(d)}`), validWithBadVariables.map((v) => `?query=${encodeURIComponent(v.query)}&variables=${encodeURIComponent(JSON.stringify(v.variables))}`)),
        contentType,
        body: fc.option(bodyBytes, { freq: 4 }),
        encoding,
        credentials,
        browserish,
        contentLength: fc.oneof(
          { weight: 20, arbitrary: fc.constant<'right'>('right') },
          { weight: 2, arbitrary: fc.constantFrom<'short' | 'junk'>('short', 'junk') },
          { weight: 1, arbitrary: fc.constant<'long'>('long') },
        ),
      })
      .map((r) => {
        let i = 0;
        const pathname = r.template.path.replace(/:(\w+)/g, () => r.filled[i++ % r.filled.length]);
        const method = r.method === 'same' ? r.template.method : r.method;
        const headers: Record<string, string> = { ...(r.credentials as Record<string, string>), ...(r.browserish as Record<string, string>) };
        let body: Buffer | null = null;
        if (r.body && method !== 'GET' && method !== 'HEAD') {
          const encoded = encode(r.body, r.encoding);
          body = encoded.body;
          if (encoded.header) headers['content-encoding'] = encoded.header;
          if (r.contentType) headers['content-type'] = r.contentType;
          if (r.contentLength === 'short') headers['content-length'] = String(Math.max(0, body.length - 3));
          if (r.contentLength === 'junk') headers['content-length'] = 'abc';
        }
        return { method, path: pathname + (r.template.path === '/graphql' || r.tail.startsWith('?page') ? r.tail : r.tail.length < 40 ? r.tail : ''), headers, body, shortBody: r.contentLength === 'long' && body !== null };
      });

    const before = await tableChecksums(t.dataSource);
    const statuses = new Map<string, number>();
    const byRoute = new Map<string, number>();
    let sent = 0;
    await fc.assert(
      fc.asyncProperty(request, async (wire) => {
        let answer: { status: number | null };
        try {
          answer = await send(wire);
        } catch (error) {
          // Node refuses to send some generated requests itself (a header it will not write): not the server's doing.
          if ((error as NodeJS.ErrnoException).code === 'ERR_INVALID_CHAR' || (error as NodeJS.ErrnoException).code === 'ERR_HTTP_INVALID_HEADER_VALUE') return;
          throw error;
        }
        sent += 1;
        const key = answer.status === null ? 'no answer' : String(answer.status);
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        const route = wire.path.split('?')[0].replace(/\/[^/]+/g, (s, offset: number) => (offset === 0 ? s : '/…'));
        byRoute.set(route, (byRoute.get(route) ?? 0) + 1);
        if (answer.status !== null && answer.status >= 500) throw new Error(`${wire.method} ${wire.path} answered ${answer.status}`);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: false },
    );

    const errors = lines.filter((l) => l.level >= 50);
    expect(errors).toEqual([]);
    expect(await tableChecksums(t.dataSource)).toEqual(before);
    console.log(
      `${dialect}: ${sent} malformed requests (seed ${SEED}); answers ${[...statuses].sort().map(([s, n]) => `${s}×${n}`).join(', ')}; ${lines.length} log lines at warn, none at error`,
    );
    expect(sent).toBeGreaterThanOrEqual(RUNS * 0.9);
  });
});
