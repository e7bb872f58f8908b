import { Writable } from 'node:stream';
import { createApp, type App } from '../root/app';
import { loadConfig } from '../config';
import { AuditEntry } from '../audit/audit-entry.entity';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';

describe.each(DIALECTS)('request ids and the JSON log on %s', (dialect) => {
  let database: TestDatabase;
  let app: App;
  let url: string;
  /** The same database behind a trusted proxy: TRUST_PROXY names the loopback address the tests connect from. */
  let proxied: App;
  let proxiedUrl: string;
  const lines: Record<string, any>[] = [];

  beforeAll(async () => {
    database = await openTestDatabase(dialect);
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    app = await createApp({ ...loadConfig({ LOG_LEVEL: 'info', DASHBOARD_DIR: '/nonexistent' }), seedDemoData: false }, database.db, undefined, sink);
    url = `${await app.listen(0, '127.0.0.1')}/graphql`;
    proxied = await createApp({ ...loadConfig({ LOG_LEVEL: 'info', DASHBOARD_DIR: '/nonexistent', TRUST_PROXY: 'loopback' }), seedDemoData: false }, database.db, undefined, sink);
    proxiedUrl = `${await proxied.listen(0, '127.0.0.1')}/graphql`;
  });
  afterAll(async () => {
    await proxied.close();
    await app.close();
    await database.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}, to = url) =>
    fetch(to, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const failedSignIn = { query: 'mutation { signIn(username: "nobody", password: "wrong-password-1") { user { id } } }' };

  it('takes the request id of a trusted proxy, puts it on every error and in the audit trail, and logs the request with it', async () => {
    const res = await post(failedSignIn, { 'x-request-id': 'trace-42' }, proxiedUrl);
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'trace-42' });
    const audit = await database.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'auth.signInFailed', requestId: 'trace-42' });
    expect(audit.requestId).toBe('trace-42');
    const line = lines.find((l) => l.req?.id === 'trace-42');
    expect(line).toMatchObject({ level: 30, service: 'guildhall', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(line!.req.clientRequestId).toBeUndefined();
    expect(typeof line!.responseTime).toBe('number');
  });

  it('makes its own id when the caller is not a trusted proxy, keeps the caller\'s apart in the log, and audits with its own', async () => {
    const res = await post(failedSignIn, { 'x-request-id': 'forged-7' });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: id });
    const audit = await database.dataSource.getRepository(AuditEntry).findBy({ action: 'auth.signInFailed' });
    expect(audit.map((a) => a.requestId)).toContain(id);
    expect(audit.map((a) => a.requestId)).not.toContain('forged-7');
    expect(lines.find((l) => l.req?.id === id)).toMatchObject({ req: { id, clientRequestId: 'forged-7' } });
    expect(lines.find((l) => l.req?.id === 'forged-7')).toBeUndefined();
  });

  it('makes its own id when the caller gives none or an unusable one, and never logs credentials', async () => {
    // Even from a trusted proxy, an id that is not a short plain token is replaced.
    const res = await post({ query: '{ me { user { id } } }' }, { 'x-request-id': '<script>alert(1)</script>', authorization: 'Bearer gh_secret-token', cookie: 'gh_session=secret-cookie' }, proxiedUrl);
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const parseError = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(((await parseError.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: parseError.headers.get('x-request-id') });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('secret-token');
    expect(text).not.toContain('secret-cookie');
    expect(lines.find((l) => l.req?.id === id)).toBeDefined();
  });

  it('logs malformed requests at warn, never as errors', async () => {
    const ids: string[] = [];
    for (const [headers, body] of [
      [{ 'content-type': 'application/json' }, JSON.stringify({ query: '{ me { ' })],
      [{ 'content-type': 'application/json' }, JSON.stringify({ query: `{ ${'__typename '.repeat(3001)} }` })],
      [{ 'content-type': 'application/json', 'content-encoding': 'gzip' }, 'not gzip'],
      [{ 'content-type': 'application/json; charset=latin9' }, '{}'],
    ] as [Record<string, string>, string][]) {
      const res = await fetch(url, { method: 'POST', headers, body });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      ids.push(res.headers.get('x-request-id')!);
    }
    for (const id of ids) {
      const mine = lines.filter((l) => l.req?.id === id);
      expect(mine.length).toBeGreaterThan(0);
      expect(mine.map((l) => l.level)).toEqual(mine.map(() => 40));
    }
  });
});
