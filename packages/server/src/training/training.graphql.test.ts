import ExcelJS from 'exceljs';
import { UserRole } from '../access/roles';
import { addDays, todayInChina } from '../common/dates';
import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { createPerson } from '../test/people-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';
import { CLASS_FIELDS, createClass, createProgram, ENROLL } from '../test/training-fixtures';
import { caseAt, fullMembers, guardOf, publishNotice, step, tryStep } from '../test/development-fixtures';

describe.each(DIALECTS)('training classes and enrollment on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let programId: string;
  let hunanCoordinator: Gql;
  let hunanStaff: Gql;
  let sichuanStaff: Gql;
  let trainee: Gql;
  let traineePersonId: string;
  const today = todayInChina();

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    programId = (await createProgram(t.gql, tree.agency.id)).id;
    hunanCoordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    hunanStaff = (await t.userFor(UserRole.STAFF, tree.hunan.id)).gql;
    sichuanStaff = (await t.userFor(UserRole.STAFF, tree.sichuan.id)).gql;
    traineePersonId = (await createPerson(t.gql, { name: '学员本人', organizationId: tree.branch.id })).id;
    const account = await t.userFor(UserRole.TRAINEE, tree.hunan.id);
    await t.dataSource.query('UPDATE user SET personId = ? WHERE id = ?', [Number(traineePersonId), account.user.id]);
    trainee = account.gql;
  });
  afterAll(() => t.stop());

  const person = async (name: string, organizationId = tree.branch.id) => (await createPerson(t.gql, { name, organizationId })).id;

  it('opens enrollment on its first day and closes it after its last, naming the window', async () => {
    const p = await person('窗口');
    const notYet = await createClass(t.gql, programId, { opensOn: addDays(today, 1), closesOn: addDays(today, 2), sessions: [{ date: addDays(today, 3), hours: 4 }] });
    const refused = await hunanStaff(ENROLL, { c: notYet.id, p });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'enrollmentWindow', earliestDate: addDays(today, 1) });
    const closed = await createClass(t.gql, programId, { opensOn: addDays(today, -5), closesOn: addDays(today, -1) });
    expect((await hunanStaff(ENROLL, { c: closed.id, p })).errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'enrollmentWindow', earliestDate: null });
    const opensToday = await createClass(t.gql, programId, { opensOn: today, closesOn: addDays(today, 1) });
    expect((await hunanStaff(ENROLL, { c: opensToday.id, p })).errors).toBeUndefined();
    const closesToday = await createClass(t.gql, programId, { opensOn: addDays(today, -1), closesOn: today });
    expect((await hunanStaff(ENROLL, { c: closesToday.id, p })).errors).toBeUndefined();
  });

  it('hides drafts from those who only send people, and refuses enrolling in them', async () => {
    const draft = await createClass(t.gql, programId, { publish: false });
    const asStaff = await hunanStaff(`query($id: ID!) { TrainingClass(id: $id) { id } }`, { id: draft.id });
    expect(asStaff.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await hunanStaff(ENROLL, { c: draft.id, p: await person('草稿') })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const published = await hunanStaff(`query { allTrainingClasses(perPage: 100) { id status } }`);
    expect(published.data!.allTrainingClasses.every((c: { status: string }) => c.status !== 'DRAFT')).toBe(true);
  });

  it('lets staff enroll only people of their own chamber', async () => {
    const klass = await createClass(t.gql, programId);
    const hunanPerson = await person('湖南学员');
    expect((await sichuanStaff(ENROLL, { c: klass.id, p: hunanPerson })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ constraint: 'notFound' }] });
    expect((await hunanStaff(ENROLL, { c: klass.id, p: hunanPerson })).data!.enroll.status).toBe('REGISTERED');
    const seen = await sichuanStaff(`query($c: ID) { allEnrollments(filter: { classId: $c }) { id } }`, { c: klass.id });
    expect(seen.data!.allEnrollments).toEqual([]);
  });

  it('gives a cancelled seat to the head of the line, and audits both', async () => {
    const klass = await createClass(t.gql, programId, { capacity: 2 });
    const ids = [];
    for (const name of ['甲', '乙', '丙', '丁']) ids.push((await hunanStaff(ENROLL, { c: klass.id, p: await person(name) })).data!.enroll);
    expect(ids.map((e) => e.status)).toEqual(['REGISTERED', 'REGISTERED', 'WAITLISTED', 'WAITLISTED']);
    const cancelled = await hunanStaff(`mutation($id: ID!) { cancelEnrollment(id: $id) { status } }`, { id: ids[0].id });
    expect(cancelled.data!.cancelEnrollment.status).toBe('CANCELLED');
    const rows = await t.gql(`query($c: ID) { allEnrollments(filter: { classId: $c }, sortField: "id") { status waitlistPosition } }`, { c: klass.id });
    expect(rows.data!.allEnrollments).toEqual([
      { status: 'CANCELLED', waitlistPosition: null },
      { status: 'REGISTERED', waitlistPosition: null },
      { status: 'REGISTERED', waitlistPosition: null },
      { status: 'WAITLISTED', waitlistPosition: 1 },
    ]);
    const audit = await t.gql(`query($r: String) { allAuditEntries(filter: { recordType: "Enrollment", recordId: $r }) { action changes } }`, { r: ids[2].id });
    expect(audit.data!.allAuditEntries.map((e: { action: string }) => e.action).sort()).toEqual(['enrollment.promote', 'enrollment.waitlist']);
    // Re-enrolling after a cancellation takes the same row back, at the end of the line.
    const again = await hunanStaff(ENROLL, { c: klass.id, p: ids[0].personId });
    expect(again.data!.enroll).toMatchObject({ id: ids[0].id, status: 'WAITLISTED' });
  });

  it('credits hours per session attended, completes the class at its required hours, and issues a certificate', async () => {
    const klass = await createClass(t.gql, programId, { requiredHours: 8, sessions: [{ date: addDays(today, -1), hours: 4 }, { date: today, hours: 4 }] });
    const enrollment = (await hunanStaff(ENROLL, { c: klass.id, p: await person('结业') })).data!.enroll;
    const sessions = (await t.gql(`query($id: ID!) { TrainingClass(id: $id) { sessions { id date hours checkInCode } } }`, { id: klass.id })).data!.TrainingClass.sessions;
    expect(sessions.map((s: { checkInCode: string }) => s.checkInCode)).toEqual([expect.stringMatching(/^\d{6}$/), expect.stringMatching(/^\d{6}$/)]);
    const codesForStaff = (await hunanStaff(`query($id: ID!) { TrainingClass(id: $id) { sessions { checkInCode } } }`, { id: klass.id })).data!.TrainingClass.sessions;
    expect(codesForStaff.map((s: { checkInCode: string | null }) => s.checkInCode)).toEqual([null, null]);
    const first = await t.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { status hoursCredited completedAt certificateCode } }`, { s: sessions[0].id, ids: [enrollment.id] });
    expect(first.data!.markAttendance).toEqual([{ status: 'ATTENDED', hoursCredited: 4, completedAt: null, certificateCode: null }]);
    // Checking in twice at one session credits it once.
    await t.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { id } }`, { s: sessions[0].id, ids: [enrollment.id] });
    const second = await t.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { hoursCredited completedAt certificateCode } }`, { s: sessions[1].id, ids: [enrollment.id] });
    expect(second.data!.markAttendance[0]).toMatchObject({ hoursCredited: 8, completedAt: expect.any(String), certificateCode: expect.stringMatching(/^[2-9A-Z]{12}$/) });
    const stats = await t.gql(`query($id: ID!) { TrainingClass(id: $id) { stats { seated completed completionRate fillRate } } }`, { id: klass.id });
    expect(stats.data!.TrainingClass.stats).toEqual({ seated: 1, completed: 1, completionRate: 1, fillRate: 0.05 });
  });

  it('prints a certificate that anyone can check by its code: valid, revoked, or never issued', async () => {
    const klass = await createClass(t.gql, programId, { requiredHours: 4, sessions: [{ date: today, hours: 4 }] });
    const enrollment = (await hunanStaff(ENROLL, { c: klass.id, p: await person('证书持有人') })).data!.enroll;
    const base = t.url.replace(/\/graphql$/, '');
    const admin = (await t.userFor(UserRole.ADMIN, tree.agency.id)).token;
    const pdf = (id: string) => fetch(`${base}/certificates/${id}.pdf`, { headers: { authorization: `Bearer ${admin}` } });
    expect((await pdf(enrollment.id)).status).toBe(409);
    const session = (await t.gql(`query($id: ID!) { TrainingClass(id: $id) { sessions { id } } }`, { id: klass.id })).data!.TrainingClass.sessions[0];
    const done = await t.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { certificateCode } }`, { s: session.id, ids: [enrollment.id] });
    const code = done.data!.markAttendance[0].certificateCode as string;
    const file = await pdf(enrollment.id);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await file.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(2000);
    expect((await fetch(`${base}/certificates/${enrollment.id}.pdf`)).status).toBe(401);

    const check = await t.anonymous(`query($c: String!) { verifyCertificate(code: $c) { valid holderName classTitle hours } }`, { c: code.toLowerCase() });
    expect(check.data!.verifyCertificate).toEqual({ valid: true, holderName: '证书持有人', classTitle: klass.title, hours: 4 });
    const pageOf = async (c: string) => {
      const res = await fetch(`${base}/public/certificates?code=${encodeURIComponent(c)}`);
      return { status: res.status, html: await res.text() };
    };
    expect((await pageOf(code)).html).toContain('证书有效');
    const forged = `${code.slice(0, 11)}${code[11] === 'A' ? 'B' : 'A'}`;
    expect((await t.anonymous(`query($c: String!) { verifyCertificate(code: $c) { valid } }`, { c: forged })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const forgedPage = await pageOf(forged);
    expect(forgedPage.status).toBe(404);
    expect(forgedPage.html).toContain('未找到该证书');
    expect((await pageOf('<script>x</script>')).html).not.toContain('<script>x');

    const revoked = await t.gql(`mutation($id: ID!) { revokeCertificate(id: $id) { certificateRevokedAt } }`, { id: enrollment.id });
    expect(revoked.data!.revokeCertificate.certificateRevokedAt).not.toBeNull();
    expect((await t.anonymous(`query($c: String!) { verifyCertificate(code: $c) { valid } }`, { c: code })).data!.verifyCertificate.valid).toBe(false);
    expect((await pageOf(code)).html).toContain('证书已撤销');
    expect((await pdf(enrollment.id)).status).toBe(409);
  });

  it('exports the roster and the sign-in sheet of a class, and sums places per chamber', async () => {
    const klass = await createClass(t.gql, programId, { capacity: 2 });
    for (const name of ['名册甲', '名册乙', '名册丙']) await hunanStaff(ENROLL, { c: klass.id, p: await person(name) });
    const sichuanPerson = await person('名册丁', tree.sichuanEnterprise.id);
    await sichuanStaff(ENROLL, { c: klass.id, p: sichuanPerson });
    const base = t.url.replace(/\/graphql$/, '');
    const token = (await t.userFor(UserRole.STAFF, tree.hunan.id)).token;
    const sheet = async (kind: string) => {
      const res = await fetch(`${base}/exports/classes/${klass.id}/${kind}.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const rows: string[][] = [];
      workbook.worksheets[0].eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
      return rows;
    };
    const roster = await sheet('roster');
    // Staff of 湖南商会 see their own chamber's places, not 四川's.
    expect(roster.slice(3).map((r) => [r[1], r[6], r[7]])).toEqual([
      ['名册甲', '已报名', ''],
      ['名册乙', '已报名', ''],
      ['名册丙', '候补', '1'],
    ]);
    const signIn = await sheet('sign-in');
    expect(signIn[1].slice(0, 3)).toEqual(['序号', '姓名', '所属商会']);
    expect(signIn.slice(2).map((r) => r[1])).toEqual(['名册甲', '名册乙']);
    const stats = await t.gql(`query($p: ID) { trainingByChamber(programId: $p) { chamberName seated waitlisted } }`, { p: programId });
    expect(stats.data!.trainingByChamber.find((r: { chamberName: string }) => r.chamberName === '四川商会')).toBeDefined();
  });

  it('puts an apostrophe before text a spreadsheet could take for a formula, in the roster and the sign-in sheet; numbers stay numbers', async () => {
    const klass = await createClass(t.gql, programId, { capacity: 5 });
    await hunanStaff(ENROLL, { c: klass.id, p: await person('=cmd|" /C calc"!A0') });
    await hunanStaff(ENROLL, { c: klass.id, p: await person('-2+3') });
    const base = t.url.replace(/\/graphql$/, '');
    const token = (await t.userFor(UserRole.STAFF, tree.hunan.id)).token;
    const rows = async (kind: string) => {
      const res = await fetch(`${base}/exports/classes/${klass.id}/${kind}.xlsx`, { headers: { authorization: `Bearer ${token}` } });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const out: unknown[][] = [];
      workbook.worksheets[0].eachRow((row) => out.push((row.values as unknown[]).slice(1)));
      return out;
    };
    const roster = await rows('roster');
    expect(roster.slice(3).map((r) => [r[0], r[1], r[9]])).toEqual([
      [1, `'=cmd|" /C calc"!A0`, 0],
      [2, "'-2+3", 0],
    ]);
    expect((await rows('sign-in')).slice(2).map((r) => [r[0], r[1]])).toEqual([
      [1, `'=cmd|" /C calc"!A0`],
      [2, "'-2+3"],
    ]);
  });

  it('lets a trainee enroll themself and check in with the code on the session day only', async () => {
    const klass = await createClass(t.gql, programId);
    const mine = await trainee(`mutation($c: ID!) { enrollMyself(classId: $c) { id status } }`, { c: klass.id });
    expect(mine.data!.enrollMyself.status).toBe('REGISTERED');
    const again = await trainee(`mutation($c: ID!) { enrollMyself(classId: $c) { id } }`, { c: klass.id });
    expect(again.errors?.[0].extensions?.code).toBe('ALREADY_ENROLLED');
    const sessions = (await t.gql(`query($id: ID!) { TrainingClass(id: $id) { sessions { id date checkInCode } } }`, { id: klass.id })).data!.TrainingClass.sessions;
    const wrongCode = sessions[0].checkInCode === '000000' ? '000001' : '000000';
    const before = await snapshotTables(t.dataSource);
    const wrong = await trainee(`mutation($s: ID!, $c: String!) { checkIn(sessionId: $s, code: $c) { id } }`, { s: sessions[0].id, c: wrongCode });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ constraint: 'wrongCode' }] });
    const tomorrow = await trainee(`mutation($s: ID!, $c: String!) { checkIn(sessionId: $s, code: $c) { id } }`, { s: sessions[1].id, c: sessions[1].checkInCode });
    expect(tomorrow.errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'sessionDay', earliestDate: sessions[1].date });
    const early = await t.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { id } }`, { s: sessions[1].id, ids: [mine.data!.enrollMyself.id] });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'sessionNotHeld', earliestDate: sessions[1].date });
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    const ok = await trainee(`mutation($s: ID!, $c: String!) { checkIn(sessionId: $s, code: $c) { status hoursCredited } }`, { s: sessions[0].id, c: sessions[0].checkInCode });
    expect(ok.data!.checkIn).toEqual({ status: 'ATTENDED', hoursCredited: 4 });
    const own = await trainee(`query { allEnrollments { personId class { title } } }`);
    expect(own.data!.allEnrollments.every((e: { personId: string }) => e.personId === traineePersonId)).toBe(true);
    const forbidden = await trainee(ENROLL, { c: klass.id, p: traineePersonId });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('counts the hours attended in classes towards the admission rule of a development case', async () => {
    const members = await fullMembers(t.gql, tree.branch.id, 2);
    const c = await caseAt(t.gql, tree.branch.id, members, 'DEVELOPMENT_TARGET');
    let kase = await step(t.gql, 'assignIntroducers', c, '2024-02-02', { personIds: members });
    kase = await step(t.gql, 'recordPoliticalReview', kase, '2024-02-03');
    await publishNotice(t.gql, tree.branch.id, 'ADMISSION', [kase.id], '2024-03-01');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', kase, addDays(today, -1), { decisionRef: '支部大会决议' })).rules).toEqual(['training']);
    const klass = await createClass(t.gql, programId, { opensOn: addDays(today, -5), sessions: [-2, -1, 0].map((d) => ({ date: addDays(today, d), hours: 6 })), requiredHours: 18 });
    const enrollment = (await t.gql(ENROLL, { c: klass.id, p: kase.personId })).data!.enroll;
    const sessions = (await t.gql(`query($id: ID!) { TrainingClass(id: $id) { sessions { id } } }`, { id: klass.id })).data!.TrainingClass.sessions;
    for (const session of sessions.slice(0, 2)) await t.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { id } }`, { s: session.id, ids: [enrollment.id] });
    const partly = await t.gql(`query($id: ID!) { DevelopmentCase(id: $id) { classTraining { days hours } } }`, { id: kase.id });
    expect(partly.data!.DevelopmentCase.classTraining).toEqual({ days: 2, hours: 12 });
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', kase, addDays(today, -1), { decisionRef: '支部大会决议' })).rules).toEqual(['training']);
    await t.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { id } }`, { s: sessions[2].id, ids: [enrollment.id] });
    // Judged as of the step's day: the session held today does not count for a step dated yesterday.
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', kase, addDays(today, -1), { decisionRef: '支部大会决议' })).rules).toEqual(['training']);
    expect((await step(t.gql, 'advanceDevelopmentCase', kase, today, { decisionRef: '支部大会决议' })).stage).toBe('PROBATIONARY');
  });

  it('keeps the recorded training at or above what the classes attended prove; a lower figure is a correction with its reason', async () => {
    const members = await fullMembers(t.gql, tree.branch.id, 2);
    let kase = await caseAt(t.gql, tree.branch.id, members, 'DEVELOPMENT_TARGET');
    const klass = await createClass(t.gql, programId, { opensOn: addDays(today, -5), sessions: [-3, -2].map((d) => ({ date: addDays(today, d), hours: 5 })), requiredHours: 10 });
    const enrollment = (await t.gql(ENROLL, { c: klass.id, p: kase.personId })).data!.enroll;
    const sessions = (await t.gql(`query($id: ID!) { TrainingClass(id: $id) { sessions { id } } }`, { id: klass.id })).data!.TrainingClass.sessions;
    for (const session of sessions) await t.gql(`mutation($s: ID!, $ids: [ID!]!) { markAttendance(sessionId: $s, ids: $ids) { id } }`, { s: session.id, ids: [enrollment.id] });
    kase = await step(t.gql, 'recordCaseTraining', kase, addDays(today, -1), { days: 3, hours: 23 });
    const before = await snapshotTables(t.dataSource);
    // Below what the classes prove (2 days, 10 hours by then): refused, field by field.
    const below = await tryStep(t.gql, 'recordCaseTraining', kase, today, { days: 1, hours: 8, note: '录入有误' });
    expect(below.errors?.[0].extensions?.fields).toEqual([
      expect.objectContaining({ field: 'days', constraint: 'belowAttended', params: { attended: 2 } }),
      expect.objectContaining({ field: 'hours', constraint: 'belowAttended', params: { attended: 10 } }),
    ]);
    // Lower than recorded without a reason: refused; nothing changed by either refusal.
    const unexplained = await tryStep(t.gql, 'recordCaseTraining', kase, today, { days: 2, hours: 10 });
    expect(unexplained.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'note', constraint: 'correctionReason' })]);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    // With its reason, a correction, shown as one in the case's history.
    kase = await step(t.gql, 'recordCaseTraining', kase, today, { days: 2, hours: 10, note: '重复登记了一天' });
    expect(kase).toMatchObject({ trainingDays: 2, trainingHours: 10 });
    const events = (await t.gql(`query($id: ID!) { DevelopmentCase(id: $id) { events { action note } } }`, { id: kase.id })).data!.DevelopmentCase.events;
    expect(events.at(-1)).toEqual({ action: 'RECORD_TRAINING', note: '更正：3 天 / 23 学时 → 2 天 / 10 学时：重复登记了一天' });
  });

  it('refuses bad classes: quotas over capacity or outside the organizer, closing before opening, changing nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const res = await t.gql(
      `mutation($p: ID!, $q: [QuotaInput!]) { createTrainingClass(programId: $p, title: "坏班", capacity: 5, enrollmentOpensOn: "${today}", enrollmentClosesOn: "${addDays(today, -1)}", quotas: $q) { ${CLASS_FIELDS} } }`,
      { p: programId, q: [{ chamberId: tree.hunan.id, seats: 4 }, { chamberId: tree.sichuan.id, seats: 4 }, { chamberId: tree.committee.id, seats: 1 }] },
    );
    expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    const quota = await t.gql(`mutation($p: ID!, $q: [QuotaInput!]) { createTrainingClass(programId: $p, title: "坏班", capacity: 5, enrollmentOpensOn: "${today}", enrollmentClosesOn: "${today}", quotas: $q) { id } }`, {
      p: programId,
      q: [{ chamberId: tree.hunan.id, seats: 4 }, { chamberId: tree.sichuan.id, seats: 4 }],
    });
    expect(quota.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'quotas', constraint: 'overCapacity' })]);
    const local = await hunanCoordinator(`mutation($p: ID!) { createTrainingClass(programId: $p, title: "越权", capacity: 5, enrollmentOpensOn: "${today}", enrollmentClosesOn: "${today}") { id } }`, { p: programId });
    expect(local.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
