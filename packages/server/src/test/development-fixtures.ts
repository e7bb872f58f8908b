import { todayInChina } from '../common/dates';
import { createPerson, freshNationalId } from './people-fixtures';
import type { Gql, GraphQLResponse } from './server';

export const CASE_FIELDS = `id personId organizationId stage appliedOn talkedOn activistOn targetOn politicalReviewOn trainingDays trainingHours admittedOn approvedOn probationEndsOn extensionMonths closedOn version`;

export interface CaseRow {
  id: string;
  version: number;
  stage: string;
  [key: string]: unknown;
}

/** The arguments and types of each case step mutation. */
const STEP_ARGS: Record<string, string> = {
  recordCaseTalk: '',
  advanceDevelopmentCase: ', $decisionRef: String',
  approveAdmission: ', $decisionRef: String',
  cancelProbation: ', $decisionRef: String',
  extendProbation: ', $decisionRef: String, $months: Int!',
  assignCultivationContacts: ', $personIds: [ID!]!',
  assignIntroducers: ', $personIds: [ID!]!',
  recordCaseAssessment: ', $period: String!, $result: AssessmentResult!',
  recordPoliticalReview: '',
  recordCaseTraining: ', $days: Int!, $hours: Int!',
  withdrawDevelopmentCase: '',
};

/** Runs a step on a case at its current version; the answer as it came. */
export async function tryStep(gql: Gql, mutation: string, c: CaseRow, on: string, extra: Record<string, unknown> = {}): Promise<GraphQLResponse<any>> {
  const decl = `$id: ID!, $version: Int!, $on: String!, $note: String${STEP_ARGS[mutation]}`;
  const args = decl
    .split(',')
    .map((part) => part.trim().split(':')[0].slice(1))
    .map((name) => `${name}: $${name}`)
    .join(', ');
  return gql(`mutation(${decl}) { ${mutation}(${args}) { ${CASE_FIELDS} } }`, { id: c.id, version: c.version, on, ...extra });
}

/** Runs a step that must pass; returns the case after it. */
export async function step(gql: Gql, mutation: string, c: CaseRow, on: string, extra: Record<string, unknown> = {}): Promise<CaseRow> {
  const res = await tryStep(gql, mutation, c, on, extra);
  if (res.errors) throw new Error(`${mutation} on ${on} failed: ${JSON.stringify(res.errors)}`);
  return res.data![mutation];
}

export async function openCase(gql: Gql, personId: string, organizationId: string, appliedOn: string): Promise<CaseRow> {
  const res = await gql(`mutation($p: ID!, $o: ID!, $a: String!) { openDevelopmentCase(personId: $p, organizationId: $o, appliedOn: $a) { ${CASE_FIELDS} } }`, {
    p: personId,
    o: organizationId,
    a: appliedOn,
  });
  if (res.errors) throw new Error(`openDevelopmentCase failed: ${JSON.stringify(res.errors)}`);
  return res.data!.openDevelopmentCase;
}

/** A candidate of 30 kept by `organizationId`, and the case opened on their application. */
export async function freshCase(gql: Gql, organizationId: string, appliedOn = '2023-03-01', name = '候选人'): Promise<CaseRow> {
  const person = await createPerson(gql, { name, organizationId, nationalId: freshNationalId('1993-05-17') });
  return openCase(gql, person.id, organizationId, appliedOn);
}

/** Full members who can cultivate and introduce. */
export async function fullMembers(gql: Gql, organizationId: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    ids.push((await createPerson(gql, { name: `党员${i + 1}`, organizationId, membershipStatus: 'FULL', fullMemberSince: '2015-07-01' })).id);
  }
  return ids;
}

export interface NoticeRow {
  id: string;
  version: number;
  endsOn: string;
  state: string;
}

/** A notice published for the cases: `length` calendar days from `startsOn`. */
export async function publishNotice(
  gql: Gql,
  organizationId: string,
  stage: string,
  caseIds: string[],
  startsOn: string,
  length = 10,
  dayType = 'CALENDAR',
): Promise<NoticeRow> {
  const created = await gql(
    `mutation($o: ID!, $s: NoticeStage!, $c: [ID!], $start: String!, $len: Int, $dt: DayType) {
      createPublicNotice(organizationId: $o, stage: $s, title: "公示", startsOn: $start, lengthDays: $len, dayType: $dt, caseIds: $c, hotline: "0851-12345678", suggestionBox: "商会党群服务中心一楼") { id version endsOn state }
    }`,
    { o: organizationId, s: stage, c: caseIds, start: startsOn, len: length, dt: dayType },
  );
  if (created.errors) throw new Error(`createPublicNotice failed: ${JSON.stringify(created.errors)}`);
  const draft = created.data!.createPublicNotice;
  // A notice whose first day is past ran on paper: the service records it so (docs/api.md, "Public notices").
  if (startsOn < todayInChina()) {
    const recorded = await gql(
      `mutation($id: ID!, $v: Int) { recordPaperNotice(id: $id, version: $v, reason: "启用系统前张贴", evidence: "公告栏照片") { id version endsOn state } }`,
      { id: draft.id, v: draft.version },
    );
    if (recorded.errors) throw new Error(`recordPaperNotice failed: ${JSON.stringify(recorded.errors)}`);
    return recorded.data!.recordPaperNotice;
  }
  const published = await gql(`mutation($id: ID!, $v: Int!) { publishNotice(id: $id, version: $v) { id version endsOn state } }`, { id: draft.id, v: draft.version });
  if (published.errors) throw new Error(`publishNotice failed: ${JSON.stringify(published.errors)}`);
  return published.data!.publishNotice;
}

