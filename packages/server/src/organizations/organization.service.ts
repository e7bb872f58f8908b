import { expectVersion, writeVersioned } from '../db/versioned';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import { parseId, type ListArgsShape } from '../common/list';
import { pinyinInitials, pinyinSortKey } from '../common/pinyin';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { UniquenessGuard } from '../audit/uniqueness-guard';
import type { Database } from '../db/database';
import { namedBy } from '../db/references';
import { BadInputError, ConflictError, type FieldProblem } from '../kernel/errors';
import type { CreateOrganizationArgs, OrganizationFilter, UpdateOrganizationArgs } from './organization.args';
import { Organization, OrganizationKind, OrganizationStatus } from './organization.entity';
import { loadRules, type RuleValues } from './organization.rules-settings';
import { todayInChina } from '../common/dates';
import { ALLOWED_PARENT_KINDS, placementProblems, termDates } from './organization.rules';
import { pathOf, subtreeRange } from '../kernel/paths';
import { namedOrganization } from './organization.references';
import { OrganizationList, type OrganizationPageRow, type PageIncludes } from './organization.list';

const RECORD = 'Organization';

type Writable = Omit<CreateOrganizationArgs, 'parentId' | 'hostId'>;

const RECORD_WORD = 'organization';

/**
 * What modules above organizations keep about an organization's kind and archiving, told inside
 * the write's transaction (the organization's row locked) when either changes. Organizations
 * cannot import those modules (they stand on organizations); the composition root hands their
 * answer in (oversight's is `organizationUsesByOversight`, the regularity bands).
 */
export interface OrganizationUses {
  partyStateChanged(em: EntityManager, organizationId: number, before: Pick<Organization, 'kind' | 'archivedAt'>, after: Pick<Organization, 'kind' | 'archivedAt'>): Promise<void>;
}

export class OrganizationService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly uses: OrganizationUses,
    /** The day terms are judged on (China time): the overdue and due-soon filters read it. */
    today: () => string = () => todayInChina(),
  ) {
    this.list = new OrganizationList(db, actor, today);
  }

  private readonly list: OrganizationList;

  async get(id: string | number): Promise<Organization> {
    requirePermission(this.actor, 'organization:read');
    return this.list.get(id);
  }

  /** One page of the list, with the parents, hosts and counts asked for, in one statement (organization.list.ts). */
  async listPage(args: ListArgsShape<OrganizationFilter>, include: PageIncludes): Promise<OrganizationPageRow[]> {
    requirePermission(this.actor, 'organization:read');
    return this.list.page(args, include);
  }

  async count(filter: OrganizationFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'organization:read');
    return this.list.count(filter);
  }

  /** The list's rows as a query builder, for lookups of others in the same scope. */
  query(filter: OrganizationFilter, manager?: EntityManager): SelectQueryBuilder<Organization> {
    return this.list.query(filter, manager);
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
      expectVersion(RECORD_WORD, current, args.version);
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
      if (!(await writeVersioned(em, Organization, RECORD_WORD, current, changes))) return current;
      if (parentChanged) await this.moveSubtree(em, current, parent);
      const updated = await em.findOneByOrFail(Organization, { id: current.id });
      await this.uses.partyStateChanged(em, current.id, current, updated);
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
      expectVersion(RECORD_WORD, current, version);
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
      const archivedAt = new Date();
      await writeVersioned(em, Organization, RECORD_WORD, current, { archivedAt });
      await this.uses.partyStateChanged(em, current.id, current, { kind: current.kind, archivedAt });
      return this.audited(em, 'organization.archive', current);
    });
  }

  async restore(id: string, version: number): Promise<Organization> {
    requirePermission(this.actor, 'organization:archive');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      expectVersion(RECORD_WORD, current, version);
      if (!current.archivedAt) throw new ConflictError('notArchived', 'the organization is not archived');
      if (current.parentId !== null) {
        const parent = await em.findOneByOrFail(Organization, { id: current.parentId });
        if (parent.archivedAt) throw new ConflictError('parentArchived', `restore the parent organization "${parent.name}" first`);
      }
      await writeVersioned(em, Organization, RECORD_WORD, current, { archivedAt: null });
      await this.uses.partyStateChanged(em, current.id, current, { kind: current.kind, archivedAt: null });
      return this.audited(em, 'organization.restore', current);
    });
  }

  /** Deletes an organization nothing refers to; anything referred to is archived instead. */
  async delete(id: string, version?: number | null): Promise<Organization> {
    requirePermission(this.actor, 'organization:archive');
    return this.db.write(async (em) => {
      const current = await this.lockedGet(em, id);
      expectVersion(RECORD_WORD, current, version);
      // Every row that names it, whichever module keeps it (db/references.ts): organizations under
      // it or hosted by it, people, accounts, cases, meetings, venues and the rest.
      const references = await namedBy(em, Organization, current.id);
      if (references.length) throw new ConflictError('referenced', `${references.join(', ')} refer to this organization; archive it instead of deleting it`, { references });
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
    return this.list.locked(em, id);
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
    return id === null || id === undefined ? null : namedOrganization(em, this.actor, field, id);
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
      guard.tested('creditCode', fields.creditCode);
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
