import { User } from '../../accounts/user.entity';
import { UserRole } from '../../access/roles';
import { DIALECTS, snapshotTables } from '../../test/databases';
import {
  CASE_FIELDS,
  freshCase,
  fullMembers,
  guardOf,
  openCase,
  publishNotice,
  recordReport,
  settleReport,
  step,
  tryStep,
  type CaseRow,
} from '../../test/development-fixtures';
import { buildSmallTree } from '../../test/fixtures';
import { createPerson, freshNationalId } from '../../test/people-fixtures';
import { startTestServer, type TestServer } from '../../test/server';

// Every guard of docs/api.md "Member development (发展党员)", each at its boundary: the day before it
// passes (refused, with the rule and the first day it can pass) and the day itself (passes).
describe.each(DIALECTS)('development case guards on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let branchId: string;
  let members: string[];

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    branchId = tree.branch.id;
    members = await fullMembers(t.gql, branchId, 3);
  });
  afterAll(() => t.stop());

  /** A case brought to the activist stage: applied 2023-03-01, talked 2023-03-20, activist 2023-04-10. */
  async function activist(name = '积极分子'): Promise<CaseRow> {
    let c = await freshCase(t.gql, branchId, '2023-03-01', name);
    c = await step(t.gql, 'recordCaseTalk', c, '2023-03-20');
    return step(t.gql, 'advanceDevelopmentCase', c, '2023-04-10', { decisionRef: '支委会〔2023〕4号' });
  }

  /** An activist made a development target on 2024-04-20 after a clean notice of 2024-04-01…10. */
  async function target(name = '发展对象'): Promise<CaseRow> {
    let c = await activist(name);
    c = await step(t.gql, 'assignCultivationContacts', c, '2023-04-10', { personIds: [members[0]] });
    await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-04-01');
    return step(t.gql, 'advanceDevelopmentCase', c, '2024-04-20', { decisionRef: '支委会〔2024〕2号' });
  }

  /** A development target ready for admission but for the admission notice. */
  async function readyForAdmission(name = '拟接收'): Promise<CaseRow> {
    let c = await target(name);
    c = await step(t.gql, 'assignIntroducers', c, '2024-04-20', { personIds: [members[0], members[1]] });
    c = await step(t.gql, 'recordPoliticalReview', c, '2024-05-10');
    return step(t.gql, 'recordCaseTraining', c, '2024-05-20', { days: 3, hours: 24 });
  }

  /** Admitted on 2024-06-10 (probation to 2025-06-10), approved on 2024-07-01. */
  async function probationary(name = '预备党员'): Promise<CaseRow> {
    let c = await readyForAdmission(name);
    await publishNotice(t.gql, branchId, 'ADMISSION', [c.id], '2024-05-25');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2024-06-10', { decisionRef: '支部大会〔2024〕1号' });
    return step(t.gql, 'approveAdmission', c, '2024-07-01', { decisionRef: '党委〔2024〕9号' });
  }

  it('applicant ≥ 18: refused the day before the 18th birthday, with the birthday as the earliest date; accepted on it', async () => {
    const person = await createPerson(t.gql, { name: '少年', organizationId: branchId, nationalId: freshNationalId('2005-06-15') });
    const open = (on: string) => t.gql(`mutation($p: ID!, $o: ID!, $a: String!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: $a) { id stage } }`, { p: person.id, o: branchId, a: on });
    const before = await snapshotTables(t.dataSource);
    expect(guardOf(await open('2023-06-14'))).toMatchObject({ code: 'GUARD_FAILED', rule: 'applicantAge', earliestDate: '2023-06-15' });
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    const res = await open('2023-06-15');
    expect(res.errors).toBeUndefined();
    const again = await t.gql(`query($id: ID!) { Person(id: $id) { membershipStatus } }`, { id: person.id });
    expect(again.data!.Person.membershipStatus).toBe('APPLICANT');
  });

  // One anniversary rule (docs/api.md, "Member development"): a 29 February comes round on 1 March
  // in a common year, for an age, a year of cultivation and a year of probation alike; each
  // refusal's earliest date is the first day the rule accepts.
  it('a 29 February birthday: refused on 28 February with 1 March as the earliest date, accepted on 1 March', async () => {
    const person = await createPerson(t.gql, { name: '闰日生', organizationId: branchId, nationalId: freshNationalId('2004-02-29') });
    const open = (on: string) => t.gql(`mutation($p: ID!, $o: ID!, $a: String!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: $a) { id stage } }`, { p: person.id, o: branchId, a: on });
    expect(guardOf(await open('2022-02-28'))).toMatchObject({ rule: 'applicantAge', earliestDate: '2022-03-01', message: 'an applicant must be at least 18; this one turns 18 on 2022-03-01' });
    expect((await open('2022-03-01')).errors).toBeUndefined();
  });

  it('a year of cultivation from 29 February ends on 1 March; one from 1 March is refused on the 29 February before it', async () => {
    const activistOn = async (on: string, name: string) => {
      let c = await freshCase(t.gql, branchId, '2023-01-05', name);
      c = await step(t.gql, 'recordCaseTalk', c, '2023-01-20');
      c = await step(t.gql, 'advanceDevelopmentCase', c, on, { decisionRef: '支委会〔2023〕1号' });
      return step(t.gql, 'assignCultivationContacts', c, on, { personIds: [members[0]] });
    };
    // 29 February 2024 → 1 March 2025, a common year.
    const leap = await activistOn('2024-02-29', '闰日积极分子');
    await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [leap.id], '2025-02-10');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', leap, '2025-02-28'))).toMatchObject({ rule: 'cultivationYear', earliestDate: '2025-03-01', rules: ['cultivationYear'] });
    expect((await step(t.gql, 'advanceDevelopmentCase', leap, '2025-03-01')).targetOn).toBe('2025-03-01');
    // 1 March 2023 → 1 March 2024: the 29 February between is still short of the year.
    const common = await activistOn('2023-03-01', '三月积极分子');
    await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [common.id], '2024-02-05');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', common, '2024-02-29'))).toMatchObject({ rule: 'cultivationYear', earliestDate: '2024-03-01' });
    expect((await step(t.gql, 'advanceDevelopmentCase', common, '2024-03-01')).targetOn).toBe('2024-03-01');
  });

  it('probation from a 29 February admission completes on 1 March of the next year: conversion refused on 28 February, passes on 1 March', async () => {
    let c = await freshCase(t.gql, branchId, '2022-10-10', '闰日预备党员');
    c = await step(t.gql, 'recordCaseTalk', c, '2022-10-20');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2022-11-01', { decisionRef: '支委会〔2022〕9号' });
    c = await step(t.gql, 'assignCultivationContacts', c, '2022-11-01', { personIds: [members[0]] });
    await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2023-11-10');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2023-12-01', { decisionRef: '支委会〔2023〕12号' });
    c = await step(t.gql, 'assignIntroducers', c, '2023-12-01', { personIds: [members[0], members[1]] });
    c = await step(t.gql, 'recordPoliticalReview', c, '2024-01-10');
    c = await step(t.gql, 'recordCaseTraining', c, '2024-01-20', { days: 3, hours: 24 });
    await publishNotice(t.gql, branchId, 'ADMISSION', [c.id], '2024-02-05');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2024-02-29', { decisionRef: '支部大会〔2024〕2号' });
    expect(c).toMatchObject({ admittedOn: '2024-02-29', probationEndsOn: '2025-03-01' });
    c = await step(t.gql, 'approveAdmission', c, '2024-03-20', { decisionRef: '党委〔2024〕3号' });
    await publishNotice(t.gql, branchId, 'CONVERSION', [c.id], '2025-02-05');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2025-02-28', { decisionRef: '支部大会〔2025〕1号' }))).toMatchObject({
      rule: 'probationPeriod',
      earliestDate: '2025-03-01',
      message: 'probation completes on 2025-03-01: conversion from that day',
    });
    expect(guardOf(await tryStep(t.gql, 'extendProbation', c, '2025-02-28', { months: 6, decisionRef: '支部大会〔2025〕1号' }))).toMatchObject({ rule: 'probationPeriod', earliestDate: '2025-03-01' });
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2025-03-01', { decisionRef: '支部大会〔2025〕1号' })).stage).toBe('FULL');
  });

  it('applicant → activist only after the talk is recorded', async () => {
    let c = await freshCase(t.gql, branchId, '2023-03-01', '未谈话');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2023-04-01'))).toMatchObject({ code: 'GUARD_FAILED', rule: 'talkRequired' });
    c = await step(t.gql, 'recordCaseTalk', c, '2023-03-15');
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2023-04-01')).stage).toBe('ACTIVIST');
  });

  it('activist → development target: one year of cultivation, refused the day before the anniversary, passes on it', async () => {
    let c = await activist('满一年');
    c = await step(t.gql, 'assignCultivationContacts', c, '2023-04-10', { personIds: [members[0], members[1]] });
    await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-03-20');
    const early = await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-04-09');
    expect(guardOf(early)).toMatchObject({ code: 'GUARD_FAILED', rule: 'cultivationYear', earliestDate: '2024-04-10', rules: ['cultivationYear'] });
    const passed = await step(t.gql, 'advanceDevelopmentCase', c, '2024-04-10');
    expect(passed).toMatchObject({ stage: 'DEVELOPMENT_TARGET', targetOn: '2024-04-10' });
  });

  it('activist → development target needs 1–2 full members as cultivation contacts, never the candidate', async () => {
    let c = await activist('培养联系人');
    await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-04-01');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-04-20')).rules).toEqual(['cultivationContacts']);
    const bad = async (personIds: string[], constraint: string) => {
      const res = await tryStep(t.gql, 'assignCultivationContacts', c, '2023-05-01', { personIds });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect((res.errors?.[0].extensions?.fields as { constraint: string }[])[0].constraint).toBe(constraint);
    };
    const nonMember = await createPerson(t.gql, { name: '群众', organizationId: branchId });
    await bad([members[0], members[1], members[2]], 'count');
    await bad([members[0], members[0]], 'duplicate');
    await bad([c.personId as string], 'candidate');
    await bad([nonMember.id], 'notFullMember');
    c = await step(t.gql, 'assignCultivationContacts', c, '2023-05-01', { personIds: [members[2]] });
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2024-04-20')).stage).toBe('DEVELOPMENT_TARGET');
  });

  it('a stage that needs a notice: refused without one, NOTICE_OPEN until the day after it ends, then passes', async () => {
    let c = await activist('公示期');
    c = await step(t.gql, 'assignCultivationContacts', c, '2023-04-10', { personIds: [members[0]] });
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-05-01'))).toMatchObject({ code: 'GUARD_FAILED', rule: 'noticeRequired' });
    const notice = await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-04-25');
    expect(notice.endsOn).toBe('2024-05-04');
    const running = await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-05-04');
    expect(guardOf(running)).toMatchObject({ code: 'NOTICE_OPEN', rule: 'noticeRunning', earliestDate: '2024-05-05' });
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2024-05-05')).stage).toBe('DEVELOPMENT_TARGET');
  });

  it('a report on the notice blocks its cases until it is closed as unsubstantiated', async () => {
    let c = await activist('有举报');
    c = await step(t.gql, 'assignCultivationContacts', c, '2023-04-10', { personIds: [members[0]] });
    const notice = await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-04-01');
    const report = await recordReport(t.gql, { noticeId: notice.id, receivedOn: '2024-04-03' });
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-04-20'))).toMatchObject({ code: 'GUARD_FAILED', rules: ['reportsUnresolved'] });
    const state = await t.gql(`query($id: ID!) { PublicNotice(id: $id) { state unclearedReports } }`, { id: notice.id });
    expect(state.data!.PublicNotice).toEqual({ state: 'ENDED_WITH_OBJECTIONS', unclearedReports: 1 });
    await settleReport(t.gql, report, 'UNSUBSTANTIATED', '2024-04-15');
    const clean = await t.gql(`query($id: ID!) { PublicNotice(id: $id) { state } }`, { id: notice.id });
    expect(clean.data!.PublicNotice.state).toBe('ENDED_CLEAN');
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2024-04-20')).stage).toBe('DEVELOPMENT_TARGET');
  });

  it('judges reports as they stood on the step\'s day: closed the day after, the report still blocks a step dated the day before', async () => {
    let c = await activist('举报截止日');
    c = await step(t.gql, 'assignCultivationContacts', c, '2023-04-10', { personIds: [members[0]] });
    const notice = await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-04-01');
    const report = await recordReport(t.gql, { noticeId: notice.id, receivedOn: '2024-04-03' });
    await settleReport(t.gql, report, 'UNSUBSTANTIATED', '2024-04-22');
    // Closed on the 22nd: a step dated the 21st is judged with the report still open.
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-04-21'))).toMatchObject({ code: 'GUARD_FAILED', rules: ['reportsUnresolved'] });
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2024-04-22')).stage).toBe('DEVELOPMENT_TARGET');
  });

  it('judges a report on the case as it stood: one received after the step\'s day does not block it', async () => {
    let c = await activist('事后举报');
    c = await step(t.gql, 'assignCultivationContacts', c, '2023-04-10', { personIds: [members[0]] });
    await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-04-01');
    await recordReport(t.gql, { caseId: c.id, receivedOn: '2024-05-02' });
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-05-02'))).toMatchObject({ rules: ['reportsPending'] });
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2024-05-01')).stage).toBe('DEVELOPMENT_TARGET');
  });

  it('a substantiated report blocks the case until the committee decides, and its notice never ends clean', async () => {
    let c = await activist('举报属实');
    c = await step(t.gql, 'assignCultivationContacts', c, '2023-04-10', { personIds: [members[0]] });
    const notice = await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-04-01');
    const report = await recordReport(t.gql, { noticeId: notice.id, caseId: c.id, receivedOn: '2024-04-02' });
    const verifying = await t.gql(`mutation($id: ID!, $v: Int!) { startReportVerification(id: $id, version: $v) { version } }`, { id: report.id, v: report.version });
    const concluded = await t.gql(`mutation($id: ID!, $v: Int!) { concludeReport(id: $id, version: $v, finding: SUBSTANTIATED, note: "属实") { version status } }`, {
      id: report.id,
      v: verifying.data!.startReportVerification.version,
    });
    expect(concluded.data!.concludeReport.status).toBe('SUBSTANTIATED');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-04-20')).rules).toEqual(['reportsUnresolved', 'reportSubstantiated']);
    const noDecision = await t.gql(`mutation($id: ID!, $v: Int!) { closeReport(id: $id, version: $v, on: "2024-04-25") { id } }`, { id: report.id, v: concluded.data!.concludeReport.version });
    expect(noDecision.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'decision', constraint: 'required' }] });
    await t.gql(`mutation($id: ID!, $v: Int!) { closeReport(id: $id, version: $v, on: "2024-04-25", decision: "党委研究：批评教育，重新公示") { id } }`, {
      id: report.id,
      v: concluded.data!.concludeReport.version,
    });
    // The committee decided; the notice that drew the objection does not count, a new one must run clean.
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-05-01')).rules).toEqual(['reportsUnresolved']);
    await publishNotice(t.gql, branchId, 'DEVELOPMENT_TARGET', [c.id], '2024-05-06');
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2024-05-20')).stage).toBe('DEVELOPMENT_TARGET');
  });

  it('admission needs two introducers, the political review, 3 days or 24 hours of training and the branch resolution', async () => {
    let c = await target('入党条件');
    await publishNotice(t.gql, branchId, 'ADMISSION', [c.id], '2024-05-01');
    const missing = await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-06-01');
    expect(guardOf(missing)).toMatchObject({ code: 'GUARD_FAILED', rule: 'introducers', rules: ['introducers', 'politicalReview', 'training', 'branchResolution'] });
    const one = await tryStep(t.gql, 'assignIntroducers', c, '2024-04-20', { personIds: [members[0]] });
    expect(one.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'personIds', constraint: 'count' }] });
    c = await step(t.gql, 'assignIntroducers', c, '2024-04-20', { personIds: [members[1], members[2]] });
    c = await step(t.gql, 'recordPoliticalReview', c, '2024-04-25');
    c = await step(t.gql, 'recordCaseTraining', c, '2024-04-28', { days: 2, hours: 23 });
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-06-01', { decisionRef: '支部大会〔2024〕3号' })).rules).toEqual(['training']);
    c = await step(t.gql, 'recordCaseTraining', c, '2024-04-29', { days: 2, hours: 24 });
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2024-06-01')).rules).toEqual(['branchResolution']);
    const admitted = await step(t.gql, 'advanceDevelopmentCase', c, '2024-06-01', { decisionRef: '支部大会〔2024〕3号' });
    expect(admitted).toMatchObject({ stage: 'PROBATIONARY', admittedOn: '2024-06-01', probationEndsOn: '2025-06-01' });
    const person = await t.gql(`query($id: ID!) { Person(id: $id) { membershipStatus admittedOn } }`, { id: admitted.personId });
    expect(person.data!.Person).toEqual({ membershipStatus: 'PROBATIONARY', admittedOn: '2024-06-01' });
  });

  it('three days of training pass without 24 hours', async () => {
    let c = await target('三天培训');
    c = await step(t.gql, 'assignIntroducers', c, '2024-04-20', { personIds: [members[0], members[1]] });
    c = await step(t.gql, 'recordPoliticalReview', c, '2024-04-25');
    c = await step(t.gql, 'recordCaseTraining', c, '2024-04-28', { days: 3, hours: 18 });
    await publishNotice(t.gql, branchId, 'ADMISSION', [c.id], '2024-05-01');
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2024-06-01', { decisionRef: '支部大会〔2024〕4号' })).stage).toBe('PROBATIONARY');
  });

  it('conversion not before probation ends: refused the day before the anniversary, passes on it', async () => {
    const c = await probationary('转正');
    await publishNotice(t.gql, branchId, 'CONVERSION', [c.id], '2025-05-20');
    const early = await tryStep(t.gql, 'advanceDevelopmentCase', c, '2025-06-09', { decisionRef: '支部大会〔2025〕2号' });
    expect(guardOf(early)).toMatchObject({ code: 'GUARD_FAILED', rule: 'probationPeriod', earliestDate: '2025-06-10', rules: ['probationPeriod'] });
    const full = await step(t.gql, 'advanceDevelopmentCase', c, '2025-06-10', { decisionRef: '支部大会〔2025〕2号' });
    expect(full).toMatchObject({ stage: 'FULL', closedOn: '2025-06-10' });
    const person = await t.gql(`query($id: ID!) { Person(id: $id) { membershipStatus fullMemberSince votes } }`, { id: full.personId });
    expect(person.data!.Person).toEqual({ membershipStatus: 'FULL', fullMemberSince: '2025-06-10', votes: true });
    const closed = await tryStep(t.gql, 'recordCaseTalk', full, '2025-06-11');
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'closed' });
  });

  it('conversion needs the higher committee\'s approval of the admission', async () => {
    let c = await readyForAdmission('未审批');
    await publishNotice(t.gql, branchId, 'ADMISSION', [c.id], '2024-05-25');
    c = await step(t.gql, 'advanceDevelopmentCase', c, '2024-06-10', { decisionRef: '支部大会〔2024〕5号' });
    await publishNotice(t.gql, branchId, 'CONVERSION', [c.id], '2025-05-20');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2025-06-10', { decisionRef: '支部大会〔2025〕3号' })).rules).toEqual(['admissionApproval']);
  });

  it('probation is extended once, by 6 to 12 months, when it ends; conversion then waits for the new end', async () => {
    let c = await probationary('延长预备期');
    const early = await tryStep(t.gql, 'extendProbation', c, '2025-06-09', { months: 6, decisionRef: '支部大会〔2025〕4号' });
    expect(guardOf(early)).toMatchObject({ rule: 'probationPeriod', earliestDate: '2025-06-10' });
    for (const months of [5, 13]) {
      const res = await tryStep(t.gql, 'extendProbation', c, '2025-06-10', { months, decisionRef: '支部大会〔2025〕4号' });
      expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
    c = await step(t.gql, 'extendProbation', c, '2025-06-10', { months: 6, decisionRef: '支部大会〔2025〕4号' });
    expect(c).toMatchObject({ extensionMonths: 6, probationEndsOn: '2025-12-10' });
    expect(guardOf(await tryStep(t.gql, 'extendProbation', c, '2025-12-10', { months: 6, decisionRef: '支部大会〔2025〕9号' })).rule).toBe('oneExtension');
    await publishNotice(t.gql, branchId, 'CONVERSION', [c.id], '2025-11-20');
    expect(guardOf(await tryStep(t.gql, 'advanceDevelopmentCase', c, '2025-12-09', { decisionRef: '支部大会〔2025〕10号' }))).toMatchObject({
      rule: 'probationPeriod',
      earliestDate: '2025-12-10',
    });
    expect((await step(t.gql, 'advanceDevelopmentCase', c, '2025-12-10', { decisionRef: '支部大会〔2025〕10号' })).stage).toBe('FULL');
  });

  it('cancelling probation closes the case and the person leaves', async () => {
    const c = await probationary('取消资格');
    const noRef = await tryStep(t.gql, 'cancelProbation', c, '2025-01-10');
    expect(noRef.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'decisionRef', constraint: 'required' }] });
    const cancelled = await step(t.gql, 'cancelProbation', c, '2025-01-10', { decisionRef: '支部大会〔2025〕1号', note: '不履行党员义务' });
    expect(cancelled).toMatchObject({ stage: 'CANCELLED', closedOn: '2025-01-10' });
    const person = await t.gql(`query($id: ID!) { Person(id: $id) { membershipStatus } }`, { id: cancelled.personId });
    expect(person.data!.Person.membershipStatus).toBe('LEFT');
  });

  it("names who recorded a step by the account's display name, in the case's steps and in the audit trail alike", async () => {
    const coordinator = await t.userFor(UserRole.COORDINATOR, tree.hunan.id);
    const c = await freshCase(coordinator.gql, branchId, '2023-03-01', '记录人');
    await step(coordinator.gql, 'recordCaseTalk', c, '2023-03-20');
    // A renamed account shows its current name on the steps it recorded before.
    await t.dataSource.getRepository(User).update({ id: coordinator.user.id }, { displayName: '张晓梅' });
    const events = await t.gql(`query($id: ID!) { DevelopmentCase(id: $id) { events { action actorDisplayName } } }`, { id: c.id });
    expect(events.data!.DevelopmentCase.events).toEqual([
      { action: 'OPEN', actorDisplayName: '张晓梅' },
      { action: 'RECORD_TALK', actorDisplayName: '张晓梅' },
    ]);
    const audit = await t.gql(`query($id: String) { allAuditEntries(filter: { recordType: "DevelopmentCase", recordId: $id }) { actorName actorDisplayName } }`, { id: c.id });
    expect(audit.data!.allAuditEntries.length).toBeGreaterThan(0);
    for (const entry of audit.data!.allAuditEntries) expect(entry).toEqual({ actorName: coordinator.user.username, actorDisplayName: '张晓梅' });
  });

  it('steps are dated: never in the future, never before the previous step; refusals change nothing', async () => {
    const c = await activist('日期');
    const before = await snapshotTables(t.dataSource);
    const past = await tryStep(t.gql, 'assignCultivationContacts', c, '2023-04-09', { personIds: [members[0]] });
    // The refusal names the date it may not precede, for the dashboard to word in its language.
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'on', constraint: 'beforeLastStep', params: { date: '2023-04-10' } }] });
    const future = await tryStep(t.gql, 'assignCultivationContacts', c, '2099-01-01', { personIds: [members[0]] });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'on', constraint: 'future' }] });
    const stale = await tryStep(t.gql, 'assignCultivationContacts', { ...c, version: c.version - 1 }, '2023-05-01', { personIds: [members[0]] });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion' });
    const wrongStage = await tryStep(t.gql, 'recordPoliticalReview', c, '2023-05-01');
    expect(guardOf(wrongStage)).toMatchObject({ code: 'GUARD_FAILED', rule: 'stageOrder' });
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('keeps every step as an event with its date, decision and actor, and audits it', async () => {
    const c = await target('时间线');
    const res = await t.gql(`query($id: ID!) { DevelopmentCase(id: $id) { events { action effectiveOn fromStage toStage decisionRef actorName } contacts { id } } }`, { id: c.id });
    expect(res.data!.DevelopmentCase.events).toEqual([
      expect.objectContaining({ action: 'OPEN', effectiveOn: '2023-03-01', toStage: 'APPLICANT' }),
      expect.objectContaining({ action: 'RECORD_TALK', effectiveOn: '2023-03-20', toStage: null }),
      expect.objectContaining({ action: 'ADVANCE', effectiveOn: '2023-04-10', fromStage: 'APPLICANT', toStage: 'ACTIVIST', decisionRef: '支委会〔2023〕4号' }),
      expect.objectContaining({ action: 'ASSIGN_CONTACTS', effectiveOn: '2023-04-10' }),
      expect.objectContaining({ action: 'ADVANCE', effectiveOn: '2024-04-20', fromStage: 'ACTIVIST', toStage: 'DEVELOPMENT_TARGET' }),
    ]);
    expect(res.data!.DevelopmentCase.events[0].actorName).toBeTruthy();
    expect(res.data!.DevelopmentCase.contacts).toEqual([{ id: members[0] }]);
    const audit = await t.gql(`query($r: String) { allAuditEntries(filter: { recordType: "DevelopmentCase", recordId: $r }, sortField: "id", sortOrder: "ASC") { action } }`, { r: c.id });
    expect(audit.data!.allAuditEntries.map((e: { action: string }) => e.action)).toEqual(['case.open', 'case.recordTalk', 'case.advance', 'case.assignContacts', 'case.advance']);
  });

  it('an open case owns the person\'s status, and a second case for the same person is refused', async () => {
    const c = await freshCase(t.gql, branchId, '2024-01-01', '状态');
    const person = (await t.gql(`query($id: ID!) { Person(id: $id) { id version } }`, { id: c.personId })).data!.Person;
    const res = await t.gql(`mutation($id: ID!, $v: Int!) { updatePerson(id: $id, version: $v, membershipStatus: FULL) { id } }`, { id: person.id, v: person.version });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'caseOwnsStatus' });
    const second = await t.gql(`mutation($p: ID!, $o: ID!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: "2024-02-01") { id } }`, { p: c.personId, o: branchId });
    expect(second.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'personId', constraint: 'alreadyInPipeline' }] });
    const deleted = await t.gql(`mutation($id: ID!) { deletePerson(id: $id) { id } }`, { id: c.personId });
    expect(deleted.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'referenced' });
  });

  it('alerts on a talk overdue a month after the application and an approval overdue three months after admission', async () => {
    const late = await freshCase(t.gql, branchId, '2026-01-05', '逾期谈话');
    let unapproved = await readyForAdmission('逾期审批');
    await publishNotice(t.gql, branchId, 'ADMISSION', [unapproved.id], '2024-05-25');
    unapproved = await step(t.gql, 'advanceDevelopmentCase', unapproved, '2024-06-10', { decisionRef: '支部大会〔2024〕6号' });
    const alerts = await t.gql(`query($ids: [ID!]) { allDevelopmentCases(filter: { ids: $ids }, sortField: "id") { id alerts { kind dueOn } } }`, { ids: [late.id, unapproved.id] });
    expect(alerts.data!.allDevelopmentCases).toEqual([
      { id: late.id, alerts: [{ kind: 'TALK_OVERDUE', dueOn: '2026-02-05' }] },
      { id: unapproved.id, alerts: [{ kind: 'APPROVAL_OVERDUE', dueOn: '2024-09-10' }, { kind: 'CONVERSION_DUE', dueOn: '2025-06-10' }] },
    ]);
    const filtered = await t.gql(`query { allDevelopmentCases(filter: { alert: TALK_OVERDUE }, perPage: 100) { id } }`);
    expect(filtered.data!.allDevelopmentCases.map((c: { id: string }) => c.id)).toContain(late.id);
    expect(filtered.data!.allDevelopmentCases.map((c: { id: string }) => c.id)).not.toContain(unapproved.id);
  });

  it('shows the next steps of a case with the rules each fails today', async () => {
    const c = await activist('下一步');
    const res = await t.gql(`query($id: ID!) { DevelopmentCase(id: $id) { nextSteps { action toStage ready failures { rule earliestDate } } } }`, { id: c.id });
    const steps = res.data!.DevelopmentCase.nextSteps as { action: string; ready: boolean; failures: { rule: string }[] }[];
    expect(steps.map((s) => s.action)).toEqual(['ASSIGN_CONTACTS', 'RECORD_ASSESSMENT', 'ADVANCE', 'WITHDRAW']);
    const advance = steps.find((s) => s.action === 'ADVANCE')!;
    expect(advance.ready).toBe(false);
    expect(advance.failures.map((f) => f.rule)).toEqual(['cultivationContacts', 'noticeRequired']);
  });

  it('records half-year assessments once per period', async () => {
    const c = await activist('考察');
    const assessed = await step(t.gql, 'recordCaseAssessment', c, '2023-07-05', { period: '2023H1', result: 'GOOD' });
    const again = await tryStep(t.gql, 'recordCaseAssessment', assessed, '2023-07-06', { period: '2023H1', result: 'PASS' });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'period', constraint: 'taken' }] });
    const res = await t.gql(`query($id: ID!) { DevelopmentCase(id: $id) { assessments { period result assessedOn } } }`, { id: c.id });
    expect(res.data!.DevelopmentCase.assessments).toEqual([{ period: '2023H1', result: 'GOOD', assessedOn: '2023-07-05' }]);
  });

  it('counts open cases per stage per chamber for the pipeline chart', async () => {
    const res = await t.gql(`query { developmentPipeline { organizationName stage count } }`);
    const rows = res.data!.developmentPipeline as { organizationName: string; stage: string; count: number }[];
    expect(rows.every((r) => r.organizationName === '湖南商会')).toBe(true);
    const open = await t.gql(`query { _allDevelopmentCasesMeta(filter: { open: true }) { count } }`);
    expect(rows.reduce((sum, r) => sum + r.count, 0)).toBe(open.data!._allDevelopmentCasesMeta.count);
    expect(rows.map((r) => r.stage)).toEqual(expect.arrayContaining(['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY']));
  });

  it('opens cases only in a party organization', async () => {
    const person = await createPerson(t.gql, { name: '企业员工', organizationId: tree.enterprises[0].id, nationalId: freshNationalId('1990-01-01') });
    const res = await t.gql(`mutation($p: ID!, $o: ID!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: "2024-01-01") { ${CASE_FIELDS} } }`, {
      p: person.id,
      o: tree.enterprises[0].id,
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'organizationId', constraint: 'partyKind' }] });
    expect((await openCase(t.gql, person.id, tree.committee.id, '2024-01-01')).stage).toBe('APPLICANT');
  });
});
