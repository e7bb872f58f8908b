import { expectVersion, writeVersioned } from '../../db/versioned';
import { In, type EntityManager } from 'typeorm';
import { actorDisplayName, type Actor } from '../../access/actor';
import { requirePermission } from '../../access/scope';
import { AuditService, diffChanges } from '../../audit/audit.service';
import { todayInChina } from '../../common/dates';
import { parseId, type ListArgsShape } from '../../common/list';
import { replaceOwnedRows } from '../../db/transaction';
import type { Database } from '../../db/database';
import { BadInputError, ConflictError, GuardFailedError, type FieldProblem } from '../../kernel/errors';
import { namedOrganization, Organization, PARTY_KINDS } from '../../organizations';
import { MembershipStatus, namedPerson, Person } from '../../people';
import type {
  AssignSponsorsArgs,
  CaseDecisionArgs,
  CaseStepArgs,
  DevelopmentCaseFilter,
  ExtendProbationArgs,
  OpenDevelopmentCaseArgs,
  RecordAssessmentArgs,
  RecordTrainingArgs,
} from './case.args';
import { CaseAction, CaseAssessment, CaseEvent, CaseSponsor, CaseStage, DevelopmentCase, OPEN_STAGES, SponsorRole } from './case.entity';
import {
  advanceGuards,
  alertsOf,
  applicantGuards,
  CONTACTS,
  extendedEnd,
  extensionGuards,
  INTRODUCERS,
  NEXT_STAGE,
  probationEnd,
} from './case.rules';
import { gateOf, materialGuards, missingMaterials } from '../materials/material.rules';
import { DevelopmentCaseList } from './case.list';
import { caseFacts, classTraining, stepsOpen, type NextStep } from './case.readiness';

const RECORD = 'DevelopmentCase';

const AUDITED_FIELDS = [
  'stage',
  'appliedOn',
  'talkedOn',
  'activistOn',
  'targetOn',
  'politicalReviewOn',
  'trainingDays',
  'trainingHours',
  'admittedOn',
  'approvedOn',
  'probationEndsOn',
  'extensionMonths',
  'closedOn',
] as const;

/** The person's membership status each case stage stands for. */
const STATUS_OF_STAGE: Record<CaseStage, MembershipStatus> = {
  [CaseStage.APPLICANT]: MembershipStatus.APPLICANT,
  [CaseStage.ACTIVIST]: MembershipStatus.ACTIVIST,
  [CaseStage.DEVELOPMENT_TARGET]: MembershipStatus.DEVELOPMENT_TARGET,
  [CaseStage.PROBATIONARY]: MembershipStatus.PROBATIONARY,
  [CaseStage.FULL]: MembershipStatus.FULL,
  [CaseStage.CANCELLED]: MembershipStatus.LEFT,
  [CaseStage.WITHDRAWN]: MembershipStatus.NON_MEMBER,
};

/** What a step decides: the event it appends, the case's changes, and what the event records. */
interface StepDecision {
  event: CaseAction;
  changes: Partial<DevelopmentCase>;
  toStage?: CaseStage;
  decisionRef?: string | null;
  note?: string | null;
  personChanges?: Partial<Person>;
  /** The public notice the step relied on. */
  noticeId?: number | null;
}

