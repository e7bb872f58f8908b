import { UserRole } from '../access/roles';
import { DIALECTS } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';

const FIELDS = 'id version state acceptedOn closedOn';

describe.each(DIALECTS)('rectification of weak or lax organizations on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let coordinator: Gql;
  let assessor: Gql;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    assessor = (await t.userFor(UserRole.ASSESSOR, tree.agency.id)).gql;
  });
  afterAll(() => t.stop());

  const step = async (gql: Gql, mutation: string, c: { id: string; version: number }, note?: string) =>
    gql(`mutation($id: ID!, $v: Int!, $n: String) { ${mutation}(id: $id, version: $v, note: $n) { ${FIELDS} } }`, { id: c.id, v: c.version, n: note });

  it('goes identified → rectifying → acceptance → closed, never closed without acceptance, and the organization is normal again', async () => {
    const notWeak = await coordinator(`mutation($o: ID!) { openRectification(organizationId: $o, problems: "组织生活不正常", identifiedOn: "2026-01-05") { id } }`, { o: tree.branch.id });
    expect(notWeak.errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'notWeakLax' });
    const org = (await t.gql(`query($id: ID!) { Organization(id: $id) { version } }`, { id: tree.branch.id })).data!.Organization;
    await t.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, status: WEAK_LAX) { id } }`, { id: tree.branch.id, v: org.version });
    let c = (await coordinator(`mutation($o: ID!) { openRectification(organizationId: $o, problems: "组织生活不正常，班子不健全", identifiedOn: "2026-01-05") { ${FIELDS} } }`, { o: tree.branch.id })).data!.openRectification;
    expect(c.state).toBe('IDENTIFIED');
    expect((await step(coordinator, 'closeRectification', c)).errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'stateOrder' });
    c = (await step(coordinator, 'startRectification', c, '调整支部班子，恢复三会一课')).data!.startRectification;
    c = (await step(coordinator, 'submitRectificationForAcceptance', c)).data!.submitRectificationForAcceptance;
    // Accepted by the coordination group, not by the chamber itself; and not closed before acceptance.
    expect((await step(coordinator, 'passRectificationAcceptance', c)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await step(coordinator, 'closeRectification', c)).errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'acceptanceRequired' });
    c = (await step(assessor, 'failRectificationAcceptance', c, '台账不完整')).data!.failRectificationAcceptance;
    expect(c.state).toBe('RECTIFYING');
    c = (await step(coordinator, 'submitRectificationForAcceptance', c)).data!.submitRectificationForAcceptance;
    c = (await step(assessor, 'passRectificationAcceptance', c, '验收合格')).data!.passRectificationAcceptance;
    expect(c.acceptedOn).not.toBeNull();
    const openIds = async (open: boolean) => (await t.gql(`query($o: Boolean) { allRectificationCases(filter: { open: $o }) { id } }`, { o: open })).data!.allRectificationCases.map((r: { id: string }) => r.id);
    expect(await openIds(true)).toContain(c.id);
    c = (await step(coordinator, 'closeRectification', c)).data!.closeRectification;
    expect(c).toMatchObject({ state: 'CLOSED', closedOn: expect.any(String) });
    expect(await openIds(true)).not.toContain(c.id);
    expect(await openIds(false)).toContain(c.id);
    const after = await t.gql(`query($id: ID!) { Organization(id: $id) { status } }`, { id: tree.branch.id });
    expect(after.data!.Organization.status).toBe('NORMAL');
  });
});
