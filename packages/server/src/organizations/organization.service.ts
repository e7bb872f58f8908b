import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE, likeContains, pageWindow, parseId, resolveSort, type ListArgsShape, validIds, getById } from '../common/list';
import { pinyinInitials, pinyinSortKey } from '../common/pinyin';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission, scopeCondition, scopeToSubtree } from '../access/scope';
import { applyConditions, Conditions } from '../db/conditions';
import { AuditService, diffChanges } from '../audit/audit.service';
import { UniquenessGuard } from '../audit/uniqueness-guard';
import type { Database } from '../db/database';
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from '../kernel/errors';
import type { CreateOrganizationArgs, OrganizationFilter, UpdateOrganizationArgs } from './organization.args';
import { Organization, OrganizationKind, OrganizationStatus, PARTY_KINDS, TermState } from './organization.entity';
import { loadRules, type RuleValues } from './organization.rules-settings';
import { todayInChina } from '../common/dates';
import { ALLOWED_PARENT_KINDS, ENTERPRISE_HOLDING_KINDS, placementProblems, termDates } from './organization.rules';
import { pathOf, subtreeRange } from '../kernel/paths';

const SORTS: Record<string, string[]> = {
  id: ['o.id'],
  name: ['o.namePinyin'],
  namePinyin: ['o.namePinyin'],
  kind: ['o.kind', 'o.namePinyin'],
  status: ['o.status', 'o.namePinyin'],
  originProvince: ['o.originProvince', 'o.namePinyin'],
  foundedOn: ['o.foundedOn'],
  employeeCount: ['o.employeeCount'],
  depth: ['o.depth', 'o.namePinyin'],
  createdAt: ['o.createdAt'],
  updatedAt: ['o.updatedAt'],
};

const RECORD = 'Organization';

export interface PageIncludes {
  parent: boolean;
  host?: boolean;
  childCount: boolean;
  enterpriseCount: boolean;
  /** Fields asked of each row; null or absent: every column. */
  fields?: ReadonlySet<string> | null;
  /** Fields asked of each row's parent; null or absent: every column. */
  parentFields?: ReadonlySet<string> | null;
  /** Fields asked of each row's host; null or absent: every column. */
  hostFields?: ReadonlySet<string> | null;
}

export interface OrganizationPageRow {
  row: Organization;
  /** Null when there is none or it lies out of the actor's scope. */
  parent: Organization | null;
  /** Null when there is none or it lies out of the actor's scope; undefined when not asked for. */
  host?: Organization | null;
  childCount?: number;
  enterpriseCount?: number;
}

type Writable = Omit<CreateOrganizationArgs, 'parentId' | 'hostId'>;

