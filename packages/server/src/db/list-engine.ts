import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { getById, pageWindow, resolveSort, validIds, type ListArgsShape } from '../common/list';
import { applyConditions, Conditions } from './conditions';
import { forUpdate } from './transaction';
import type { Database } from './database';

/** The filter of one id, which every list's filter understands. */
const byId = <F>(id: number) => ({ ids: [String(id)] }) as unknown as F;

/** An entity class, as TypeORM names one. */
type EntityClass<T> = new () => T;

/** Each list's sort keys by column, worked out once (`ListEngine.sortKey`). */
const sortKeys = new WeakMap<object, Map<string, string>>();

/**
 * A table a list's conditions or sorts read besides its own, joined by a condition that finds at
 * most one row (the keeping organization, the case's person): a list joins nothing that would
 * repeat its rows, so its counts stay `COUNT(*)`.
 */
export interface ListJoin {
  entity: EntityClass<ObjectLiteral>;
  alias: string;
  on: string;
  /** LEFT JOIN: the row stays when there is nothing to join. */
  optional?: boolean;
  /**
   * Joined only into the statements whose conditions or sort read it (the alias followed by a
   * dot). Only for a reference every row has and keeps (NOT NULL, and its target cannot be deleted
   * while named), so leaving it out changes no row and no count, and a statement that does not
   * read it does not pay for it (the home page's counts of cases do not read their people). A
   * locked read then locks the list's own row only.
   */
  whenRead?: boolean;
}

/** Whether a statement's text reads an alias. */
const reads = (sql: string, alias: string) => new RegExp(`\\b${alias}\\.`).test(sql);

/**
 * What one resource's list is: its table, the joins its conditions need, the sorts it allows
 * and the one function that turns its filter (the viewer's scope included) into conditions.
 * Everything else — paging, sorting, counting, lookups by id, the columns read — is the engine's.
 */
export interface ListSpec<T extends ObjectLiteral, F> {
  entity: EntityClass<T>;
  alias: string;
  joins?: readonly ListJoin[];
  /** Sort whitelist: the names a client may sort by, each the columns it sorts on. */
  sorts: Record<string, string[]>;
  defaultSort: string;
  defaultOrder?: 'ASC' | 'DESC';
  /** Columns every row carries whatever was asked for, besides the id: what scope checks and field resolvers always read. */
  keyColumns?: readonly string[];
  /** The filter's conditions, the caller's scope included; the `ids` filter is the engine's. */
  where(filter: F): Conditions;
}

/** A to-one relation read in the page's own statement: the related row's columns, joined on `key`. */
export interface RelatedRequest {
  entity: EntityClass<ObjectLiteral>;
  /** The row's column holding the related row's id. */
  key: string;
  /** Columns of the related row to read (its id always); null or absent: every column. */
  columns?: ReadonlySet<string> | null;
  /** Columns the related row always carries besides its id (what a scope check reads). */
  keyColumns?: readonly string[];
}

/** What a page reads besides its rows: the columns asked for, to-one relations, and values computed per row. */
export interface PageRequest {
  /** Columns of the rows to read (the id and the key columns always); null or absent: every column. */
  columns?: ReadonlySet<string> | null;
  related?: Record<string, RelatedRequest>;
  /** Per-row values, each a SQL expression over the row's alias `r` (a correlated count, say). */
  computed?: Record<string, string>;
}

export interface PageRow<T> {
  row: T;
  /** Each related row asked for, null when the key is empty or names no row. */
  related: Record<string, ObjectLiteral | null>;
  computed: Record<string, unknown>;
}

/**
 * The one list engine (docs/architecture.md, "Lists"): every resource with the list grammar
 * pages, sorts, counts and looks rows up by id through it, on the conditions its spec gives.
 *
 * A page is one statement: the page's ids (and sort keys) are chosen in a derived table — LIMIT
 * inside, so joins and per-row values touch only the page — then joined to their rows and to the
 * related rows asked for, in the derived table's order. Only the columns asked for are read, and
 * rows come back as entities holding those columns (and the key columns). Counts and lookups by
 * id go through the query builder on the very same conditions.
 */
export class ListEngine<T extends ObjectLiteral, F extends { ids?: readonly (string | number)[] | null }> {
  constructor(
    private readonly db: Database,
    private readonly recordType: string,
    private readonly spec: ListSpec<T, F>,
  ) {}

