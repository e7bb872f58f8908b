import { randomInt, timingSafeEqual } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { refusedBy } from '../db/limiters';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission, requireViewer, scope } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { insertRow } from '../db/rows';
import { ListEngine } from '../db/list-engine';
import { BadInputError, ConflictError, DomainError, GuardFailedError, NotFoundError, RateLimitedError } from '../kernel/errors';
import { Organization, OrganizationKind } from '../organizations';
import { ancestorIds } from '../kernel/paths';
import { Person } from '../people';
import type { EnrollmentFilter } from './training.args';
import { Attendance, CheckInMethod, ClassQuota, ClassSession, ClassStatus, Enrollment, EnrollmentStatus, SEATED, TrainingClass } from './training.entity';
import { classOnLine, lockClassRow, type TrainingService } from './training.service';
import { byChamberName, ratio, visibleChamberNames, type ChamberTrainingStats } from './training.stats';
import { checkCertificate, type CertificateCheck } from './certificate.service';

const RECORD = 'Enrollment';

interface PlacePerson {
  id: number;
  name: string;
  archived: boolean;
  organizationId: number;
  keeperPath: string;
  keeperIsChamber: boolean;
}

interface PlaceFacts {
  organizerPath: string | null;
  person: PlacePerson | null;
  existing: { id: number; status: EnrollmentStatus; version: number } | null;
  seated: number;
  quotas: number;
}

interface ChamberSeats {
  id: number | null;
  quota: number;
  seated: number;
}

/**
 * REGISTERED when a seat (and, in a class with quotas, the chamber's quota) is free, else
 * WAITLISTED, else CAPACITY_FULL. `chamber` is null for a class without quotas.
 */