export class OrganizationService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
  ) {}

  async get(id: string | number): Promise<Organization> {
    requirePermission(this.actor, 'organization:read');
    return getById(RECORD, id, (numeric) => this.query({ ids: [String(numeric)] }));
  }

  /**
   * One page in one statement: the page's ids (and sort keys) are chosen in a derived table
   * (LIMIT inside, so the joins and the counts touch only the page), then joined to their rows,
   * their parents and hosts and the counts the caller asked for, in the derived table's order.
   * Only the columns the caller asked for are read; rows come back as `Organization` objects
   * holding those columns and the ones their relations and counts need (see RESOLVED_FIELDS).
   */
  async listPage(args: ListArgsShape<OrganizationFilter>, include: PageIncludes): Promise<OrganizationPageRow[]> {
    requirePermission(this.actor, 'organization:read');
    const sort = resolveSort(args.sortField, args.sortOrder, SORTS, 'name');
    const { offset, limit } = pageWindow(args);
    const where = this.conditions(args.filter ?? {});
    // Sort keys other than the id travel out of the derived table, so the outer ORDER BY sorts the page alone.
    let sortKeys = '';
    const order: string[] = [];
    const keys = sort.columns.map((column, i) => {
      order.push(`${column} ${sort.direction}`);
      if (column === 'o.id') return 'pg.id';
      sortKeys += `, ${column} AS s${i}`;
      return `pg.s${i}`;
    });
    if (!sort.columns.includes('o.id')) {
      order.push(`o.id ${sort.direction}`);
      keys.push('pg.id');
    }
    const shape = pageShape(this.db, include);
    const sql =
      `SELECT ${shape.select} FROM (SELECT o.id AS id${sortKeys} FROM organization o${where.where()} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?) pg` +
      ` INNER JOIN organization r ON r.id = pg.id${shape.joins} ORDER BY ${keys.map((key) => `${key} ${sort.direction}`).join(', ')}`;
    const raw = await this.db.readArrays(sql, [...where.params, limit, offset]);

    // A related row out of the actor's scope reads as missing, as relations do everywhere.
    const related = (r: unknown[], at: number, picked: PageColumn[], idAt: number) => {
      if (r[idAt] === null || r[idAt] === undefined) return null;
      const found = hydrate(r, at, picked);
      return actorSees(this.actor, found.path) ? found : null;
    };
    const { parentAt, parentIdAt, hostAt, hostIdAt, childCountAt, enterpriseCountAt } = shape;
    return raw.map((r) => ({
      row: hydrate(r, 0, shape.row),
      parent: shape.parent ? related(r, parentAt, shape.parent, parentIdAt) : null,
      host: shape.host ? related(r, hostAt, shape.host, hostIdAt) : undefined,
      childCount: childCountAt >= 0 ? Number(r[childCountAt] ?? 0) : undefined,
      enterpriseCount: enterpriseCountAt >= 0 ? Number(r[enterpriseCountAt] ?? 0) : undefined,
    }));
  }

  async count(filter: OrganizationFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'organization:read');
    return this.query(filter ?? {}).getCount();
  }

  /** Lists, counts and lookups by id through the query builder, on the same conditions as the list page. */
  query(filter: OrganizationFilter, manager: EntityManager = this.db.manager): SelectQueryBuilder<Organization> {
    return applyConditions(manager.createQueryBuilder(Organization, 'o'), this.conditions(filter));
  }

  /** The one place list filters become SQL, on the alias `o`, the viewer's scope included. */
  private conditions(filter: OrganizationFilter): Conditions {
    const where = scopeCondition(new Conditions(), 'o.path', this.actor);
    // Lookups by id find archived organizations too, unless the filter says otherwise.
    if (filter.archived === true) where.add('o.archivedAt IS NOT NULL');
    else if (filter.archived === false || !filter.ids) where.add('o.archivedAt IS NULL');

    const q = filter.q?.trim();
    if (q) {
      const contains = likeContains(q);
      where.add(
        `(o.name LIKE ? ${LIKE_ESCAPE} OR o.shortName LIKE ? ${LIKE_ESCAPE} OR o.nameInitials LIKE ? ${LIKE_ESCAPE} OR o.creditCode = ?)`,
        contains,
        contains,
        likeContains(q.toLowerCase()),
        q.toUpperCase(),
      );
    }
    if (filter.ids) {
      const ids = validIds(filter.ids);
      if (ids.length === 0) where.add('1 = 0');
      else where.add(`o.id IN (${Conditions.placeholders(ids.length)})`, ...ids);
    }
    if (filter.kind) where.add('o.kind = ?', filter.kind);
    if (filter.kind_in) {
      if (filter.kind_in.length === 0) where.add('1 = 0');
      else where.add(`o.kind IN (${Conditions.placeholders(filter.kind_in.length)})`, ...filter.kind_in);
    }
    if (filter.parentId !== undefined && filter.parentId !== null) where.add('o.parentId = ?', parseId(filter.parentId) ?? -1);
    if (filter.hostId !== undefined && filter.hostId !== null) where.add('o.hostId = ?', parseId(filter.hostId) ?? -1);
    if (filter.descendantsOf !== undefined && filter.descendantsOf !== null) {
      const root = parseId(filter.descendantsOf) ?? -1;
      const upper = this.db.concat('SUBSTR(r2.path, 1, LENGTH(r2.path) - 1)', "'0'");
      where.add(
        `o.path > (SELECT r.path FROM organization r WHERE r.id = ?) AND o.path < (SELECT ${upper} FROM organization r2 WHERE r2.id = ?)`,
        root,
        root,
      );
    }
    if (filter.status) where.add('o.status = ?', filter.status);
    if (filter.originProvince) where.add('o.originProvince = ?', filter.originProvince);
    if (filter.foundedOn_gte) where.add('o.foundedOn >= ?', filter.foundedOn_gte);
    if (filter.foundedOn_lte) where.add('o.foundedOn <= ?', filter.foundedOn_lte);
    if (typeof filter.employeeCount_gte === 'number') where.add('o.employeeCount >= ?', filter.employeeCount_gte);
    if (typeof filter.employeeCount_lte === 'number') where.add('o.employeeCount <= ?', filter.employeeCount_lte);
    if (filter.termState) {
      const today = todayInChina();
      if (filter.termState === TermState.NONE) where.add(`o.termEndsOn IS NULL AND o.kind IN (${Conditions.placeholders(PARTY_KINDS.length)})`, ...PARTY_KINDS);
      if (filter.termState === TermState.OVERDUE) where.add('o.termEndsOn <= ?', today);
      if (filter.termState === TermState.DUE_SOON) where.add('o.termEndsOn > ? AND o.termDueSoonOn <= ?', today, today);
      if (filter.termState === TermState.CURRENT) where.add('o.termDueSoonOn > ?', today);
    }
    return where;
  }

  async create(args: CreateOrganizationArgs): Promise<Organization> {
    requirePermission(this.actor, 'organization:write');
    if (args.status && args.status !== OrganizationStatus.NORMAL) requirePermission(this.actor, 'organization:setStatus', 'your role may not set the status');
    return UniquenessGuard.around(this.db, this.actor, (guard) => this.createIn(args, guard));
  }

  private async createIn(args: CreateOrganizationArgs, guard: UniquenessGuard): Promise<Organization> {
    return this.db.write(async (em) => {
      const parent = await this.reference(em, 'parentId', args.parentId);
      const host = await this.reference(em, 'hostId', args.hostId);
      const fields = normalize(args);
      const problems = placementProblems({ ...fields, parent, host });
      problems.push(...termProblems(fields.termStartedOn));
      problems.push(...(await this.uniquenessProblems(em, fields, parent?.id ?? null, null, guard)));
      if (problems.length) throw new BadInputError(problems);

      const row = em.create(Organization, {
        ...fields,
        ...termDates(fields.kind, fields.termStartedOn, await loadRules(em)),
        namePinyin: pinyinSortKey(fields.name),
        nameInitials: searchInitials(fields.name, fields.shortName),
        parentId: parent?.id ?? null,
        hostId: host?.id ?? null,
        path: '',
        depth: parent ? parent.depth + 1 : 0,
      });
      const saved = await em.save(row);
      saved.path = pathOf(parent?.path ?? null, saved.id);
      // Setting the version explicitly keeps TypeORM from counting this second write as a new version.
      await em.createQueryBuilder().update(Organization).set({ path: saved.path, version: saved.version }).where('id = :id', { id: saved.id }).execute();
      const created = await em.findOneByOrFail(Organization, { id: saved.id });
      await this.audit.record(em, this.actor, {
        action: 'organization.create',
        recordType: RECORD,
        recordId: created.id,
        organizationId: created.id,
        changes: diffChanges(null, created, AUDITED_FIELDS),
      });
      return created;
    });
  }

  async update(args: UpdateOrganizationArgs): Promise<Organization> {
    requirePermission(this.actor, 'organization:write');
    return UniquenessGuard.around(this.db, this.actor, (guard) => this.updateIn(args, guard));
  }

  private async updateIn(args: UpdateOrganizationArgs, guard: UniquenessGuard): Promise<Organization> {
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, args.id);
      if (current.version !== args.version) throw staleVersion(current);
      if (args.status !== undefined && args.status !== current.status) {
        requirePermission(this.actor, 'organization:setStatus', 'your role may not change the status');
      }

      const problems: FieldProblem[] = [];
      for (const required of ['kind', 'name'] as const) {
        if (args[required] === null) problems.push({ field: required, constraint: 'required', message: `${required} cannot be empty` });
      }
      if (problems.length) throw new BadInputError(problems);

      const parentChanged = args.parentId !== undefined && parseId(args.parentId) !== current.parentId;
      const parent = parentChanged
        ? await this.reference(em, 'parentId', args.parentId)
        : current.parentId === null
          ? null
          : await em.findOneByOrFail(Organization, { id: current.parentId });
      const host = args.hostId !== undefined ? await this.reference(em, 'hostId', args.hostId) : current.hostId === null ? null : await em.findOneBy(Organization, { id: current.hostId });

      const merged = normalize({ ...pickWritable(current), ...definedOnly(args) } as Writable);
      problems.push(...placementProblems({ ...merged, parent, host }));
      if (merged.termStartedOn !== current.termStartedOn) problems.push(...termProblems(merged.termStartedOn));
      if (parent && parentChanged && parent.path.startsWith(current.path)) {
        problems.push({ field: 'parentId', constraint: 'cycle', message: 'an organization cannot move under itself or its own subtree' });
      }
      if (parent?.id === current.id) problems.push({ field: 'parentId', constraint: 'cycle', message: 'an organization cannot be its own parent' });
      if (merged.kind !== current.kind) problems.push(...(await this.childKindProblems(em, current, merged.kind)));
      problems.push(...(await this.uniquenessProblems(em, merged, parent?.id ?? null, current.id, guard, current.creditCode)));
      if (problems.length) throw new BadInputError(problems);

      const changes: Partial<Organization> = {
        ...merged,
        ...termDates(merged.kind, merged.termStartedOn, await loadRules(em)),
        namePinyin: pinyinSortKey(merged.name),
        nameInitials: searchInitials(merged.name, merged.shortName),
        parentId: parent?.id ?? null,
        hostId: host?.id ?? null,
      };
      await this.compareAndSet(em, current, changes);
      if (parentChanged) await this.moveSubtree(em, current, parent);
      const updated = await em.findOneByOrFail(Organization, { id: current.id });
      await this.audit.record(em, this.actor, {
        action: 'organization.update',
        recordType: RECORD,
        recordId: current.id,
        organizationId: current.id,
        changes: diffChanges(current, updated, AUDITED_FIELDS),
      });
      return updated;
    });
  }

  async archive(id: string, version: number): Promise<Organization> {
    requirePermission(this.actor, 'organization:archive');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      if (current.version !== version) throw staleVersion(current);
      if (current.archivedAt) throw new ConflictError('alreadyArchived', 'the organization is already archived');
      const active = await em
        .createQueryBuilder(Organization, 'c')
        .where('c.parentId = :id AND c.archivedAt IS NULL', { id: current.id })
        .getCount();
      if (active > 0) {
        throw new ConflictError('hasActiveChildren', `archive or move its ${active} active sub-organizations first`, { activeChildren: active });
      }
      const hosted = await em
        .createQueryBuilder(Organization, 'h')
        .where('h.hostId = :id AND h.archivedAt IS NULL', { id: current.id })
        .getCount();
      if (hosted > 0) {
        throw new ConflictError('hostsActive', `${hosted} active organizations sit in this one; archive them or give them another host first`, { hosted });
      }
      await this.compareAndSet(em, current, { archivedAt: new Date() });
      return this.audited(em, 'organization.archive', current);
    });
  }

  async restore(id: string, version: number): Promise<Organization> {
    requirePermission(this.actor, 'organization:archive');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      if (current.version !== version) throw staleVersion(current);
      if (!current.archivedAt) throw new ConflictError('notArchived', 'the organization is not archived');
      if (current.parentId !== null) {
        const parent = await em.findOneByOrFail(Organization, { id: current.parentId });
        if (parent.archivedAt) throw new ConflictError('parentArchived', `restore the parent organization "${parent.name}" first`);
      }
      await this.compareAndSet(em, current, { archivedAt: null });
      return this.audited(em, 'organization.restore', current);
    });
  }

  /** Deletes an organization nothing refers to; anything referred to is archived instead. */
  async delete(id: string, version?: number | null): Promise<Organization> {
    requirePermission(this.actor, 'organization:archive');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      if (version !== undefined && version !== null && current.version !== version) throw staleVersion(current);
      const children = await em.countBy(Organization, { parentId: current.id });
      const hosted = await em.countBy(Organization, { hostId: current.id });
      if (children + hosted > 0) {
        throw new ConflictError('referenced', `${children + hosted} organizations refer to this one; archive it instead of deleting it`, {
          children,
          hosted,
        });
      }
      await em.delete(Organization, { id: current.id });
      await this.audit.record(em, this.actor, {
        action: 'organization.delete',
        recordType: RECORD,
        recordId: current.id,
        organizationId: current.parentId,
        changes: diffChanges(current, {}, AUDITED_FIELDS),
      });
      return current;
    });
  }

  private async audited(em: EntityManager, action: string, before: Organization): Promise<Organization> {
    const after = await em.findOneByOrFail(Organization, { id: before.id });
    await this.audit.record(em, this.actor, {
      action,
      recordType: RECORD,
      recordId: before.id,
      organizationId: before.id,
      changes: diffChanges(before, after, AUDITED_FIELDS),
    });
    return after;
  }

  /** The row to change, locked on MySQL; out of the actor's scope it does not exist. */
  private async lockedGet(em: EntityManager, id: string | number): Promise<Organization> {
    const numeric = parseId(id);
    const qb = scopeToSubtree(em.createQueryBuilder(Organization, 'o').where('o.id = :id', { id: numeric ?? -1 }), 'o.path', this.actor);
    if (this.db.dialect === 'mysql') qb.setLock('pessimistic_write');
    const found = numeric === null ? null : await qb.getOne();
    if (!found) throw new NotFoundError(RECORD, id);
    return found;
  }

  private async compareAndSet(em: EntityManager, current: Organization, changes: Partial<Organization>): Promise<void> {
    const result = await em
      .createQueryBuilder()
      .update(Organization)
      .set({ ...changes, version: () => 'version + 1' } as never)
      .where('id = :id AND version = :version', { id: current.id, version: current.version })
      .execute();
    if (result.affected === 0) throw staleVersion(current);
  }

  private async moveSubtree(em: EntityManager, current: Organization, parent: Organization | null): Promise<void> {
    const newPath = pathOf(parent?.path ?? null, current.id);
    const depthDelta = (parent ? parent.depth + 1 : 0) - current.depth;
    const { low, high } = subtreeRange(current.path);
    await em
      .createQueryBuilder()
      .update(Organization)
      .set({
        path: () => this.db.concat(':newPath', `SUBSTR(path, ${current.path.length + 1})`),
        depth: () => `depth + ${depthDelta}`,
      } as never)
      .where('path >= :low AND path < :high', { low, high })
      .setParameter('newPath', newPath)
      .execute();
  }

  private async reference(em: EntityManager, field: 'parentId' | 'hostId', id: string | null | undefined): Promise<Organization | null> {
    if (id === null || id === undefined) return null;
    const numeric = parseId(id);
    const found = numeric === null ? null : await em.findOneBy(Organization, { id: numeric });
    if (!found || !actorSees(this.actor, found.path)) throw BadInputError.field(field, 'notFound', `organization ${id} does not exist`);
    return found;
  }

  /**
   * A name is unique under its parent (whose children the caller sees), a credit code across
   * the whole tree: the caller hears "taken" only for a holder in its scope; a holder outside
   * it gets the guard's "not accepted" (docs/api.md, "Uniqueness without an oracle").
   */
  private async uniquenessProblems(em: EntityManager, fields: Writable, parentId: number | null, selfId: number | null, guard: UniquenessGuard, unchangedCode: string | null = null): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const sibling = await em
      .createQueryBuilder(Organization, 'o')
      .where(parentId === null ? 'o.parentId IS NULL' : 'o.parentId = :parentId', { parentId })
      .andWhere('o.name = :name', { name: fields.name })
      .andWhere(selfId === null ? '1 = 1' : 'o.id <> :selfId', { selfId })
      .getOne();
    if (sibling) problems.push({ field: 'name', constraint: 'taken', message: `"${fields.name}" already exists under the same parent` });
    if (fields.creditCode && fields.creditCode !== unchangedCode) {
      if (!(await guard.allows(em, 'creditCode'))) return [...problems, guard.refusal('creditCode')];
      guard.tested('creditCode');
      const holder = await em.findOneBy(Organization, { creditCode: fields.creditCode });
      if (holder && holder.id !== selfId) {
        const readable = actorSees(this.actor, holder.path);
        problems.push(guard.conflict('creditCode', fields.creditCode, { recordType: RECORD, recordId: holder.id, organizationId: holder.id, readable }, `credit code ${fields.creditCode} is already used by another organization`));
      }
    }
    return problems;
  }

  private async childKindProblems(em: EntityManager, current: Organization, kind: OrganizationKind): Promise<FieldProblem[]> {
    const rows: { kind: OrganizationKind }[] = await em
      .createQueryBuilder(Organization, 'c')
      .select('DISTINCT c.kind', 'kind')
      .where('c.parentId = :id', { id: current.id })
      .getRawMany();
    const misfits = rows.map((r) => r.kind).filter((childKind) => !ALLOWED_PARENT_KINDS[childKind].includes(kind));
    return misfits.length
      ? [{ field: 'kind', constraint: 'childKinds', message: `its sub-organizations (${misfits.join(', ')}) cannot sit under a ${kind}` }]
      : [];
  }
}

