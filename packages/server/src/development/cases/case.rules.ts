import { addDays, addMonths, anniversary, ageOn } from '../../common/dates';
import { NoticeStage, noticeSeenInFull } from '../notices/notice.entity';
import { gateOf, materialGuards, type MissingMaterial } from '../materials/material.rules';
import { CaseAction, CaseStage, type DevelopmentCase } from './case.entity';

/** One rule a step does not pass: which, why, and — where time is the obstacle — the first day it can pass. */
export interface GuardFailure {
  rule: string;
  message: string;
  earliestDate?: string | null;
  /** NOTICE_OPEN while the notice the step needs is still running; GUARD_FAILED otherwise. */
  code?: 'GUARD_FAILED' | 'NOTICE_OPEN';
  /** What the rule names, for a client to act on (a missing material's code). */
  params?: Record<string, string | number>;
}

export const MIN_APPLICANT_AGE = 18;
export const CULTIVATION_YEARS = 1;
export const PROBATION_YEARS = 1;
export const TALK_DUE_MONTHS = 1;
export const APPROVAL_DUE_MONTHS = 3;
export const MIN_TRAINING_DAYS = 3;
export const MIN_TRAINING_HOURS = 24;
export const CONTACTS = { min: 1, max: 2 };
export const INTRODUCERS = 2;
export const EXTENSION_MONTHS = { min: 6, max: 12 };

/** The stage each stage moves on to, and the notice that must have ended clean first. */
export const NEXT_STAGE: Partial<Record<CaseStage, { to: CaseStage; notice: NoticeStage | null }>> = {
  [CaseStage.APPLICANT]: { to: CaseStage.ACTIVIST, notice: null },
  [CaseStage.ACTIVIST]: { to: CaseStage.DEVELOPMENT_TARGET, notice: NoticeStage.DEVELOPMENT_TARGET },
  [CaseStage.DEVELOPMENT_TARGET]: { to: CaseStage.PROBATIONARY, notice: NoticeStage.ADMISSION },
  [CaseStage.PROBATIONARY]: { to: CaseStage.FULL, notice: NoticeStage.CONVERSION },
};

/** The case stage a notice of each kind is posted for. */
export const NOTICE_FOR_STAGE: Record<Exclude<NoticeStage, NoticeStage.EXEMPLAR>, CaseStage> = {
  [NoticeStage.DEVELOPMENT_TARGET]: CaseStage.ACTIVIST,
  [NoticeStage.ADMISSION]: CaseStage.DEVELOPMENT_TARGET,
  [NoticeStage.CONVERSION]: CaseStage.PROBATIONARY,
};

/** What the guards know of a case besides its own dates. */
export interface CaseFacts {
  contacts: number;
  introducers: number;
  /** The latest published notice of the stage's kind covering the case, with its reports not yet cleared. */
  notice: { id: number; startsOn: string; endsOn: string; publishedOn: string; postedOnPaper: boolean; unclearedReports: number } | null;
  /** Reports on the case found substantiated and not yet closed by the committee's decision. */
  substantiatedReports: number;
  /** Reports on the case still being received or verified. */
  openCaseReports: number;
  /** Training the candidate attended in classes: distinct days and hours checked in. */
  classTraining: { days: number; hours: number };
  /** Required materials not in the case's dossier (docs/api.md, "The dossier"). */
  missingMaterials: MissingMaterial[];
}

export function applicantGuards(birthDate: string | null, appliedOn: string): GuardFailure[] {
  if (!birthDate) return [{ rule: 'applicantAge', message: 'the applicant\'s birth date is not recorded; record it (or the national id) first' }];
  if (ageOn(birthDate, appliedOn) < MIN_APPLICANT_AGE) {
    const earliest = anniversary(birthDate, MIN_APPLICANT_AGE);
    return [{ rule: 'applicantAge', message: `an applicant must be at least ${MIN_APPLICANT_AGE}; this one turns ${MIN_APPLICANT_AGE} on ${earliest}`, earliestDate: earliest }];
  }
  return [];
}

function noticeGuards(stage: NoticeStage, facts: CaseFacts, on: string): GuardFailure[] {
  if (!facts.notice) return [{ rule: 'noticeRequired', message: `a published ${stage} notice covering this case must have run first` }];
  if (!noticeSeenInFull(facts.notice)) {
    return [
      {
        rule: 'noticeNotSeen',
        message: `the notice was published on ${facts.notice.publishedOn}, after its first day ${facts.notice.startsOn}: the public did not see all of it; post a new notice, or record the paper notice that ran`,
      },
    ];
  }
  if (facts.notice.endsOn >= on) {
    const earliest = addDays(facts.notice.endsOn, 1);
    return [{ rule: 'noticeRunning', code: 'NOTICE_OPEN', message: `the notice runs until ${facts.notice.endsOn}`, earliestDate: earliest }];
  }
  if (facts.notice.unclearedReports > 0) {
    return [{ rule: 'reportsUnresolved', message: `${facts.notice.unclearedReports} report(s) on the notice are not closed as unsubstantiated` }];
  }
  return [];
}

function reportGuards(facts: CaseFacts): GuardFailure[] {
  const failures: GuardFailure[] = [];
  if (facts.substantiatedReports > 0) failures.push({ rule: 'reportSubstantiated', message: 'a substantiated report on this case awaits the committee\'s decision' });
  if (facts.openCaseReports > 0) failures.push({ rule: 'reportsPending', message: `${facts.openCaseReports} report(s) on this case are still being verified` });
  return failures;
}

/**
 * Every rule the move to the next stage fails on `on`, in the order a person would fix them.
 * `decisionRef` is the branch meeting's resolution where the step needs one.
 */
