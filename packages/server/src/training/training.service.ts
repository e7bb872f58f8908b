import { differs, effectiveChanges, expectVersion, writeVersioned } from '../db/versioned';
import { randomInt } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees, actorSeesOnLine, anyOf, referenceInScope, requirePermission, scope } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../common/list';
import { deleteByKeys, replaceOwnedRows } from '../db/transaction';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { ListEngine } from '../db/list-engine';
import { BadInputError, ConflictError, ForbiddenError, NotFoundError, type FieldProblem } from '../kernel/errors';
import { Organization, OrganizationKind, namedOrganization } from '../organizations';
import type {
  CreateTrainingClassArgs,
  CreateTrainingProgramArgs,
  TrainingClassFilter,
  TrainingProgramFilter,
  UpdateTrainingClassArgs,
  UpdateTrainingProgramArgs,
} from './training.args';
import { ClassQuota, ClassSession, ClassStatus, Enrollment, TrainingClass, TrainingProgram } from './training.entity';
import { classStats, type ClassStats } from './training.stats';
import { lockedRow } from '../db/rows';

const PROGRAM_SORTS: Record<string, string[]> = { id: ['p.id'], year: ['p.year', 'p.title'], title: ['p.title'], updatedAt: ['p.updatedAt'] };
const CLASS_SORTS: Record<string, string[]> = {
  id: ['c.id'],
  startsOn: ['c.startsOn'],
  title: ['c.title'],
  capacity: ['c.capacity'],
  enrollmentClosesOn: ['c.enrollmentClosesOn'],
  status: ['c.status', 'c.startsOn'],
  updatedAt: ['c.updatedAt'],
};
const CLASS_AUDITED = ['title', 'audience', 'venue', 'online', 'startsOn', 'endsOn', 'capacity', 'waitlist', 'enrollmentOpensOn', 'enrollmentClosesOn', 'requiredHours', 'status'] as const;

/** Organizers of training: the department and its party organizations, chambers and their party organizations. */
const ORGANIZER_KINDS: readonly OrganizationKind[] = [
  OrganizationKind.AGENCY,
  OrganizationKind.COORDINATION_GROUP,
  OrganizationKind.CHAMBER,
  OrganizationKind.PARTY_COMMITTEE,
  OrganizationKind.GENERAL_BRANCH,
  OrganizationKind.BRANCH,
  OrganizationKind.JOINT_BRANCH,
];

export function newCheckInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