/** Initials of the name and the short name: "gzshnsh hnsh" lets "hnsh" find 贵州省湖南商会. */
function searchInitials(name: string, shortName: string | null): string {
  const full = pinyinInitials(name).slice(0, 59);
  return shortName ? `${full} ${pinyinInitials(shortName).slice(0, 40)}` : full;
}

/** A term starts on a real day, not in the future. */
function termProblems(startedOn: string | null): FieldProblem[] {
  return startedOn && startedOn > todayInChina() ? [{ field: 'termStartedOn', constraint: 'future', message: 'the term cannot start in the future' }] : [];
}

/** Brings every stored term end in line with changed rules (term years, months of notice), in the rules' transaction. */
export async function recomputeTerms(em: EntityManager, rules: RuleValues): Promise<void> {
  const rows: { id: number; kind: OrganizationKind; termStartedOn: string }[] = await em
    .createQueryBuilder(Organization, 'o')
    .select(['o.id AS id', 'o.kind AS kind', 'o.termStartedOn AS termStartedOn'])
    .where('o.termStartedOn IS NOT NULL')
    .getRawMany();
  for (const row of rows) {
    const started = typeof row.termStartedOn === 'string' ? row.termStartedOn.slice(0, 10) : new Date(row.termStartedOn).toISOString().slice(0, 10);
    await em.createQueryBuilder().update(Organization).set(termDates(row.kind, started, rules)).where('id = :id', { id: row.id }).execute();
  }
}

