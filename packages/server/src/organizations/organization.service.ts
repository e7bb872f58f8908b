import { Brackets, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { LIKE_ESCAPE, likeContains, pageWindow, parseId, resolveSort, type ListArgsShape } from '../common/list';
import { pinyinInitials, pinyinSortKey } from '../common/pinyin';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission, scopeToSubtree } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import type { Database } from '../db/database';
import { BadInputError, ConflictError, NotFoundError, type FieldProblem } from '../graphql/errors';
import type { CreateOrganizationArgs, OrganizationFilter, UpdateOrganizationArgs } from './organization.args';
import { Organization, OrganizationKind, OrganizationStatus } from './organization.entity';
import { ALLOWED_PARENT_KINDS, ENTERPRISE_HOLDING_KINDS, pathOf, placementProblems, subtreeRange } from './organization.rules';

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
  childCount: boolean;
  enterpriseCount: boolean;
}

export interface OrganizationPageRow {
  row: Organization;
  parent: Organization | null;
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
    const numeric = parseId(id);
    const found = numeric === null ? null : await this.query({ ids: [String(numeric)] }).getOne();
    if (!found) throw new NotFoundError(RECORD, id);
    return found;
  }

  /**
   * One page in one statement: the page's ids are chosen in a derived table (LIMIT inside,
   * so the join and the counts touch only the page), then joined to their rows, their
   * parents and the counts the caller asked for.
   */
  async listPage(args: ListArgsShape<OrganizationFilter>, include: PageIncludes): Promise<OrganizationPageRow[]> {
    requirePermission(this.actor, 'organization:read');
    const sort = resolveSort(args.sortField, args.sortOrder, SORTS, 'name');
    const { offset, limit } = pageWindow(args);
    const inner = this.query(args.filter ?? {}).select('o.id', 'id');
    sort.columns.forEach((column, i) => (i === 0 ? inner.orderBy(column, sort.direction) : inner.addOrderBy(column, sort.direction)));
    inner.addOrderBy('o.id', sort.direction).offset(offset).limit(limit);

    const outer = this.db.manager
      .createQueryBuilder(Organization, 'row')
      .innerJoin(`(${inner.getQuery()})`, 'page', 'page.id = row.id')
      .setParameters(inner.getParameters());
    if (include.parent) outer.leftJoinAndMapOne('row.parentRow', Organization, 'up', 'up.id = row.parentId');
    if (include.childCount) {
      outer.addSelect('(SELECT COUNT(*) FROM organization c WHERE c.parentId = row.id AND c.archivedAt IS NULL)', 'childCount');
    }
    if (include.enterpriseCount) {
      const upper = this.db.concat('SUBSTR(row.path, 1, LENGTH(row.path) - 1)', "'0'");
      outer.addSelect(
        `CASE WHEN row.kind IN (${ENTERPRISE_HOLDING_KINDS.map((k) => `'${k}'`).join(', ')}) THEN (SELECT COUNT(*) FROM organization e WHERE e.kind = '${OrganizationKind.ENTERPRISE}' AND e.path > row.path AND e.path < ${upper} AND e.archivedAt IS NULL) ELSE 0 END`,
        'enterpriseCount',
      );
    }
    sort.columns.forEach((column, i) => {
      const outerColumn = column.replace(/^o\./, 'row.');
      if (i === 0) outer.orderBy(outerColumn, sort.direction);
      else outer.addOrderBy(outerColumn, sort.direction);
    });
    outer.addOrderBy('row.id', sort.direction);

    const { entities, raw } = await outer.getRawAndEntities();
    const extras = new Map<number, { childCount: number; enterpriseCount: number }>();
    for (const r of raw as Record<string, unknown>[]) {
      extras.set(Number(r.row_id), { childCount: Number(r.childCount ?? 0), enterpriseCount: Number(r.enterpriseCount ?? 0) });
    }
    return entities.map((row) => {
      const extra = extras.get(row.id);
      const withParent = row as Organization & { parentRow?: Organization };
      return {
        row,
        parent: withParent.parentRow && actorSees(this.actor, withParent.parentRow.path) ? withParent.parentRow : null,
        childCount: include.childCount ? (extra?.childCount ?? 0) : undefined,
        enterpriseCount: include.enterpriseCount ? (extra?.enterpriseCount ?? 0) : undefined,
      };
    });
  }

  async count(filter: OrganizationFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'organization:read');
    return this.query(filter ?? {}).getCount();
  }

  /** The one place list filters become SQL; every list and count goes through it. */
  query(filter: OrganizationFilter, manager: EntityManager = this.db.manager): SelectQueryBuilder<Organization> {
    const qb = scopeToSubtree(manager.createQueryBuilder(Organization, 'o'), 'o.path', this.actor);
    // Lookups by id find archived organizations too, unless the filter says otherwise.
    if (filter.archived === true) qb.andWhere('o.archivedAt IS NOT NULL');
    else if (filter.archived === false || !filter.ids) qb.andWhere('o.archivedAt IS NULL');

    const q = filter.q?.trim();
    if (q) {
      qb.andWhere(
        new Brackets((w) => {
          w.where(`o.name LIKE :qContains ${LIKE_ESCAPE}`, { qContains: likeContains(q) })
            .orWhere(`o.shortName LIKE :qContains ${LIKE_ESCAPE}`)
            .orWhere(`o.nameInitials LIKE :qInitials ${LIKE_ESCAPE}`, { qInitials: likeContains(q.toLowerCase()) })
            .orWhere('o.creditCode = :qExact', { qExact: q.toUpperCase() });
        }),
      );
    }
    if (filter.ids) {
      const ids = filter.ids.map(parseId).filter((id): id is number => id !== null);
      if (ids.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('o.id IN (:...ids)', { ids });
    }
    if (filter.kind) qb.andWhere('o.kind = :kind', { kind: filter.kind });
    if (filter.kind_in) {
      if (filter.kind_in.length === 0) qb.andWhere('1 = 0');
      else qb.andWhere('o.kind IN (:...kinds)', { kinds: filter.kind_in });
    }
    if (filter.parentId !== undefined && filter.parentId !== null) {
      qb.andWhere('o.parentId = :parentId', { parentId: parseId(filter.parentId) ?? -1 });
    }
    if (filter.hostId !== undefined && filter.hostId !== null) {
      qb.andWhere('o.hostId = :hostId', { hostId: parseId(filter.hostId) ?? -1 });
    }
    if (filter.descendantsOf !== undefined && filter.descendantsOf !== null) {
      const root = parseId(filter.descendantsOf);
      qb.andWhere(
        `o.path > (SELECT r.path FROM organization r WHERE r.id = :rootId) AND o.path < (SELECT ${this.db.concat(
          "SUBSTR(r2.path, 1, LENGTH(r2.path) - 1)",
          "'0'",
        )} FROM organization r2 WHERE r2.id = :rootId)`,
        { rootId: root ?? -1 },
      );
    }
    if (filter.status) qb.andWhere('o.status = :status', { status: filter.status });
    if (filter.originProvince) qb.andWhere('o.originProvince = :province', { province: filter.originProvince });
    if (filter.foundedOn_gte) qb.andWhere('o.foundedOn >= :foundedFrom', { foundedFrom: filter.foundedOn_gte });
    if (filter.foundedOn_lte) qb.andWhere('o.foundedOn <= :foundedTo', { foundedTo: filter.foundedOn_lte });
    if (typeof filter.employeeCount_gte === 'number') qb.andWhere('o.employeeCount >= :empFrom', { empFrom: filter.employeeCount_gte });
    if (typeof filter.employeeCount_lte === 'number') qb.andWhere('o.employeeCount <= :empTo', { empTo: filter.employeeCount_lte });
    return qb;
  }

  async create(args: CreateOrganizationArgs): Promise<Organization> {
    requirePermission(this.actor, 'organization:write');
    if (args.status && args.status !== OrganizationStatus.NORMAL) requirePermission(this.actor, 'organization:setStatus', 'your role may not set the status');
    return this.db.write(async (em) => {
      const parent = await this.reference(em, 'parentId', args.parentId);
      const host = await this.reference(em, 'hostId', args.hostId);
      const fields = normalize(args);
      const problems = placementProblems({ ...fields, parent, host });
      problems.push(...(await this.uniquenessProblems(em, fields, parent?.id ?? null, null)));
      if (problems.length) throw new BadInputError(problems);

      const row = em.create(Organization, {
        ...fields,
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
      if (parent && parentChanged && parent.path.startsWith(current.path)) {
        problems.push({ field: 'parentId', constraint: 'cycle', message: 'an organization cannot move under itself or its own subtree' });
      }
      if (parent?.id === current.id) problems.push({ field: 'parentId', constraint: 'cycle', message: 'an organization cannot be its own parent' });
      if (merged.kind !== current.kind) problems.push(...(await this.childKindProblems(em, current, merged.kind)));
      problems.push(...(await this.uniquenessProblems(em, merged, parent?.id ?? null, current.id)));
      if (problems.length) throw new BadInputError(problems);

      const changes: Partial<Organization> = {
        ...merged,
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

  private async uniquenessProblems(em: EntityManager, fields: Writable, parentId: number | null, selfId: number | null): Promise<FieldProblem[]> {
    const problems: FieldProblem[] = [];
    const sibling = await em
      .createQueryBuilder(Organization, 'o')
      .where(parentId === null ? 'o.parentId IS NULL' : 'o.parentId = :parentId', { parentId })
      .andWhere('o.name = :name', { name: fields.name })
      .andWhere(selfId === null ? '1 = 1' : 'o.id <> :selfId', { selfId })
      .getOne();
    if (sibling) problems.push({ field: 'name', constraint: 'taken', message: `"${fields.name}" already exists under the same parent` });
    if (fields.creditCode) {
      const holder = await em.findOneBy(Organization, { creditCode: fields.creditCode });
      if (holder && holder.id !== selfId) {
        problems.push({ field: 'creditCode', constraint: 'taken', message: `credit code ${fields.creditCode} is already used by another organization` });
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

function staleVersion(current: Organization): ConflictError {
  return new ConflictError('staleVersion', 'someone else changed this organization since you read it; reload and try again', {
    currentVersion: current.version,
  });
}

const AUDITED_FIELDS = [
  'kind',
  'name',
  'shortName',
  'parentId',
  'hostId',
  'status',
  'creditCode',
  'originProvince',
  'industry',
  'employeeCount',
  'foundedOn',
  'address',
  'phone',
  'archivedAt',
] as const;

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
  'address',
  'phone',
] as const;

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
    address: blankToNull(fields.address),
    phone: blankToNull(fields.phone),
  };
}