function seatFor(klass: TrainingClass, seated: number, chamber: ChamberSeats | null): EnrollmentStatus {
  let reason: 'capacity' | 'quota' | null = seated >= klass.capacity ? 'capacity' : null;
  if (!reason && chamber && (chamber.id === null || chamber.seated >= chamber.quota)) reason = 'quota';
  if (!reason) return EnrollmentStatus.REGISTERED;
  if (klass.waitlist) return EnrollmentStatus.WAITLISTED;
  throw reason === 'capacity'
    ? new CapacityFullError('capacity', `all ${klass.capacity} seats are taken`, { capacity: klass.capacity })
    : new CapacityFullError('quota', 'your chamber\'s seats in this class are taken');
}

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
    return this.place(classId, { id: parseId(personId), field: 'personId', scoped: true, asked: personId });
  }

  /** A trainee enrolls themself, as the person their account is. */
  async enrollSelf(classId: string): Promise<Enrollment> {
    requirePermission(this.actor, 'training:self');
    const personId = requireViewer(this.actor).user.personId;
    if (!personId) throw new ConflictError('noPerson', 'your account is not linked to a person record; ask the administrator');
    return this.place(classId, { id: personId, field: 'personId', scoped: false, asked: String(personId) });
  }

  /**
   * Takes a seat, or a place in the waiting line, in one transaction holding the class row:
   * enrollments into one class run one after another, so the seats and the quotas hold
   * whatever the concurrency, and the line keeps the order requests got the class. Every rule is
   * read in as few statements as keep it (the bench counts them): the class, locked; the class's
   * organizer, the person with their keeping organization, an earlier place and the seats taken,
   * in one read; the chamber and its quota when the class has quotas or the keeper is not a
   * chamber; then the place and its audit entry.
   */
  private async place(classId: string, who: { id: number | null; field: string; scoped: boolean; asked: string }): Promise<Enrollment> {
    return this.db.write(async (em) => {
      const klass = await lockClassRow(em, classId);
      const facts = await this.placeFacts(em, klass, who.id);
      if (!klass || !facts.organizerPath || !classOnLine(this.actor, klass, facts.organizerPath)) throw new NotFoundError('TrainingClass', classId);
      const person = facts.person;
      if (!person || (who.scoped && !actorSees(this.actor, person.keeperPath))) throw BadInputError.field(who.field, 'notFound', `person ${who.asked} does not exist`);
      if (who.scoped && person.archived) throw BadInputError.field('personId', 'archived', `${person.name} is archived`);
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
      const existing = facts.existing;
      if (existing && existing.status !== EnrollmentStatus.CANCELLED) throw new AlreadyEnrolledError(existing.status);
      const chamber = await this.chamberSeats(em, klass.id, person, facts.quotas > 0);
      const status = seatFor(klass, facts.seated, facts.quotas > 0 ? chamber : null);
      const now = new Date();
      const fields = { status, chamberId: chamber.id, requestedAt: now, hoursCredited: 0, completedAt: null, certificateCode: null, certificateRevokedAt: null, promotedAt: null };
      let saved: Enrollment;
      if (existing) {
        await em.update(Enrollment, { id: existing.id }, { ...fields, version: existing.version + 1 });
        saved = await em.findOneByOrFail(Enrollment, { id: existing.id });
      } else {
        const values = { classId: klass.id, personId: person.id, ...fields, version: 1, createdAt: now, updatedAt: now };
        // Every column is given, so nothing is read back after the insert.
        saved = Object.assign(new Enrollment(), values, { id: await insertRow(em, Enrollment, values) });
      }
      await this.audit.record(em, this.actor, {
        action: status === EnrollmentStatus.WAITLISTED ? 'enrollment.waitlist' : 'enrollment.enroll',
        recordType: RECORD,
        recordId: saved.id,
        organizationId: chamber.id ?? klass.organizerId,
        changes: { classId: [null, klass.id], personId: [null, person.id], ...diffChanges(existing, saved, ['status']) },
      });
      return saved;
    });
  }

  /**
   * What a place depends on besides the class, in one read: the organizer's path (is the class
   * on the caller's line), the person with their keeping organization, their earlier place in the
   * class, the seats taken and whether the class has quotas. Read after the class row is locked.
   */
  private async placeFacts(em: EntityManager, klass: TrainingClass | null, personId: number | null): Promise<PlaceFacts> {
    if (!klass) return { organizerPath: null, person: null, existing: null, seated: 0, quotas: 0 };
    const q = (name: string) => this.db.dataSource.driver.escape(name);
    const seated = SEATED.map(() => '?').join(', ');
    const [row]: Record<string, unknown>[] = await em.query(
      `SELECT (SELECT o.${q('path')} FROM ${q('organization')} o WHERE o.id = ?) AS organizerPath,
              p.id AS personId, p.${q('name')} AS personName, p.${q('archivedAt')} AS archivedAt, p.${q('organizationId')} AS keeperId,
              k.${q('path')} AS keeperPath, k.${q('kind')} AS keeperKind,
              e.id AS existingId, e.${q('status')} AS existingStatus, e.${q('version')} AS existingVersion,
              (SELECT COUNT(*) FROM ${q('enrollment')} s WHERE s.${q('classId')} = ? AND s.${q('status')} IN (${seated})) AS seated,
              (SELECT COUNT(*) FROM ${q('class_quota')} cq WHERE cq.${q('classId')} = ?) AS quotas
         FROM (SELECT 1 AS one) x
         LEFT JOIN ${q('person')} p ON p.id = ?
         LEFT JOIN ${q('organization')} k ON k.id = p.${q('organizationId')}
         LEFT JOIN ${q('enrollment')} e ON e.${q('classId')} = ? AND e.${q('personId')} = p.id`,
      [klass.organizerId, klass.id, ...SEATED, klass.id, personId ?? -1, klass.id],
    );
    const { organizerPath, personId: id, personName: name, archivedAt, keeperId: organizationId, keeperPath, keeperKind, existingId, existingStatus, existingVersion, seated: seatedCount, quotas } = row;
    return {
      organizerPath: typeof organizerPath === 'string' ? organizerPath : null,
      person:
        id === null || id === undefined || keeperPath === null
          ? null
          : { id: Number(id), name: String(name), archived: archivedAt !== null && archivedAt !== undefined, organizationId: Number(organizationId), keeperPath: String(keeperPath), keeperIsChamber: keeperKind === OrganizationKind.CHAMBER },
      existing: existingId === null || existingId === undefined ? null : { id: Number(existingId), status: existingStatus as EnrollmentStatus, version: Number(existingVersion) },
      seated: Number(seatedCount),
      quotas: Number(quotas),
    };
  }

  /**
   * The person's chamber — their keeping organization when it is one, else the nearest chamber
   * above it — and, when the class has quotas, that chamber's seats in it and the seats it has taken.
   */
  private async chamberSeats(em: EntityManager, classId: number, person: PlacePerson, quotas: boolean): Promise<ChamberSeats> {
    const ids = person.keeperIsChamber ? [] : ancestorIds(person.keeperPath);
    if (!quotas) {
      if (person.keeperIsChamber) return { id: person.organizationId, quota: 0, seated: 0 };
      if (!ids.length) return { id: null, quota: 0, seated: 0 };
      const chamber = await em.findOne(Organization, { select: { id: true }, where: { id: In(ids), kind: OrganizationKind.CHAMBER }, order: { depth: 'DESC' } });
      return { id: chamber?.id ?? null, quota: 0, seated: 0 };
    }
    if (person.keeperIsChamber) return this.quotaSeats(em, classId, { sql: '?', params: [person.organizationId] });
    if (!ids.length) return this.quotaSeats(em, classId, { sql: 'NULL', params: [] });
    // The nearest chamber above the keeper, aliased apart from the derived table `ch` quotaSeats reads.
    const q = (name: string) => this.db.dataSource.driver.escape(name);
    return this.quotaSeats(em, classId, {
      sql: `(SELECT a.id FROM ${q('organization')} a WHERE a.id IN (${ids.map(() => '?').join(', ')}) AND a.${q('kind')} = ? ORDER BY a.${q('depth')} DESC LIMIT 1)`,
      params: [...ids, OrganizationKind.CHAMBER],
    });
  }

  /** A chamber (given as SQL, or NULL for none) with its seats in a class with quotas and the seats it has taken there: one read. */
  private async quotaSeats(em: EntityManager, classId: number, chamber: { sql: string; params: unknown[] }): Promise<ChamberSeats> {
    const q = (name: string) => this.db.dataSource.driver.escape(name);
    const seated = SEATED.map(() => '?').join(', ');
    const [row]: Record<string, unknown>[] = await em.query(
      `SELECT ch.id AS id,
              (SELECT cq.${q('seats')} FROM ${q('class_quota')} cq WHERE cq.${q('classId')} = ? AND cq.${q('chamberId')} = ch.id) AS quota,
              (SELECT COUNT(*) FROM ${q('enrollment')} s WHERE s.${q('classId')} = ? AND s.${q('chamberId')} = ch.id AND s.${q('status')} IN (${seated})) AS seated
         FROM (SELECT ${chamber.sql} AS id) ch`,
      // In the order the placeholders stand: the select list's, then the chamber's in FROM.
      [classId, classId, ...SEATED, ...chamber.params],
    );
    return { id: row.id === null || row.id === undefined ? null : Number(row.id), quota: Number(row.quota ?? 0), seated: Number(row.seated ?? 0) };
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

  /** The status a place of this chamber would get now: for the first in line when a seat is freed. */
  private async seatNow(em: EntityManager, klass: TrainingClass, chamberId: number | null): Promise<EnrollmentStatus> {
    const seated = await em.count(Enrollment, { where: { classId: klass.id, status: In([...SEATED]) } });
    if (!(await em.existsBy(ClassQuota, { classId: klass.id }))) return seatFor(klass, seated, null);
    return seatFor(klass, seated, await this.quotaSeats(em, klass.id, chamberId === null ? { sql: 'NULL', params: [] } : { sql: '?', params: [chamberId] }));
  }

  private async promote(em: EntityManager, klass: TrainingClass): Promise<void> {
    const line = await em.find(Enrollment, { where: { classId: klass.id, status: EnrollmentStatus.WAITLISTED }, order: { requestedAt: 'ASC', id: 'ASC' } });
    for (const waiting of line) {
      let status: EnrollmentStatus;
      try {
        status = await this.seatNow(em, { ...klass, waitlist: true }, waiting.chamberId);
      } catch {
        continue;
      }
      if (status !== EnrollmentStatus.REGISTERED) continue;
      await em.update(Enrollment, { id: waiting.id }, { status, promotedAt: new Date(), version: waiting.version + 1 });
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

  private async session(em: EntityManager, id: string): Promise<ClassSession> {
    const numeric = parseId(id);
    const session = numeric === null ? null : await em.findOneBy(ClassSession, { id: numeric });
    if (!session) throw new NotFoundError('ClassSession', id);
    return session;
  }
}