function staleVersion(current: Organization): ConflictError {
  return new ConflictError('staleVersion', 'someone else changed this organization since you read it; reload and try again', {
    currentVersion: current.version,
  });
}

const WRITABLE_KEYS = [
  'kind',
  'name',
  'shortName',
  'status',
  'creditCode',
  'originProvince',
  'industry',
  'employeeCount',
  'foundedOn',
  'termStartedOn',
  'address',
  'phone',
] as const;

const AUDITED_FIELDS = [...WRITABLE_KEYS, 'parentId', 'hostId', 'archivedAt'] as const;

function pickWritable(row: Organization): Writable {
  return Object.fromEntries(WRITABLE_KEYS.map((k) => [k, row[k]])) as unknown as Writable;
}

function definedOnly(args: UpdateOrganizationArgs): Partial<Writable> {
  return Object.fromEntries(WRITABLE_KEYS.filter((k) => args[k] !== undefined).map((k) => [k, args[k]])) as Partial<Writable>;
}

function blankToNull(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

function normalize(fields: Writable) {
  return {
    kind: fields.kind,
    name: fields.name.trim(),
    shortName: blankToNull(fields.shortName),
    status: fields.status ?? OrganizationStatus.NORMAL,
    creditCode: blankToNull(fields.creditCode)?.toUpperCase() ?? null,
    originProvince: blankToNull(fields.originProvince),
    industry: blankToNull(fields.industry),
    employeeCount: fields.employeeCount ?? null,
    foundedOn: blankToNull(fields.foundedOn),
    termStartedOn: blankToNull(fields.termStartedOn),
    address: blankToNull(fields.address),
    phone: blankToNull(fields.phone),
  };
}

/** Columns every row of a page carries, whatever was asked: the id, and the path that scope checks read. */
const PAGE_KEY_COLUMNS = ['id', 'path'];

/**
 * Fields of Organization answered by field resolvers rather than columns, with the columns
 * their resolvers read (besides the id and the path). A field missing here and from the columns
 * makes the page read every column.
 */
const RESOLVED_FIELDS: Record<string, readonly string[]> = {
  parent: ['parentId'],
  host: ['hostId'],
  ancestors: [],
  childCount: [],
  enterpriseCount: ['kind'],
  termState: ['termEndsOn', 'termDueSoonOn'],
  __typename: [],
};

interface PageColumn {
  propertyName: string;
  databaseName: string;
  /** Turns the driver's raw value into the entity's value; null when the raw value is already it. */
  convert: ((value: unknown) => unknown) | null;
}

/** The select list and joins of a list page for one set of requested fields, worked out once. */
interface PageShape {
  select: string;
  joins: string;
  /** The row's columns, first in the select list; each picked list holds the id and the path. */
  row: PageColumn[];
  /** Columns read of the parent and the host; null when not asked for. */
  parent: PageColumn[] | null;
  host: PageColumn[] | null;
  /** Where in a result row the parent's and the host's columns start, and where their ids are; -1 when not read. */
  parentAt: number;
  parentIdAt: number;
  hostAt: number;
  hostIdAt: number;
  /** Where in a result row the counts are; -1 when not read. */
  childCountAt: number;
  enterpriseCountAt: number;
}

/** Shapes kept per database; a client asking for ever new field sets only pushes the oldest out. */
const PAGE_SHAPES_KEPT = 200;

const pageShapesByDatabase = new WeakMap<Database, { all: PageColumn[]; shapes: Map<string, PageShape> }>();

/** Column metadata of Organization for list pages, prepared once per database. */
function organizationColumns(db: Database): PageColumn[] {
  const driver = db.dataSource.driver;
  return db.dataSource.getMetadata(Organization).columns.map((meta) => {
    // Text, integers and text enums come back from both drivers as they are; dates go through the driver, as TypeORM does.
    const textEnum = meta.type === 'simple-enum' && (meta.enum ?? []).every((value) => typeof value === 'string');
    const direct = !meta.transformer && (textEnum || meta.type === 'varchar' || meta.type === 'int' || meta.type === Number || meta.type === String);
    return {
      propertyName: meta.propertyName,
      databaseName: meta.databaseName,
      convert: direct ? null : (value: unknown) => driver.prepareHydratedValue(value, meta),
    };
  });
}

/** The columns to read for these fields; all of them when a field is not a plain column or none are named. */
function pickColumns(all: PageColumn[], fields: ReadonlySet<string> | null | undefined): PageColumn[] {
  if (!fields) return all;
  const wanted = new Set(PAGE_KEY_COLUMNS);
  for (const field of fields) {
    if (all.some((c) => c.propertyName === field)) wanted.add(field);
    else if (Object.prototype.hasOwnProperty.call(RESOLVED_FIELDS, field)) RESOLVED_FIELDS[field].forEach((column) => wanted.add(column));
    else return all;
  }
  return all.filter((c) => wanted.has(c.propertyName));
}

const fieldsKey = (fields: ReadonlySet<string> | null | undefined) => (fields ? [...fields].join(',') : '*');

/** The page's select list and joins for what the caller asked for: rows, parent and host columns, counts. */
function pageShape(db: Database, include: PageIncludes): PageShape {
  let cache = pageShapesByDatabase.get(db);
  if (!cache) pageShapesByDatabase.set(db, (cache = { all: organizationColumns(db), shapes: new Map() }));
  const key = [
    fieldsKey(include.fields),
    include.parent ? fieldsKey(include.parentFields) : '-',
    include.host ? fieldsKey(include.hostFields) : '-',
    include.childCount ? 'c' : '',
    include.enterpriseCount ? 'e' : '',
  ].join('|');
  const found = cache.shapes.get(key);
  if (found) return found;

  const q = (name: string) => db.dataSource.driver.escape(name);
  const row = pickColumns(cache.all, include.fields);
  const parent = include.parent ? pickColumns(cache.all, include.parentFields) : null;
  const host = include.host ? pickColumns(cache.all, include.hostFields) : null;
  const select = row.map((c) => `r.${q(c.databaseName)}`);
  let joins = '';
  const startOf = (columns: PageColumn[] | null, alias: string, key: string) => {
    if (!columns) return -1;
    const at = select.length;
    select.push(...columns.map((c) => `${alias}.${q(c.databaseName)}`));
    joins += ` LEFT JOIN organization ${alias} ON ${alias}.id = r.${key}`;
    return at;
  };
  const parentAt = startOf(parent, 'p', 'parentId');
  const hostAt = startOf(host, 'h', 'hostId');
  const idAt = (at: number, columns: PageColumn[] | null) => (columns ? at + columns.findIndex((c) => c.propertyName === 'id') : -1);
  const childCountAt = include.childCount ? select.push('(SELECT COUNT(*) FROM organization c WHERE c.parentId = r.id AND c.archivedAt IS NULL)') - 1 : -1;
  const enterpriseCountAt = include.enterpriseCount ? select.push(enterpriseCountSql(db)) - 1 : -1;

  const parentIdAt = idAt(parentAt, parent);
  const hostIdAt = idAt(hostAt, host);
  const shape = { select: select.join(', '), joins, row, parent, host, parentAt, parentIdAt, hostAt, hostIdAt, childCountAt, enterpriseCountAt };
  cache.shapes.set(key, shape);
  if (cache.shapes.size > PAGE_SHAPES_KEPT) cache.shapes.delete(cache.shapes.keys().next().value as string);
  return shape;
}

/** An Organization holding the given columns, read from a result row's values starting at `at`. */
function hydrate(values: unknown[], at: number, columns: PageColumn[]): Organization {
  const row = Object.create(Organization.prototype) as Record<string, unknown>;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const value = values[at + i];
    row[c.propertyName] = value === null || value === undefined ? null : c.convert ? c.convert(value) : value;
  }
  return row as unknown as Organization;
}

