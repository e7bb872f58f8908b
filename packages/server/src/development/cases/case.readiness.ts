import type { EntityManager } from 'typeorm';
import { todayInChina } from '../../common/dates';
import { NoticeCase, PublicNotice, type NoticeStage } from '../notices/notice.entity';
import { clearedReport, Report, ReportFinding, ReportStatus } from '../reports/report.entity';
import { Attendance, ClassSession, Enrollment } from '../../training';
import { CaseAction, CaseSponsor, CaseStage, DevelopmentCase, OPEN_STAGES, SponsorRole } from './case.entity';
import { gateOf, materialGuards, missingMaterials } from '../materials/material.rules';
import { advanceGuards, extensionGuards, NEXT_STAGE, type CaseFacts, type GuardFailure } from './case.rules';

// What a case's rules read beyond the case's own row, and the steps they leave open: read by the
// service before a step (in its transaction) and by a case's page (`nextSteps`).

/** A step a coordinator can take next, and whether its rules pass today. */
export interface NextStep {
  action: CaseAction;
  toStage: CaseStage | null;
  ready: boolean;
  failures: GuardFailure[];
}

/** The steps open to a case, each with the rules it fails on `today` given its facts. */
export function stepsOpen(c: DevelopmentCase, facts: CaseFacts, today: string): NextStep[] {
  if (!OPEN_STAGES.includes(c.stage)) return [];
  // A step the dossier gates waits for its required materials (docs/api.md, "The dossier").
  const ready = (action: CaseAction, toStage: CaseStage | null, failures: GuardFailure[] = []): NextStep => {
    const all = [...materialGuards(gateOf(action, toStage), facts.missingMaterials).filter((m) => !failures.some((f) => f.rule === m.rule && f.params?.material === m.params.material)), ...failures];
    return { action, toStage, ready: all.length === 0, failures: all };
  };
  const advance = () => {
    // The branch resolution is given with the step itself, so it does not count against readiness here.
    const failures = advanceGuards(c, facts, today, 'preview').filter((f) => f.rule !== 'branchResolution');
    const to = NEXT_STAGE[c.stage]!.to;
    return ready(to === CaseStage.FULL ? CaseAction.CONVERT : CaseAction.ADVANCE, to, failures);
  };
  switch (c.stage) {
    case CaseStage.APPLICANT:
      return [...(c.talkedOn ? [] : [ready(CaseAction.RECORD_TALK, null)]), advance(), ready(CaseAction.WITHDRAW, CaseStage.WITHDRAWN)];
    case CaseStage.ACTIVIST:
      return [ready(CaseAction.ASSIGN_CONTACTS, null), ready(CaseAction.RECORD_ASSESSMENT, null), advance(), ready(CaseAction.WITHDRAW, CaseStage.WITHDRAWN)];
    case CaseStage.DEVELOPMENT_TARGET:
      return [
        ready(CaseAction.ASSIGN_INTRODUCERS, null),
        ready(CaseAction.RECORD_POLITICAL_REVIEW, null),
        ready(CaseAction.RECORD_TRAINING, null),
        ready(CaseAction.RECORD_ASSESSMENT, null),
        advance(),
        ready(CaseAction.WITHDRAW, CaseStage.WITHDRAWN),
      ];
    default:
      return [
        ...(c.approvedOn ? [] : [ready(CaseAction.APPROVE_ADMISSION, null)]),
        advance(),
        ready(CaseAction.EXTEND_PROBATION, null, extensionGuards(c, facts, today)),
        ready(CaseAction.CANCEL, CaseStage.CANCELLED),
      ];
  }
}

