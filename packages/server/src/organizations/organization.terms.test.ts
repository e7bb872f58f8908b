import { UserRole } from '../access/roles';
import { addDays, anniversary, todayInChina } from '../common/dates';
import { DIALECTS } from '../test/databases';
import { buildSmallTree, createOrg } from '../test/fixtures';
import { createPerson } from '../test/people-fixtures';
import { startTestServer, type TestServer } from '../test/server';
import { OrganizationKind, TermState, termStateOn } from './organization.entity';
import { termDates } from './organization.rules';
import { DEFAULT_RULES } from './organization.rules-settings';

describe('terms (届), at each boundary', () => {
  it('ends a branch\'s term after 3 years and a committee\'s after 5, due soon 6 months before', () => {
    expect(termDates(OrganizationKind.BRANCH, '2023-06-15', DEFAULT_RULES)).toEqual({ termEndsOn: '2026-06-15', termDueSoonOn: '2025-12-15' });
    expect(termDates(OrganizationKind.GENERAL_BRANCH, '2023-06-15', DEFAULT_RULES).termEndsOn).toBe('2026-06-15');
    expect(termDates(OrganizationKind.JOINT_BRANCH, '2023-06-15', DEFAULT_RULES).termEndsOn).toBe('2026-06-15');
    expect(termDates(OrganizationKind.PARTY_COMMITTEE, '2021-06-15', DEFAULT_RULES)).toEqual({ termEndsOn: '2026-06-15', termDueSoonOn: '2025-12-15' });
    expect(termDates(OrganizationKind.ENTERPRISE, '2021-06-15', DEFAULT_RULES)).toEqual({ termEndsOn: null, termDueSoonOn: null });
    expect(termDates(OrganizationKind.BRANCH, null, DEFAULT_RULES)).toEqual({ termEndsOn: null, termDueSoonOn: null });
  });

  it.each([
    ['2025-12-14', TermState.CURRENT],
    ['2025-12-15', TermState.DUE_SOON],
    ['2026-06-14', TermState.DUE_SOON],
    ['2026-06-15', TermState.OVERDUE],
    ['2030-01-01', TermState.OVERDUE],
  ])('a branch elected 2023-06-15 is, on %s, %s', (day, state) => {
    expect(termStateOn(termDates(OrganizationKind.BRANCH, '2023-06-15', DEFAULT_RULES), day)).toBe(state);
  });

  it('a term started on 29 February ends on its anniversary, 1 March in a common year', () => {
    expect(termDates(OrganizationKind.BRANCH, '2024-02-29', DEFAULT_RULES)).toEqual({ termEndsOn: '2027-03-01', termDueSoonOn: '2026-09-01' });
  });

  it('has no term without a start', () => {
    expect(termStateOn({ termEndsOn: null, termDueSoonOn: null }, '2026-01-01')).toBe(TermState.NONE);
  });
});

const FIELDS = 'id termStartedOn termEndsOn termState';