export function advanceGuards(c: DevelopmentCase, facts: CaseFacts, on: string, decisionRef: string | null): GuardFailure[] {
  const next = NEXT_STAGE[c.stage];
  if (!next) return [{ rule: 'stageOrder', message: `a case at ${c.stage} does not move on` }];
  const failures: GuardFailure[] = [];
  switch (next.to) {
    case CaseStage.ACTIVIST:
      if (!c.talkedOn) failures.push({ rule: 'talkRequired', message: 'record the talk with the applicant first' });
      break;
    case CaseStage.DEVELOPMENT_TARGET: {
      const earliest = anniversary(c.activistOn!, CULTIVATION_YEARS);
      if (on < earliest) failures.push({ rule: 'cultivationYear', message: `cultivation lasts at least a year: from ${earliest}`, earliestDate: earliest });
      if (facts.contacts < CONTACTS.min || facts.contacts > CONTACTS.max) {
        failures.push({ rule: 'cultivationContacts', message: `${CONTACTS.min}–${CONTACTS.max} full members must be cultivation contacts (now ${facts.contacts})` });
      }
      break;
    }
    case CaseStage.PROBATIONARY:
      if (facts.introducers !== INTRODUCERS) failures.push({ rule: 'introducers', message: `${INTRODUCERS} full members must be introducers (now ${facts.introducers})` });
      if (!c.politicalReviewOn) failures.push({ rule: 'politicalReview', message: 'the political review has not been passed' });
      {
        // Recorded totals and classes attended are two accounts of the same training: the larger counts.
        const days = Math.max(c.trainingDays, facts.classTraining.days);
        const hours = Math.max(c.trainingHours, facts.classTraining.hours);
        if (days < MIN_TRAINING_DAYS && hours < MIN_TRAINING_HOURS) {
          failures.push({ rule: 'training', message: `training of at least ${MIN_TRAINING_DAYS} days or ${MIN_TRAINING_HOURS} hours is required (now ${days} days, ${hours} hours)` });
        }
      }
      if (!decisionRef) failures.push({ rule: 'branchResolution', message: 'admission needs the resolution of the branch meeting' });
      break;
    case CaseStage.FULL:
      if (!c.approvedOn) failures.push({ rule: 'admissionApproval', message: 'the higher committee has not approved the admission' });
      if (c.probationEndsOn && on < c.probationEndsOn) {
        failures.push({ rule: 'probationPeriod', message: `probation completes on ${c.probationEndsOn}: conversion from that day`, earliestDate: c.probationEndsOn });
      }
      if (!decisionRef) failures.push({ rule: 'branchResolution', message: 'conversion needs the resolution of the branch meeting' });
      break;
    default:
      break;
  }
  failures.push(...materialGuards(gateOf(next.to === CaseStage.FULL ? CaseAction.CONVERT : CaseAction.ADVANCE, next.to), facts.missingMaterials));
  if (next.notice) failures.push(...noticeGuards(next.notice, facts, on));
  failures.push(...reportGuards(facts));
  return failures;
}

export function extensionGuards(c: DevelopmentCase, facts: CaseFacts, on: string): GuardFailure[] {
  if (c.stage !== CaseStage.PROBATIONARY) return [{ rule: 'stageOrder', message: 'only probation can be extended' }];
  const failures: GuardFailure[] = [];
  if (c.extensionMonths !== null) failures.push({ rule: 'oneExtension', message: 'probation can be extended once only' });
  else if (c.probationEndsOn && on < c.probationEndsOn) {
    failures.push({ rule: 'probationPeriod', message: `an extension is decided once probation completes, from ${c.probationEndsOn}`, earliestDate: c.probationEndsOn });
  }
  failures.push(...reportGuards(facts));
  return failures;
}

export function probationEnd(admittedOn: string): string {
  return anniversary(admittedOn, PROBATION_YEARS);
}

export function extendedEnd(probationEndsOn: string, months: number): string {
  return addMonths(probationEndsOn, months);
}

export enum CaseAlertKind {
  TALK_OVERDUE = 'TALK_OVERDUE',
  APPROVAL_OVERDUE = 'APPROVAL_OVERDUE',
  CONVERSION_DUE = 'CONVERSION_DUE',
}

export interface CaseAlertFact {
  kind: CaseAlertKind;
  /** The day by which the step was due. */
  dueOn: string;
  /** The first day the alert shows (the case list's `alert` filter reads the same rule). */
  listedFrom: string;
}

/** What is late on `today`: the talk (a month after the application), the higher committee's approval (three months after admission), conversion once probation ended. */
export function alertsOf(c: DevelopmentCase, today: string): CaseAlertFact[] {
  const alerts: CaseAlertFact[] = [];
  if (c.stage === CaseStage.APPLICANT && !c.talkedOn) {
    const due = addMonths(c.appliedOn, TALK_DUE_MONTHS);
    if (today > due) alerts.push({ kind: CaseAlertKind.TALK_OVERDUE, dueOn: due, listedFrom: addDays(due, 1) });
  }
  if (c.stage === CaseStage.PROBATIONARY && c.admittedOn && !c.approvedOn) {
    const due = addMonths(c.admittedOn, APPROVAL_DUE_MONTHS);
    if (today > due) alerts.push({ kind: CaseAlertKind.APPROVAL_OVERDUE, dueOn: due, listedFrom: addDays(due, 1) });
  }
  if (c.stage === CaseStage.PROBATIONARY && c.probationEndsOn && today >= c.probationEndsOn) {
    alerts.push({ kind: CaseAlertKind.CONVERSION_DUE, dueOn: c.probationEndsOn, listedFrom: c.probationEndsOn });
  }
  return alerts;
}