export class TrainingService {
  private readonly audit = new AuditService();
  private readonly programs: ListEngine<TrainingProgram, TrainingProgramFilter>;
  private readonly classes: ListEngine<TrainingClass, TrainingClassFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    readonly today: () => string = () => todayInChina(),
  ) {
    this.programs = new ListEngine(db, 'TrainingProgram', {
      entity: TrainingProgram,
      alias: 'p',
      joins: [{ entity: Organization, alias: 'po', on: 'po.id = p.organizerId' }],
      sorts: PROGRAM_SORTS,
      defaultSort: 'year',
      where: (filter) => this.programConditions(filter),
    });
    this.classes = new ListEngine(db, 'TrainingClass', {
      entity: TrainingClass,
      alias: 'c',
      joins: [{ entity: Organization, alias: 'co', on: 'co.id = c.organizerId' }],
      sorts: CLASS_SORTS,
      defaultSort: 'startsOn',
      where: (filter) => this.classConditions(filter),
    });
  }

  private requireRead(): void {
    if (this.actor.system || this.actor.viewer?.can('training:self')) return;
    requirePermission(this.actor, 'training:read');
  }

  // --- programs ---

  async getProgram(id: string | number): Promise<TrainingProgram> {
    this.requireRead();
    return this.programs.get(id);
  }

  async listPrograms(args: ListArgsShape<TrainingProgramFilter>, columns?: ReadonlySet<string> | null): Promise<TrainingProgram[]> {
    this.requireRead();
    return this.programs.rows(args, columns);
  }

  async countPrograms(filter: TrainingProgramFilter | null | undefined): Promise<number> {
    this.requireRead();
    return this.programs.count(filter);
  }

  /** The one place program filters become SQL, on the alias `p` with its organizer `po`: programs organized on the actor's line. */
  private programConditions(filter: TrainingProgramFilter): Conditions {
    const where = new Conditions();
    where.and(scope.organizerLine(this.actor, 'po.path'));
    const q = filter.q?.trim();
    if (q) where.add(`p.title LIKE ? ${LIKE_ESCAPE}`, likeContains(q));
    if (typeof filter.year === 'number') where.add('p.year = ?', filter.year);
    if (filter.organizerId) where.add('p.organizerId = ?', parseId(filter.organizerId) ?? -1).and(referenceInScope('p.organizerId', this.actor));
    if (filter.archived === true) where.add('p.archivedAt IS NOT NULL');
    else if (filter.archived === false || !filter.ids) where.add('p.archivedAt IS NULL');
    return where;
  }

  async createProgram(args: CreateTrainingProgramArgs): Promise<TrainingProgram> {
    requirePermission(this.actor, 'training:manage');
    return this.db.write(async (em) => {
      const organizer = await this.organizer(em, args.organizerId);
      const saved = await em.save(em.create(TrainingProgram, { title: args.title.trim(), year: args.year, organizerId: organizer.id, description: args.description?.trim() || null }));
      await this.audit.record(em, this.actor, {
        action: 'training.program.create',
        recordType: 'TrainingProgram',
        recordId: saved.id,
        organizationId: organizer.id,
        changes: diffChanges(null, saved, ['title', 'year', 'organizerId', 'description']),
      });
      return saved;
    });
  }

  async updateProgram(args: UpdateTrainingProgramArgs): Promise<TrainingProgram> {
    requirePermission(this.actor, 'training:manage');
    return this.db.write(async (em) => {
      const current = await this.managedProgram(em, args.id);
      expectVersion('program', current, args.version);
      if (args.title === null || args.year === null) throw BadInputError.field(args.title === null ? 'title' : 'year', 'required', 'cannot be empty');
      const changes: Partial<TrainingProgram> = {};
      if (args.title) changes.title = args.title.trim();
      if (args.year) changes.year = args.year;
      if (args.description !== undefined) changes.description = args.description?.trim() || null;
      if (!(await writeVersioned(em, TrainingProgram, 'program', current, changes))) return current;
      const updated = await em.findOneByOrFail(TrainingProgram, { id: current.id });
      await this.audit.record(em, this.actor, {
        action: 'training.program.update',
        recordType: 'TrainingProgram',
        recordId: current.id,
        organizationId: current.organizerId,
        changes: diffChanges(current, updated, ['title', 'year', 'description']),
      });
      return updated;
    });
  }

  // --- classes ---

  async getClass(id: string | number): Promise<TrainingClass> {
    this.requireRead();
    return this.classes.get(id);
  }

  async listClasses(args: ListArgsShape<TrainingClassFilter>, columns?: ReadonlySet<string> | null): Promise<TrainingClass[]> {
    this.requireRead();
    return this.classes.rows(args, columns);
  }

  async countClasses(filter: TrainingClassFilter | null | undefined): Promise<number> {
    this.requireRead();
    return this.classes.count(filter);
  }

  /** The one place class filters become SQL, on the alias `c` with its organizer `co`: classes organized on the actor's line. */
  private classConditions(filter: TrainingClassFilter): Conditions {
    const where = new Conditions();
    where.and(scope.organizerLine(this.actor, 'co.path'));
    // Those who only send people see classes once they are published; those who run them, their own drafts too.
    if (!this.actor.system) {
      const published = { sql: 'c.status <> ?', params: [ClassStatus.DRAFT] };
      where.and(this.actor.viewer?.can('training:manage') ? anyOf(published, scope.subtree(this.actor, 'co.path')) : published);
    }
    const q = filter.q?.trim();
    if (q) where.add(`c.title LIKE ? ${LIKE_ESCAPE}`, likeContains(q));
    if (filter.programId) where.add('c.programId = ?', parseId(filter.programId) ?? -1);
    if (filter.organizerId) where.add('c.organizerId = ?', parseId(filter.organizerId) ?? -1).and(referenceInScope('c.organizerId', this.actor));
    if (filter.status) where.add('c.status = ?', filter.status);
    if (filter.enrollmentOpen === true) {
      const today = this.today();
      where.add('c.status = ? AND c.enrollmentOpensOn <= ? AND c.enrollmentClosesOn >= ?', ClassStatus.PUBLISHED, today, today);
    }
    if (filter.startsOn_gte) where.add('c.startsOn >= ?', filter.startsOn_gte);
    if (filter.startsOn_lte) where.add('c.startsOn <= ?', filter.startsOn_lte);
    return where;
  }

  async createClass(args: CreateTrainingClassArgs): Promise<TrainingClass> {
    requirePermission(this.actor, 'training:manage');
    return this.db.write(async (em) => {
      const program = await this.managedProgram(em, args.programId, 'programId');
      const sessions = args.sessions ?? [];
      const fields = this.classFields(
        {
          title: args.title.trim(),
          audience: args.audience?.trim() || null,
          venue: args.venue?.trim() || null,
          online: args.online ?? false,
          capacity: args.capacity,
          waitlist: args.waitlist ?? true,
          enrollmentOpensOn: args.enrollmentOpensOn,
          enrollmentClosesOn: args.enrollmentClosesOn,
          requiredHours: args.requiredHours ?? null,
        },
        sessions,
      );
      await this.quotaProblems(em, program, args.quotas ?? [], fields.capacity);
      const saved = await em.save(em.create(TrainingClass, { ...fields, programId: program.id, organizerId: program.organizerId, status: ClassStatus.DRAFT }));
      await this.replaceSessions(em, saved.id, [], sessions);
      await this.replaceQuotas(em, saved.id, [], args.quotas ?? []);
      await this.audit.record(em, this.actor, {
        action: 'training.class.create',
        recordType: 'TrainingClass',
        recordId: saved.id,
        organizationId: saved.organizerId,
        changes: { ...diffChanges(null, saved, CLASS_AUDITED), sessions: [null, sessions.length] },
      });
      return em.findOneByOrFail(TrainingClass, { id: saved.id });
    });
  }

  async updateClass(args: UpdateTrainingClassArgs): Promise<TrainingClass> {
    requirePermission(this.actor, 'training:manage');
    return this.db.write(async (em) => {
      const current = await this.managedClass(em, args.id);
      expectVersion('class', current, args.version);
      const program = await em.findOneByOrFail(TrainingProgram, { id: current.programId });
      const held = await em.find(ClassSession, { where: { classId: current.id }, order: { date: 'ASC', id: 'ASC' } });
      // Sessions and quotas sent back as they were read are not a change (their ids and codes are read-only).
      const sessionsChanged = args.sessions ? differs(sessionKeys(held), sessionKeys(args.sessions)) : false;
      const heldQuotas = args.quotas ? await em.find(ClassQuota, { where: { classId: current.id } }) : [];
      const quotasChanged = args.quotas ? differs(quotaKeys(heldQuotas), quotaKeys(args.quotas)) : false;
      const sessions = sessionsChanged ? args.sessions! : held;
      const fields = this.classFields(
        {
          title: args.title?.trim() ?? current.title,
          audience: args.audience !== undefined ? args.audience?.trim() || null : current.audience,
          venue: args.venue !== undefined ? args.venue?.trim() || null : current.venue,
          online: args.online ?? current.online,
          capacity: args.capacity ?? current.capacity,
          waitlist: args.waitlist ?? current.waitlist,
          enrollmentOpensOn: args.enrollmentOpensOn ?? current.enrollmentOpensOn,
          enrollmentClosesOn: args.enrollmentClosesOn ?? current.enrollmentClosesOn,
          requiredHours: args.requiredHours !== undefined ? args.requiredHours : sessionsChanged ? null : current.requiredHours,
        },
        sessions,
      );
      const seated = await em.count(Enrollment, { where: { classId: current.id, status: In(['REGISTERED', 'CONFIRMED', 'ATTENDED', 'ABSENT']) } });
      if (fields.capacity < seated) throw BadInputError.field('capacity', 'belowSeated', `${seated} people already hold seats`);
      const effective = effectiveChanges(current, fields);
      if (Object.keys(effective).length === 0 && !sessionsChanged && !quotasChanged) return current;
      if (current.status === ClassStatus.CANCELLED) throw new ConflictError('cancelled', 'the class was cancelled');
      if (quotasChanged) await this.quotaProblems(em, program, args.quotas!, fields.capacity);
      if (sessionsChanged && (await em.createQueryBuilder().select('1').from('attendance', 'a').innerJoin('class_session', 's', 's.id = a.sessionId').where('s.classId = :id', { id: current.id }).getRawOne())) {
        throw new ConflictError('attended', 'sessions with check-ins cannot be replaced');
      }
      await writeVersioned(em, TrainingClass, 'class', current, effective, sessionsChanged || quotasChanged);
      if (sessionsChanged) await this.replaceSessions(em, current.id, held, args.sessions!);
      if (quotasChanged) await this.replaceQuotas(em, current.id, heldQuotas, args.quotas!);
      const updated = await em.findOneByOrFail(TrainingClass, { id: current.id });
      await this.audit.record(em, this.actor, { action: 'training.class.update', recordType: 'TrainingClass', recordId: current.id, organizationId: current.organizerId, changes: diffChanges(current, updated, CLASS_AUDITED) });
      return updated;
    });
  }

  /** Publishes a class: it opens for enrollment in its window. Cancelling closes it for good. */
  async setClassStatus(id: string, version: number, status: ClassStatus.PUBLISHED | ClassStatus.CANCELLED): Promise<TrainingClass> {
    requirePermission(this.actor, 'training:manage');
    return this.db.write(async (em) => {
      const current = await this.managedClass(em, id);
      expectVersion('class', current, version);
      if (current.status === ClassStatus.CANCELLED) throw new ConflictError('cancelled', 'the class was cancelled');
      if (current.status === status) throw new ConflictError('unchanged', `the class is already ${status}`);
      if (status === ClassStatus.PUBLISHED && (await em.countBy(ClassSession, { classId: current.id })) === 0) {
        throw BadInputError.field('sessions', 'required', 'a class needs its sessions before it is published');
      }
      await writeVersioned(em, TrainingClass, 'class', current, { status });
      const updated = await em.findOneByOrFail(TrainingClass, { id: current.id });
      await this.audit.record(em, this.actor, {
        action: status === ClassStatus.PUBLISHED ? 'training.class.publish' : 'training.class.cancel',
        recordType: 'TrainingClass',
        recordId: current.id,
        organizationId: current.organizerId,
        changes: diffChanges(current, updated, ['status']),
      });
      return updated;
    });
  }

  /** The sessions with their check-in codes, for those who run the class; without codes for the rest. */
  async sessionsOf(c: TrainingClass): Promise<ClassSession[]> {
    const rows = await this.db.manager.find(ClassSession, { where: { classId: c.id }, order: { date: 'ASC', id: 'ASC' } });
    return rows;
  }

  /** A class's fill, attendance and completion (training.stats.ts), for a class the actor sees. */
  async classStats(c: TrainingClass, sessions: ClassSession[]): Promise<ClassStats> {
    return classStats(this.db.manager, this.actor, c, { sessions, quotas: await this.quotasOf(c.id), today: this.today() });
  }

  canSeeCodes(organizerPath: string): boolean {
    return this.actor.system || (!!this.actor.viewer?.can('training:manage') && actorSees(this.actor, organizerPath));
  }

  async quotasOf(classId: number): Promise<ClassQuota[]> {
    return this.db.manager.find(ClassQuota, { where: { classId }, order: { chamberId: 'ASC' } });
  }

  private classFields(
    fields: Omit<TrainingClass, 'id' | 'programId' | 'organizerId' | 'status' | 'version' | 'createdAt' | 'updatedAt' | 'startsOn' | 'endsOn' | 'requiredHours'> & { requiredHours: number | null },
    sessions: { date: string; hours: number }[],
  ) {
    const problems: FieldProblem[] = [];
    if (fields.enrollmentClosesOn < fields.enrollmentOpensOn) problems.push({ field: 'enrollmentClosesOn', constraint: 'beforeOpening', message: 'enrollment closes before it opens' });
    const dates = sessions.map((s) => s.date).sort();
    const totalHours = sessions.reduce((sum, s) => sum + s.hours, 0);
    if (dates.length && fields.enrollmentOpensOn > dates[0]) problems.push({ field: 'enrollmentOpensOn', constraint: 'afterStart', message: 'enrollment opens after the first session' });
    const requiredHours = fields.requiredHours ?? totalHours;
    if (dates.length && requiredHours > totalHours) problems.push({ field: 'requiredHours', constraint: 'moreThanSessions', message: `the sessions hold ${totalHours} hours` });
    if (problems.length) throw new BadInputError(problems);
    return { ...fields, requiredHours: Math.max(requiredHours, 1), startsOn: dates[0] ?? fields.enrollmentClosesOn, endsOn: dates[dates.length - 1] ?? fields.enrollmentClosesOn };
  }

  private async quotaProblems(em: EntityManager, program: TrainingProgram, quotas: { chamberId: string; seats: number }[], capacity: number): Promise<void> {
    const problems: FieldProblem[] = [];
    const organizer = await em.findOneByOrFail(Organization, { id: program.organizerId });
    const ids = quotas.map((q) => parseId(q.chamberId));
    const chambers = ids.some((id) => id === null) ? [] : await em.findBy(Organization, { id: In(ids as number[]) });
    quotas.forEach((q, i) => {
      const chamber = chambers.find((c) => c.id === ids[i]);
      if (!chamber || chamber.kind !== OrganizationKind.CHAMBER || !chamber.path.startsWith(organizer.path)) {
        problems.push({ field: `quotas.${i}.chamberId`, constraint: 'notFound', message: `chamber ${q.chamberId} is not under the organizer` });
      }
    });
    if (new Set(ids).size !== ids.length) problems.push({ field: 'quotas', constraint: 'duplicate', message: 'a chamber is named twice' });
    const total = quotas.reduce((sum, q) => sum + q.seats, 0);
    if (total > capacity) problems.push({ field: 'quotas', constraint: 'overCapacity', message: `the quotas add up to ${total} seats, more than the ${capacity} the class has` });
    if (problems.length) throw new BadInputError(problems);
  }

  /** A class's sessions in place of `held`, those it had (none for a class just made), deleted by key. */
  private async replaceSessions(em: EntityManager, classId: number, held: ClassSession[], sessions: { date: string; hours: number; topic?: string | null }[]): Promise<void> {
    await deleteByKeys(em, ClassSession, held);
    if (sessions.length) {
      await em.insert(
        ClassSession,
        sessions.map((s) => ({ classId, date: s.date, hours: s.hours, topic: s.topic?.trim() || null, checkInCode: newCheckInCode() })),
      );
    }
  }

  /** A class's quotas in place of `held`, those it had (none for a class just made), matched by chamber. */
  private async replaceQuotas(em: EntityManager, classId: number, held: ClassQuota[], quotas: { chamberId: string; seats: number }[]): Promise<void> {
    const wanted = quotas.map((q) => ({ classId, chamberId: parseId(q.chamberId)!, seats: q.seats }));
    await replaceOwnedRows(em, ClassQuota, held, wanted, (q) => q.chamberId);
  }

  private async organizer(em: EntityManager, id: string): Promise<Organization> {
    const found = await namedOrganization(em, this.actor, 'organizerId', id);
    if (!ORGANIZER_KINDS.includes(found.kind)) throw BadInputError.field('organizerId', 'organizerKind', 'training is run by the department, a chamber or a party organization');
    return found;
  }

  /** A program the actor runs (its organizer is in their scope); others' programs are not theirs to change. */
  private async managedProgram(em: EntityManager, id: string, field?: string): Promise<TrainingProgram> {
    const numeric = parseId(id);
    const program = numeric === null ? null : await em.findOneBy(TrainingProgram, { id: numeric });
    const organizer = program ? await em.findOneBy(Organization, { id: program.organizerId }) : null;
    if (!program || !organizer || !actorSeesOnLine(this.actor, organizer.path)) {
      if (field) throw BadInputError.field(field, 'notFound', `program ${id} does not exist`);
      throw new NotFoundError('TrainingProgram', id);
    }
    if (!actorSees(this.actor, organizer.path)) throw new ForbiddenError('the program is run by an organization above yours');
    return program;
  }

  async managedClass(em: EntityManager, id: string | number): Promise<TrainingClass> {
    const found = await lockedClassOnLine(em, this.actor, id);
    const organizer = await em.findOneByOrFail(Organization, { id: found.organizerId });
    if (!actorSees(this.actor, organizer.path)) throw new ForbiddenError('the class is run by an organization above yours');
    return found;
  }

}

