import { startTestServer, type TestServer } from '../test/server';

describe('production hardening', () => {
  let prod: TestServer;
  let dev: TestServer;

  beforeAll(async () => {
    prod = await startTestServer('sqlite', { NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', SESSION_SECRET: 's'.repeat(48), DATA_KEY: 'k'.repeat(48), CORS_ORIGINS: 'https://dash.example.gov.cn' });
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
