import { expectVersion, writeVersioned } from '../db/versioned';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission, scopeCondition, withinOrganization } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { UniquenessGuard } from '../audit/uniqueness-guard';
import { ageOn, todayInChina } from '../common/dates';
import { LIKE_ESCAPE, compactPinyin, likeContains, parseId, pinyinContains, type ListArgsShape } from '../common/list';
import { isMaskedNationalId, MAX_AGE_YEARS, normalizeNationalId, readNationalId, maskNationalId } from '../common/national-id';
import { pinyinInitials, pinyinSortKey } from '../common/pinyin';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { ListEngine } from '../db/list-engine';
import { namedBy } from '../db/references';
import { BadInputError, ConflictError, type FieldProblem } from '../kernel/errors';
import { Organization, OrganizationKind, namedOrganization } from '../organizations';
import type { CreatePersonArgs, PersonFieldArgs, PersonFilter, UpdatePersonArgs } from './person.args';
import { MembershipRelation, MembershipStatus, Person } from './person.entity';
import type { PersonalDataCipher } from './personal-data';

const RECORD = 'Person';
const NATIONAL_ID = 'nationalId';

const SORTS: Record<string, string[]> = {
  id: ['p.id'],
  name: ['p.namePinyin'],
  namePinyin: ['p.namePinyin'],
  birthDate: ['p.birthDate'],
  membershipStatus: ['p.membershipStatus', 'p.namePinyin'],
  relation: ['p.relation', 'p.namePinyin'],
  education: ['p.education', 'p.namePinyin'],
  organizationId: ['p.organizationId', 'p.namePinyin'],
  admittedOn: ['p.admittedOn'],
  createdAt: ['p.createdAt'],
  updatedAt: ['p.updatedAt'],
};

/** Where people may be kept: anywhere but the department and the coordination group themselves. */
const KEEPING_KINDS: readonly OrganizationKind[] = Object.values(OrganizationKind).filter((k) => k !== OrganizationKind.AGENCY && k !== OrganizationKind.COORDINATION_GROUP);

const WRITABLE_KEYS = ['name', 'gender', 'birthDate', 'ethnicity', 'education', 'phone', 'posts', 'membershipStatus', 'relation', 'admittedOn', 'fullMemberSince'] as const;
const AUDITED_FIELDS = [...WRITABLE_KEYS, NATIONAL_ID, 'organizationId', 'employerId', 'archivedAt'] as const;

type Fields = Pick<Person, (typeof WRITABLE_KEYS)[number]> & { nationalId: string | null };

/**
 * What modules above people decide about a person, asked before their membership status is set
 * by hand. People cannot import those modules (they stand on people); the composition root hands
 * their answers in (development's is `personUsesByCases`). Which rows name a person is declared on
 * the naming columns instead (db/references.ts).
 */
export interface PersonUses {
  /** Whether an open process (a development case) sets the person's membership status. */
  ownsStatus(em: EntityManager, personId: number): Promise<boolean>;
}