/** A class's sessions as the fields that make them, in order. */
function sessionKeys(sessions: readonly { date: string; hours: number; topic?: string | null }[]): string[] {
  return sessions.map((s) => `${s.date}|${s.hours}|${s.topic?.trim() || ''}`).sort();
}

/** A class's quotas as chamber and seats, in order. */
function quotaKeys(quotas: readonly { chamberId: string | number; seats: number }[]): string[] {
  return quotas.map((q) => `${q.chamberId}|${q.seats}`).sort();
}

/** A class row read and locked inside a change (the row lock on MySQL; SQLite's write transaction holds the file). */
export async function lockClassRow(em: EntityManager, id: string | number): Promise<TrainingClass | null> {
  const numeric = parseId(id);
  if (numeric === null) return null;
  return lockedRow(em, TrainingClass, numeric);
}

/**
 * Whether a change may be about a class, given its organizer's path: one organized on the
 * actor's line (in their subtree, or above them, open to them), a draft only from their own subtree.
 */
export function classOnLine(actor: Actor, klass: TrainingClass, organizerPath: string): boolean {
  return actorSeesOnLine(actor, organizerPath) && (klass.status !== ClassStatus.DRAFT || actorSees(actor, organizerPath));
}

/**
 * A class a change is about, read and locked inside the change when it is on the actor's line
 * (`classOnLine`); NOT_FOUND otherwise, the same as a class that does not exist.
 */
export async function lockedClassOnLine(em: EntityManager, actor: Actor, id: string | number): Promise<TrainingClass> {
  const found = await lockClassRow(em, id);
  const organizer = found ? await em.findOneBy(Organization, { id: found.organizerId }) : null;
  if (!found || !organizer || !classOnLine(actor, found, organizer.path)) throw new NotFoundError('TrainingClass', id);
  return found;
}
