import { UserRole } from '../access/roles';
import { DIALECTS } from '../test/databases';
import { createOrg } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';
import { AuditEntry } from '../audit/audit-entry.entity';

describe.each(DIALECTS)('the audit trail on %s', (dialect) => {
  let t: TestServer;
  let agency: Record<string, any>;
  let hunan: Record<string, any>;
  let sichuan: Record<string, any>;
  const entries = () => t.dataSource.getRepository(AuditEntry).find({ order: { id: 'ASC' } });

  beforeAll(async () => {
    // The requests come through the loopback address, trusted as a proxy: the X-Request-Id they send is kept.
    t = await startTestServer(dialect, { TRUST_PROXY: 'loopback' });
    agency = await createOrg(t, { kind: 'AGENCY', name: '贵州省商务厅' });
    hunan = await createOrg(t, { kind: 'CHAMBER', name: '贵州省湖南商会', parentId: agency.id, originProvince: '湖南' });
    sichuan = await createOrg(t, { kind: 'CHAMBER', name: '贵州省四川商会', parentId: agency.id, originProvince: '四川' });
  });
  afterAll(() => t.stop());

  it('writes one entry per change, with the actor, the fields changed and the request id', async () => {
    const before = (await entries()).length;
    const created = await createOrg(t, { kind: 'ENTERPRISE', name: '贵州湘黔建材有限公司', parentId: hunan.id });
    const updated = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, employeeCount: 80, phone: "0851-85550000") { version } }`,
      { id: created.id, v: created.version },
      { 'x-request-id': 'req-audit-1' },
    );
    await t.gql(`mutation($id: ID!, $v: Int!) { archiveOrganization(id: $id, version: $v) { id } }`, { id: created.id, v: updated.data!.updateOrganization.version });
    const after = await entries();
    expect(after.length - before).toBe(3);
    const [create, update, archive] = after.slice(before);
    expect(create).toMatchObject({ action: 'organization.create', actorName: 'test-admin', recordType: 'Organization', recordId: created.id, organizationId: Number(created.id) });
    expect(update).toMatchObject({ action: 'organization.update', requestId: 'req-audit-1', ip: expect.stringContaining('127.0.0.1') });
    expect(update.changes).toEqual({ employeeCount: [null, 80], phone: [null, '08***00'] });
    expect(archive.action).toBe('organization.archive');
  });

  it('writes nothing for a change that fails', async () => {
    const before = (await entries()).length;
    const stale = await t.gql(`mutation($id: ID!) { updateOrganization(id: $id, version: 999, phone: "1") { id } }`, { id: hunan.id });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const bad = await t.gql(`mutation($p: ID) { createOrganization(kind: ENTERPRISE, name: "x", parentId: $p, creditCode: "123") { id } }`, { p: hunan.id });
    expect(bad.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect((await entries()).length).toBe(before);
  });

  it('records a refusal for lack of permission', async () => {
    const coordinator = await t.userFor(UserRole.COORDINATOR, hunan.id);
    const denied = await coordinator.gql(`mutation($o: ID!) { createUser(username: "sneaky", displayName: "x", role: ADMIN, organizationId: $o, password: "long-enough-pass") { id } }`, { o: hunan.id });
    expect(denied.errors![0].extensions!.code).toBe('FORBIDDEN');
    const last = (await entries()).at(-1)!;
    expect(last).toMatchObject({ action: 'access.denied', actorId: coordinator.user.id });
    expect(last.changes).toMatchObject({ path: [null, 'createUser'] });
  });

  it('refuses a field the role may not set, with FORBIDDEN and no change', async () => {
    const staff = await t.userFor(UserRole.STAFF, hunan.id);
    const current = await t.gql(`query($id: ID!) { Organization(id: $id) { version status } }`, { id: hunan.id });
    const res = await staff.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, status: WEAK_LAX) { status } }`, { id: hunan.id, v: current.data!.Organization.version });
    expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
    const after = await t.gql(`query($id: ID!) { Organization(id: $id) { version status } }`, { id: hunan.id });
    expect(after.data!.Organization).toEqual(current.data!.Organization);
    const self = await t.gql(`{ me { user { id version } } }`);
    const demote = await t.gql(`mutation($id: ID!, $v: Int!) { updateUser(id: $id, version: $v, role: STAFF) { role } }`, { id: self.data!.me.user.id, v: self.data!.me.user.version });
    expect(demote.errors![0].extensions!.code).toBe('FORBIDDEN');
  });

  it('never shows a password, not even hashed', async () => {
    const created = await t.gql(`mutation($o: ID!) { createUser(username: "wang.li", displayName: "王丽", role: STAFF, organizationId: $o, password: "wangli-password-1") { id } }`, { o: hunan.id });
    await t.gql(`mutation($id: ID!) { resetUserPassword(id: $id, newPassword: "wangli-password-2") { id } }`, { id: created.data!.createUser.id });
    const trail = JSON.stringify(await entries());
    expect(trail).not.toMatch(/wangli-password|argon2/);
    const reset = (await entries()).find((e) => e.action === 'user.resetPassword')!;
    expect(reset.changes).toMatchObject({ password: ['***', '***'] });
  });

  it('shows coordinators the entries of their own subtree only', async () => {
    const elsewhere = await createOrg(t, { kind: 'ENTERPRISE', name: '贵州川渝商贸有限公司', parentId: sichuan.id });
    const coordinator = await t.userFor(UserRole.COORDINATOR, hunan.id);
    const mine = await coordinator.gql(`{ allAuditEntries(perPage: 100) { organizationId } _allAuditEntriesMeta { count } }`);
    const ids = new Set(mine.data!.allAuditEntries.map((e: { organizationId: string }) => e.organizationId));
    expect(ids.has(hunan.id)).toBe(true);
    expect(ids.has(elsewhere.id)).toBe(false);
    expect(ids.has(agency.id)).toBe(false);
    const all = await t.gql(`{ _allAuditEntriesMeta { count } }`);
    expect(mine.data!._allAuditEntriesMeta.count).toBeLessThan(all.data!._allAuditEntriesMeta.count);
  });

  it('cannot be changed or removed through the API', async () => {
    const introspection = await t.gql(`{ __schema { mutationType { fields { name } } } }`);
    const mutations: string[] = introspection.data!.__schema.mutationType.fields.map((f: { name: string }) => f.name);
    expect(mutations.filter((name) => /audit/i.test(name))).toEqual([]);
    const attempt = await t.gql(`mutation { updateAuditEntry(id: "1", action: "nothing") { id } }`);
    expect(attempt.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
  });
});