  /**
   * The list's rows as a query builder (for counts, lookups, exports and aggregates), on `manager`
   * (a transaction's, say). A caller that goes on to read a `whenRead` join (its sort, say) names
   * what it reads in `reading`, so the join is there.
   */
  query(filter: F, manager: EntityManager = this.db.manager, reading = ''): SelectQueryBuilder<T> {
    const qb = manager.createQueryBuilder(this.spec.entity, this.spec.alias);
    const where = this.conditions(filter);
    for (const join of this.joinsFor(`${where.where()} ${reading}`)) {
      if (join.optional) qb.leftJoin(join.entity, join.alias, join.on);
      else qb.innerJoin(join.entity, join.alias, join.on);
    }
    return applyConditions(qb, where);
  }

  /** One row by id, scoped exactly as the list is: NOT_FOUND for an id that is invalid, missing or out of scope. */
  get(id: string | number, manager?: EntityManager): Promise<T> {
    return getById(this.recordType, id, (numeric) => this.query(byId(numeric), manager));
  }

  /**
   * The row a change is about, read inside the change's transaction and locked for it on MySQL /
   * MariaDB (SQLite holds the whole database for a write): scoped as the list is, NOT_FOUND otherwise.
   */
  locked(manager: EntityManager, id: string | number): Promise<T> {
    return getById(this.recordType, id, (numeric) => this.lockedQuery(byId(numeric), manager));
  }

  /** The rows with these ids, scoped and locked as `locked` reads one; ids that name no row the list holds are left out. */
  lockedRows(manager: EntityManager, ids: readonly (string | number)[]): Promise<T[]> {
    return this.lockedQuery({ ids: ids.map(String) } as unknown as F, manager).getMany();
  }

  /** The list's query, locked for the change on MySQL / MariaDB (SQLite holds the whole database for a write). */
  private lockedQuery(filter: F, manager: EntityManager): SelectQueryBuilder<T> {
    return forUpdate(this.query(filter, manager));
  }

  async count(filter: F | null | undefined): Promise<number> {
    const where = this.conditions(filter ?? ({} as F));
    const [[n]] = await this.db.readArrays(`SELECT COUNT(*) FROM ${this.from(where.where())}${where.where()}`, where.params);
    return Number(n);
  }

  /** A page of rows holding the columns asked for (null or absent: whole rows). */
  async rows(args: ListArgsShape<F>, columns?: ReadonlySet<string> | null): Promise<T[]> {
    return (await this.page(args, { columns })).map((r) => r.row);
  }