export class DevelopmentCaseService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly today: () => string = () => todayInChina(),
  ) {
    this.caseList = new DevelopmentCaseList(db, actor, today);
  }

  private readonly caseList: DevelopmentCaseList;

  async get(id: string | number): Promise<DevelopmentCase> {
    requirePermission(this.actor, 'case:read');
    return this.caseList.get(id);
  }

  /** A page of cases holding the columns asked for (null or absent: whole rows). */
  async list(args: ListArgsShape<DevelopmentCaseFilter>, columns?: ReadonlySet<string> | null): Promise<DevelopmentCase[]> {
    requirePermission(this.actor, 'case:read');
    return this.caseList.rows(args, columns);
  }

  async count(filter: DevelopmentCaseFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'case:read');
    return this.caseList.count(filter);
  }

  /** People per stage per chamber (or per organization below `within`), open cases only: the pipeline chart. */
  async pipeline(within: string | null | undefined): Promise<{ organizationId: number; stage: CaseStage; count: number }[]> {
    requirePermission(this.actor, 'case:read');
    const qb = this.caseList.query({ open: true, withinOrganization: within ?? null });
    const rows: { organizationId: number | string; stage: CaseStage; n: number | string }[] = await qb
      .select('c.organizationId', 'organizationId')
      .addSelect('c.stage', 'stage')
      .addSelect('COUNT(*)', 'n')
      .groupBy('c.organizationId')
      .addGroupBy('c.stage')
      .getRawMany();
    return rows.map((r) => ({ organizationId: Number(r.organizationId), stage: r.stage, count: Number(r.n) }));
  }

  /** Open cases per stage over the actor's scope: the home page's pipeline, a row per stage. */
  async openByStage(): Promise<Map<CaseStage, number>> {
    requirePermission(this.actor, 'case:read');
    const rows: { stage: CaseStage; n: number | string }[] = await this.caseList.query({ open: true }).select('c.stage', 'stage').addSelect('COUNT(*)', 'n').groupBy('c.stage').getRawMany();
    return new Map(rows.map((r) => [r.stage, Number(r.n)]));
  }

  alerts(c: DevelopmentCase) {
    return alertsOf(c, this.today());
  }

  /** The steps open to the case now, each with the rules it fails today. */
  async nextSteps(c: DevelopmentCase): Promise<NextStep[]> {
    requirePermission(this.actor, 'case:read');
    return stepsOpen(c, await caseFacts(this.db.manager, c), this.today());
  }

  async open(args: OpenDevelopmentCaseArgs): Promise<DevelopmentCase> {
    requirePermission(this.actor, 'case:write');
    return this.db.write(async (em) => {
      const person = await this.visiblePerson(em, 'personId', args.personId);
      const organization = await this.partyOrganization(em, args.organizationId);
      this.assertNotFuture('appliedOn', args.appliedOn);
      if (person.membershipStatus !== MembershipStatus.NON_MEMBER && person.membershipStatus !== MembershipStatus.LEFT) {
        throw BadInputError.field('personId', 'alreadyInPipeline', `${person.name} is already ${person.membershipStatus}`);
      }
      const open = await em.count(DevelopmentCase, { where: { personId: person.id, stage: In([...OPEN_STAGES]) } });
      if (open > 0) throw new ConflictError('caseOpen', `${person.name} already has an open development case`);
      const failures = applicantGuards(person.birthDate, args.appliedOn);
      if (failures.length) throw new GuardFailedError(failures);

      const saved = await em.save(
        em.create(DevelopmentCase, { personId: person.id, organizationId: organization.id, stage: CaseStage.APPLICANT, appliedOn: args.appliedOn }),
      );
      await this.appendEvent(em, saved, args.appliedOn, null, { event: CaseAction.OPEN, changes: {}, toStage: CaseStage.APPLICANT, note: args.note });
      await this.setPersonStatus(em, person, MembershipStatus.APPLICANT, {});
      await this.audit.record(em, this.actor, {
        action: 'case.open',
        recordType: RECORD,
        recordId: saved.id,
        organizationId: organization.id,
        changes: { personId: [null, person.id], ...diffChanges(null, saved, AUDITED_FIELDS) },
      });
      return em.findOneByOrFail(DevelopmentCase, { id: saved.id });
    });
  }

  recordTalk(args: CaseStepArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.recordTalk', async (em, c) => {
      this.assertStage(c, [CaseStage.APPLICANT]);
      if (c.talkedOn) throw new ConflictError('alreadyTalked', `the talk was recorded on ${c.talkedOn}`);
      await requireMaterials(em, c, CaseAction.RECORD_TALK);
      return { event: CaseAction.RECORD_TALK, changes: { talkedOn: args.on } };
    });
  }

  /** Moves the case to the next stage: activist, development target, probationary (admission) or full member (conversion). */
  advance(args: CaseDecisionArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.advance', async (em, c) => {
      const next = NEXT_STAGE[c.stage];
      if (!next) throw new GuardFailedError([{ rule: 'stageOrder', message: `a case at ${c.stage} does not move on` }]);
      const decisionRef = blankToNull(args.decisionRef);
      const facts = await caseFacts(em, c, args.on);
      const failures = advanceGuards(c, facts, args.on, decisionRef);
      if (failures.length) throw new GuardFailedError(failures);
      const changes: Partial<DevelopmentCase> = { stage: next.to };
      const personChanges: Partial<Person> = {};
      if (next.to === CaseStage.ACTIVIST) changes.activistOn = args.on;
      if (next.to === CaseStage.DEVELOPMENT_TARGET) changes.targetOn = args.on;
      if (next.to === CaseStage.PROBATIONARY) {
        changes.admittedOn = args.on;
        changes.probationEndsOn = probationEnd(args.on);
        personChanges.admittedOn = args.on;
      }
      if (next.to === CaseStage.FULL) {
        changes.closedOn = args.on;
        personChanges.fullMemberSince = args.on;
      }
      // The notice the step relied on, in the case's history (a paper notice recorded after the fact shows as such there).
      const noticeId = next.notice ? (facts.notice?.id ?? null) : null;
      return { event: next.to === CaseStage.FULL ? CaseAction.CONVERT : CaseAction.ADVANCE, changes, toStage: next.to, decisionRef, personChanges, noticeId };
    });
  }

  assignContacts(args: AssignSponsorsArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.assignContacts', async (em, c) => {
      this.assertStage(c, [CaseStage.ACTIVIST, CaseStage.DEVELOPMENT_TARGET]);
      await this.replaceSponsors(em, c, SponsorRole.CONTACT, args, CONTACTS.min, CONTACTS.max);
      return { event: CaseAction.ASSIGN_CONTACTS, changes: {}, note: args.note };
    });
  }

  assignIntroducers(args: AssignSponsorsArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.assignIntroducers', async (em, c) => {
      this.assertStage(c, [CaseStage.DEVELOPMENT_TARGET]);
      await this.replaceSponsors(em, c, SponsorRole.INTRODUCER, args, INTRODUCERS, INTRODUCERS);
      return { event: CaseAction.ASSIGN_INTRODUCERS, changes: {} };
    });
  }

  recordAssessment(args: RecordAssessmentArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.recordAssessment', async (em, c) => {
      this.assertStage(c, [CaseStage.ACTIVIST, CaseStage.DEVELOPMENT_TARGET]);
      const periodEnd = `${args.period.slice(0, 4)}-${args.period.endsWith('H1') ? '06-30' : '12-31'}`;
      const periodStart = `${args.period.slice(0, 4)}-${args.period.endsWith('H1') ? '01-01' : '07-01'}`;
      if (periodStart > args.on) throw BadInputError.field('period', 'notStarted', `${args.period} had not begun on ${args.on}`);
      if (periodEnd < (c.activistOn ?? c.appliedOn)) throw BadInputError.field('period', 'beforeCultivation', `${args.period} ended before cultivation began`);
      if (await em.countBy(CaseAssessment, { caseId: c.id, period: args.period })) {
        throw BadInputError.field('period', 'taken', `${args.period} is already assessed`);
      }
      await em.insert(CaseAssessment, { caseId: c.id, period: args.period, result: args.result, assessedOn: args.on, note: blankToNull(args.note) });
      return { event: CaseAction.RECORD_ASSESSMENT, changes: {}, note: `${args.period} ${args.result}${args.note ? `: ${args.note}` : ''}` };
    });
  }

  recordPoliticalReview(args: CaseStepArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.recordPoliticalReview', async (em, c) => {
      this.assertStage(c, [CaseStage.DEVELOPMENT_TARGET]);
      await requireMaterials(em, c, CaseAction.RECORD_POLITICAL_REVIEW);
      return { event: CaseAction.RECORD_POLITICAL_REVIEW, changes: { politicalReviewOn: args.on } };
    });
  }

  /**
   * Records the training totals so far. They never fall below what the classes attended by the
   * step's day prove, and a lower figure than the one recorded is a correction, recorded with its
   * reason (docs/api.md, "Member development").
   */
  recordTraining(args: RecordTrainingArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.recordTraining', async (em, c) => {
      this.assertStage(c, [CaseStage.DEVELOPMENT_TARGET]);
      await requireMaterials(em, c, CaseAction.RECORD_TRAINING);
      const attended = await classTraining(em, c.personId, args.on);
      const problems: FieldProblem[] = [];
      if (args.days < attended.days) problems.push({ field: 'days', constraint: 'belowAttended', message: `the classes attended by ${args.on} prove ${attended.days} days`, params: { attended: attended.days } });
      if (args.hours < attended.hours) problems.push({ field: 'hours', constraint: 'belowAttended', message: `the classes attended by ${args.on} prove ${attended.hours} hours`, params: { attended: attended.hours } });
      const reason = args.note?.trim() ?? '';
      const lowered = args.days < c.trainingDays || args.hours < c.trainingHours;
      if (lowered && !reason) {
        problems.push({ field: 'note', constraint: 'correctionReason', message: `${c.trainingDays} days / ${c.trainingHours} hours are recorded; a lower figure is a correction: give its reason` });
      }
      if (problems.length) throw new BadInputError(problems);
      const totals = `${args.days} 天 / ${args.hours} 学时`;
      return {
        event: CaseAction.RECORD_TRAINING,
        changes: { trainingDays: args.days, trainingHours: args.hours },
        note: lowered ? `更正：${c.trainingDays} 天 / ${c.trainingHours} 学时 → ${totals}：${reason}` : `${totals}${reason ? `: ${reason}` : ''}`,
      };
    });
  }

  approveAdmission(args: CaseDecisionArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.approveAdmission', async (em, c) => {
      this.assertStage(c, [CaseStage.PROBATIONARY]);
      if (c.approvedOn) throw new ConflictError('alreadyApproved', `the admission was approved on ${c.approvedOn}`);
      await requireMaterials(em, c, CaseAction.APPROVE_ADMISSION);
      const decisionRef = blankToNull(args.decisionRef);
      if (!decisionRef) throw BadInputError.field('decisionRef', 'required', 'give the reference of the approval');
      return { event: CaseAction.APPROVE_ADMISSION, changes: { approvedOn: args.on }, decisionRef };
    });
  }

  extendProbation(args: ExtendProbationArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.extendProbation', async (em, c) => {
      const failures = extensionGuards(c, await caseFacts(em, c, args.on), args.on);
      if (failures.length) throw new GuardFailedError(failures);
      const decisionRef = blankToNull(args.decisionRef);
      if (!decisionRef) throw BadInputError.field('decisionRef', 'required', 'an extension needs the resolution of the branch meeting');
      return {
        event: CaseAction.EXTEND_PROBATION,
        changes: { extensionMonths: args.months, probationEndsOn: extendedEnd(c.probationEndsOn!, args.months) },
        decisionRef,
        note: `${args.months} 个月${args.note ? `: ${args.note}` : ''}`,
      };
    });
  }

  cancelProbation(args: CaseDecisionArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.cancel', async (_em, c) => {
      this.assertStage(c, [CaseStage.PROBATIONARY]);
      const decisionRef = blankToNull(args.decisionRef);
      if (!decisionRef) throw BadInputError.field('decisionRef', 'required', 'cancelling needs the resolution of the branch meeting');
      return { event: CaseAction.CANCEL, changes: { stage: CaseStage.CANCELLED, closedOn: args.on }, toStage: CaseStage.CANCELLED, decisionRef };
    });
  }

  withdraw(args: CaseStepArgs): Promise<DevelopmentCase> {
    return this.step(args, 'case.withdraw', async (_em, c) => {
      this.assertStage(c, [CaseStage.APPLICANT, CaseStage.ACTIVIST, CaseStage.DEVELOPMENT_TARGET]);
      if (!blankToNull(args.note)) throw BadInputError.field('note', 'required', 'say why the case ends');
      return { event: CaseAction.WITHDRAW, changes: { stage: CaseStage.WITHDRAWN, closedOn: args.on }, toStage: CaseStage.WITHDRAWN };
    });
  }

  /**
   * One step of a case in one transaction: the case locked and its version checked, the day
   * checked against today and the last step, then the change, the appended event, the person's
   * status where the stage moved, and the audit entry.
   */
  private async step(
    args: CaseStepArgs,
    auditAction: string,
    decide: (
      em: EntityManager,
      c: DevelopmentCase,
    ) => Promise<StepDecision>,
  ): Promise<DevelopmentCase> {
    requirePermission(this.actor, 'case:write');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, args.id);
      expectVersion('case', current, args.version);
      if (!OPEN_STAGES.includes(current.stage)) throw new ConflictError('closed', `the case closed on ${current.closedOn}`);
      this.assertNotFuture('on', args.on);
      const last = await em
        .createQueryBuilder(CaseEvent, 'e')
        .select('MAX(e.effectiveOn)', 'last')
        .where('e.caseId = :id', { id: current.id })
        .getRawOne<{ last: string | null }>();
      if (last?.last && args.on < String(last.last).slice(0, 10)) {
        const date = String(last.last).slice(0, 10);
        throw BadInputError.field('on', 'beforeLastStep', `the previous step took effect on ${date}`, { date });
      }
      const decision = await decide(em, current);
      await writeVersioned(em, DevelopmentCase, 'case', current, decision.changes, true);
      const updated = await em.findOneByOrFail(DevelopmentCase, { id: current.id });
      await this.appendEvent(em, updated, args.on, current.stage, { ...decision, note: decision.note ?? args.note });
      if (decision.toStage) {
        const person = await em.findOneByOrFail(Person, { id: current.personId });
        await this.setPersonStatus(em, person, STATUS_OF_STAGE[decision.toStage], decision.personChanges ?? {});
      }
      await this.audit.record(em, this.actor, {
        action: auditAction,
        recordType: RECORD,
        recordId: current.id,
        organizationId: current.organizationId,
        changes: { ...diffChanges(current, updated, AUDITED_FIELDS), ...(decision.noticeId ? { noticeId: [null, decision.noticeId] } : {}) },
      });
      return updated;
    });
  }

  /** Training the person attended in classes (days and hours checked in), for a case's page. */
  attendedTraining(personId: number): Promise<{ days: number; hours: number }> {
    return classTraining(this.db.manager, personId);
  }

  private async replaceSponsors(em: EntityManager, c: DevelopmentCase, role: SponsorRole, args: AssignSponsorsArgs, min: number, max: number): Promise<void> {
    const ids = args.personIds.map((id) => parseId(id));
    if (ids.length < min || ids.length > max) {
      throw BadInputError.field('personIds', 'count', min === max ? `exactly ${min} people are needed` : `${min} to ${max} people are needed`);
    }
    if (new Set(ids).size !== ids.length) throw BadInputError.field('personIds', 'duplicate', 'the same person is named twice');
    for (const [i, id] of args.personIds.entries()) {
      const person = await this.visiblePerson(em, `personIds.${i}`, id);
      if (person.id === c.personId) throw BadInputError.field(`personIds.${i}`, 'candidate', 'the candidate cannot sponsor their own case');
      if (person.membershipStatus !== MembershipStatus.FULL) {
        throw BadInputError.field(`personIds.${i}`, 'notFullMember', `${person.name} is not a full party member`);
      }
    }
    // The case is locked: its sponsors of this role are replaced by person, each assigned on this step's day.
    const held = await em.find(CaseSponsor, { where: { caseId: c.id, role } });
    await replaceOwnedRows(em, CaseSponsor, held, ids.map((personId) => ({ caseId: c.id, role, personId: personId!, assignedOn: args.on })), (s) => s.personId);
  }

  private async appendEvent(em: EntityManager, c: DevelopmentCase, on: string, fromStage: CaseStage | null, decision: StepDecision): Promise<void> {
    await em.insert(CaseEvent, {
      caseId: c.id,
      action: decision.event,
      effectiveOn: on,
      fromStage,
      toStage: decision.toStage ?? null,
      decisionRef: decision.decisionRef ?? null,
      note: blankToNull(decision.note)?.slice(0, 500) ?? null,
      noticeId: decision.noticeId ?? null,
      actorId: this.actor.viewer?.user.id ?? null,
      actorName: actorDisplayName(this.actor),
      recordedAt: new Date(),
    });
  }

  private async setPersonStatus(em: EntityManager, person: Person, status: MembershipStatus, extra: Partial<Person>): Promise<void> {
    const changes = { membershipStatus: status, ...extra };
    await em
      .createQueryBuilder()
      .update(Person)
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id', { id: person.id })
      .execute();
    await this.audit.record(em, this.actor, {
      action: 'person.update',
      recordType: 'Person',
      recordId: person.id,
      organizationId: person.organizationId,
      changes: diffChanges(person, { ...person, ...changes }, ['membershipStatus', 'admittedOn', 'fullMemberSince']),
    });
  }

  private assertStage(c: DevelopmentCase, stages: CaseStage[]): void {
    if (!stages.includes(c.stage)) throw new GuardFailedError([{ rule: 'stageOrder', message: `not at stage ${c.stage}; this step belongs to ${stages.join(' or ')}` }]);
  }

  private assertNotFuture(field: string, on: string): void {
    const today = this.today();
    if (on > today) throw BadInputError.field(field, 'future', `${on} is in the future (today is ${today})`);
  }

  lockedGet(em: EntityManager, id: string | number): Promise<DevelopmentCase> {
    return this.caseList.locked(em, id);
  }

  private async visiblePerson(em: EntityManager, field: string, id: string | null | undefined): Promise<Person> {
    const { person } = await namedPerson(em, this.actor, field, id);
    if (person.archivedAt) throw BadInputError.field(field, 'archived', `${person.name} is archived`);
    return person;
  }

  private async partyOrganization(em: EntityManager, id: string): Promise<Organization> {
    const found = await namedOrganization(em, this.actor, 'organizationId', id);
    if (!PARTY_KINDS.includes(found.kind)) throw BadInputError.field('organizationId', 'partyKind', 'cases are kept by a party committee, general branch or branch');
    if (found.archivedAt) throw BadInputError.field('organizationId', 'archived', `organization "${found.name}" is archived`);
    return found;
  }
}


function blankToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Refuses a step whose dossier lacks a required material (GUARD_FAILED `materialMissing`, naming each). */
async function requireMaterials(em: EntityManager, c: DevelopmentCase, action: CaseAction): Promise<void> {
  const failures = materialGuards(gateOf(action, null), await missingMaterials(em, c));
  if (failures.length) throw new GuardFailedError(failures);
}
