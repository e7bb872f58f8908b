import type { MatrixRow, MatrixWorld, Place } from '../../test/authorization-matrix';
import { addDays, todayInChina } from '../../common/dates';
import { caseAt, freshCase, publishNotice, recordReport, tryStep } from '../../test/development-fixtures';
import { createPerson, freshNationalId } from '../../test/people-fixtures';

let serial = 0;
const next = () => (serial += 1);
const at = (world: MatrixWorld, place: Place) => world[place === 'inScope' ? 'home' : 'away'];
const members = (world: MatrixWorld, place: Place) => at(world, place).memberIds.split(',');

const READERS = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const WRITERS = { ADMIN: 'all', COORDINATOR: 'scoped', STAFF: 'scoped' } as const;
const DECIDERS = { ADMIN: 'all', COORDINATOR: 'scoped' } as const;
const CALENDAR_READERS = { ADMIN: 'all', ASSESSOR: 'all', COORDINATOR: 'all', STAFF: 'all' } as const;

/** A step on a fresh case at `stage` in the place's branch, made by the administrator. */
function caseStep(operation: string, stage: Parameters<typeof caseAt>[3], on: string, extra: Record<string, unknown> = {}): MatrixRow {
  return {
    operation,
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const c = await caseAt(w.server.gql, at(w, place).branchId, members(w, place), stage);
      return tryStep(gql, operation, c, on, typeof extra.personIds === 'function' ? { ...extra, personIds: (extra.personIds as (w: MatrixWorld, p: Place) => string[])(w, place) } : extra);
    },
  };
}

async function freshDraft(w: MatrixWorld, place: Place) {
  const res = await w.server.gql(
    `mutation($o: ID!) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "矩阵公示${next()}", startsOn: "2026-01-05", hotline: "1", suggestionBox: "1") { id version } }`,
    { o: at(w, place).branchId },
  );
  return res.data!.createPublicNotice as { id: string; version: number };
}

async function freshReport(w: MatrixWorld, place: Place, status: 'RECEIVED' | 'VERIFYING' | 'CONCLUDED') {
  let report = await recordReport(w.server.gql, { caseId: at(w, place).caseId, receivedOn: '2025-01-02' });
  if (status === 'RECEIVED') return report;
  report = (await w.server.gql(`mutation($id: ID!, $v: Int!) { startReportVerification(id: $id, version: $v) { id version status } }`, { id: report.id, v: report.version })).data!
    .startReportVerification;
  if (status === 'VERIFYING') return report;
  return (await w.server.gql(`mutation($id: ID!, $v: Int!) { concludeReport(id: $id, version: $v, finding: UNSUBSTANTIATED, note: "不属实") { id version status } }`, { id: report.id, v: report.version }))
    .data!.concludeReport;
}

/** What each chamber of the matrix world needs for these rows: a branch, members, a case, a notice and a report. */
export async function developmentPlace(gql: MatrixWorld['server']['gql'], chamberId: string, province: string) {
  const branch = await gql(`mutation($p: ID!, $n: String!) { createOrganization(kind: BRANCH, name: $n, parentId: $p, hostId: $p) { id } }`, { p: chamberId, n: `${province}矩阵党支部` });
  const branchId = branch.data!.createOrganization.id as string;
  const memberIds: string[] = [];
  for (let i = 0; i < 2; i += 1) memberIds.push((await createPerson(gql, { name: `${province}矩阵党员${i}`, organizationId: branchId, membershipStatus: 'FULL' })).id);
  const activist = await caseAt(gql, branchId, memberIds, 'ACTIVIST');
  const published = await publishNotice(gql, branchId, 'DEVELOPMENT_TARGET', [activist.id], '2025-01-01');
  const report = await recordReport(gql, { caseId: activist.id, noticeId: published.id, receivedOn: '2025-01-03' });
  return { branchId, memberIds: memberIds.join(','), caseId: activist.id, noticeId: published.id, reportId: report.id };
}

