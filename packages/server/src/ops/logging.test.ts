import { Writable } from 'node:stream';
import { createApp, type App } from '../app';
import { loadConfig } from '../config';
import { AuditEntry } from '../audit/audit-entry.entity';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';

describe.each(DIALECTS)('request ids and the JSON log on %s', (dialect) => {
  let database: TestDatabase;
  let app: App;
  let url: string;
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
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('returns the caller\'s request id, puts it on every error and in the audit trail, and logs the request with it', async () => {
    const res = await post({ query: 'mutation { signIn(username: "nobody", password: "wrong-password-1") { user { id } } }' }, { 'x-request-id': 'trace-42' });
    expect(res.headers.get('x-request-id')).toBe('trace-42');
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', requestId: 'trace-42' });
    const audit = await database.dataSource.getRepository(AuditEntry).findOneByOrFail({ action: 'auth.signInFailed' });
    expect(audit.requestId).toBe('trace-42');
    const line = lines.find((l) => l.req?.id === 'trace-42');
    expect(line).toMatchObject({ level: 30, service: 'guildhall', req: { method: 'POST', url: '/graphql' }, res: { statusCode: 200 } });
    expect(typeof line!.responseTime).toBe('number');
  });

  it('makes its own id when the caller gives none or an unusable one, and never logs credentials', async () => {
    const res = await post({ query: '{ me { user { id } } }' }, { 'x-request-id': '<script>alert(1)</script>', authorization: 'Bearer gh_secret-token', cookie: 'gh_session=secret-cookie' });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const parseError = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{not json' });
    expect(((await parseError.json()) as { errors: { extensions: Record<string, unknown> }[] }).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', requestId: parseError.headers.get('x-request-id') });
    const text = JSON.stringify(lines);
    expect(text).not.toContain('secret-token');
    expect(text).not.toContain('secret-cookie');
    expect(lines.find((l) => l.req?.id === id)).toBeDefined();
  });
});
