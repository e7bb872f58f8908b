import { GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLObjectType, type GraphQLOutputType } from 'graphql';
import { UserRole } from '../../access/roles';
import { addDays, todayInChina } from '../../common/dates';
import { createSchema } from '../../root/schema';
import { DIALECTS, snapshotTables } from '../../test/databases';
import { freshCase, fullMembers, guardOf, publishNotice, recordReport, step } from '../../test/development-fixtures';
import { buildSmallTree } from '../../test/fixtures';
import { createPerson, freshNationalId } from '../../test/people-fixtures';
import { startTestServer, type Gql, type TestServer } from '../../test/server';

const FILE = `mutation($n: ID, $c: ID, $content: String!, $anon: Boolean, $name: String, $contact: String, $website: String) {
  fileReport(noticeId: $n, caseId: $c, content: $content, anonymous: $anon, reporterName: $name, reporterContact: $contact, website: $website) { reference receivedOn }
}`;

describe.each(DIALECTS)('public notices and reports on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let coordinator: Gql;
  let staff: Gql;
  let sichuanCoordinator: Gql;
  const today = todayInChina();
  const candidateId = freshNationalId('1992-08-08');
  let running: { id: string };
  let runningCaseId: string;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    staff = (await t.userFor(UserRole.STAFF, tree.hunan.id)).gql;
    sichuanCoordinator = (await t.userFor(UserRole.COORDINATOR, tree.sichuan.id)).gql;
    const person = await createPerson(t.gql, { name: '公示对象', organizationId: tree.branch.id, employerId: tree.enterprises[0].id, nationalId: candidateId, phone: '13912345678' });
    const res = await t.gql(`mutation($p: ID!, $o: ID!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: "2024-01-02") { id version stage } }`, { p: person.id, o: tree.branch.id });
    let c = res.data!.openDevelopmentCase;
    c = await step(t.gql, 'recordCaseTalk', c, '2024-01-20');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2024-02-01');
    runningCaseId = c.id;
    running = await publishNotice(coordinator, tree.branch.id, 'DEVELOPMENT_TARGET', [c.id], addDays(today, -2));
  });
  afterAll(() => t.stop());

  it('computes the end of a working-day notice when it is written, and lets a draft change', async () => {
    const c = await freshCase(t.gql, tree.branch.id, '2024-03-01', '草稿对象');
    const talked = await step(t.gql, 'recordCaseTalk', c, '2024-03-10');
    await step(t.gql, 'advanceDevelopmentCase', talked, '2024-03-20');
    const created = await staff(
      `mutation($o: ID!, $c: [ID!]) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "国庆公示", startsOn: "2026-09-28", dayType: WORKING, caseIds: $c, hotline: "0851-1", suggestionBox: "一楼") { id version endsOn lengthDays state calendarCovered } }`,
      { o: tree.branch.id, c: [c.id] },
    );
    expect(created.data!.createPublicNotice).toMatchObject({ endsOn: '2026-10-15', lengthDays: 10, state: 'DRAFT', calendarCovered: true });
    const preview = await staff(`query { noticeEndDate(startsOn: "2026-09-28", lengthDays: 10, dayType: CALENDAR) { endsOn calendarCovered } }`);
    expect(preview.data!.noticeEndDate).toEqual({ endsOn: '2026-10-07', calendarCovered: true });
    const draft = created.data!.createPublicNotice;
    const updated = await staff(`mutation($id: ID!, $v: Int!) { updatePublicNotice(id: $id, version: $v, lengthDays: 5) { endsOn version } }`, { id: draft.id, v: draft.version });
    expect(updated.data!.updatePublicNotice.endsOn).toBe('2026-10-09');
    // Staff draft; publishing is the coordinator's decision.
    const refused = await staff(`mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id } }`, { id: draft.id, v: updated.data!.updatePublicNotice.version });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('recomputes drafts when a local holiday is declared; only the administrator declares them', async () => {
    const created = await staff(
      `mutation($o: ID!) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "地方假日公示", startsOn: "2026-09-28", dayType: WORKING, hotline: "0851-1", suggestionBox: "一楼") { id endsOn } }`,
      { o: tree.branch.id },
    );
    expect(created.data!.createPublicNotice.endsOn).toBe('2026-10-15');
    const endOf = async () => (await staff(`query($id: ID!) { PublicNotice(id: $id) { endsOn } }`, { id: created.data!.createPublicNotice.id })).data!.PublicNotice.endsOn;
    const set = await t.gql(`mutation { setCalendarDay(date: "2026-10-12", kind: HOLIDAY, note: "地方性假日") { id date kind } }`);
    expect(set.errors).toBeUndefined();
    expect(set.data!.setCalendarDay).toMatchObject({ date: '2026-10-12', kind: 'HOLIDAY' });
    expect(await endOf()).toBe('2026-10-16');
    const days = await staff(`query { allCalendarDays { date kind note } officialCalendarYears { from to } }`);
    expect(days.data!.allCalendarDays).toEqual([{ date: '2026-10-12', kind: 'HOLIDAY', note: '地方性假日' }]);
    expect(days.data!.officialCalendarYears.to).toBeGreaterThanOrEqual(2026);
    const cleared = await t.gql(`mutation($id: ID!) { clearCalendarDay(id: $id) { date } }`, { id: set.data!.setCalendarDay.id });
    expect(cleared.data!.clearCalendarDay.date).toBe('2026-10-12');
    expect(await endOf()).toBe('2026-10-15');
    const denied = await coordinator(`mutation { setCalendarDay(date: "2026-10-12", kind: HOLIDAY) { id } }`);
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses cases at the wrong stage or out of the organization, and changes to a published notice', async () => {
    const applicant = await freshCase(t.gql, tree.branch.id, '2024-03-01', '申请人');
    const before = await snapshotTables(t.dataSource);
    const wrong = await coordinator(
      `mutation($o: ID!, $c: [ID!]) { createPublicNotice(organizationId: $o, stage: ADMISSION, title: "入党公示", startsOn: "2026-11-01", caseIds: $c, hotline: "1", suggestionBox: "1") { id } }`,
      { o: tree.branch.id, c: [applicant.id, '999999'] },
    );
    expect(wrong.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'caseIds.0', constraint: 'caseStage' }),
      expect.objectContaining({ field: 'caseIds.1', constraint: 'notFound' }),
    ]);
    const notParty = await coordinator(`mutation($o: ID!) { createPublicNotice(organizationId: $o, stage: ADMISSION, title: "x", startsOn: "2026-11-01", hotline: "1", suggestionBox: "1") { id } }`, {
      o: tree.hunan.id,
    });
    expect(notParty.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'organizationId', constraint: 'partyKind' })]);
    const published = await coordinator(`query($id: ID!) { PublicNotice(id: $id) { version } }`, { id: running.id });
    const edit = await coordinator(`mutation($id: ID!, $v: Int!) { updatePublicNotice(id: $id, version: $v, title: "改") { id } }`, { id: running.id, v: published.data!.PublicNotice.version });
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'published' });
    const del = await coordinator(`mutation($id: ID!) { deletePublicNotice(id: $id) { id } }`, { id: running.id });
    expect(del.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'published' });
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('shows published notices to anyone, with names but no personal data', async () => {
    const list = await t.anonymous(`query { publishedNotices { id title stage organizationName startsOn endsOn hotline suggestionBox phase candidates { caseId name stage employerName } } _publishedNoticesMeta { count } }`);
    expect(list.errors).toBeUndefined();
    const notice = list.data!.publishedNotices.find((n: { id: string }) => n.id === running.id);
    expect(notice).toMatchObject({ phase: 'RUNNING', hotline: '0851-12345678', candidates: [{ name: '公示对象', stage: 'ACTIVIST', employerName: '贵州湘黔建材有限公司' }] });
    const text = JSON.stringify(list.data);
    expect(text).not.toContain(candidateId);
    expect(text).not.toContain('1992-08-08');
    expect(text).not.toContain('13912345678');
    expect(list.data!.publishedNotices.every((n: { title: string }) => n.title !== '国庆公示')).toBe(true);
    const draft = await t.anonymous(`query($id: ID!) { publishedNotice(id: $id) { id } }`, { id: String(Number(running.id) + 1) });
    expect(draft.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const internal = await t.anonymous(`query { allPublicNotices { id } }`);
    expect(internal.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('exposes no personal field on any type the public can reach', async () => {
    const schema = await createSchema();
    const roots = ['publishedNotices', 'publishedNotice', 'fileReport'];
    const forbidden = /nationalId|phone|birth|contact|reporter|ethnic|education|gender|email|address/i;
    const seen = new Set<string>();
    const walk = (type: GraphQLOutputType, path: string) => {
      if (type instanceof GraphQLNonNull || type instanceof GraphQLList) return walk(type.ofType, path);
      if (type instanceof GraphQLEnumType || !(type instanceof GraphQLObjectType) || seen.has(type.name)) return;
      seen.add(type.name);
      for (const [name, field] of Object.entries(type.getFields())) {
        expect(`${path}.${name}`).not.toMatch(forbidden);
        walk(field.type, `${path}.${name}`);
      }
    };
    for (const root of roots) {
      const field = schema.getQueryType()!.getFields()[root] ?? schema.getMutationType()!.getFields()[root];
      walk(field.type, root);
    }
    expect([...seen].sort()).toEqual(['NoticeCandidate', 'PublishedNotice', 'ReportReceipt']);
  });

  it('lets anyone file a report on a running notice, anonymously, and keeps the contact sealed and hidden from staff', async () => {
    const filed = await t.anonymous(FILE, { n: running.id, c: runningCaseId, content: '该同志在企业中存在拖欠工资问题', name: '王先生', contact: '13800001111' });
    expect(filed.errors).toBeUndefined();
    expect(filed.data!.fileReport.reference).toMatch(/^JB\d{8}-[2-9A-Z]{6}$/);
    const anonymous = await t.anonymous(FILE, { n: running.id, content: '匿名意见', anon: true, name: '不该保存', contact: '也不该保存' });
    expect(anonymous.errors).toBeUndefined();
    const rows = await coordinator(`query($n: ID) { allReports(filter: { noticeId: $n }, sortField: "id", sortOrder: "ASC") { channel anonymous reporterName reporterContact content status } }`, { n: running.id });
    expect(rows.data!.allReports).toEqual([
      { channel: 'ONLINE', anonymous: false, reporterName: '王先生', reporterContact: '13800001111', content: '该同志在企业中存在拖欠工资问题', status: 'RECEIVED' },
      { channel: 'ONLINE', anonymous: true, reporterName: null, reporterContact: null, content: '匿名意见', status: 'RECEIVED' },
    ]);
    const asStaff = await staff(`query($n: ID) { allReports(filter: { noticeId: $n }) { reporterContact } }`, { n: running.id });
    expect(asStaff.data!.allReports.map((r: { reporterContact: string | null }) => r.reporterContact)).toEqual([null, null]);
    const raw = await t.dataSource.query('SELECT * FROM report');
    expect(JSON.stringify(raw)).not.toContain('13800001111');
    const notice = await coordinator(`query($id: ID!) { PublicNotice(id: $id) { state unclearedReports } }`, { id: running.id });
    expect(notice.data!.PublicNotice).toEqual({ state: 'PUBLISHED', unclearedReports: 2 });
    const otherChamber = await sichuanCoordinator(`query($n: ID) { allReports(filter: { noticeId: $n }) { id } }`, { n: running.id });
    expect(otherChamber.data!.allReports).toEqual([]);
  });

  it('refuses online reports that are empty, too long, hostile or about a notice not running, changing nothing', async () => {
    const ended = await publishNotice(coordinator, tree.branch.id, 'DEVELOPMENT_TARGET', [runningCaseId], '2024-01-01');
    const before = await snapshotTables(t.dataSource);
    const codes = async (variables: Record<string, unknown>) => (await t.anonymous(FILE, variables, { 'x-forwarded-for': '10.9.9.9' })).errors?.[0].extensions;
    expect(await codes({ n: running.id, content: '   ' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await codes({ n: running.id, content: '长'.repeat(2001) })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await codes({ n: running.id, content: 'abc\u202Edef' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await codes({ n: ended.id, content: '期满后的意见' })).toMatchObject({ code: 'CONFLICT', reason: 'noticeNotRunning' });
    expect(await codes({ content: '没有公示' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('answers a filled-in honeypot with a receipt and stores nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const res = await t.anonymous(FILE, { n: running.id, content: 'buy now', website: 'http://spam.example' });
    expect(res.data!.fileReport.reference).toMatch(/^JB/);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('limits online reports per address', async () => {
    const server = await startTestServer(dialect);
    try {
      const setup = await buildSmallTree(server);
      const c = await freshCase(server.gql, setup.branch.id, '2024-01-02');
      let kase = await step(server.gql, 'recordCaseTalk', c, '2024-01-10');
      kase = await step(server.gql, 'advanceDevelopmentCase', kase, '2024-01-20');
      const notice = await publishNotice(server.gql, setup.branch.id, 'DEVELOPMENT_TARGET', [kase.id], addDays(today, -1));
      const results = [];
      for (let i = 0; i < 6; i += 1) results.push(await server.anonymous(FILE, { n: notice.id, content: `意见${i}`, anon: true }));
      expect(results.slice(0, 5).every((r) => !r.errors)).toBe(true);
      expect(results[5].errors?.[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect((await server.gql(`query { _allReportsMeta { count } }`)).data!._allReportsMeta.count).toBe(5);
    } finally {
      await server.stop();
    }
  });

  it('takes a recorded report through verification, in order, with the version read', async () => {
    const report = await recordReport(coordinator, { caseId: runningCaseId, receivedOn: addDays(today, -1), content: '来电反映' });
    const early = await coordinator(`mutation($id: ID!, $v: Int!) { closeReport(id: $id, version: $v, on: "${today}") { id } }`, { id: report.id, v: report.version });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'statusOrder' });
    const staffVerify = await staff(`mutation($id: ID!, $v: Int!) { startReportVerification(id: $id, version: $v) { id } }`, { id: report.id, v: report.version });
    expect(staffVerify.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const online = await coordinator(`mutation($c: ID) { recordReport(channel: ONLINE, caseId: $c, receivedOn: "2024-01-01", content: "x") { id } }`, { c: runningCaseId });
    expect(online.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'channel', constraint: 'online' })]);
    const audit = await coordinator(`query($r: String) { allAuditEntries(filter: { recordType: "Report", recordId: $r }) { action changes } }`, { r: report.id });
    expect(audit.data!.allAuditEntries).toEqual([expect.objectContaining({ action: 'report.record' })]);
    expect(JSON.stringify(audit.data)).not.toContain('来电反映');
  });

  describe('what the public actually saw (docs/api.md, "Public notices")', () => {
    const NOTICE = `id version state postedOnPaper paperReason paperEvidence publishedById publishedByName publishedAt`;
    const draftFor = async (startsOn: string, name: string) => {
      const c = await freshCase(t.gql, tree.branch.id, '2024-01-02', name);
      const talked = await step(t.gql, 'recordCaseTalk', c, '2024-01-10');
      const activist = await step(t.gql, 'assignCultivationContacts', await step(t.gql, 'advanceDevelopmentCase', talked, '2024-01-20'), '2024-01-20', { personIds: [(await members())[0]] });
      const created = await coordinator(
        `mutation($o: ID!, $c: [ID!], $s: String!) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "公示", startsOn: $s, caseIds: $c, hotline: "0851-1", suggestionBox: "一楼") { id version } }`,
        { o: tree.branch.id, c: [activist.id], s: startsOn },
      );
      return { activist, draft: created.data!.createPublicNotice as { id: string; version: number } };
    };
    let fullMembersOfBranch: string[] | undefined;
    const members = async () => (fullMembersOfBranch ??= await fullMembers(t.gql, tree.branch.id, 1));
    /** What the draft says it may take today, as the dashboard reads it. */
    const offers = async (id: string) => (await coordinator(`query($id: ID!) { PublicNotice(id: $id) { publishableOnline recordableOnPaper } }`, { id })).data!.PublicNotice;
    const advanceTo = async (activist: { id: string }, on: string) => {
      const current = (await t.gql(`query($id: ID!) { DevelopmentCase(id: $id) { id version } }`, { id: activist.id })).data!.DevelopmentCase;
      return coordinator(`mutation($id: ID!, $v: Int!, $on: String!) { advanceDevelopmentCase(id: $id, version: $v, on: $on, decisionRef: "支委会决议") { id stage } }`, { id: current.id, v: current.version, on });
    };

    it.each([1, 30, 400])('refuses to publish online a notice whose first day was %i day(s) ago, changing nothing', async (daysAgo) => {
      const { draft } = await draftFor(addDays(today, -daysAgo), `过期公示${daysAgo}`);
      expect(await offers(draft.id)).toEqual({ publishableOnline: false, recordableOnPaper: true });
      const before = await snapshotTables(t.dataSource);
      const refused = await coordinator(`mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id } }`, { id: draft.id, v: draft.version });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'startsOn', constraint: 'beforePublication', params: { earliestDate: today } })] });
      expect(await snapshotTables(t.dataSource)).toEqual(before);
    });

    it('publishes online from today on, and names who published it', async () => {
      for (const start of [today, addDays(today, 1)]) {
        const { draft } = await draftFor(start, `今日公示${start}`);
        expect(await offers(draft.id)).toEqual({ publishableOnline: true, recordableOnPaper: start === today });
        const published = await coordinator(`mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { ${NOTICE} } }`, { id: draft.id, v: draft.version });
        expect(published.errors).toBeUndefined();
        expect(published.data!.publishNotice).toMatchObject({ postedOnPaper: false, paperReason: null, publishedById: expect.any(String), publishedByName: expect.any(String) });
        expect(await offers(draft.id)).toEqual({ publishableOnline: false, recordableOnPaper: false });
      }
    });

    it('records a paper notice after the fact only with why and what shows it, once its first day has come; staff cannot', async () => {
      const { draft } = await draftFor(addDays(today, -40), '纸质公示对象');
      const future = await draftFor(addDays(today, 3), '未来纸质公示');
      const RECORD = `mutation($id: ID!, $v: Int, $r: String!, $e: String!) { recordPaperNotice(id: $id, version: $v, reason: $r, evidence: $e) { ${NOTICE} } }`;
      // (a refusal for want of permission is itself audited)
      const byStaff = await staff(RECORD, { id: draft.id, v: draft.version, r: '补录', e: '照片' });
      expect(byStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const before = await snapshotTables(t.dataSource);
      const blank = await coordinator(RECORD, { id: draft.id, v: draft.version, r: '  ', e: '' });
      expect(blank.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'reason', constraint: 'notBlank' }), expect.objectContaining({ field: 'evidence', constraint: 'notBlank' })]);
      const early = await coordinator(RECORD, { id: future.draft.id, v: future.draft.version, r: '补录', e: '照片' });
      expect(early.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'startsOn', constraint: 'notStarted' })]);
      expect(await snapshotTables(t.dataSource)).toEqual(before);

      const recorded = await coordinator(RECORD, { id: draft.id, v: draft.version, r: '启用系统前张贴在公告栏', e: '公告栏照片，档案第12号' });
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data!.recordPaperNotice).toMatchObject({ postedOnPaper: true, paperReason: '启用系统前张贴在公告栏', paperEvidence: '公告栏照片，档案第12号', state: 'ENDED_CLEAN', publishedById: expect.any(String) });
      const again = await coordinator(RECORD, { id: draft.id, r: '再补录', e: '照片' });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'published' });
      const audit = await coordinator(`query($r: String) { allAuditEntries(filter: { recordType: "PublicNotice", recordId: $r }) { action changes } }`, { r: draft.id });
      const entry = audit.data!.allAuditEntries.find((e: { action: string }) => e.action === 'notice.recordPaper');
      expect(entry.changes).toMatchObject({ postedOnPaper: [false, true], paperReason: [null, '启用系统前张贴在公告栏'], paperEvidence: [null, '公告栏照片，档案第12号'] });
    });

    it('lets a case move on by a paper notice, and its history names that notice', async () => {
      const { activist, draft } = await draftFor(addDays(today, -40), '纸质公示发展');
      await coordinator(`mutation($id: ID!) { recordPaperNotice(id: $id, reason: "补录", evidence: "照片") { id } }`, { id: draft.id });
      const moved = await advanceTo(activist, addDays(today, -20));
      expect(moved.errors).toBeUndefined();
      const history = await coordinator(`query($id: ID!) { DevelopmentCase(id: $id) { events { action toStage noticeId } } }`, { id: activist.id });
      expect(history.data!.DevelopmentCase.events).toContainEqual({ action: 'ADVANCE', toStage: 'DEVELOPMENT_TARGET', noticeId: draft.id });
      const audit = await coordinator(`query($r: String) { allAuditEntries(filter: { recordType: "DevelopmentCase", recordId: $r, action: "case.advance" }) { changes } }`, { r: activist.id });
      expect(audit.data!.allAuditEntries.map((e: { changes: { noticeId?: unknown } }) => e.changes.noticeId)).toContainEqual([null, Number(draft.id)]);
    });

    it('does not count a notice published after its first day (before the rule), for the days the public did not see it', async () => {
      const { activist, draft } = await draftFor(addDays(today, 1), '补发公示');
      await coordinator(`mutation($id: ID!) { publishNotice(id: $id, version: ${draft.version}) { id } }`, { id: draft.id });
      // As the service allowed before: the first day moved back, past the day it was published.
      await t.dataSource.query(`UPDATE public_notice SET startsOn = ?, endsOn = ? WHERE id = ?`, [addDays(today, -30), addDays(today, -21), Number(draft.id)]);
      const refused = await advanceTo(activist, today);
      expect(guardOf(refused)).toMatchObject({ code: 'GUARD_FAILED', rules: ['noticeNotSeen'] });
    });
  });
});
