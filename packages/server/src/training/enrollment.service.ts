import { randomInt, timingSafeEqual } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { refusedBy } from '../db/limiters';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { requirePermission, requireViewer, scope } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { ListEngine } from '../db/list-engine';
import { BadInputError, ConflictError, DomainError, GuardFailedError, NotFoundError, RateLimitedError } from '../kernel/errors';
import { Organization, OrganizationKind } from '../organizations';
import { ancestorIds } from '../kernel/paths';
import { Person, namedPerson } from '../people';
import type { EnrollmentFilter } from './training.args';
import { Attendance, CheckInMethod, ClassQuota, ClassSession, ClassStatus, Enrollment, EnrollmentStatus, SEATED, TrainingClass } from './training.entity';
import { lockedClassOnLine, type TrainingService } from './training.service';
import { byChamberName, ratio, visibleChamberNames, type ChamberTrainingStats } from './training.stats';
import { checkCertificate, type CertificateCheck } from './certificate.service';

const RECORD = 'Enrollment';
const AUDITED = ['status', 'hoursCredited', 'completedAt', 'certificateRevokedAt'] as const;
const SORTS: Record<string, string[]> = {
  id: ['e.id'],
  requestedAt: ['e.requestedAt'],
  status: ['e.status', 'e.requestedAt'],
  personName: ['ep.namePinyin'],
  hoursCredited: ['e.hoursCredited'],
};

export class CapacityFullError extends DomainError {
  constructor(reason: 'capacity' | 'quota', message: string, extra: Record<string, unknown> = {}) {
    super('CAPACITY_FULL', message, { reason, ...extra });
  }
}

export class AlreadyEnrolledError extends DomainError {
  constructor(status: EnrollmentStatus) {
    super('ALREADY_ENROLLED', `already ${status === EnrollmentStatus.WAITLISTED ? 'waiting for a seat' : 'enrolled'} in this class`, { status });
  }
}

