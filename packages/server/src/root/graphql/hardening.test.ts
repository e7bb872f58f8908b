import { startTestServer, type TestServer } from '../../test/server';

describe('production hardening', () => {
  let prod: TestServer;
  let dev: TestServer;

  beforeAll(async () => {
    prod = await startTestServer('sqlite', { NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', SESSION_SECRET: 'hardening-test-session-secret-6Yq2Lp9Xw4Zr', DATA_KEY: 'hardening-test-data-key-Vb7Nc3Kt8Mj5Qf1', CORS_ORIGINS: 'https://dash.example.gov.cn' });
    dev = await startTestServer('sqlite');
  });
  afterAll(async () => {
    await prod.stop();
    await dev.stop();
  });

  it('turns introspection off in production, and leaves it on in development', async () => {
    const query = '{ __schema { queryType { name } } }';
    expect((await prod.gql(query)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await dev.gql(query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });

  it('suggests no field names in production', async () => {
    const res = await prod.gql('{ allOrganization { id } }');
    expect(res.errors![0].message).not.toMatch(/Did you mean/);
  });

  it('suggests no names of fields, arguments, types or enum values in production; development does', async () => {
    // Each with the name development suggests.
    const cases: [string, Record<string, unknown> | undefined, string][] = [
      ['{ allUser { id } }', undefined, '"allUsers"'],
      ['{ allUsers(perPag: 1) { id } }', undefined, '"perPage"'],
      ['{ allUsers(filter: { role: ADMN }) { id } }', undefined, '"ADMIN"'],
      ['query($r: UserRole) { allUsers(filter: { role: $r }) { id } }', { r: 'ADMN' }, '"ADMIN"'],
      ['query($f: UserFilter) { allUsers(filter: $f) { id } }', { f: { rol: 'ADMIN' } }, '"role"'],
      ['query($r: Strin) { __typename }', undefined, '"String"'],
      ['{ me }', undefined, '"me { ... }"'],
    ];
    for (const [query, variables, suggestion] of cases) {
      const development = await dev.gql(query, variables);
      expect(development.errors!.map((e) => e.message).join('\n')).toContain(`Did you mean ${suggestion}`.replace('Did you mean "ADMIN"', 'Did you mean the enum value "ADMIN"'));
      const production = await prod.gql(query, variables);
      expect([query, production.status]).toEqual([query, 400]);
      const messages = production.errors!.map((e) => e.message).join('\n');
      expect(messages).not.toMatch(/Did you mean/);
      expect(messages).not.toContain(suggestion);
    }
  });

  it('answers documents over a limit or with a syntax error with 400, not 500', async () => {
    const cases = [
      `{ ${'__typename '.repeat(3001)} }`,
      `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: me { user { id } }`).join(' ')} }`,
      `{ ${Array.from({ length: 900 }, (_, i) => `a${i}: _publishedNoticesMeta { count }`).join(' ')} }`,
      '{ me { ',
      '}{',
      'query { ...A } fragment A on Query { ...A }',
      `{ __typename ${'@skip(if: false) '.repeat(21)} }`,
      `{ me ${'{ user { organization '.repeat(6)} }`,
    ];
    for (const server of [prod, dev]) {
      for (const query of cases) {
        const res = await server.post(JSON.stringify({ query }));
        expect([query.slice(0, 60), res.status, res.json.errors[0].extensions.code]).toEqual([query.slice(0, 60), 400, 'BAD_USER_INPUT']);
      }
    }
  });

  it('answers bodies it cannot read with a 4xx in the API\'s shape', async () => {
    const base = { 'content-type': 'application/json' };
    const cases: [Record<string, string>, string | Buffer, number][] = [
      [{ ...base, 'content-encoding': 'gzip' }, 'not gzip', 400],
      [{ ...base, 'content-encoding': 'deflate' }, Buffer.from([0x78, 0x9c, 1, 2, 3]), 400],
      [{ ...base, 'content-encoding': 'br' }, 'not brotli', 400],
      [{ ...base, 'content-encoding': 'zstd-or-something' }, '{}', 415],
      [{ 'content-type': 'application/json; charset=koi8-r' }, '{}', 415],
      [base, '{"query": "{ __typename }"', 400],
      [base, JSON.stringify({ query: 'x'.repeat(300_000) }), 413],
    ];
    for (const [headers, body, status] of cases) {
      const res = await fetch(prod.url, { method: 'POST', headers, body });
      const json = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
      expect([headers, res.status, json.errors[0].extensions.code]).toEqual([headers, status, 'BAD_USER_INPUT']);
      expect(json.errors[0].message).not.toMatch(/internal/i);
    }
  });

  it('sends no stack traces in production', async () => {
    const res = await prod.gql('{ Organization(id: "999") { id } }');
    expect(res.errors![0].extensions).toEqual({ code: 'NOT_FOUND', recordType: 'Organization', id: '999', requestId: expect.any(String) });
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('sets strict security headers on every page', async () => {
    const base = prod.url.replace(/\/graphql$/, '');
    for (const path of ['/', '/healthz', '/graphql?query=%7B__typename%7D']) {
      const res = await fetch(`${base}${path}`, { headers: { 'apollo-require-preflight': '1' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
    const missing = await fetch(`${base}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toBe("default-src 'none'");
  });

  it('answers cross-origin requests only from configured origins', async () => {
    const preflight = (origin: string) =>
      fetch(prod.url, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
    const allowed = await preflight('https://dash.example.gov.cn');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://dash.example.gov.cn');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await preflight('https://evil.example.com');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('health', () => {
  it('answers /healthz while the process runs, and /readyz when the database answers with every migration applied', async () => {
    const t = await startTestServer('sqlite');
    try {
      const base = t.url.replace(/\/graphql$/, '');
      expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${base}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ok', database: 'ok', migrations: 'applied' });
      await t.dataSource.undoLastMigration();
      const pending = await fetch(`${base}/readyz`);
      expect(pending.status).toBe(503);
      expect(await pending.json()).toMatchObject({ status: 'unavailable', migrations: 'pending' });
    } finally {
      await t.stop();
    }
  });
});
