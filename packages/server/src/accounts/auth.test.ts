import { createHmac } from 'node:crypto';
import { AuditEntry } from '../audit/audit-entry.entity';
import { DIALECTS, snapshotTables } from '../test/databases';
import { createOrg } from '../test/fixtures';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test/server';
import { ApiToken } from './api-token.entity';
import { LOCK_AFTER_FAILURES } from './auth.service';
import { Session } from './session.entity';
import { hashToken, tokenKey } from './tokens';
import { UserRole } from './user.entity';

const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { user { username role } permissions } }`;

describe.each(DIALECTS)('sign-in, sessions and tokens on %s', (dialect) => {
  let t: TestServer;
  let chamberId: string;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    const agency = await createOrg(t, { kind: 'AGENCY', name: '贵州省商务厅' });
    chamberId = (await createOrg(t, { kind: 'CHAMBER', name: '贵州省湖南商会', parentId: agency.id, originProvince: '湖南' })).id;
  });
  afterAll(() => t.stop());

  const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
    t.post(JSON.stringify({ query: SIGN_IN, variables: { u: username, p: password } }), headers);

  it('signs in with an HttpOnly, SameSite=Strict session cookie that then works', async () => {
    const { user } = await t.userFor(UserRole.COORDINATOR, chamberId, 'coordinator-a');
    const res = await signIn('coordinator-a', TEST_PASSWORD);
    expect(res.json.data.signIn).toEqual({ user: { username: 'coordinator-a', role: 'COORDINATOR' }, permissions: expect.arrayContaining(['organization:read', 'audit:read']) });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^gh_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).not.toMatch(/Secure/i); // plain HTTP here; behind TLS the flag is set
    const session = cookie.split(';')[0];
    const me = await t.gql(`{ me { user { id username } } }`, {}, { cookie: session, authorization: '' });
    expect(me.data!.me.user).toEqual({ id: String(user.id), username: 'coordinator-a' });

    const out = await t.post(JSON.stringify({ query: 'mutation { signOut }' }), { cookie: session });
    expect(out.json.data.signOut).toBe(true);
    const after = await t.post(JSON.stringify({ query: '{ me { user { id } } }' }), { cookie: session });
    expect(after.json.data.me).toBeNull();
  });

  it('stores only keyed hashes of session and API tokens', async () => {
    const res = await signIn('coordinator-a', TEST_PASSWORD);
    const token = res.headers.get('set-cookie')!.split(';')[0].split('=')[1];
    const sessions = await t.dataSource.getRepository(Session).find();
    expect(sessions.every((s) => s.tokenHash.length === 64 && s.tokenHash !== token)).toBe(true);
  });

  it('refuses a wrong password the same way as an unknown user, and audits both', async () => {
    await t.userFor(UserRole.STAFF, chamberId, 'staff-b');
    const wrong = await signIn('staff-b', 'not-the-password');
    const unknown = await signIn('nobody-here', 'not-the-password');
    expect(wrong.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // The same answer but for the request's own id.
    const withoutId = (e: { extensions: Record<string, unknown> }) => ({ ...e, extensions: { ...e.extensions, requestId: undefined } });
    expect(withoutId(unknown.json.errors[0])).toEqual(withoutId(wrong.json.errors[0]));
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const failures = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'auth.signInFailed' });
    expect(failures.map((f) => f.actorName)).toEqual(expect.arrayContaining(['staff-b', 'nobody-here']));
  });

  it('locks an account after repeated failures, and an administrator lifts the lock', async () => {
    const { user } = await t.userFor(UserRole.STAFF, chamberId, 'staff-c');
    const answers = [];
    for (let i = 0; i < LOCK_AFTER_FAILURES; i += 1) answers.push((await signIn('staff-c', 'wrong-password-x')).json.errors[0].extensions.code);
    // The failure that locks the account says so at once.
    expect(answers).toEqual([...Array(LOCK_AFTER_FAILURES - 1).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
    const locked = await signIn('staff-c', TEST_PASSWORD);
    expect(locked.json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'locked', retryAfterSeconds: expect.any(Number) });
    const seen = await t.gql(`query($id: ID!) { User(id: $id) { lockedUntil } }`, { id: String(user.id) });
    expect(seen.data!.User.lockedUntil).toEqual(expect.any(String));
    await t.gql(`mutation($id: ID!) { unlockUser(id: $id) { lockedUntil } }`, { id: String(user.id) });
    expect((await signIn('staff-c', TEST_PASSWORD)).json.data.signIn.user.username).toBe('staff-c');
  });

  it('limits failed sign-ins per address, without touching the accounts', async () => {
    // A server of its own: its counters must not slow down the other tests from this address.
    const own = await startTestServer(dialect);
    try {
      let limited: any;
      let attempts = 0;
      while (!limited && attempts < 60) {
        attempts += 1;
        const res = await own.post(JSON.stringify({ query: SIGN_IN, variables: { u: `someone-${attempts}`, p: 'guess-guess' } }));
        if (res.json.errors[0].extensions.code === 'RATE_LIMITED') limited = res.json.errors[0];
      }
      expect(attempts).toBe(31);
      expect(limited.extensions.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      await own.stop();
    }
  });

  it('issues, lists and revokes API tokens', async () => {
    const { gql } = await t.userFor(UserRole.COORDINATOR, chamberId, 'coordinator-d');
    const created = await gql(`mutation { createApiToken(name: "报表脚本", expiresInDays: 30) { token apiToken { id name prefix expiresAt } } }`);
    const { token, apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^gh_/);
    expect(apiToken.prefix).toBe(token.slice(0, 10));
    const viaToken = await t.post(JSON.stringify({ query: '{ me { user { username } } }' }), { authorization: `Bearer ${token}` });
    expect(viaToken.json.data.me.user.username).toBe('coordinator-d');
    const listed = await gql(`{ myApiTokens { id name revokedAt } }`);
    expect(listed.data!.myApiTokens.map((x: { name: string }) => x.name)).toContain('报表脚本');
    await gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id });
    const revoked = await t.post(JSON.stringify({ query: '{ allOrganizations { id } }' }), { authorization: `Bearer ${token}` });
    expect(revoked.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('changes a password: the old one stops working, other sessions end', async () => {
    const { gql } = await t.userFor(UserRole.STAFF, chamberId, 'staff-e');
    const other = (await signIn('staff-e', TEST_PASSWORD)).headers.get('set-cookie')!.split(';')[0];
    const tooShort = await gql(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "short") }`);
    expect(tooShort.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'newPassword' })] });
    const wrong = await gql(`mutation { changePassword(currentPassword: "not-it-at-all", newPassword: "a-brand-new-password") }`);
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'currentPassword' })] });
    const ok = await gql(`mutation { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: "a-brand-new-password") }`);
    expect(ok.data!.changePassword).toBe(true);
    expect((await signIn('staff-e', TEST_PASSWORD)).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await signIn('staff-e', 'a-brand-new-password')).json.data.signIn.user.username).toBe('staff-e');
    const oldSession = await t.post(JSON.stringify({ query: '{ me { user { id } } }' }), { cookie: other });
    expect(oldSession.json.data.me).toBeNull();
  });

  it('treats guesses of the current password like failed sign-ins: the account locks and its sessions end', async () => {
    await t.userFor(UserRole.STAFF, chamberId, 'staff-h');
    const session = (await signIn('staff-h', TEST_PASSWORD)).headers.get('set-cookie')!.split(';')[0];
    const codes = [];
    for (let i = 0; i < LOCK_AFTER_FAILURES; i += 1) {
      const res = await t.post(JSON.stringify({ query: `mutation { changePassword(currentPassword: "guess-${i}-guess", newPassword: "a-new-password-42") }` }), { cookie: session });
      codes.push(res.json.errors[0].extensions.code);
    }
    expect(codes).toEqual([...Array(LOCK_AFTER_FAILURES - 1).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
    expect((await t.post(JSON.stringify({ query: '{ me { user { id } } }' }), { cookie: session })).json.data.me).toBeNull();
    expect((await signIn('staff-h', TEST_PASSWORD)).json.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', reason: 'locked' });
    const trail = await t.dataSource.getRepository(AuditEntry).countBy({ action: 'auth.passwordChangeFailed', actorName: 'staff-h' });
    expect(trail).toBe(LOCK_AFTER_FAILURES);
  });

  it('ends the sessions of a disabled account and refuses its sign-in', async () => {
    const { user } = await t.userFor(UserRole.STAFF, chamberId, 'staff-f');
    const session = (await signIn('staff-f', TEST_PASSWORD)).headers.get('set-cookie')!.split(';')[0];
    await t.gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, disabled: true) { disabled } }`, { id: String(user.id), v: user.version });
    expect((await t.post(JSON.stringify({ query: '{ me { user { id } } }' }), { cookie: session })).json.data.me).toBeNull();
    expect((await signIn('staff-f', TEST_PASSWORD)).json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  describe('hostile credentials and requests change nothing', () => {
    let before: Record<string, string>;
    beforeEach(async () => {
      before = await snapshotTables(t.dataSource);
    });
    afterEach(async () => {
      expect(await snapshotTables(t.dataSource)).toEqual(before);
    });
    const DELETE = (id: string) => JSON.stringify({ query: `mutation { deleteOrganization(id: "${id}") { id } }` });

    it.each([
      ['no credentials', {}],
      ['a forged session cookie', { cookie: 'gh_session=forged-token-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }],
      ['a forged API token', { authorization: 'Bearer gh_forgedforgedforgedforgedforgedforgedforged' }],
      ['a malformed authorization header', { authorization: 'Basic YWRtaW46YWRtaW4=' }],
    ])('refuses %s with UNAUTHENTICATED', async (_label, headers) => {
      const res = await t.post(DELETE(chamberId), headers as Record<string, string>);
      expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired session', async () => {
      await t.userFor(UserRole.STAFF, chamberId, 'staff-g');
      const session = (await signIn('staff-g', TEST_PASSWORD)).headers.get('set-cookie')!.split(';')[0];
      await t.db.write((em) => em.createQueryBuilder().update(Session).set({ expiresAt: new Date(Date.now() - 1000) }).execute());
      before = await snapshotTables(t.dataSource);
      const res = await t.post(DELETE(chamberId), { cookie: session });
      expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired API token', async () => {
      const { gql } = await t.userFor(UserRole.ADMIN, chamberId);
      const created = await gql(`mutation { createApiToken(name: "短期", expiresInDays: 1) { token } }`);
      await t.db.write((em) =>
        em.createQueryBuilder().update(ApiToken).set({ expiresAt: new Date(Date.now() - 1000) }).where('prefix = :p', { p: created.data!.createApiToken.token.slice(0, 10) }).execute(),
      );
      before = await snapshotTables(t.dataSource);
      const res = await t.post(DELETE(chamberId), { authorization: `Bearer ${created.data!.createApiToken.token}` });
      expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a depth bomb', async () => {
      const deep = `{ allOrganizations { ${'parent { '.repeat(15)} id ${'} '.repeat(15)} } }`;
      const res = await t.gql(deep);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('refuses an alias bomb', async () => {
      const wide = `{ ${Array.from({ length: 50 }, (_, i) => `a${i}: allOrganizations { id }`).join(' ')} }`;
      const res = await t.gql(wide);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a token bomb', async () => {
      const long = `{ allOrganizations { ${'id '.repeat(4000)} } }`;
      const res = await t.gql(long);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });

    it('refuses batched arrays, mutations over GET and cross-site form posts, even with a session', async () => {
      const session = (await signIn('coordinator-a', TEST_PASSWORD)).headers.get('set-cookie')!.split(';')[0];
      before = await snapshotTables(t.dataSource);
      const batched = await t.post(JSON.stringify([{ query: '{ me { user { id } } }' }]), { cookie: session });
      expect(batched.status).toBe(400);
      const overGet = await fetch(`${t.url}?query=${encodeURIComponent(`mutation { deleteOrganization(id: "${chamberId}") { id } }`)}`, {
        headers: { cookie: session, 'apollo-require-preflight': 'true' },
      });
      expect(overGet.status).toBe(405);
      const formPost = await fetch(t.url, { method: 'POST', headers: { cookie: session, 'content-type': 'application/x-www-form-urlencoded' }, body: DELETE(chamberId) });
      expect(formPost.status).toBe(400);
    });
  });
});

describe('token hashes', () => {
  it('are the same with the key made once as with the secret, so stored sessions and tokens stay valid', () => {
    const secret = 'a session secret of some length, with 中文 in it';
    const token = 'gh_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';
    expect(hashToken(tokenKey(secret), token)).toBe(createHmac('sha256', secret).update(token).digest('hex'));
    expect(hashToken(tokenKey(secret), token)).toBe(hashToken(secret, token));
    expect(hashToken(tokenKey(secret), token)).not.toBe(hashToken(tokenKey(`${secret}!`), token));
  });
});