export class PersonService {
  private readonly audit = new AuditService();
  private readonly engine: ListEngine<Person, PersonFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly cipher: PersonalDataCipher,
    private readonly uses: PersonUses,
  ) {
    this.engine = new ListEngine(db, RECORD, {
      entity: Person,
      alias: 'p',
      // The keeping organization: the scope and the search by its name read it.
      joins: [{ entity: Organization, alias: 'po', on: 'po.id = p.organizationId' }],
      sorts: SORTS,
      defaultSort: 'name',
      where: (filter) => this.conditions(filter),
    });
  }

  async get(id: string | number): Promise<Person> {
    requirePermission(this.actor, 'person:read');
    return this.engine.get(id);
  }

  async list(args: ListArgsShape<PersonFilter>, columns?: ReadonlySet<string> | null): Promise<Person[]> {
    requirePermission(this.actor, 'person:read');
    return this.engine.rows(args, columns);
  }

  async count(filter: PersonFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'person:read');
    return this.engine.count(filter);
  }

  /** The national id as an export gives it: whole for those with the right, masked for the rest. */
  nationalIdFor(person: Person): string | null {
    if (!person.nationalIdSealed) return null;
    const id = this.cipher.open(person.nationalIdSealed, NATIONAL_ID);
    return this.mayReadNationalIds() ? id : maskNationalId(id);
  }

  /** The national id as every read of a person gives it: masked, whoever asks (docs/api.md, People). */
  maskedNationalId(person: Person): string | null {
    return person.nationalIdSealed ? maskNationalId(this.cipher.open(person.nationalIdSealed, NATIONAL_ID)) : null;
  }

  /**
   * The whole national id of one person, for those with the right to read it, and only as a
   * view of its own: each is an audit entry (`person.viewNationalId`).
   */
  async revealNationalId(id: string): Promise<string | null> {
    requirePermission(this.actor, 'person:readNationalId');
    const person = await this.get(id);
    const whole = this.open(person);
    await this.db.write((em) =>
      this.audit.record(em, this.actor, { action: 'person.viewNationalId', recordType: RECORD, recordId: person.id, organizationId: person.organizationId }),
    );
    return whole;
  }

  /** The one place people filters become SQL, on the alias `p` with the keeping organization `po`, whose place in the tree is the scope. */
  private conditions(filter: PersonFilter): Conditions {
    const where = scopeCondition(new Conditions(), 'po.path', this.actor);
    if (filter.archived === true) where.add('p.archivedAt IS NOT NULL');
    else if (filter.archived === false || !filter.ids) where.add('p.archivedAt IS NULL');

    const q = filter.q?.trim();
    if (q) {
      const contains = likeContains(q);
      const clauses = [
        `p.name LIKE ? ${LIKE_ESCAPE}`,
        `p.nameInitials LIKE ? ${LIKE_ESCAPE}`,
        'p.phone = ?',
        // The keeping organization by its name or short name (already joined for the scope).
        `po.name LIKE ? ${LIKE_ESCAPE}`,
        `po.shortName LIKE ? ${LIKE_ESCAPE}`,
      ];
      const values: unknown[] = [contains, likeContains(q.toLowerCase()).slice(1), q, contains, contains];
      // Whole pinyin finds what initials find: 张伟 by "zhangwei" or "zhang" as by "zw".
      const spelled = pinyinContains(q);
      if (spelled) {
        clauses.push(`${compactPinyin('p.namePinyin')} LIKE ? ${LIKE_ESCAPE}`);
        values.push(spelled);
      }
      // Only those who may read national ids may look people up by one.
      if (readNationalId(q) && this.mayReadNationalIds()) {
        clauses.push('p.nationalIdIndex = ?');
        values.push(this.cipher.index(normalizeNationalId(q), NATIONAL_ID));
      }
      where.add(`(${clauses.join(' OR ')})`, ...values);
    }
    if (filter.organizationId !== undefined && filter.organizationId !== null) where.add('p.organizationId = ?', parseId(filter.organizationId) ?? -1);
    if (filter.withinOrganization !== undefined && filter.withinOrganization !== null) {
      where.and(withinOrganization(this.db, 'po.path', parseId(filter.withinOrganization) ?? -1));
    }
    if (filter.employerId !== undefined && filter.employerId !== null) where.add('p.employerId = ?', parseId(filter.employerId) ?? -1);
    if (filter.membershipStatus) where.add('p.membershipStatus = ?', filter.membershipStatus);
    if (filter.membershipStatus_in) {
      if (filter.membershipStatus_in.length === 0) where.add('1 = 0');
      else where.add(`p.membershipStatus IN (${Conditions.placeholders(filter.membershipStatus_in.length)})`, ...filter.membershipStatus_in);
    }
    if (filter.relation) where.add('p.relation = ?', filter.relation);
    if (filter.gender) where.add('p.gender = ?', filter.gender);
    if (filter.education) where.add('p.education = ?', filter.education);
    if (filter.birthDate_gte) where.add('p.birthDate >= ?', filter.birthDate_gte);
    if (filter.birthDate_lte) where.add('p.birthDate <= ?', filter.birthDate_lte);
    return where;
  }

  async create(args: CreatePersonArgs): Promise<Person> {
    requirePermission(this.actor, 'person:write');
    return UniquenessGuard.around(this.db, this.actor, (guard) => this.db.write((em) => this.createIn(em, args, guard)));
  }

  /**
   * Creates a person inside the caller's transaction (imports create many in one); the guard
   * keeps the request's uniqueness conflicts, which the caller settles after the transaction.
   */
  async createIn(em: EntityManager, args: CreatePersonArgs, guard: UniquenessGuard, action = 'person.create'): Promise<Person> {
    requirePermission(this.actor, 'person:write');
    const organization = await this.keeper(em, args.organizationId);
    const employer = await this.employer(em, args.employerId);
    if (args.nationalId && isMaskedNationalId(args.nationalId)) throw maskedIdRefusal();
    const fields = normalize({ ...emptyFields(), ...definedOnly(args), name: args.name });
    const problems = [...consistencyProblems(fields), ...(await this.uniquenessProblems(em, fields.nationalId, null, guard))];
    if (problems.length) throw new BadInputError(problems);
    const saved = await em.save(
      em.create(Person, {
        ...this.columnsOf(fields),
        organizationId: organization.id,
        employerId: employer?.id ?? null,
      }),
    );
    await this.audit.record(em, this.actor, {
      action,
      recordType: RECORD,
      recordId: saved.id,
      organizationId: organization.id,
      changes: diffChanges(null, { ...saved, nationalId: fields.nationalId }, AUDITED_FIELDS),
    });
    return em.findOneByOrFail(Person, { id: saved.id });
  }

  async update(args: UpdatePersonArgs): Promise<Person> {
    requirePermission(this.actor, 'person:write');
    return UniquenessGuard.around(this.db, this.actor, (guard) => this.updateIn(args, guard));
  }

  private async updateIn(args: UpdatePersonArgs, guard: UniquenessGuard): Promise<Person> {
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, args.id);
      expectVersion('person', current, args.version);
      if (args.name === null) throw BadInputError.field('name', 'required', 'name cannot be empty');
      if (args.organizationId === null) throw BadInputError.field('organizationId', 'required', 'a person is kept by an organization');
      const organization = args.organizationId !== undefined ? await this.keeper(em, args.organizationId) : null;
      const employer = args.employerId !== undefined ? await this.employer(em, args.employerId) : undefined;
      const before = { ...current, nationalId: this.open(current) };
      const given = definedOnly(args);
      // The masked id a read gave, sent back as it was, leaves the id as it is.
      if (given.nationalId && isMaskedNationalId(given.nationalId)) {
        if (!before.nationalId || maskNationalId(before.nationalId) !== given.nationalId.trim().toUpperCase()) throw maskedIdRefusal();
        delete given.nationalId;
      }
      const merged = normalize({ ...pickFields(before), ...given });
      const problems = [...consistencyProblems(merged, current.membershipStatus), ...(await this.uniquenessProblems(em, merged.nationalId, current.id, guard, before.nationalId))];
      if (problems.length) throw new BadInputError(problems);
      if (merged.membershipStatus !== current.membershipStatus) await this.assertStatusFree(em, current);

      const changes: Partial<Person> = {
        ...this.columnsOf(merged),
        organizationId: organization?.id ?? current.organizationId,
        employerId: employer === undefined ? current.employerId : (employer?.id ?? null),
      };
      // A new sealing of the same id is not a change.
      if (merged.nationalId === before.nationalId) {
        delete changes.nationalIdSealed;
      }
      if (!(await writeVersioned(em, Person, 'person', current, changes))) return current;
      const updated = await em.findOneByOrFail(Person, { id: current.id });
      await this.audit.record(em, this.actor, {
        action: 'person.update',
        recordType: RECORD,
        recordId: current.id,
        organizationId: updated.organizationId,
        changes: diffChanges(before, { ...updated, nationalId: merged.nationalId }, AUDITED_FIELDS),
      });
      return updated;
    });
  }

  async archive(id: string, version: number): Promise<Person> {
    requirePermission(this.actor, 'person:archive');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      expectVersion('person', current, version);
      if (current.archivedAt) throw new ConflictError('alreadyArchived', 'the person is already archived');
      await writeVersioned(em, Person, 'person', current, { archivedAt: new Date() });
      return this.audited(em, 'person.archive', current);
    });
  }

  async restore(id: string, version: number): Promise<Person> {
    requirePermission(this.actor, 'person:archive');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      expectVersion('person', current, version);
      if (!current.archivedAt) throw new ConflictError('notArchived', 'the person is not archived');
      await writeVersioned(em, Person, 'person', current, { archivedAt: null });
      return this.audited(em, 'person.restore', current);
    });
  }

  /** Deletes a person nothing refers to; anyone with a development case is archived instead. */
  async delete(id: string, version?: number | null): Promise<Person> {
    requirePermission(this.actor, 'person:archive');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      expectVersion('person', current, version);
      // Every row that names them, whichever module keeps it (db/references.ts): development cases
      // (their own, or as a contact or introducer), enrollments, exemplar profiles, accounts.
      const references = await namedBy(em, Person, current.id);
      if (references.length) throw new ConflictError('referenced', `${references.join(', ')} refer to this person; archive the person instead`, { references });
      await em.delete(Person, { id: current.id });
      await this.audit.record(em, this.actor, {
        action: 'person.delete',
        recordType: RECORD,
        recordId: current.id,
        organizationId: current.organizationId,
        changes: diffChanges({ ...current, nationalId: this.open(current) }, {}, AUDITED_FIELDS),
      });
      return current;
    });
  }

  /** A development case owns the membership status while it is open. */
  private async assertStatusFree(em: EntityManager, person: Person): Promise<void> {
    if (await this.uses.ownsStatus(em, person.id)) throw new ConflictError('caseOwnsStatus', 'an open development case sets this person\'s membership status; take the step on the case instead');
  }

  /** The row to change, locked on MySQL; out of the actor's scope it does not exist. */
  async lockedGet(em: EntityManager, id: string | number): Promise<Person> {
    return this.engine.locked(em, id);
  }

  /** Whether the actor may read whole national ids (of the people in its scope). */
  private mayReadNationalIds(): boolean {
    return this.actor.system || this.actor.viewer?.can('person:readNationalId') === true;
  }

  private open(person: Person): string | null {
    return person.nationalIdSealed ? this.cipher.open(person.nationalIdSealed, NATIONAL_ID) : null;
  }

  private columnsOf(fields: Fields): Partial<Person> {
    const { nationalId, ...rest } = fields;
    return {
      ...rest,
      namePinyin: pinyinSortKey(fields.name).slice(0, 200),
      nameInitials: pinyinInitials(fields.name).slice(0, 50),
      nationalIdSealed: nationalId ? this.cipher.seal(nationalId, NATIONAL_ID) : null,
      nationalIdIndex: nationalId ? this.cipher.index(nationalId, NATIONAL_ID) : null,
    };
  }

  private async audited(em: EntityManager, action: string, before: Person): Promise<Person> {
    const after = await em.findOneByOrFail(Person, { id: before.id });
    await this.audit.record(em, this.actor, {
      action,
      recordType: RECORD,
      recordId: before.id,
      organizationId: before.organizationId,
      changes: diffChanges(before, after, AUDITED_FIELDS),
    });
    return after;
  }


  private async keeper(em: EntityManager, id: string | null | undefined): Promise<Organization> {
    const found = await this.visibleOrganization(em, 'organizationId', id);
    if (!found) throw BadInputError.field('organizationId', 'required', 'a person is kept by an organization');
    if (!KEEPING_KINDS.includes(found.kind)) {
      throw BadInputError.field('organizationId', 'keeperKind', `people are kept by chambers, enterprises and party or mass organizations, not by a ${found.kind}`);
    }
    return found;
  }

  private async employer(em: EntityManager, id: string | null | undefined): Promise<Organization | null> {
    const found = await this.visibleOrganization(em, 'employerId', id);
    if (found && found.kind !== OrganizationKind.ENTERPRISE) throw BadInputError.field('employerId', 'employerKind', 'the employer must be a member enterprise');
    return found;
  }

  private async visibleOrganization(em: EntityManager, field: string, id: string | null | undefined): Promise<Organization | null> {
    if (id === null || id === undefined) return null;
    const found = await namedOrganization(em, this.actor, field, id);
    if (found.archivedAt) throw BadInputError.field(field, 'archived', `organization "${found.name}" is archived`);
    return found;
  }

  /**
   * A national id is recorded once. The caller hears "taken" only when it may read the id of
   * the person who holds it; otherwise the answer is the guard's "not accepted", which an
   * account past its budget also gets for every id (docs/api.md, "Uniqueness without an oracle").
   */
  private async uniquenessProblems(em: EntityManager, nationalId: string | null, selfId: number | null, guard: UniquenessGuard, unchanged: string | null = null): Promise<FieldProblem[]> {
    if (!nationalId || nationalId === unchanged) return [];
    if (!(await guard.allows(em, NATIONAL_ID))) return [guard.refusal(NATIONAL_ID)];
    const index = this.cipher.index(nationalId, NATIONAL_ID);
    guard.tested(NATIONAL_ID, index);
    const holder = await em
      .createQueryBuilder(Person, 'p')
      .innerJoin(Organization, 'o', 'o.id = p.organizationId')
      .select(['p.id AS id', 'p.organizationId AS organizationId', 'o.path AS path'])
      .where('p.nationalIdIndex = :index', { index })
      .getRawOne<{ id: number; organizationId: number; path: string }>();
    if (!holder || Number(holder.id) === selfId) return [];
    const readable = actorSees(this.actor, holder.path) && this.mayReadNationalIds();
    return [
      guard.conflict(NATIONAL_ID, maskNationalId(nationalId), { recordType: RECORD, recordId: Number(holder.id), organizationId: Number(holder.organizationId), readable }, 'this national id is already recorded for another person'),
    ];
  }
}

