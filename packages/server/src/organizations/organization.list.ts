import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees, referenceInScope, scopeCondition } from '../access/scope';
import { todayInChina } from '../common/dates';
import { LIKE_ESCAPE, compactPinyin, likeContains, parseId, pinyinContains, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import { subtreeEndSql, type Database } from '../db/database';
import { ListEngine, type PageRequest } from '../db/list-engine';
import type { OrganizationFilter } from './organization.args';
import { Organization, OrganizationKind, PARTY_KINDS, TermState } from './organization.entity';
import { ENTERPRISE_HOLDING_KINDS } from './organization.rules';

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

/** Columns every row and related row of a page carries: the path, which scope checks read. */
const KEY_COLUMNS = ['path'];

/** What a page of organizations reads besides its rows' columns. */
export interface PageIncludes {
  parent: boolean;
  host?: boolean;
  childCount: boolean;
  enterpriseCount: boolean;
  /** Columns read of each row; null or absent: every column. */
  columns?: ReadonlySet<string> | null;
  /** Columns read of each row's parent and host; null or absent: every column. */
  parentColumns?: ReadonlySet<string> | null;
  hostColumns?: ReadonlySet<string> | null;
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

/** The organization list on the list engine: its filters, sorts, and what a page of the tree reads per row (parents, hosts, counts). */
export class OrganizationList {
  private readonly engine: ListEngine<Organization, OrganizationFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    today: () => string = () => todayInChina(),
  ) {
    this.engine = new ListEngine(db, 'Organization', {
      entity: Organization,
      alias: 'o',
      sorts: SORTS,
      defaultSort: 'name',
      keyColumns: KEY_COLUMNS,
      where: (filter) => conditions(db, actor, filter, today),
    });
  }

  get(id: string | number, manager?: EntityManager): Promise<Organization> {
    return this.engine.get(id, manager);
  }

  locked(manager: EntityManager, id: string | number): Promise<Organization> {
    return this.engine.locked(manager, id);
  }

  count(filter: OrganizationFilter | null | undefined): Promise<number> {
    return this.engine.count(filter);
  }

  query(filter: OrganizationFilter, manager?: EntityManager): SelectQueryBuilder<Organization> {
    return this.engine.query(filter, manager);
  }

  /** One page in one statement, with the parents, hosts and counts asked for; a related row out of the actor's scope reads as missing. */
  async page(args: ListArgsShape<OrganizationFilter>, include: PageIncludes): Promise<OrganizationPageRow[]> {
    const request: PageRequest = { columns: include.columns, related: {}, computed: {} };
    if (include.parent) request.related!.parent = { entity: Organization, key: 'parentId', columns: include.parentColumns, keyColumns: KEY_COLUMNS };
    if (include.host) request.related!.host = { entity: Organization, key: 'hostId', columns: include.hostColumns, keyColumns: KEY_COLUMNS };
    if (include.childCount) request.computed!.childCount = CHILD_COUNT_SQL;
    if (include.enterpriseCount) request.computed!.enterpriseCount = enterpriseCountSql(this.db.dialect);
    const page = await this.engine.page(args, request);
    const seen = (row: unknown) => (row && actorSees(this.actor, (row as Organization).path) ? (row as Organization) : null);
    return page.map(({ row, related, computed }) => ({
      row,
      parent: include.parent ? seen(related.parent) : null,
      host: include.host ? seen(related.host) : undefined,
      childCount: include.childCount ? Number(computed.childCount ?? 0) : undefined,
      enterpriseCount: include.enterpriseCount ? Number(computed.enterpriseCount ?? 0) : undefined,
    }));
  }
}

const CHILD_COUNT_SQL = '(SELECT COUNT(*) FROM organization c WHERE c.parentId = r.id AND c.archivedAt IS NULL)';

/** The one place organization filters become SQL, on the alias `o`, the viewer's scope included. */
function conditions(db: Database, actor: Actor, filter: OrganizationFilter, today: () => string): Conditions {
  const where = scopeCondition(new Conditions(), 'o.path', actor);
  // Lookups by id find archived organizations too, unless the filter says otherwise.
  if (filter.archived === true) where.add('o.archivedAt IS NOT NULL');
  else if (filter.archived === false || !filter.ids) where.add('o.archivedAt IS NULL');

  const q = filter.q?.trim();
  if (q) {
    const contains = likeContains(q);
    const clauses = [`o.name LIKE ? ${LIKE_ESCAPE}`, `o.shortName LIKE ? ${LIKE_ESCAPE}`, `o.nameInitials LIKE ? ${LIKE_ESCAPE}`, 'o.creditCode = ?'];
    const values: unknown[] = [contains, contains, likeContains(q.toLowerCase()), q.toUpperCase()];
    // Whole pinyin finds what initials find: 湖南商会 by "hunan" or "hunanshanghui" as by "hnsh".
    const spelled = pinyinContains(q);
    if (spelled) {
      clauses.push(`${compactPinyin('o.namePinyin')} LIKE ? ${LIKE_ESCAPE}`);
      values.push(spelled);
    }
    where.add(`(${clauses.join(' OR ')})`, ...values);
  }
  if (filter.kind) where.add('o.kind = ?', filter.kind);
  if (filter.kind_in) {
    if (filter.kind_in.length === 0) where.add('1 = 0');
    else where.add(`o.kind IN (${Conditions.placeholders(filter.kind_in.length)})`, ...filter.kind_in);
  }
  if (filter.parentId !== undefined && filter.parentId !== null) where.add('o.parentId = ?', parseId(filter.parentId) ?? -1).and(referenceInScope('o.parentId', actor));
  if (filter.hostId !== undefined && filter.hostId !== null) where.add('o.hostId = ?', parseId(filter.hostId) ?? -1).and(referenceInScope('o.hostId', actor));
  if (filter.descendantsOf !== undefined && filter.descendantsOf !== null) {
    const root = parseId(filter.descendantsOf) ?? -1;
    const upper = db.subtreeEnd('r2.path');
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
    const day = today();
    if (filter.termState === TermState.NONE) where.add(`o.termEndsOn IS NULL AND o.kind IN (${Conditions.placeholders(PARTY_KINDS.length)})`, ...PARTY_KINDS);
    if (filter.termState === TermState.OVERDUE) where.add('o.termEndsOn <= ?', day);
    if (filter.termState === TermState.DUE_SOON) where.add('o.termEndsOn > ? AND o.termDueSoonOn <= ?', day, day);
    if (filter.termState === TermState.CURRENT) where.add('o.termDueSoonOn > ?', day);
  }
  return where;
}

/**
 * Active member enterprises per page row. Enterprises sit directly under chambers
 * (ALLOWED_PARENT_KINDS), so a chamber counts its enterprise children, a lookup on the
 * (parentId, kind) index; agencies and coordination groups count the enterprises in their
 * subtree, a range of the (kind, path) index. MariaDB cannot use that range with bounds taken
 * from the outer row, which is why chambers, the holding rows a list shows most, take the lookup.
 */
function enterpriseCountSql(dialect: Database['dialect']): string {
  const known = enterpriseCountByDialect.get(dialect);
  if (known) return known;
  const enterprise = `'${OrganizationKind.ENTERPRISE}'`;
  const subtreeKinds = ENTERPRISE_HOLDING_KINDS.filter((k) => k !== OrganizationKind.CHAMBER).map((k) => `'${k}'`).join(', ');
  const upper = subtreeEndSql(dialect, 'r.path');
  const sql =
    `CASE WHEN r.kind = '${OrganizationKind.CHAMBER}' THEN (SELECT COUNT(*) FROM organization e WHERE e.parentId = r.id AND e.kind = ${enterprise} AND e.archivedAt IS NULL)` +
    ` WHEN r.kind IN (${subtreeKinds}) THEN (SELECT COUNT(*) FROM organization e WHERE e.kind = ${enterprise} AND e.path > r.path AND e.path < ${upper} AND e.archivedAt IS NULL)` +
    ' ELSE 0 END';
  enterpriseCountByDialect.set(dialect, sql);
  return sql;
}

const enterpriseCountByDialect = new Map<Database['dialect'], string>();
