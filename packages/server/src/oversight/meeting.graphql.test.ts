import { UserRole } from '../access/roles';
import { addDays, todayInChina } from '../common/dates';
import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';

describe.each(DIALECTS)('meetings and their regularity on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let staff: Gql;
  const year = Number(todayInChina().slice(0, 4)) - 1;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    staff = (await t.userFor(UserRole.STAFF, tree.hunan.id)).gql;
  });
  afterAll(() => t.stop());

  const held = async (gql: Gql, organizationId: string, type: string, on: string, attended = 8, expected = 10) => {
    const planned = await gql(`mutation($o: ID!, $t: MeetingType!, $d: String!, $e: Int) { createMeeting(organizationId: $o, type: $t, topic: "学习会", plannedOn: $d, expectedCount: $e) { id version } }`, {
      o: organizationId,
      t: type,
      d: on,
      e: expected,
    });
    const m = planned.data!.createMeeting;
    const res = await gql(`mutation($id: ID!, $v: Int!, $d: String!, $a: Int!) { recordMeetingHeld(id: $id, version: $v, heldOn: $d, attendedCount: $a, minutes: "传达学习会议精神") { status heldOn attendanceRate } }`, {
      id: m.id,
      v: m.version,
      d: on,
      a: attended,
    });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data!.recordMeetingHeld;
  };

  it('computes a branch\'s regularity for a past year exactly, by hand', async () => {
    // Last year is over: 4 quarters × 2 types (members' meeting, lecture) + 12 months × 2 types (committee, groups) = 32 periods.
    const b = tree.branch.id;
    expect(await held(staff, b, 'MEMBERS_MEETING', `${year}-03-10`, 9, 12)).toEqual({ status: 'HELD', heldOn: `${year}-03-10`, attendanceRate: 0.75 });
    await held(staff, b, 'MEMBERS_MEETING', `${year}-06-10`);
    await held(staff, b, 'MEMBERS_MEETING', `${year}-06-20`); // twice in Q2 still one compliant quarter
    await held(staff, b, 'PARTY_LECTURE', `${year}-11-05`);
    for (const month of ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']) await held(staff, b, 'COMMITTEE_MEETING', `${year}-${month}-25`);
    for (const month of ['01', '07', '12']) await held(staff, b, 'GROUP_MEETING', `${year}-${month}-05`);
    const res = await staff(`query($y: Int!, $o: ID) { meetingRegularity(year: $y, organizationId: $o) { organizationName elapsedPeriods compliantPeriods regularity heldMeetings annualOnly byType { type elapsed compliant } } }`, { y: year, o: b });
    // Compliant: members Q1 + Q2 = 2, lecture Q4 = 1, committee 10, groups 3: 16 of 32.
    expect(res.data!.meetingRegularity).toEqual([
      {
        organizationName: '贵州湘黔建材有限公司党支部',
        elapsedPeriods: 32,
        compliantPeriods: 16,
        regularity: 0.5,
        heldMeetings: 17,
        annualOnly: false,
        byType: [
          { type: 'MEMBERS_MEETING', elapsed: 4, compliant: 2 },
          { type: 'COMMITTEE_MEETING', elapsed: 12, compliant: 10 },
          { type: 'GROUP_MEETING', elapsed: 12, compliant: 3 },
          { type: 'PARTY_LECTURE', elapsed: 4, compliant: 1 },
        ],
      },
    ]);
  });

  it('flags a committee that met once in the year, and follows a changed requirement', async () => {
    await held(t.gql, tree.committee.id, 'COMMITTEE_MEETING', `${year}-12-01`);
    const query = `query($y: Int!, $o: ID) { meetingRegularity(year: $y, organizationId: $o) { elapsedPeriods compliantPeriods annualOnly } }`;
    // Committee: monthly committee meeting (12) + quarterly lecture (4) = 16 periods; only December met.
    expect((await t.gql(query, { y: year, o: tree.committee.id })).data!.meetingRegularity).toEqual([{ elapsedPeriods: 16, compliantPeriods: 1, annualOnly: true }]);
    const set = await t.gql(`mutation { setMeetingRequirement(organizationKind: PARTY_COMMITTEE, type: COMMITTEE_MEETING, period: QUARTER, minCount: 1) { organizationKind type period } }`);
    expect(set.errors).toBeUndefined();
    // Now quarterly: 4 + 4 = 8 periods, Q4 of the committee meetings met.
    expect((await t.gql(query, { y: year, o: tree.committee.id })).data!.meetingRegularity).toEqual([{ elapsedPeriods: 8, compliantPeriods: 1, annualOnly: true }]);
    const denied = await staff(`mutation { setMeetingRequirement(organizationKind: BRANCH, type: GROUP_MEETING, period: YEAR, minCount: 1) { type } }`);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses meetings of non-party organizations, held in the future, or with more present than expected; changes nothing', async () => {
    const planned = await staff(`mutation($o: ID!) { createMeeting(organizationId: $o, type: THEME_DAY, topic: "主题党日", plannedOn: "${year}-05-01", expectedCount: 5) { id version } }`, { o: tree.branch.id });
    const m = planned.data!.createMeeting;
    const before = await snapshotTables(t.dataSource);
    const notParty = await staff(`mutation($o: ID!) { createMeeting(organizationId: $o, type: THEME_DAY, topic: "x", plannedOn: "${year}-05-01") { id } }`, { o: tree.enterprises[0].id });
    expect(notParty.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ constraint: 'partyKind' })]);
    const future = await staff(`mutation($id: ID!, $v: Int!, $d: String!) { recordMeetingHeld(id: $id, version: $v, heldOn: $d, attendedCount: 3) { id } }`, { id: m.id, v: m.version, d: addDays(todayInChina(), 1) });
    expect(future.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'heldOn', constraint: 'future' })]);
    const tooMany = await staff(`mutation($id: ID!, $v: Int!) { recordMeetingHeld(id: $id, version: $v, heldOn: "${year}-05-01", attendedCount: 6) { id } }`, { id: m.id, v: m.version });
    expect(tooMany.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ constraint: 'moreThanExpected' })]);
    const sichuan = (await t.userFor(UserRole.STAFF, tree.sichuan.id)).gql;
    expect((await sichuan(`mutation($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v) { id } }`, { id: m.id, v: m.version })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const after = await snapshotTables(t.dataSource);
    // Only the new account's own bookkeeping differs.
    expect({ ...after, user: '', audit_entry: '' }).toEqual({ ...before, user: '', audit_entry: '' });
  });
});