describe.each(DIALECTS)('terms and the rules on organizations on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  const today = todayInChina();

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
  });
  afterAll(() => t.stop());

  const setTerm = async (id: string, termStartedOn: string | null) => {
    const { version } = (await t.gql(`query($id: ID!) { Organization(id: $id) { version } }`, { id })).data!.Organization;
    return t.gql(`mutation($id: ID!, $v: Int!, $s: String) { updateOrganization(id: $id, version: $v, termStartedOn: $s) { ${FIELDS} } }`, { id, v: version, s: termStartedOn });
  };

  it('ends a term begun on 29 February on 1 March of a common year, and on 29 February of a leap one', async () => {
    const branchYears = (await t.gql(`{ organizationRules { branchTermYears } }`)).data!.organizationRules.branchTermYears as number;
    expect((await setTerm(tree.branch.id, '2021-02-28')).data!.updateOrganization).toMatchObject({ termEndsOn: `${2021 + branchYears}-02-28` });
    // Started on a 29 February: its anniversary in a common year is 1 March.
    const started = '2024-02-29';
    const ends = (2024 + branchYears) % 4 === 0 ? `${2024 + branchYears}-02-29` : `${2024 + branchYears}-03-01`;
    expect((await setTerm(tree.branch.id, started)).data!.updateOrganization).toMatchObject({ termEndsOn: ends });
    expect((await setTerm(tree.branch.id, '2020-02-29')).data!.updateOrganization).toMatchObject({ termEndsOn: (2020 + branchYears) % 4 === 0 ? `${2020 + branchYears}-02-29` : `${2020 + branchYears}-03-01` });
    await setTerm(tree.branch.id, null);
  });

  it('computes each party organization\'s term state today, lists them by state, and counts them on the home page', async () => {
    // The committee was elected five years ago today: its term ends today.
    const committee = (await setTerm(tree.committee.id, anniversary(today, -5))).data!.updateOrganization;
    expect(committee).toMatchObject({ termEndsOn: today, termState: 'OVERDUE' });
    // The branch's term ends tomorrow: due soon.
    const branch = (await setTerm(tree.branch.id, addDays(anniversary(today, -3), 1))).data!.updateOrganization;
    expect(branch).toMatchObject({ termEndsOn: anniversary(addDays(anniversary(today, -3), 1), 3), termState: 'DUE_SOON' });
    // A joint branch elected a year ago is in its term.
    const joint = await createOrg(t, { kind: 'JOINT_BRANCH', name: '贵州省湖南商会第一联合党支部', parentId: tree.committee.id, hostId: tree.hunan.id, termStartedOn: anniversary(today, -1) });
    expect((await t.gql(`query($id: ID!) { Organization(id: $id) { termState } }`, { id: joint.id })).data!.Organization.termState).toBe('CURRENT');

    const byState = async (state: string) => (await t.gql(`query($s: TermState) { allOrganizations(filter: { termState: $s }) { id } }`, { s: state })).data!.allOrganizations.map((o: { id: string }) => o.id);
    expect(await byState('OVERDUE')).toEqual([tree.committee.id]);
    expect(await byState('DUE_SOON')).toEqual([tree.branch.id]);
    expect(await byState('CURRENT')).toEqual([joint.id]);
    expect(await byState('NONE')).toEqual([]);
    const overdue = (await t.gql(`query { homeDashboard { overdue { kind count } } }`)).data!.homeDashboard.overdue;
    expect(overdue).toEqual(expect.arrayContaining([{ kind: 'TERM_OVERDUE', count: 1 }, { kind: 'TERM_DUE_SOON', count: 1 }]));
    // Clearing the start clears the term.
    expect((await setTerm(joint.id, null)).data!.updateOrganization).toMatchObject({ termEndsOn: null, termState: 'NONE' });
  });

  it('refuses a term for what is not a party organization, and one that starts in the future', async () => {
    const enterprise = await setTerm(tree.enterprises[0].id, '2024-01-01');
    expect(enterprise.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'termStartedOn', constraint: 'notApplicable' })] });
    const future = await setTerm(tree.branch.id, addDays(today, 1));
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'termStartedOn', constraint: 'future' })] });
  });

  it('lets the administrators change the rules: term ends follow, and so do eligibility and venues', async () => {
    const rules = `branchMinFullMembers generalBranchAboveMembers committeeMinMembers jointBranchMaxEnterprises committeeTermYears branchTermYears termDueSoonMonths fullVenueMinMembers`;
    expect((await t.gql(`query { organizationRules { ${rules} } }`)).data!.organizationRules).toEqual({ ...DEFAULT_RULES });
    const coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    expect((await coordinator(`mutation { setOrganizationRules(branchTermYears: 5) { branchTermYears } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const unordered = await t.gql(`mutation { setOrganizationRules(committeeMinMembers: 40) { committeeMinMembers } }`);
    expect(unordered.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'committeeMinMembers', constraint: 'order' })] });

    const before = (await t.gql(`query($id: ID!) { Organization(id: $id) { termStartedOn termEndsOn } }`, { id: tree.branch.id })).data!.Organization;
    // Two full members working at 湘黔建材: a joint branch under the default rules, their own branch from 2.
    for (const name of ['甲', '乙']) await createPerson(t.gql, { name, organizationId: tree.branch.id, employerId: tree.enterprises[0].id, membershipStatus: 'FULL' });
    const formOf = async () => (await t.gql(`query($o: ID) { organizationEligibility(withinOrganization: $o) { organizationId eligibleForm } }`, { o: tree.hunan.id })).data!.organizationEligibility.find((u: { organizationId: string }) => u.organizationId === tree.enterprises[0].id).eligibleForm;
    expect(await formOf()).toBe('JOINT_BRANCH');

    const changed = await t.gql(`mutation { setOrganizationRules(branchTermYears: 5, branchMinFullMembers: 2) { branchTermYears branchMinFullMembers committeeTermYears } }`);
    expect(changed.data!.setOrganizationRules).toEqual({ branchTermYears: 5, branchMinFullMembers: 2, committeeTermYears: 5 });
    const after = (await t.gql(`query($id: ID!) { Organization(id: $id) { termEndsOn termState } }`, { id: tree.branch.id })).data!.Organization;
    expect(after).toEqual({ termEndsOn: anniversary(before.termStartedOn, 5), termState: 'CURRENT' });
    expect(await formOf()).toBe('BRANCH');
    const audit = await t.gql(`query { allAuditEntries(filter: { action: "rules.update" }) { changes } }`);
    expect(audit.data!.allAuditEntries).toEqual([{ changes: { branchMinFullMembers: [3, 2], branchTermYears: [3, 5] } }]);
    // Back to the defaults: no stored rule is left.
    await t.gql(`mutation { setOrganizationRules(branchTermYears: 3, branchMinFullMembers: 3) { branchTermYears } }`);
    expect(Number((await t.dataSource.query('SELECT COUNT(*) AS n FROM rule_setting'))[0].n)).toBe(0);
  });
});