const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
function certificateCode(): string {
  let code = '';
  for (let i = 0; i < 12; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

export class EnrollmentService {
  private readonly audit = new AuditService();
  private readonly engine: ListEngine<Enrollment, EnrollmentFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly training: TrainingService,
    private readonly checkInLimiter: RateLimiterAbstract,
  ) {
    this.engine = new ListEngine(db, RECORD, {
      entity: Enrollment,
      alias: 'e',
      joins: [
        { entity: Person, alias: 'ep', on: 'ep.id = e.personId' },
        { entity: Organization, alias: 'eo', on: 'eo.id = ep.organizationId' },
        { entity: TrainingClass, alias: 'ec', on: 'ec.id = e.classId' },
        { entity: Organization, alias: 'eco', on: 'eco.id = ec.organizerId' },
      ],
      sorts: SORTS,
      defaultSort: 'requestedAt',
      where: (filter) => this.conditions(filter),
    });
  }

  /** What the public check of a certificate code says (certificate.service.ts); null for a code never issued. */
  checkCertificate(code: string): Promise<CertificateCheck | null> {
    return checkCertificate(this.db, code);
  }

  async get(id: string | number): Promise<Enrollment> {
    this.requireRead();
    return this.engine.get(id);
  }

  async list(args: ListArgsShape<EnrollmentFilter>, columns?: ReadonlySet<string> | null): Promise<Enrollment[]> {
    this.requireRead();
    return this.engine.rows(args, columns);
  }

  async count(filter: EnrollmentFilter | null | undefined): Promise<number> {
    this.requireRead();
    return this.engine.count(filter);
  }

  private requireRead(): void {
    if (this.actor.system || this.actor.viewer?.can('training:self')) return;
    requirePermission(this.actor, 'training:read');
  }

  /**
   * The one place enrollment filters become SQL, on the alias `e` with its person `ep`, the
   * person's organization `eo`, the class `ec` and its organizer `eco`. Enrollments the actor
   * sees: of people in their scope (they sent them), or in classes they run (they receive
   * them); a trainee sees their own.
   */
  private conditions(filter: EnrollmentFilter): Conditions {
    const where = new Conditions();
    // A trainee sees their own places; others, the places of people or classes in their subtree.
    const seen = scope.peopleOrTheirOwn(this.actor, { personColumn: 'e.personId', pathColumns: ['eo.path', 'eco.path'] });
    if (seen) where.add(seen.sql, ...seen.params);
    const q = filter.q?.trim();
    if (q) where.add(`(ep.name LIKE ? ${LIKE_ESCAPE} OR ep.nameInitials LIKE ? ${LIKE_ESCAPE})`, likeContains(q), likeContains(q.toLowerCase()).slice(1));
    if (filter.classId) where.add('e.classId = ?', parseId(filter.classId) ?? -1);
    if (filter.personId) where.add('e.personId = ?', parseId(filter.personId) ?? -1);
    if (filter.chamberId) where.add('e.chamberId = ?', parseId(filter.chamberId) ?? -1);
    if (filter.status) where.add('e.status = ?', filter.status);
    if (filter.status_in) {
      if (filter.status_in.length === 0) where.add('1 = 0');
      else where.add(`e.status IN (${Conditions.placeholders(filter.status_in.length)})`, ...filter.status_in);
    }
    if (filter.completed === true) where.add('e.completedAt IS NOT NULL');
    if (filter.completed === false) where.add('e.completedAt IS NULL');
    return where;
  }

  /** Places per chamber over the classes of a program or a year: seats, line, attendance, completion, hours. */
  /** Places per chamber over a program's classes or a year's, the chambers the actor sees and people outside any chamber. */
  async byChamber(programId: string | null | undefined, year: number | null | undefined): Promise<ChamberTrainingStats[]> {
    requirePermission(this.actor, 'training:read');
    const qb = this.engine.query({});
    if (programId) qb.andWhere('ec.programId = :programId', { programId: parseId(programId) ?? -1 });
    if (typeof year === 'number') qb.andWhere('ec.startsOn >= :yearFrom AND ec.startsOn <= :yearTo', { yearFrom: `${year}-01-01`, yearTo: `${year}-12-31` });
    const rows: { chamberId: number | string | null; status: EnrollmentStatus; n: number | string; hours: number | string | null; completed: number | string }[] = await qb
      .select('e.chamberId', 'chamberId')
      .addSelect('e.status', 'status')
      .addSelect('COUNT(*)', 'n')
      .addSelect('SUM(e.hoursCredited)', 'hours')
      .addSelect('SUM(CASE WHEN e.completedAt IS NULL THEN 0 ELSE 1 END)', 'completed')
      .groupBy('e.chamberId')
      .addGroupBy('e.status')
      .getRawMany();
    const byChamber = new Map<number | null, { seated: number; waitlisted: number; attended: number; completed: number; hours: number }>();
    for (const r of rows) {
      const id = r.chamberId === null ? null : Number(r.chamberId);
      const entry = byChamber.get(id) ?? { seated: 0, waitlisted: 0, attended: 0, completed: 0, hours: 0 };
      const n = Number(r.n);
      if (SEATED.includes(r.status)) entry.seated += n;
      if (r.status === EnrollmentStatus.WAITLISTED) entry.waitlisted += n;
      if (r.status === EnrollmentStatus.ATTENDED) entry.attended += n;
      entry.completed += Number(r.completed);
      entry.hours += Number(r.hours ?? 0);
      byChamber.set(id, entry);
    }
    const names = await visibleChamberNames(this.db.manager, this.actor, [...byChamber.keys()]);
    return [...byChamber.entries()]
      .filter(([chamberId]) => chamberId === null || names.has(chamberId))
      .map(([chamberId, totals]): ChamberTrainingStats => ({
        chamberId,
        chamberName: chamberId === null ? null : names.get(chamberId)!,
        ...totals,
        attendanceRate: ratio(totals.attended, totals.seated),
        completionRate: ratio(totals.completed, totals.seated),
      }))
      .sort(byChamberName);
  }

  /** A coordinator or staff member enrolls someone in their scope. */
  async enroll(classId: string, personId: string): Promise<Enrollment> {
    requirePermission(this.actor, 'training:enroll');
    return this.place(classId, (em) => this.enrollable(em, personId));
  }

  /** A trainee enrolls themself, as the person their account is. */
  async enrollSelf(classId: string): Promise<Enrollment> {
    requirePermission(this.actor, 'training:self');
    const personId = requireViewer(this.actor).user.personId;
    if (!personId) throw new ConflictError('noPerson', 'your account is not linked to a person record; ask the administrator');
    return this.place(classId, async (em) => em.findOneByOrFail(Person, { id: personId }));
  }

  /**
   * Takes a seat, or a place in the waiting line, in one transaction holding the class row:
   * enrollments into one class run one after another, so the seats and the quotas hold
   * whatever the concurrency, and the line keeps the order requests got the class.
   */
  private async place(classId: string, who: (em: EntityManager) => Promise<Person>): Promise<Enrollment> {
    return this.db.write(async (em) => {
      const klass = await this.lockedClass(em, classId);
      const person = await who(em);
      const today = this.training.today();
      if (klass.status !== ClassStatus.PUBLISHED) throw new GuardFailedError([{ rule: 'classNotOpen', message: `the class is ${klass.status === ClassStatus.CANCELLED ? 'cancelled' : 'not published yet'}` }]);
      if (today < klass.enrollmentOpensOn || today > klass.enrollmentClosesOn) {
        throw new GuardFailedError([
          {
            rule: 'enrollmentWindow',
            message: `enrollment runs from ${klass.enrollmentOpensOn} to ${klass.enrollmentClosesOn}`,
            earliestDate: today < klass.enrollmentOpensOn ? klass.enrollmentOpensOn : null,
          },
        ]);
      }
      const existing = await em.findOneBy(Enrollment, { classId: klass.id, personId: person.id });
      if (existing && existing.status !== EnrollmentStatus.CANCELLED) throw new AlreadyEnrolledError(existing.status);
      const chamberId = await this.chamberOf(em, person);
      const status = await this.seatFor(em, klass, chamberId);
      const fields = { status, chamberId, requestedAt: new Date(), hoursCredited: 0, completedAt: null, certificateCode: null, certificateRevokedAt: null };
      let saved: Enrollment;
      if (existing) {
        await em.update(Enrollment, { id: existing.id }, { ...fields, version: existing.version + 1 });
        saved = await em.findOneByOrFail(Enrollment, { id: existing.id });
      } else {
        saved = await em.save(em.create(Enrollment, { classId: klass.id, personId: person.id, ...fields }));
      }
      await this.audit.record(em, this.actor, {
        action: status === EnrollmentStatus.WAITLISTED ? 'enrollment.waitlist' : 'enrollment.enroll',
        recordType: RECORD,
        recordId: saved.id,
        organizationId: chamberId ?? klass.organizerId,
        changes: { classId: [null, klass.id], personId: [null, person.id], ...diffChanges(existing, saved, ['status']) },
      });
      return saved;
    });
  }

  /** REGISTERED when a seat (and the chamber's quota) is free, else WAITLISTED, else CAPACITY_FULL. */
  private async seatFor(em: EntityManager, klass: TrainingClass, chamberId: number | null): Promise<EnrollmentStatus> {
    const seated = await em.count(Enrollment, { where: { classId: klass.id, status: In([...SEATED]) } });
    const quotas = await em.find(ClassQuota, { where: { classId: klass.id } });
    let reason: 'capacity' | 'quota' | null = seated >= klass.capacity ? 'capacity' : null;
    if (!reason && quotas.length) {
      const quota = quotas.find((q) => q.chamberId === chamberId)?.seats ?? 0;
      const chamberSeated = chamberId === null ? 0 : await em.count(Enrollment, { where: { classId: klass.id, chamberId, status: In([...SEATED]) } });
      if (chamberSeated >= quota) reason = 'quota';
    }
    if (!reason) return EnrollmentStatus.REGISTERED;
    if (klass.waitlist) return EnrollmentStatus.WAITLISTED;
    throw reason === 'capacity'
      ? new CapacityFullError('capacity', `all ${klass.capacity} seats are taken`, { capacity: klass.capacity })
      : new CapacityFullError('quota', 'your chamber\'s seats in this class are taken');
  }

  /** Cancels a place; a freed seat goes to the first in line who fits the quotas. */
  async cancel(id: string): Promise<Enrollment> {
    return this.db.write(async (em) => {
      const current = await this.changeable(em, id, 'cancel');
      if (current.status === EnrollmentStatus.CANCELLED) throw new ConflictError('cancelled', 'the place is already cancelled');
      if (current.status === EnrollmentStatus.ATTENDED || current.completedAt) throw new ConflictError('attended', 'a place with check-ins cannot be cancelled');
      const klass = await em.findOneByOrFail(TrainingClass, { id: current.classId });
      await em.update(Enrollment, { id: current.id }, { status: EnrollmentStatus.CANCELLED, version: current.version + 1 });
      const cancelled = await em.findOneByOrFail(Enrollment, { id: current.id });
      await this.audit.record(em, this.actor, { action: 'enrollment.cancel', recordType: RECORD, recordId: current.id, organizationId: current.chamberId ?? klass.organizerId, changes: diffChanges(current, cancelled, AUDITED) });
      if (SEATED.includes(current.status)) await this.promote(em, klass);
      return cancelled;
    });
  }

  private async promote(em: EntityManager, klass: TrainingClass): Promise<void> {
    const line = await em.find(Enrollment, { where: { classId: klass.id, status: EnrollmentStatus.WAITLISTED }, order: { requestedAt: 'ASC', id: 'ASC' } });
    for (const waiting of line) {
      let status: EnrollmentStatus;
      try {
        status = await this.seatFor(em, { ...klass, waitlist: true }, waiting.chamberId);
      } catch {
        continue;
      }
      if (status !== EnrollmentStatus.REGISTERED) continue;
      await em.update(Enrollment, { id: waiting.id }, { status, version: waiting.version + 1 });
      await this.audit.record(em, this.actor, {
        action: 'enrollment.promote',
        recordType: RECORD,
        recordId: waiting.id,
        organizationId: waiting.chamberId ?? klass.organizerId,
        changes: { status: [EnrollmentStatus.WAITLISTED, status] },
      });
      return;
    }
  }

  /** Confirms registered places (the organizer's acknowledgement), all or none. */
  async confirm(ids: string[]): Promise<Enrollment[]> {
    requirePermission(this.actor, 'training:manage');
    return this.bulk(ids, 'enrollment.confirm', (e) => {
      if (e.status !== EnrollmentStatus.REGISTERED) throw BadInputError.field('ids', 'status', `enrollment ${e.id} is ${e.status}; only registered places are confirmed`);
      return { status: EnrollmentStatus.CONFIRMED };
    });
  }

  /** Marks seated places absent. */
  async markAbsent(ids: string[]): Promise<Enrollment[]> {
    requirePermission(this.actor, 'training:manage');
    return this.bulk(ids, 'enrollment.absent', (e) => {
      if (!SEATED.includes(e.status) || e.status === EnrollmentStatus.ATTENDED) throw BadInputError.field('ids', 'status', `enrollment ${e.id} is ${e.status}`);
      return { status: EnrollmentStatus.ABSENT };
    });
  }

  /** Checks the given places in at a session, on the organizer's word. */
  async markAttendance(sessionId: string, ids: string[]): Promise<Enrollment[]> {
    requirePermission(this.actor, 'training:manage');
    return this.db.write(async (em) => {
      const session = await this.session(em, sessionId);
      const klass = await this.training.managedClass(em, session.classId);
      const today = this.training.today();
      if (session.date > today) throw new GuardFailedError([{ rule: 'sessionNotHeld', message: `the session is on ${session.date}`, earliestDate: session.date }]);
      const rows = await this.rowsFor(em, ids);
      for (const row of rows) {
        if (row.classId !== klass.id) throw BadInputError.field('ids', 'otherClass', `enrollment ${row.id} is in another class`);
        if (!SEATED.includes(row.status)) throw BadInputError.field('ids', 'status', `enrollment ${row.id} is ${row.status}`);
      }
      const updated: Enrollment[] = [];
      for (const row of rows) updated.push(await this.checkIn(em, row, klass, session, CheckInMethod.COORDINATOR));
      return updated;
    });
  }

  /** A trainee checks in with the session's code, on the session's day. */
  async checkInWithCode(sessionId: string, code: string): Promise<Enrollment> {
    requirePermission(this.actor, 'training:self');
    const viewer = requireViewer(this.actor);
    try {
      await this.checkInLimiter.consume(`user:${viewer.user.id}`);
    } catch (rejection) {
      refusedBy(rejection);
      throw new RateLimitedError('too many check-in attempts; ask the organizer to check you in', 600);
    }
    return this.db.write(async (em) => {
      const session = await this.session(em, sessionId);
      const klass = await em.findOneByOrFail(TrainingClass, { id: session.classId });
      const enrollment = viewer.user.personId ? await em.findOneBy(Enrollment, { classId: klass.id, personId: viewer.user.personId }) : null;
      if (!enrollment || !SEATED.includes(enrollment.status)) throw new NotFoundError('ClassSession', sessionId);
      const today = this.training.today();
      if (session.date !== today) throw new GuardFailedError([{ rule: 'sessionDay', message: `check-in is open on the session's day, ${session.date}`, earliestDate: session.date > today ? session.date : null }]);
      const expected = Buffer.from(session.checkInCode);
      const given = Buffer.from(code.padEnd(expected.length).slice(0, expected.length));
      if (!timingSafeEqual(expected, given) || code.length !== expected.length) throw BadInputError.field('code', 'wrongCode', 'the code does not match this session');
      return this.checkIn(em, enrollment, klass, session, CheckInMethod.CODE);
    });
  }

  private async checkIn(em: EntityManager, row: Enrollment, klass: TrainingClass, session: ClassSession, method: CheckInMethod): Promise<Enrollment> {
    if (await em.countBy(Attendance, { enrollmentId: row.id, sessionId: session.id })) return row;
    await em.insert(Attendance, { enrollmentId: row.id, sessionId: session.id, method, checkedInAt: new Date() });
    const hours: { total: number | string | null } | undefined = await em
      .createQueryBuilder(Attendance, 'a')
      .innerJoin(ClassSession, 's', 's.id = a.sessionId')
      .select('SUM(s.hours)', 'total')
      .where('a.enrollmentId = :id', { id: row.id })
      .getRawOne();
    const hoursCredited = Number(hours?.total ?? 0);
    const completes = !row.completedAt && hoursCredited >= klass.requiredHours;
    await em.update(
      Enrollment,
      { id: row.id },
      {
        status: EnrollmentStatus.ATTENDED,
        hoursCredited,
        version: row.version + 1,
        ...(completes ? { completedAt: new Date(), certificateCode: certificateCode() } : {}),
      },
    );
    const updated = await em.findOneByOrFail(Enrollment, { id: row.id });
    await this.audit.record(em, this.actor, {
      action: completes ? 'enrollment.complete' : 'enrollment.checkIn',
      recordType: RECORD,
      recordId: row.id,
      organizationId: row.chamberId ?? klass.organizerId,
      changes: { sessionId: [null, session.id], method: [null, method], ...diffChanges(row, updated, AUDITED) },
    });
    return updated;
  }

  /** Revokes a certificate: the public check then says so. */
  async revokeCertificate(id: string): Promise<Enrollment> {
    requirePermission(this.actor, 'training:manage');
    return this.db.write(async (em) => {
      const [row] = await this.rowsFor(em, [id]);
      await this.training.managedClass(em, row.classId);
      if (!row.certificateCode) throw new ConflictError('noCertificate', 'the class is not completed');
      if (row.certificateRevokedAt) throw new ConflictError('revoked', 'the certificate is already revoked');
      await em.update(Enrollment, { id: row.id }, { certificateRevokedAt: new Date(), version: row.version + 1 });
      const updated = await em.findOneByOrFail(Enrollment, { id: row.id });
      await this.audit.record(em, this.actor, { action: 'enrollment.revokeCertificate', recordType: RECORD, recordId: row.id, organizationId: row.chamberId, changes: diffChanges(row, updated, AUDITED) });
      return updated;
    });
  }

  private async bulk(ids: string[], action: string, decide: (e: Enrollment) => Partial<Enrollment>): Promise<Enrollment[]> {
    return this.db.write(async (em) => {
      const rows = await this.rowsFor(em, ids);
      const updated: Enrollment[] = [];
      for (const row of rows) {
        await this.training.managedClass(em, row.classId);
        const changes = decide(row);
        await em.update(Enrollment, { id: row.id }, { ...changes, version: row.version + 1 });
        const after = await em.findOneByOrFail(Enrollment, { id: row.id });
        await this.audit.record(em, this.actor, { action, recordType: RECORD, recordId: row.id, organizationId: row.chamberId, changes: diffChanges(row, after, AUDITED) });
        updated.push(after);
      }
      return updated;
    });
  }

  /** The rows for these ids that the actor sees, locked on MySQL; any missing id is NOT_FOUND. */
  private async rowsFor(em: EntityManager, ids: string[]): Promise<Enrollment[]> {
    const numeric = ids.map(parseId);
    if (new Set(numeric).size !== numeric.length) throw BadInputError.field('ids', 'duplicate', 'an enrollment is listed twice');
    const rows = numeric.some((n) => n === null) ? [] : await this.engine.lockedRows(em, ids);
    const missing = ids.find((id) => !rows.some((r) => r.id === parseId(id)));
    if (missing !== undefined) throw new NotFoundError(RECORD, missing);
    return numeric.map((n) => rows.find((r) => r.id === n)!);
  }

  /** A place the actor may cancel: their own (trainee), one they sent, or one in a class they run. */
  private async changeable(em: EntityManager, id: string, what: string): Promise<Enrollment> {
    const viewer = this.actor.system ? null : requireViewer(this.actor);
    if (viewer && !viewer.can('training:enroll') && !viewer.can('training:manage') && !viewer.can('training:self')) {
      requirePermission(this.actor, 'training:enroll', `your role may not ${what} places`);
    }
    const [row] = await this.rowsFor(em, [id]);
    return row;
  }

  private lockedClass(em: EntityManager, id: string): Promise<TrainingClass> {
    return lockedClassOnLine(this.db, em, this.actor, id);
  }

  private async enrollable(em: EntityManager, personId: string): Promise<Person> {
    const { person } = await namedPerson(em, this.actor, 'personId', personId);
    if (person.archivedAt) throw BadInputError.field('personId', 'archived', `${person.name} is archived`);
    return person;
  }

  /** The chamber a person belongs to: the nearest chamber above their keeping organization. */
  private async chamberOf(em: EntityManager, person: Person): Promise<number | null> {
    const keeper = await em.findOneByOrFail(Organization, { id: person.organizationId });
    if (keeper.kind === OrganizationKind.CHAMBER) return keeper.id;
    const ids = ancestorIds(keeper.path);
    if (ids.length === 0) return null;
    const chamber = await em.findOne(Organization, { where: { id: In(ids), kind: OrganizationKind.CHAMBER } });
    return chamber?.id ?? null;
  }

  private async session(em: EntityManager, id: string): Promise<ClassSession> {
    const numeric = parseId(id);
    const session = numeric === null ? null : await em.findOneBy(ClassSession, { id: numeric });
    if (!session) throw new NotFoundError('ClassSession', id);
    return session;
  }
}