/** What the guards need to know of a case beyond its own row. */
export async function caseFacts(em: EntityManager, c: DevelopmentCase, on?: string): Promise<CaseFacts> {
  const sponsors: { role: SponsorRole; n: number | string }[] = await em
    .createQueryBuilder(CaseSponsor, 's')
    .select('s.role', 'role')
    .addSelect('COUNT(*)', 'n')
    .where('s.caseId = :id', { id: c.id })
    .groupBy('s.role')
    .getRawMany();
  const sponsorCount = (role: SponsorRole) => Number(sponsors.find((s) => s.role === role)?.n ?? 0);
  const noticeStage = NEXT_STAGE[c.stage]?.notice ?? null;
  const notice = noticeStage ? await latestNotice(em, c.id, noticeStage) : null;
  // Reports as they stood on the step's day (docs/api.md, "Member development"): one received
  // after it was not there yet, one closed after it was still open.
  const day = on ?? '9999-12-31';
  const receivedBy = (r: Pick<Report, 'receivedOn'>) => String(r.receivedOn).slice(0, 10) <= day;
  const closedBy = (r: Pick<Report, 'status' | 'closedOn'>) => r.status === ReportStatus.CLOSED && r.closedOn !== null && String(r.closedOn).slice(0, 10) <= day;
  let unclearedReports = 0;
  if (notice) {
    const reports = await em.find(Report, { where: { noticeId: notice.id }, select: { id: true, status: true, finding: true, receivedOn: true, closedOn: true } });
    unclearedReports = reports.filter((r) => receivedBy(r) && !(clearedReport(r) && closedBy(r))).length;
  }
  const caseReports = (await em.find(Report, { where: { caseId: c.id }, select: { id: true, status: true, finding: true, noticeId: true, receivedOn: true, closedOn: true } })).filter(
    (r) => receivedBy(r) && !closedBy(r),
  );
  return {
    missingMaterials: await missingMaterials(em, c),
    // Classes attended by the step's day count for it, not those attended since.
    classTraining: await classTraining(em, c.personId, on),
    contacts: sponsorCount(SponsorRole.CONTACT),
    introducers: sponsorCount(SponsorRole.INTRODUCER),
    notice: notice
      ? { id: notice.id, startsOn: notice.startsOn, endsOn: notice.endsOn, publishedOn: todayInChina(notice.publishedAt!), postedOnPaper: notice.postedOnPaper, unclearedReports }
      : null,
    // Open on the step's day: found substantiated and awaiting the decision (closed since, its finding kept), or still being verified.
    substantiatedReports: caseReports.filter((r) => r.status === ReportStatus.SUBSTANTIATED || (r.status === ReportStatus.CLOSED && r.finding === ReportFinding.SUBSTANTIATED)).length,
    openCaseReports: caseReports.filter((r) => r.noticeId !== notice?.id && (r.status === ReportStatus.RECEIVED || r.status === ReportStatus.VERIFYING)).length,
  };
}

/** Days and hours the person attended in training classes (check-ins at sessions), up to a day when one is given. */
export async function classTraining(em: EntityManager, personId: number, until?: string): Promise<{ days: number; hours: number }> {
  const query = em
    .createQueryBuilder(Attendance, 'a')
    .innerJoin(Enrollment, 'e', 'e.id = a.enrollmentId')
    .innerJoin(ClassSession, 's', 's.id = a.sessionId')
    .select('COUNT(DISTINCT s.date)', 'days')
    .addSelect('SUM(s.hours)', 'hours')
    .where('e.personId = :personId', { personId });
  if (until) query.andWhere('s.date <= :until', { until });
  const row: { days: number | string | null; hours: number | string | null } | undefined = await query.getRawOne();
  return { days: Number(row?.days ?? 0), hours: Number(row?.hours ?? 0) };
}

/** The case's latest published notice for a stage. */
async function latestNotice(em: EntityManager, caseId: number, stage: NoticeStage): Promise<PublicNotice | null> {
  return em
    .createQueryBuilder(PublicNotice, 'n')
    .innerJoin(NoticeCase, 'nc', 'nc.noticeId = n.id')
    .where('nc.caseId = :caseId AND n.stage = :stage AND n.publishedAt IS NOT NULL', { caseId, stage })
    .orderBy('n.endsOn', 'DESC')
    .addOrderBy('n.id', 'DESC')
    .getOne();
}
