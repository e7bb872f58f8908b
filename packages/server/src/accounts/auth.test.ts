import { createHmac } from 'node:crypto';
import { AuditEntry } from '../audit/audit-entry.entity';
import { OrganizationKind } from '../organizations/organization.entity';
import { OrganizationService } from '../organizations/organization.service';
import { DEMO_PASSWORD, seedDemoAccounts } from '../seed/accounts';
import { DIALECTS, openTestDatabase, snapshotTables } from '../test/databases';
import { createOrg } from '../test/fixtures';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../test/server';
import { IsNull } from 'typeorm';
import { requestActor, SYSTEM_ACTOR } from '../access/actor';
import { TokenExpiry1795782000000 as MysqlTokenExpiry } from '../db/migrations/mysql/1795782000000-token-expiry';
import { TokenExpiry1795782000000 as SqliteTokenExpiry } from '../db/migrations/sqlite/1795782000000-token-expiry';
import { Viewer } from '../access/viewer';
import { ApiToken } from './api-token.entity';
import { AuthService, TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from './auth.service';
import { Session } from './session.entity';
import { passwordProblems } from './password';
import { SIGN_IN_LIMITS } from './sign-in-limits';
import { hashToken, tokenKey } from './tokens';
import { User } from './user.entity';
import { UserRole } from '../access/roles';
import { organizationUsesByOversight } from '../oversight';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** An error's answer but for the request's own id. */
const withoutId = (e: { extensions: Record<string, unknown> }) => ({ ...e, extensions: { ...e.extensions, requestId: undefined } });

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
  const sessionOf = async (username: string) => (await signIn(username, TEST_PASSWORD)).headers.get('set-cookie')!.split(';')[0];
  const CREATE_TOKEN = `mutation($name: String!, $password: String!, $days: Int) { createApiToken(name: $name, password: $password, expiresInDays: $days) { token id name prefix expiresAt } }`;
  const createToken = async (credentials: Record<string, string>, variables: Record<string, unknown>) =>
    (await t.post(JSON.stringify({ query: CREATE_TOKEN, variables }), credentials)).json;

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

  it('answers a sign-in as the user now signed in: their organization as `me` gives it', async () => {
    await t.userFor(UserRole.COORDINATOR, chamberId, 'coordinator-org');
    const query = `{ user { organizationId organization { id name } } permissions }`;
    const res = await t.post(JSON.stringify({ query: `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) ${query} }`, variables: { u: 'coordinator-org', p: TEST_PASSWORD } }));
    const session = res.headers.get('set-cookie')!.split(';')[0];
    const me = await t.post(JSON.stringify({ query: `{ me ${query} }` }), { cookie: session });
    expect(res.json.data.signIn.user.organization).toEqual({ id: chamberId, name: '贵州省湖南商会' });
    expect(res.json.data.signIn).toEqual(me.json.data.me);
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
    expect(withoutId(unknown.json.errors[0])).toEqual(withoutId(wrong.json.errors[0]));
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const failures = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'auth.signInFailed' });
    expect(failures.map((f) => f.actorName)).toContain('staff-b');
    expect(failures.filter((f) => f.actorName === null).length).toBeGreaterThanOrEqual(1);
  });

  it('writes a typed username into the audit trail only when it names an account', async () => {
    // A password typed into the username box must not end up in the audit trail.
    await signIn('My-Secret-Passphrase-77', 'and-something-else');
    const entries = await t.dataSource.getRepository(AuditEntry).findBy({ action: 'auth.signInFailed' });
    const last = entries.sort((a, b) => b.id - a.id)[0];
    expect(last.actorName).toBeNull();
    expect(last.recordId).toBeNull();
    expect(JSON.stringify(entries).toLowerCase()).not.toContain('my-secret-passphrase-77');
    await signIn('  Staff-B ', 'still-not-the-password');
    const named = (await t.dataSource.getRepository(AuditEntry).findBy({ action: 'auth.signInFailed' })).sort((a, b) => b.id - a.id)[0];
    expect(named.actorName).toBe('staff-b');
  });

  describe('limits on failed sign-ins (a server of its own, believing X-Forwarded-For)', () => {
    let own: TestServer;
    let ownChamber: string;
    beforeAll(async () => {
      own = await startTestServer(dialect, { TRUST_PROXY: 'true' });
      const agency = await createOrg(own, { kind: 'AGENCY', name: '贵州省商务厅' });
      ownChamber = (await createOrg(own, { kind: 'CHAMBER', name: '贵州省湖南商会', parentId: agency.id, originProvince: '湖南' })).id;
    });
    afterAll(() => own.stop());
    const from = (address: string, username: string, password: string) =>
      own.post(JSON.stringify({ query: SIGN_IN, variables: { u: username, p: password } }), { 'x-forwarded-for': address });

    it("does not let a stranger's failures from one address stop the owner with the right password at another", async () => {
      const { user } = await own.userFor(UserRole.ADMIN, 0, 'owner-admin');
      const codes: string[] = [];
      for (let i = 0; i < SIGN_IN_LIMITS.slowAfter + 2; i += 1) codes.push((await from('203.0.113.7', 'owner-admin', `guess-${i}-guess`)).json.errors[0].extensions.code);
      // Slowed after three failures in a row: the next tries from there are refused before any check.
      expect(codes).toEqual([...Array(SIGN_IN_LIMITS.slowAfter).fill('UNAUTHENTICATED'), 'RATE_LIMITED', 'RATE_LIMITED']);
      expect((await from('203.0.113.7', 'owner-admin', TEST_PASSWORD)).json.errors[0].extensions.code).toBe('RATE_LIMITED');
      const owner = await from('198.51.100.20', 'owner-admin', TEST_PASSWORD);
      expect(owner.json.data.signIn.user.username).toBe('owner-admin');
      // The administrator sees the failures on the account; the owner's sign-in from elsewhere ends its count.
      const seen = await own.gql(`query($id: ID!) { User(id: $id) { failedSignIns } }`, { id: String(user.id) });
      expect(seen.data!.User.failedSignIns).toBe(0);
    });

    it('answers a waiting unknown name exactly like a waiting account', async () => {
      await own.userFor(UserRole.STAFF, ownChamber, 'staff-known');
      const answers: Record<string, unknown[]> = { 'staff-known': [], 'staff-unknown': [] };
      for (const name of Object.keys(answers)) {
        for (let i = 0; i < SIGN_IN_LIMITS.slowAfter + 1; i += 1) answers[name].push(withoutId((await from('192.0.2.44', name, 'not-the-password')).json.errors[0]));
      }
      expect(answers['staff-unknown']).toEqual(answers['staff-known']);
      const refused = answers['staff-known'].at(-1) as { message: string; extensions: Record<string, unknown> };
      expect(refused.extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number), requestId: undefined });
      expect(refused.message).not.toMatch(/lock|account/i);
    });

    it('lets an office of many users behind one address sign in, each after a mistyped password', async () => {
      const office = Array.from({ length: 45 }, (_, i) => `office-${i}`);
      for (const name of office) await own.userFor(UserRole.STAFF, ownChamber, name);
      const signedIn: string[] = [];
      for (const name of office) {
        const typo = await from('192.0.2.200', name, 'not-my-password');
        expect(typo.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
        const res = await from('192.0.2.200', name, TEST_PASSWORD);
        if (res.json.data?.signIn) signedIn.push(res.json.data.signIn.user.username);
      }
      expect(signedIn).toEqual(office);
    });

    it('limits failures under many names from one address, without touching the accounts', async () => {
      let limited: any;
      let attempts = 0;
      while (!limited && attempts < SIGN_IN_LIMITS.addressFailures + 10) {
        attempts += 1;
        const res = await from('192.0.2.99', `someone-${attempts}`, 'guess-guess');
        if (res.json.errors[0].extensions.code === 'RATE_LIMITED') limited = res.json.errors[0];
      }
      expect(attempts).toBe(SIGN_IN_LIMITS.addressFailures + 1);
      expect(limited.extensions.retryAfterSeconds).toBeGreaterThan(0);
      // Another address is not affected.
      await own.userFor(UserRole.STAFF, ownChamber, 'staff-elsewhere');
      expect((await from('192.0.2.100', 'staff-elsewhere', TEST_PASSWORD)).json.data.signIn.user.username).toBe('staff-elsewhere');
    });
  });

  describe('failures in a row (an AuthService with short waits)', () => {
    // Waits long enough that a busy machine's password check (argon2) cannot outlast them, and a
    // block after five failures, so the test takes seconds, not minutes.
    const WAIT = 0.5;
    const LIMITS = { ...SIGN_IN_LIMITS, firstWaitSeconds: WAIT, blockAfter: 5, blockSeconds: 2 };
    let auth: AuthService;
    const actor = (ip: string) => requestActor(null, 'test', ip);
    const attempt = async (username: string, password: string, ip = '10.1.1.1') => {
      try {
        await auth.signIn(actor(ip), username, password);
        return { code: 'OK' };
      } catch (error) {
        return (error as { extensions: { code: string; retryAfterSeconds?: number } }).extensions;
      }
    };
    beforeAll(() => {
      auth = new AuthService(t.db, { secret: 'a session secret for this test only, long enough', sessionHours: 1, signInLimits: LIMITS });
    });

    it('are slowed, then blocked; the block ends by itself and an administrator lifts it', async () => {
      const { user } = await t.userFor(UserRole.ADMIN, 0, 'admin-in-a-row');
      const started = Date.now();
      const answers: string[] = [];
      let blocked: { code: string; retryAfterSeconds?: number } | null = null;
      while (!blocked && answers.length < 1000) {
        const answer = await attempt('admin-in-a-row', 'wrong-password-x');
        answers.push(answer.code);
        if (answer.code === 'RATE_LIMITED' && answer.retryAfterSeconds! >= LIMITS.blockSeconds) blocked = answer;
        else if (answer.code === 'RATE_LIMITED') await sleep(100);
      }
      const failures = answers.filter((a) => a === 'UNAUTHENTICATED').length;
      expect(failures).toBe(LIMITS.blockAfter);
      // The first failures answer at once; from the third on, each next attempt had to wait, longer every time.
      expect(answers.slice(0, LIMITS.slowAfter)).toEqual(Array(LIMITS.slowAfter).fill('UNAUTHENTICATED'));
      expect(answers[LIMITS.slowAfter]).toBe('RATE_LIMITED');
      const waited = WAIT * 1000 * (2 ** (LIMITS.blockAfter - LIMITS.slowAfter) - 1);
      expect(Date.now() - started).toBeGreaterThanOrEqual(waited);
      // Blocked: even the right password from that address is refused, the same way.
      expect(await attempt('admin-in-a-row', TEST_PASSWORD)).toMatchObject({ code: 'RATE_LIMITED' });
      expect(await attempt('admin-in-a-row', TEST_PASSWORD, '10.1.1.2')).toEqual({ code: 'OK' });
      const seen = await t.dataSource.getRepository(User).findOneByOrFail({ id: user.id });
      expect(seen.lockedUntil).not.toBeNull();
      // The block ends by itself.
      await sleep(2100);
      expect(await attempt('admin-in-a-row', TEST_PASSWORD)).toEqual({ code: 'OK' });
    });

    it('are lifted by an administrator at every address', async () => {
      await t.userFor(UserRole.STAFF, chamberId, 'staff-lifted');
      for (let i = 0; i < LIMITS.slowAfter; i += 1) await attempt('staff-lifted', 'wrong-password-x', '10.2.2.2');
      expect(await attempt('staff-lifted', TEST_PASSWORD, '10.2.2.2')).toMatchObject({ code: 'RATE_LIMITED' });
      await auth.liftSignInLimits('staff-lifted');
      expect(await attempt('staff-lifted', TEST_PASSWORD, '10.2.2.2')).toEqual({ code: 'OK' });
    });

    // Several servers on one MySQL / MariaDB database count in one store (db/limiters.ts): failures
    // spread over three of them lock a name exactly as on one, and a lift on one lifts it on all.
    // SQLite is one server process; its counters are its own.
    (dialect === 'mysql' ? it : it.skip)('are counted once for servers side by side: spread over three, they lock as on one, and a lift on one lifts them all', async () => {
      const servers = [auth, ...[1, 2].map(() => new AuthService(t.db, { secret: 'a session secret for this test only, long enough', sessionHours: 1, signInLimits: LIMITS }))];
      await t.userFor(UserRole.STAFF, chamberId, 'staff-spread');
      const answers: string[] = [];
      let turn = 0;
      let blocked = false;
      while (!blocked && answers.length < 200) {
        const server = servers[turn++ % servers.length];
        let answer: { code: string; retryAfterSeconds?: number };
        try {
          await server.signIn(actor('10.4.4.4'), 'staff-spread', 'wrong-password-x');
          answer = { code: 'OK' };
        } catch (error) {
          answer = (error as { extensions: { code: string; retryAfterSeconds?: number } }).extensions;
        }
        answers.push(answer.code);
        if (answer.code === 'RATE_LIMITED' && answer.retryAfterSeconds! >= LIMITS.blockSeconds) blocked = true;
        else if (answer.code === 'RATE_LIMITED') await sleep(100);
      }
      // Exactly as on one server: blockAfter failures in all, the first slowAfter at once.
      expect(answers.filter((a) => a === 'UNAUTHENTICATED')).toHaveLength(LIMITS.blockAfter);
      expect(answers.slice(0, LIMITS.slowAfter + 1)).toEqual([...Array(LIMITS.slowAfter).fill('UNAUTHENTICATED'), 'RATE_LIMITED']);
      for (const server of servers) {
        await expect(server.signIn(actor('10.4.4.4'), 'staff-spread', TEST_PASSWORD)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      }
      await servers[2].liftSignInLimits('staff-spread');
      await expect(servers[0].signIn(actor('10.4.4.4'), 'staff-spread', TEST_PASSWORD)).resolves.toBeTruthy();
    });

    it('count wrong current passwords like failed sign-ins: slowed, blocked, and the block ends the sessions', async () => {
      const { user } = await t.userFor(UserRole.STAFF, chamberId, 'staff-h');
      const session = await sessionOf('staff-h');
      const viewerActor = requestActor(new Viewer(user, '/', 'session'), 'test', '10.3.3.3');
      const codes: string[] = [];
      let i = 0;
      while (codes.filter((c) => c === 'BAD_USER_INPUT').length < SIGN_IN_LIMITS.blockAfter && i < 1000) {
        i += 1;
        try {
          await auth.changePassword(viewerActor, `guess-${i}-guess`, 'a-new-password-42', null);
          codes.push('OK');
        } catch (error) {
          const code = (error as { extensions: { code: string } }).extensions.code;
          codes.push(code);
          if (code === 'RATE_LIMITED') await sleep(20);
        }
      }
      expect(codes).not.toContain('OK');
      expect(codes.slice(0, SIGN_IN_LIMITS.slowAfter + 1)).toEqual([...Array(SIGN_IN_LIMITS.slowAfter).fill('BAD_USER_INPUT'), 'RATE_LIMITED']);
      await expect(auth.changePassword(viewerActor, TEST_PASSWORD, 'a-new-password-42', null)).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect((await t.post(JSON.stringify({ query: '{ me { user { id } } }' }), { cookie: session })).json.data.me).toBeNull();
      const trail = await t.dataSource.getRepository(AuditEntry).countBy({ action: 'auth.passwordChangeFailed', actorName: 'staff-h' });
      expect(trail).toBe(SIGN_IN_LIMITS.blockAfter);
    });
  });

  it('issues, lists and revokes API tokens', async () => {
    const { gql } = await t.userFor(UserRole.COORDINATOR, chamberId, 'coordinator-d');
    const session = await sessionOf('coordinator-d');
    const created = await createToken({ cookie: session }, { name: '报表脚本', password: TEST_PASSWORD, days: 30 });
    const { token, ...apiToken } = created.data!.createApiToken;
    expect(token).toMatch(/^gh_/);
    expect(apiToken.prefix).toBe(token.slice(0, 10));
    expect(Date.parse(apiToken.expiresAt) - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    // The answer is the token's own type, the secret in it this once; no later read shows it.
    const mine = await t.post(JSON.stringify({ query: '{ myApiTokens { id token } }' }), { cookie: session });
    expect(mine.json.data.myApiTokens).toEqual(expect.arrayContaining([{ id: apiToken.id, token: null }]));
    // Without a choice, a token lasts 90 days.
    const plain = await t.post(JSON.stringify({ query: `mutation { createApiToken(name: "默认", password: "${TEST_PASSWORD}") { expiresAt } }` }), { cookie: session });
    const days = (Date.parse(plain.json.data.createApiToken.expiresAt) - Date.now()) / 86_400_000;
    expect(Math.round(days)).toBe(TOKEN_DEFAULT_DAYS);
    const viaToken = await t.post(JSON.stringify({ query: '{ me { user { username } } }' }), { authorization: `Bearer ${token}` });
    expect(viaToken.json.data.me.user.username).toBe('coordinator-d');
    const listed = await gql(`{ myApiTokens { id name revokedAt } }`);
    expect(listed.data!.myApiTokens.map((x: { name: string }) => x.name)).toContain('报表脚本');
    await gql(`mutation($id: ID!) { revokeApiToken(id: $id) { revokedAt } }`, { id: apiToken.id });
    const revoked = await t.post(JSON.stringify({ query: '{ allOrganizations { id } }' }), { authorization: `Bearer ${token}` });
    expect(revoked.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('makes API tokens only from a session, with the password again, expiring within a year', async () => {
    const { token } = await t.userFor(UserRole.ADMIN, chamberId, 'admin-tokens');
    const session = await sessionOf('admin-tokens');
    const count = () => t.dataSource.getRepository(ApiToken).countBy({ name: '再来一个' });
    const ok = { name: '再来一个', password: TEST_PASSWORD, days: 30 };
    // A token cannot make a token, not even one that looks harmless, nor one without an expiry.
    for (const variables of [ok, { ...ok, days: null }]) {
      const viaToken = await createToken({ authorization: `Bearer ${token}` }, variables);
      expect(viaToken.errors[0].extensions.code).toBe('FORBIDDEN');
    }
    const wrong = await createToken({ cookie: session }, { ...ok, password: 'not-the-password-at-all' });
    expect(wrong.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'password', constraint: 'wrongPassword' })] });
    for (const days of [null, 0, -5, TOKEN_MAX_DAYS + 1, 3650]) {
      const refused = await createToken({ cookie: session }, { ...ok, days });
      expect(refused.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(refused.errors[0].extensions.fields ?? refused.errors[0].message)).toMatch(/expiresInDays/);
    }
    expect(await count()).toBe(0);
    const yearly = await createToken({ cookie: session }, { ...ok, days: TOKEN_MAX_DAYS });
    expect(yearly.data.createApiToken.expiresAt).toEqual(expect.any(String));
    expect(await count()).toBe(1);
    // Without a signed-in user at all.
    expect((await createToken({}, ok)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a token without an expiry, and the upgrade gives such tokens a year', async () => {
    const { user } = await t.userFor(UserRole.STAFF, chamberId, 'staff-old-token');
    const actor = requestActor(new Viewer(user, '/', 'session'), 'test', '127.0.0.1');
    const { token, apiToken } = await t.app.auth.issueApiToken(actor, '旧脚本', 30);
    await t.db.write((em) => em.update(ApiToken, { id: apiToken.id }, { expiresAt: null }));
    await t.credentialsChangedByHand();
    const me = () => t.post(JSON.stringify({ query: '{ me { user { username } } }' }), { authorization: `Bearer ${token}` });
    expect((await me()).json.data.me).toBeNull();
    const runner = t.dataSource.createQueryRunner();
    try {
      await new (dialect === 'sqlite' ? SqliteTokenExpiry : MysqlTokenExpiry)().up(runner);
    } finally {
      await runner.release();
    }
    await t.credentialsChangedByHand();
    const upgraded = await t.dataSource.getRepository(ApiToken).findOneByOrFail({ id: apiToken.id });
    expect(Math.round((upgraded.expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(365);
    expect((await me()).json.data.me.user.username).toBe('staff-old-token');
    expect(await t.dataSource.getRepository(ApiToken).countBy({ expiresAt: IsNull() })).toBe(0);
  });

  it('refuses common and guessable passwords when they are set', async () => {
    const { gql, user } = await t.userFor(UserRole.STAFF, chamberId, 'staff-weak');
    for (const weak of ['password1234', 'guildhall-demo', 'qwertyuiop123', 'iloveyou2024']) {
      const changed = await gql(`mutation($p: String!) { changePassword(currentPassword: "${TEST_PASSWORD}", newPassword: $p) }`, { p: weak });
      expect(changed.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'newPassword', constraint: 'passwordTooGuessable' })] });
      const reset = await t.gql(`mutation($id: ID!, $p: String!) { resetUserPassword(id: $id, newPassword: $p) { id } }`, { id: String(user.id), p: weak });
      expect(reset.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'newPassword', constraint: 'passwordTooGuessable' })] });
      const created = await t.gql(`mutation($p: String!, $o: ID!) { createUser(username: "weak-new", displayName: "新用户", role: STAFF, organizationId: $o, password: $p) { id } }`, { p: weak, o: chamberId });
      expect(created.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'password', constraint: 'passwordTooGuessable' })] });
    }
    expect(await t.dataSource.getRepository(User).countBy({ username: 'weak-new' })).toBe(0);
    // The display name counts as a known word.
    const named = await t.gql(`mutation($o: ID!) { createUser(username: "li-ming", displayName: "zhangwei", role: STAFF, organizationId: $o, password: "zhangwei2024") { id } }`, { o: chamberId });
    expect(named.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
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
      await t.credentialsChangedByHand();
      before = await snapshotTables(t.dataSource);
      const res = await t.post(DELETE(chamberId), { cookie: session });
      expect(res.json.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired API token', async () => {
      await t.userFor(UserRole.ADMIN, chamberId, 'admin-expiring');
      const created = await createToken({ cookie: await sessionOf('admin-expiring') }, { name: '短期', password: TEST_PASSWORD, days: 1 });
      await t.db.write((em) =>
        em.createQueryBuilder().update(ApiToken).set({ expiresAt: new Date(Date.now() - 1000) }).where('prefix = :p', { p: created.data!.createApiToken.token.slice(0, 10) }).execute(),
      );
      await t.credentialsChangedByHand();
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

describe.each(DIALECTS)('demo accounts on %s', (dialect) => {
  it('are not created in production, where their public password is refused', async () => {
    const database = await openTestDatabase(dialect);
    try {
      await new OrganizationService(database.db, SYSTEM_ACTOR, organizationUsesByOversight).create({ kind: OrganizationKind.AGENCY, name: '贵州省商务厅' });
      expect(await seedDemoAccounts(database.db, { production: true })).toBeNull();
      expect(await database.dataSource.getRepository(User).count()).toBe(0);
      expect(passwordProblems('password', DEMO_PASSWORD, 'li.ming')).toEqual([expect.objectContaining({ constraint: 'passwordTooGuessable' })]);
      expect((await seedDemoAccounts(database.db, { production: false }))?.map((a) => a.username)).toContain('admin');
    } finally {
      await database.close();
    }
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
