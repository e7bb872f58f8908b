import { FILTER_KEYS } from '@guildhall/client';
import type {
  AssessmentResult,
  CaseAction,
  CaseAlertKind,
  CaseDetailFragment,
  CaseListItemFragment,
  CaseStage,
  GuildhallClient,
} from '@guildhall/client';

/** A case as the dashboard holds it: list rows have the list fields, the show page all of them. */
export type DevelopmentCase = CaseListItemFragment & Partial<Omit<CaseDetailFragment, keyof CaseListItemFragment>>;
export type NextStep = CaseDetailFragment['nextSteps'][number];

/** In the order of the way into the party, then the two ways a case closes early. */
export const CASE_STAGES: readonly CaseStage[] = ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'CANCELLED', 'WITHDRAWN'];

/** The stages of an open case: the bars of the pipeline chart. */
export const OPEN_STAGES: readonly CaseStage[] = ['APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY'];

export const ALERT_KINDS: readonly CaseAlertKind[] = ['TALK_OVERDUE', 'APPROVAL_OVERDUE', 'CONVERSION_DUE'];

export const CASE_ACTIONS: readonly CaseAction[] = [
  'OPEN',
  'RECORD_TALK',
  'ADVANCE',
  'ASSIGN_CONTACTS',
  'ASSIGN_INTRODUCERS',
  'RECORD_ASSESSMENT',
  'RECORD_POLITICAL_REVIEW',
  'RECORD_TRAINING',
  'APPROVE_ADMISSION',
  'CONVERT',
  'EXTEND_PROBATION',
  'CANCEL',
  'WITHDRAW',
];

/** Best first. */
export const ASSESSMENT_RESULTS: readonly AssessmentResult[] = ['EXCELLENT', 'GOOD', 'PASS', 'FAIL'];

/** The rules of the guards (GUARD_FAILED / NOTICE_OPEN `rule`), as docs/api.md lists them. */
export const GUARD_RULES = [
  'applicantAge',
  'talkRequired',
  'cultivationYear',
  'cultivationContacts',
  'introducers',
  'politicalReview',
  'training',
  'branchResolution',
  'admissionApproval',
  'probationPeriod',
  'oneExtension',
  'noticeRequired',
  'noticeRunning',
  'reportsUnresolved',
  'noticeNotSeen',
  'reportSubstantiated',
  'reportsPending',
  'stageOrder',
  'materialMissing',
] as const;

export const caseStageChoices = CASE_STAGES.map((stage) => ({ id: stage, name: `guildhall.caseStages.${stage}` }));
export const alertChoices = ALERT_KINDS.map((kind) => ({ id: kind, name: `guildhall.caseAlerts.${kind}` }));
export const assessmentResultChoices = ASSESSMENT_RESULTS.map((result) => ({ id: result, name: `guildhall.assessmentResults.${result}` }));

/** What a step's dialog asks for, besides the day it took effect and a note (every step has those). */
export type StepField = 'decisionRef' | 'personIds' | 'assessment' | 'training' | 'months';

export interface StepSpec {
  fields: readonly StepField[];
  /** The branch meeting's resolution is required (the server's `branchResolution` rule). */
  decisionRequired?: boolean;
}

/** The fields of each step's dialog; advancing asks for the resolution where the next stage needs one. */
export function stepSpec(step: Pick<NextStep, 'action' | 'toStage'>): StepSpec {
  switch (step.action) {
    case 'ADVANCE':
    case 'CONVERT': {
      const required = step.toStage === 'PROBATIONARY' || step.toStage === 'FULL';
      return { fields: ['decisionRef'], decisionRequired: required };
    }
    case 'APPROVE_ADMISSION':
    case 'CANCEL':
      return { fields: ['decisionRef'] };
    case 'EXTEND_PROBATION':
      return { fields: ['months', 'decisionRef'] };
    case 'ASSIGN_CONTACTS':
    case 'ASSIGN_INTRODUCERS':
      return { fields: ['personIds'] };
    case 'RECORD_ASSESSMENT':
      return { fields: ['assessment'] };
    case 'RECORD_TRAINING':
      return { fields: ['training'] };
    default:
      return { fields: [] };
  }
}