  /**
   * What a sort column sorts by: the column, except an enum column on SQLite, which sorts by the
   * values' declared order as MySQL and MariaDB sort an ENUM (SQLite would sort the text), so a
   * list sorted by a case's stage or an organization's kind reads the same on both databases.
   */
  private sortKey(column: string): string {
    if (this.db.dialect !== 'sqlite') return column;
    let key = sortKeys.get(this.spec)?.get(column);
    if (key === undefined) {
      const [alias, property] = column.split('.');
      const entity = alias === this.spec.alias ? this.spec.entity : this.spec.joins?.find((join) => join.alias === alias)?.entity;
      const meta = entity && property ? this.db.dataSource.getMetadata(entity).findColumnWithPropertyName(property) : undefined;
      const values = meta?.type === 'simple-enum' ? (meta.enum ?? []).map(String) : null;
      key = values ? `CASE ${column} ${values.map((value, i) => `WHEN '${value.replace(/'/g, "''")}' THEN ${i}`).join(' ')} END` : column;
      if (!sortKeys.has(this.spec)) sortKeys.set(this.spec, new Map());
      sortKeys.get(this.spec)!.set(column, key);
    }
    return key;
  }

  async page(args: ListArgsShape<F>, request: PageRequest = {}): Promise<PageRow<T>[]> {
    const { alias } = this.spec;
    const sort = resolveSort(args.sortField, args.sortOrder ?? this.spec.defaultOrder, this.spec.sorts, this.spec.defaultSort);
    const { offset, limit } = pageWindow(args);
    const where = this.conditions(args.filter ?? ({} as F));
    const idColumn = `${alias}.id`;
    // Sort keys other than the id travel out of the derived table, so the outer ORDER BY sorts the page alone.
    let sortKeys = '';
    const order: string[] = [];
    const keys = sort.columns.map((column, i) => {
      if (column === idColumn) {
        order.push(`${column} ${sort.direction}`);
        return 'pg.id';
      }
      const key = this.sortKey(column);
      order.push(`${key} ${sort.direction}`);
      sortKeys += `, ${key} AS s${i}`;
      return `pg.s${i}`;
    });
    if (!sort.columns.includes(idColumn)) {
      order.push(`${idColumn} ${sort.direction}`);
      keys.push('pg.id');
    }
    const shape = this.shape(request);
    const sql =
      `SELECT ${shape.select} FROM (SELECT ${idColumn} AS id${sortKeys} FROM ${this.from(`${where.where()} ${order.join(', ')}`)}${where.where()} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?) pg` +
      ` INNER JOIN ${shape.table} r ON r.id = pg.id${shape.joins} ORDER BY ${keys.map((key) => `${key} ${sort.direction}`).join(', ')}`;
    const raw = await this.db.readArrays(sql, [...where.params, limit, offset]);
    return raw.map((values) => {
      const related: Record<string, ObjectLiteral | null> = {};
      for (const part of shape.related) related[part.name] = values[part.idAt] === null || values[part.idAt] === undefined ? null : hydrate(part.prototype, values, part.at, part.columns);
      const computed: Record<string, unknown> = {};
      for (const part of shape.computed) computed[part.name] = values[part.at];
      return { row: hydrate(shape.prototype, values, 0, shape.row) as T, related, computed };
    });
  }

  /**
   * The spec's conditions and the list grammar's `ids` filter (react-admin's getMany): the rows
   * with one of the ids, none when no id given is a valid one.
   */
  private conditions(filter: F): Conditions {
    const where = this.spec.where(filter);
    if (!filter.ids) return where;
    const ids = validIds(filter.ids);
    return ids.length === 0 ? where.add('1 = 0') : where.add(`${this.spec.alias}.id IN (${Conditions.placeholders(ids.length)})`, ...ids);
  }

  /** The joins a statement needs: all but the `whenRead` ones it does not read. */
  private joinsFor(read: string): readonly ListJoin[] {
    return (this.spec.joins ?? []).filter((join) => !join.whenRead || reads(read, join.alias));
  }

  /** The list's FROM clause for a statement whose conditions and sort are `read`: its table and the joins they need. */
  private from(read: string): string {
    const joins = this.joinsFor(read);
    const key = joins.map((join) => join.alias).join(',');
    let byDb = fromClauses.get(this.db);
    if (!byDb) fromClauses.set(this.db, (byDb = new WeakMap()));
    let bySpec = byDb.get(this.spec);
    if (!bySpec) byDb.set(this.spec, (bySpec = new Map()));
    let cached = bySpec.get(key);
    if (cached) return cached;
    cached = `${tableOf(this.db, this.spec.entity)} ${this.spec.alias}`;
    for (const join of joins) cached += ` ${join.optional ? 'LEFT' : 'INNER'} JOIN ${tableOf(this.db, join.entity)} ${join.alias} ON ${join.on}`;
    bySpec.set(key, cached);
    return cached;
  }

  /** The select list and joins for one request, worked out once per database and kept. */
  private shape(request: PageRequest): PageShape {
    let cache = pageShapes.get(this.db);
    if (!cache) pageShapes.set(this.db, (cache = new Map()));
    const key = shapeKey(this.spec.entity, this.spec.keyColumns, request);
    const found = cache.get(key);
    if (found) return found;

    const q = (name: string) => this.db.dataSource.driver.escape(name);
    const row = pickColumns(columnsOf(this.db, this.spec.entity), request.columns, this.spec.keyColumns);
    const select = row.map((c) => `r.${q(c.databaseName)}`);
    let joins = '';
    const related: PageShape['related'] = [];
    Object.entries(request.related ?? {}).forEach(([name, part], i) => {
      const columns = pickColumns(columnsOf(this.db, part.entity), part.columns, part.keyColumns);
      const at = select.length;
      const relatedAlias = `j${i}`;
      select.push(...columns.map((c) => `${relatedAlias}.${q(c.databaseName)}`));
      joins += ` LEFT JOIN ${tableOf(this.db, part.entity)} ${relatedAlias} ON ${relatedAlias}.id = r.${q(part.key)}`;
      related.push({ name, prototype: part.entity.prototype as object, columns, at, idAt: at + columns.findIndex((c) => c.propertyName === 'id') });
    });
    const computed = Object.entries(request.computed ?? {}).map(([name, expression]) => ({ name, at: select.push(expression) - 1 }));
    const shape: PageShape = { table: tableOf(this.db, this.spec.entity), prototype: this.spec.entity.prototype as object, select: select.join(', '), joins, row, related, computed };
    cache.set(key, shape);
    if (cache.size > PAGE_SHAPES_KEPT) cache.delete(cache.keys().next().value as string);
    return shape;
  }
}