function maskedIdRefusal(): BadInputError {
  return BadInputError.field(NATIONAL_ID, 'masked', 'a masked national id can only be sent back unchanged; type the whole id to change it');
}


function emptyFields(): Fields {
  return {
    name: '',
    gender: null,
    birthDate: null,
    ethnicity: null,
    education: null,
    phone: null,
    posts: null,
    membershipStatus: MembershipStatus.NON_MEMBER,
    relation: MembershipRelation.REGISTERED,
    admittedOn: null,
    fullMemberSince: null,
    nationalId: null,
  };
}

function pickFields(row: Person & { nationalId: string | null }): Fields {
  return Object.fromEntries([...WRITABLE_KEYS, NATIONAL_ID].map((k) => [k, row[k as keyof typeof row]])) as unknown as Fields;
}

function definedOnly(args: PersonFieldArgs & { name?: string | null }): Partial<Fields> {
  return Object.fromEntries(
    [...WRITABLE_KEYS, NATIONAL_ID].filter((k) => (args as Record<string, unknown>)[k] !== undefined).map((k) => [k, (args as Record<string, unknown>)[k]]),
  ) as Partial<Fields>;
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Trims text, and fills the birth date and gender from the national id where they are missing. */
function normalize(fields: Fields): Fields {
  const nationalId = blankToNull(fields.nationalId);
  const normalizedId = nationalId ? normalizeNationalId(nationalId) : null;
  const facts = normalizedId ? readNationalId(normalizedId) : null;
  return {
    name: fields.name.trim(),
    gender: fields.gender ?? (facts?.gender as Fields['gender']) ?? null,
    birthDate: blankToNull(fields.birthDate) ?? facts?.birthDate ?? null,
    ethnicity: blankToNull(fields.ethnicity),
    education: fields.education ?? null,
    phone: blankToNull(fields.phone),
    posts: blankToNull(fields.posts),
    membershipStatus: fields.membershipStatus ?? MembershipStatus.NON_MEMBER,
    relation: fields.relation ?? MembershipRelation.REGISTERED,
    admittedOn: blankToNull(fields.admittedOn),
    fullMemberSince: blankToNull(fields.fullMemberSince),
    nationalId: normalizedId,
  };
}

/** Statuses a record may be given by hand; the ones between are reached through a development case. */
const HAND_SET_STATUSES: readonly MembershipStatus[] = [MembershipStatus.NON_MEMBER, MembershipStatus.FULL, MembershipStatus.LEFT];

function consistencyProblems(fields: Fields, previous: MembershipStatus | null = null): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (fields.membershipStatus !== previous && !HAND_SET_STATUSES.includes(fields.membershipStatus)) {
    problems.push({ field: 'membershipStatus', constraint: 'pipelineStatus', message: 'applicants, activists, development targets and probationary members are recorded by opening a development case' });
  }
  const facts = fields.nationalId ? readNationalId(fields.nationalId) : null;
  if (facts && fields.birthDate && facts.birthDate !== fields.birthDate) {
    problems.push({ field: 'birthDate', constraint: 'nationalIdMismatch', message: `the national id says the birth date is ${facts.birthDate}` });
  }
  if (facts && fields.gender && facts.gender !== fields.gender) {
    problems.push({ field: 'gender', constraint: 'nationalIdMismatch', message: 'the national id says otherwise about the gender' });
  }
  const today = todayInChina();
  for (const field of ['birthDate', 'admittedOn', 'fullMemberSince'] as const) {
    if (fields[field] && fields[field]! > today) problems.push({ field, constraint: 'future', message: `${fields[field]} is in the future (today is ${today})` });
  }
  if (fields.birthDate && fields.birthDate <= today && ageOn(fields.birthDate, today) > MAX_AGE_YEARS) {
    problems.push({ field: 'birthDate', constraint: 'implausibleAge', message: `born ${fields.birthDate}, more than ${MAX_AGE_YEARS} years ago`, params: { max: MAX_AGE_YEARS } });
  }
  if (fields.fullMemberSince && fields.admittedOn && fields.fullMemberSince < fields.admittedOn) {
    problems.push({ field: 'fullMemberSince', constraint: 'beforeAdmission', message: 'a full member since a date before the admission' });
  }
  if (fields.fullMemberSince && fields.membershipStatus !== MembershipStatus.FULL && fields.membershipStatus !== MembershipStatus.LEFT) {
    problems.push({ field: 'fullMemberSince', constraint: 'notFullMember', message: 'only full members have a full-member date' });
  }
  return problems;
}