/** The values a step's dialog sends: the day, a note, and what the step takes. */
export interface StepValues {
  on: string;
  note?: string | null;
  decisionRef?: string | null;
  personIds?: string[];
  period?: string;
  result?: AssessmentResult;
  days?: number;
  hours?: number;
  months?: number;
}

/** Today in China, where the server counts its days (YYYY-MM-DD). */
export function todayInChina(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The half-year a day falls in, as assessments name it: 2026H1. */
export function halfYearOf(day: string): string {
  return `${day.slice(0, 4)}H${Number(day.slice(5, 7)) <= 6 ? 1 : 2}`;
}

const blankToNull = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? null : (value ?? null));

/** Runs one step of a case through the SDK, with the version that was read. */
export async function runStep(client: GuildhallClient, action: CaseAction, id: string, version: number, values: StepValues): Promise<CaseDetailFragment> {
  const base = { id, version, on: values.on, note: blankToNull(values.note) as string | null };
  const decisionRef = blankToNull(values.decisionRef) as string | null;
  switch (action) {
    case 'RECORD_TALK':
      return (await client.cases.recordTalk(base)).item;
    case 'ADVANCE':
    case 'CONVERT':
      return (await client.cases.advance({ ...base, decisionRef })).item;
    case 'ASSIGN_CONTACTS':
      return (await client.cases.assignContacts({ ...base, personIds: values.personIds ?? [] })).item;
    case 'ASSIGN_INTRODUCERS':
      return (await client.cases.assignIntroducers({ ...base, personIds: values.personIds ?? [] })).item;
    case 'RECORD_ASSESSMENT':
      return (await client.cases.recordAssessment({ ...base, period: values.period ?? halfYearOf(values.on), result: values.result ?? 'PASS' })).item;
    case 'RECORD_POLITICAL_REVIEW':
      return (await client.cases.recordPoliticalReview(base)).item;
    case 'RECORD_TRAINING':
      return (await client.cases.recordTraining({ ...base, days: Number(values.days ?? 0), hours: Number(values.hours ?? 0) })).item;
    case 'APPROVE_ADMISSION':
      return (await client.cases.approveAdmission({ ...base, decisionRef })).item;
    case 'EXTEND_PROBATION':
      return (await client.cases.extendProbation({ ...base, months: Number(values.months ?? 0), decisionRef })).item;
    case 'CANCEL':
      return (await client.cases.cancelProbation({ ...base, decisionRef })).item;
    case 'WITHDRAW':
      return (await client.cases.withdraw(base)).item;
    default:
      throw new Error(`Unknown step: ${action}`);
  }
}

/** The fields of a step's form, to put the server's problems on them. */
export const STEP_FORM_FIELDS = ['on', 'note', 'decisionRef', 'personIds', 'period', 'result', 'days', 'hours', 'months'] as const;

/** The filters the server's DevelopmentCaseFilter takes; anything else a list holds is not sent. */
// The filters the server's case list takes (its contract, generated into @guildhall/client).
export const CASE_FILTER_KEYS = FILTER_KEYS.allDevelopmentCases;

/** Only the known filters with a value. */
export function knownFilters(filter: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => filter[key] !== undefined && filter[key] !== null && filter[key] !== '').map((key) => [key, filter[key]]));
}

export interface PipelineRow {
  organizationId: string;
  organizationName: string;
  /** Open cases per stage. */
  [stage: string]: string | number;
}

/** The server's counts (one per chamber and stage) as one row per chamber, every open stage present, largest first. */
export function pipelineRows(counts: readonly { organizationId: string; organizationName: string; stage: CaseStage; count: number }[]): PipelineRow[] {
  const rows = new Map<string, PipelineRow>();
  for (const { organizationId, organizationName, stage, count } of counts) {
    let row = rows.get(organizationId);
    if (!row) {
      row = { organizationId, organizationName, ...Object.fromEntries(OPEN_STAGES.map((s) => [s, 0])) };
      rows.set(organizationId, row);
    }
    row[stage] = Number(row[stage] ?? 0) + count;
  }
  const total = (row: PipelineRow) => OPEN_STAGES.reduce((sum, stage) => sum + Number(row[stage] ?? 0), 0);
  return [...rows.values()].sort((a, b) => total(b) - total(a) || a.organizationName.localeCompare(b.organizationName, 'zh-CN'));
}