/** Authorization rows of development cases, notices, the calendar and reports. */
export const DEVELOPMENT_ACCESS_ROWS: MatrixRow[] = [
  { operation: 'DevelopmentCase(id)', allowed: READERS, run: (gql, w, place) => gql(`query($id: ID!) { DevelopmentCase(id: $id) { id nextSteps { ready } } }`, { id: at(w, place).caseId }) },
  {
    operation: 'allDevelopmentCases',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allDevelopmentCases(filter: { ids: $ids }) { id } }`, { ids: [at(w, place).caseId] }),
    listed: (data) => data.allDevelopmentCases.length === 1,
  },
  {
    operation: '_allDevelopmentCasesMeta',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($o: ID) { _allDevelopmentCasesMeta(filter: { withinOrganization: $o }) { count } }`, { o: at(w, place).chamberId }),
    listed: (data) => data._allDevelopmentCasesMeta.count > 0,
  },
  {
    operation: 'developmentPipeline',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($o: ID) { developmentPipeline(withinOrganization: $o) { count } }`, { o: at(w, place).chamberId }),
    listed: (data) => data.developmentPipeline.length > 0,
  },
  {
    operation: 'openDevelopmentCase',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const person = await createPerson(w.server.gql, { name: `矩阵申请人${next()}`, organizationId: at(w, place).branchId, nationalId: freshNationalId('1990-02-02') });
      return gql(`mutation($p: ID!, $o: ID!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: "2025-01-01") { id } }`, { p: person.id, o: at(w, place).branchId });
    },
  },
  {
    operation: 'recordCaseTalk',
    allowed: WRITERS,
    run: async (gql, w, place) => tryStep(gql, 'recordCaseTalk', await freshCase(w.server.gql, at(w, place).branchId, '2025-01-02'), '2025-01-10'),
  },
  {
    operation: 'advanceDevelopmentCase',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const talked = await tryStep(w.server.gql, 'recordCaseTalk', await freshCase(w.server.gql, at(w, place).branchId, '2025-01-02'), '2025-01-10');
      return tryStep(gql, 'advanceDevelopmentCase', talked.data!.recordCaseTalk, '2025-02-01', { decisionRef: '矩阵决议' });
    },
  },
  caseStep('assignCultivationContacts', 'ACTIVIST', '2023-02-01', { personIds: (w: MatrixWorld, p: Place) => [members(w, p)[0]] }),
  caseStep('recordCaseAssessment', 'ACTIVIST', '2023-07-01', { period: '2023H1', result: 'GOOD' }),
  caseStep('assignIntroducers', 'DEVELOPMENT_TARGET', '2024-02-02', { personIds: (w: MatrixWorld, p: Place) => members(w, p) }),
  caseStep('recordPoliticalReview', 'DEVELOPMENT_TARGET', '2024-02-02'),
  caseStep('recordCaseTraining', 'DEVELOPMENT_TARGET', '2024-02-02', { days: 3, hours: 24 }),
  caseStep('approveAdmission', 'PROBATIONARY', '2024-07-01', { decisionRef: '矩阵审批' }),
  caseStep('extendProbation', 'PROBATIONARY', '2025-06-02', { months: 6, decisionRef: '矩阵决议' }),
  caseStep('cancelProbation', 'PROBATIONARY', '2024-08-01', { decisionRef: '矩阵决议' }),
  caseStep('withdrawDevelopmentCase', 'ACTIVIST', '2023-03-01', { note: '本人撤回' }),
  { operation: 'PublicNotice(id)', allowed: READERS, run: (gql, w, place) => gql(`query($id: ID!) { PublicNotice(id: $id) { id state cases { id } } }`, { id: at(w, place).noticeId }) },
  {
    operation: 'allPublicNotices',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allPublicNotices(filter: { ids: $ids }) { id } }`, { ids: [at(w, place).noticeId] }),
    listed: (data) => data.allPublicNotices.length === 1,
  },
  {
    operation: '_allPublicNoticesMeta',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { _allPublicNoticesMeta(filter: { ids: $ids }) { count } }`, { ids: [at(w, place).noticeId] }),
    listed: (data) => data._allPublicNoticesMeta.count === 1,
  },
  { operation: 'noticeEndDate', allowed: CALENDAR_READERS, run: (gql) => gql(`query { noticeEndDate(startsOn: "2026-09-28", lengthDays: 10, dayType: WORKING) { endsOn } }`) },
  {
    operation: 'createPublicNotice',
    allowed: WRITERS,
    run: (gql, w, place) =>
      gql(`mutation($o: ID!) { createPublicNotice(organizationId: $o, stage: ADMISSION, title: "矩阵新公示", startsOn: "2026-01-05", hotline: "1", suggestionBox: "1") { id } }`, { o: at(w, place).branchId }),
  },
  {
    operation: 'updatePublicNotice',
    allowed: WRITERS,
    run: async (gql, w, place) => {
      const draft = await freshDraft(w, place);
      return gql(`mutation($id: ID!, $v: Int!) { updatePublicNotice(id: $id, version: $v, lengthDays: 7) { id } }`, { id: draft.id, v: draft.version });
    },
  },
  {
    operation: 'deletePublicNotice',
    allowed: WRITERS,
    run: async (gql, w, place) => gql(`mutation($id: ID!) { deletePublicNotice(id: $id) { id } }`, { id: (await freshDraft(w, place)).id }),
  },
  {
    operation: 'publishNotice',
    allowed: DECIDERS,
    run: async (gql, w, place) => {
      const res = await w.server.gql(
        `mutation($o: ID!, $c: [ID!], $s: String!) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "矩阵待发布", startsOn: $s, caseIds: $c, hotline: "1", suggestionBox: "1") { id version } }`,
        { o: at(w, place).branchId, c: [at(w, place).caseId], s: addDays(todayInChina(), 5) },
      );
      const draft = res.data!.createPublicNotice;
      return gql(`mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id } }`, { id: draft.id, v: draft.version });
    },
  },
  {
    operation: 'recordPaperNotice',
    allowed: DECIDERS,
    run: async (gql, w, place) => {
      const res = await w.server.gql(
        `mutation($o: ID!, $c: [ID!]) { createPublicNotice(organizationId: $o, stage: DEVELOPMENT_TARGET, title: "矩阵纸质公示", startsOn: "2026-01-05", caseIds: $c, hotline: "1", suggestionBox: "1") { id version } }`,
        { o: at(w, place).branchId, c: [at(w, place).caseId] },
      );
      const draft = res.data!.createPublicNotice;
      return gql(`mutation($id: ID!, $v: Int) { recordPaperNotice(id: $id, version: $v, reason: "补录", evidence: "照片") { id } }`, { id: draft.id, v: draft.version });
    },
  },
  { operation: 'allCalendarDays', allowed: CALENDAR_READERS, run: (gql) => gql(`query { allCalendarDays { id } _allCalendarDaysMeta { count } officialCalendarYears { to } }`) },
  {
    operation: 'setCalendarDay',
    allowed: { ADMIN: 'all' },
    run: (gql) => gql(`mutation($d: String!) { setCalendarDay(date: $d, kind: WORKDAY) { id } }`, { d: `2030-01-${String((next() % 28) + 1).padStart(2, '0')}` }),
  },
  {
    operation: 'clearCalendarDay',
    allowed: { ADMIN: 'all' },
    run: async (gql, w) => {
      const set = await w.server.gql(`mutation($d: String!) { setCalendarDay(date: $d, kind: HOLIDAY) { id } }`, { d: `2031-02-${String((next() % 28) + 1).padStart(2, '0')}` });
      return gql(`mutation($id: ID!) { clearCalendarDay(id: $id) { id } }`, { id: set.data!.setCalendarDay.id });
    },
  },
  { operation: 'Report(id)', allowed: READERS, run: (gql, w, place) => gql(`query($id: ID!) { Report(id: $id) { id reporterContact } }`, { id: at(w, place).reportId }) },
  {
    operation: 'allReports',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { allReports(filter: { ids: $ids }) { id } }`, { ids: [at(w, place).reportId] }),
    listed: (data) => data.allReports.length === 1,
  },
  {
    operation: '_allReportsMeta',
    allowed: READERS,
    run: (gql, w, place) => gql(`query($ids: [ID!]) { _allReportsMeta(filter: { ids: $ids }) { count } }`, { ids: [at(w, place).reportId] }),
    listed: (data) => data._allReportsMeta.count === 1,
  },
  {
    operation: 'recordReport',
    allowed: WRITERS,
    run: (gql, w, place) => gql(`mutation($c: ID) { recordReport(channel: LETTER, caseId: $c, receivedOn: "2025-02-01", content: "来信") { id } }`, { c: at(w, place).caseId }),
  },
  {
    operation: 'startReportVerification',
    allowed: DECIDERS,
    run: async (gql, w, place) => {
      const r = await freshReport(w, place, 'RECEIVED');
      return gql(`mutation($id: ID!, $v: Int!) { startReportVerification(id: $id, version: $v) { id } }`, { id: r.id, v: r.version });
    },
  },
  {
    operation: 'concludeReport',
    allowed: DECIDERS,
    run: async (gql, w, place) => {
      const r = await freshReport(w, place, 'VERIFYING');
      return gql(`mutation($id: ID!, $v: Int!) { concludeReport(id: $id, version: $v, finding: UNSUBSTANTIATED, note: "核实") { id } }`, { id: r.id, v: r.version });
    },
  },
  {
    operation: 'closeReport',
    allowed: DECIDERS,
    run: async (gql, w, place) => {
      const r = await freshReport(w, place, 'CONCLUDED');
      return gql(`mutation($id: ID!, $v: Int!) { closeReport(id: $id, version: $v, on: "2025-02-01") { id } }`, { id: r.id, v: r.version });
    },
  },
];