/**
 * Active member enterprises per page row. Enterprises sit directly under chambers
 * (ALLOWED_PARENT_KINDS), so a chamber counts its enterprise children, a lookup on the
 * (parentId, kind) index; agencies and coordination groups count the enterprises in their
 * subtree, a range of the (kind, path) index. MariaDB cannot use that range with bounds taken
 * from the outer row, which is why chambers, the holding rows a list shows most, take the lookup.
 */
function enterpriseCountSql(db: Database): string {
  const enterprise = `'${OrganizationKind.ENTERPRISE}'`;
  const subtreeKinds = ENTERPRISE_HOLDING_KINDS.filter((k) => k !== OrganizationKind.CHAMBER).map((k) => `'${k}'`).join(', ');
  const upper = db.concat('SUBSTR(r.path, 1, LENGTH(r.path) - 1)', "'0'");
  return (
    `CASE WHEN r.kind = '${OrganizationKind.CHAMBER}' THEN (SELECT COUNT(*) FROM organization e WHERE e.parentId = r.id AND e.kind = ${enterprise} AND e.archivedAt IS NULL)` +
    ` WHEN r.kind IN (${subtreeKinds}) THEN (SELECT COUNT(*) FROM organization e WHERE e.kind = ${enterprise} AND e.path > r.path AND e.path < ${upper} AND e.archivedAt IS NULL)` +
    ' ELSE 0 END'
  );
}