export async function recordReport(gql: Gql, fields: { noticeId?: string; caseId?: string; receivedOn: string; content?: string }): Promise<{ id: string; version: number; status: string }> {
  const res = await gql(
    `mutation($n: ID, $c: ID, $r: String!, $content: String!) { recordReport(channel: HOTLINE, noticeId: $n, caseId: $c, receivedOn: $r, content: $content, anonymous: true) { id version status } }`,
    { n: fields.noticeId, c: fields.caseId, r: fields.receivedOn, content: fields.content ?? '反映该同志工作作风问题' },
  );
  if (res.errors) throw new Error(`recordReport failed: ${JSON.stringify(res.errors)}`);
  return res.data!.recordReport;
}

/** Takes a report through verification to a closed finding. */
export async function settleReport(gql: Gql, report: { id: string; version: number }, finding: 'SUBSTANTIATED' | 'UNSUBSTANTIATED', on: string, decision?: string) {
  const verifying = await gql(`mutation($id: ID!, $v: Int!) { startReportVerification(id: $id, version: $v) { id version } }`, { id: report.id, v: report.version });
  const concluded = await gql(`mutation($id: ID!, $v: Int!, $f: ReportFinding!) { concludeReport(id: $id, version: $v, finding: $f, note: "经核查") { id version status } }`, {
    id: report.id,
    v: verifying.data!.startReportVerification.version,
    f: finding,
  });
  const closed = await gql(`mutation($id: ID!, $v: Int!, $on: String!, $d: String) { closeReport(id: $id, version: $v, on: $on, decision: $d) { id version status } }`, {
    id: report.id,
    v: concluded.data!.concludeReport.version,
    on,
    d: decision,
  });
  if (closed.errors) throw new Error(`closeReport failed: ${JSON.stringify(closed.errors)}`);
  return closed.data!.closeReport;
}

export function guardOf(res: GraphQLResponse<any>): { code?: string; rule?: string; message?: string; earliestDate?: string | null; rules: string[] } {
  const ext = (res.errors?.[0]?.extensions ?? {}) as { code?: string; rule?: string; earliestDate?: string | null; failures?: { rule: string; message: string }[] };
  return { code: ext.code, rule: ext.rule, message: ext.failures?.[0]?.message, earliestDate: ext.earliestDate, rules: (ext.failures ?? []).map((f) => f.rule) };
}

/**
 * A fresh case brought to `stage` by `gql` in the party organization, with the members as
 * contacts and introducers: APPLICANT (applied 2023-01-02), ACTIVIST (2023-01-20),
 * DEVELOPMENT_TARGET (2024-02-01) or PROBATIONARY (admitted 2024-06-01, not yet approved).
 */
export async function caseAt(gql: Gql, organizationId: string, members: string[], stage: 'APPLICANT' | 'ACTIVIST' | 'DEVELOPMENT_TARGET' | 'PROBATIONARY'): Promise<CaseRow> {
  let c = await freshCase(gql, organizationId, '2023-01-02', `${stage}对象`);
  if (stage === 'APPLICANT') return c;
  c = await step(gql, 'recordCaseTalk', c, '2023-01-10');
  c = await step(gql, 'advanceDevelopmentCase', c, '2023-01-20');
  if (stage === 'ACTIVIST') return c;
  c = await step(gql, 'assignCultivationContacts', c, '2023-01-20', { personIds: [members[0]] });
  await publishNotice(gql, organizationId, 'DEVELOPMENT_TARGET', [c.id], '2024-01-10');
  c = await step(gql, 'advanceDevelopmentCase', c, '2024-02-01', { decisionRef: '支委会决议' });
  if (stage === 'DEVELOPMENT_TARGET') return c;
  c = await step(gql, 'assignIntroducers', c, '2024-02-01', { personIds: [members[0], members[1]] });
  c = await step(gql, 'recordPoliticalReview', c, '2024-03-01');
  c = await step(gql, 'recordCaseTraining', c, '2024-03-10', { days: 3, hours: 24 });
  await publishNotice(gql, organizationId, 'ADMISSION', [c.id], '2024-05-01');
  return step(gql, 'advanceDevelopmentCase', c, '2024-06-01', { decisionRef: '支部大会决议' });
}