interface PageColumn {
  propertyName: string;
  databaseName: string;
  /** Turns the driver's raw value into the entity's value; null when the raw value is already it. */
  convert: ((value: unknown) => unknown) | null;
}

interface PageShape {
  table: string;
  prototype: object;
  select: string;
  joins: string;
  /** The row's columns, first in the select list. */
  row: PageColumn[];
  /** Each related row's columns, where they start in a result row and where its id is. */
  related: { name: string; prototype: object; columns: PageColumn[]; at: number; idAt: number }[];
  computed: { name: string; at: number }[];
}

/** Shapes kept per database; a client asking for ever new field sets only pushes the oldest out. */
const PAGE_SHAPES_KEPT = 500;

const pageShapes = new WeakMap<Database, Map<string, PageShape>>();
const fromClauses = new WeakMap<Database, WeakMap<object, Map<string, string>>>();
const entityColumns = new WeakMap<Database, Map<EntityClass<ObjectLiteral>, PageColumn[]>>();

/** Entity classes get an ordinal each, for shape keys. */
const entityNumbers = new Map<EntityClass<ObjectLiteral>, number>();
const entityNumber = (entity: EntityClass<ObjectLiteral>) => entityNumbers.get(entity) ?? (entityNumbers.set(entity, entityNumbers.size), entityNumbers.size - 1);

const columnsKey = (columns: ReadonlySet<string> | null | undefined) => (columns ? [...columns].join(',') : '*');

function shapeKey(entity: EntityClass<ObjectLiteral>, keyColumns: readonly string[] | undefined, request: PageRequest): string {
  let key = `${entityNumber(entity)}:${keyColumns?.join(',') ?? ''}:${columnsKey(request.columns)}`;
  for (const [name, part] of Object.entries(request.related ?? {})) key += `|${name}=${entityNumber(part.entity)}.${part.key}:${part.keyColumns?.join(',') ?? ''}:${columnsKey(part.columns)}`;
  for (const [name, expression] of Object.entries(request.computed ?? {})) key += `|${name}:${expression}`;
  return key;
}

function tableOf(db: Database, entity: EntityClass<ObjectLiteral>): string {
  return db.dataSource.driver.escape(db.dataSource.getMetadata(entity).tableName);
}

/** Column metadata of an entity for list pages, prepared once per database. */
function columnsOf(db: Database, entity: EntityClass<ObjectLiteral>): PageColumn[] {
  let byEntity = entityColumns.get(db);
  if (!byEntity) entityColumns.set(db, (byEntity = new Map()));
  const found = byEntity.get(entity);
  if (found) return found;
  const driver = db.dataSource.driver;
  const columns = db.dataSource.getMetadata(entity).columns.map((meta) => {
    // Text, integers and text enums come back from both drivers as they are; the rest goes through the driver, as TypeORM does.
    const textEnum = meta.type === 'simple-enum' && (meta.enum ?? []).every((value) => typeof value === 'string');
    const direct = !meta.transformer && (textEnum || meta.type === 'varchar' || meta.type === 'int' || meta.type === Number || meta.type === String);
    return {
      propertyName: meta.propertyName,
      databaseName: meta.databaseName,
      convert: direct ? null : (value: unknown) => driver.prepareHydratedValue(value, meta),
    };
  });
  byEntity.set(entity, columns);
  return columns;
}

/** The columns to read: those asked for with the id and the key columns; all of them when one asked for is not a column. */
function pickColumns(all: PageColumn[], asked: ReadonlySet<string> | null | undefined, keyColumns: readonly string[] = []): PageColumn[] {
  if (!asked) return all;
  const wanted = new Set(['id', ...keyColumns]);
  for (const name of asked) {
    if (!all.some((c) => c.propertyName === name)) return all;
    wanted.add(name);
  }
  return all.filter((c) => wanted.has(c.propertyName));
}

/** An entity holding the given columns, read from a result row's values starting at `at` (as TypeORM hydrates: without its constructor). */
function hydrate(prototype: object, values: unknown[], at: number, columns: PageColumn[]): ObjectLiteral {
  const row = Object.create(prototype) as Record<string, unknown>;
  for (let i = 0; i < columns.length; i++) {
    const c = columns[i];
    const value = values[at + i];
    row[c.propertyName] = value === null || value === undefined ? null : c.convert ? c.convert(value) : value;
  }
  return row;
}
