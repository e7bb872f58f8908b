import { IsIn, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, Int, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { BadInputError, NotFoundError } from '../kernel/errors';

export const MAX_PER_PAGE = 100;
export const DEFAULT_PER_PAGE = 25;

export interface ListArgsShape<TFilter> {
  page?: number | null;
  perPage?: number | null;
  sortField?: string | null;
  sortOrder?: string | null;
  filter?: TFilter | null;
}

/** The list arguments of react-admin's ra-data-graphql-simple grammar, for one resource's filter type. */
export function ListArgs<TFilter extends object>(Filter: ClassType<TFilter>) {
  @ArgsType()
  abstract class ListArgsClass implements ListArgsShape<TFilter> {
    @Field(() => Int, { nullable: true, description: '0-based page number' })
    @IsInt()
    @Min(0)
    @Max(1_000_000)
    page?: number | null;

    @Field(() => Int, { nullable: true, description: `Rows per page, at most ${MAX_PER_PAGE}` })
    @IsInt()
    @Min(1)
    @Max(MAX_PER_PAGE)
    perPage?: number | null;

    @Field(() => String, { nullable: true })
    sortField?: string | null;

    @Field(() => String, { nullable: true, description: 'ASC or DESC' })
    @IsIn(['ASC', 'DESC', 'asc', 'desc'])
    sortOrder?: string | null;

    @Field(() => Filter, { nullable: true })
    @ValidateNested()
    filter?: TFilter | null;
  }
  return ListArgsClass;
}

export interface Sort {
  /** Column expressions, in order; the id is always the last tie-breaker. */
  columns: string[];
  direction: 'ASC' | 'DESC';
}

export function resolveSort(
  sortField: string | null | undefined,
  sortOrder: string | null | undefined,
  whitelist: Record<string, string[]>,
  fallback: string,
): Sort {
  const field = sortField ?? fallback;
  const columns = Object.prototype.hasOwnProperty.call(whitelist, field) ? whitelist[field] : undefined;
  if (!columns) {
    throw BadInputError.field('sortField', 'unknownSortField', `cannot sort by "${field}"; allowed: ${Object.keys(whitelist).join(', ')}`);
  }
  return { columns, direction: sortOrder?.toUpperCase() === 'DESC' ? 'DESC' : 'ASC' };
}

/**
 * The rows a page covers. A page of given ids without a page size (react-admin's getMany sends
 * none) holds every id asked for, up to the page cap; more ids than that is a BAD_USER_INPUT,
 * not a page that silently drops some of them.
 */
export function pageWindow(args: ListArgsShape<{ ids?: readonly unknown[] | null } | unknown>): { offset: number; limit: number } {
  const ids = (args.filter as { ids?: readonly unknown[] | null } | null | undefined)?.ids;
  if (ids && (args.perPage === null || args.perPage === undefined)) {
    if (ids.length > MAX_PER_PAGE) throw BadInputError.field('filter.ids', 'tooMany', `at most ${MAX_PER_PAGE} ids at once; ${ids.length} were given`, { max: MAX_PER_PAGE });
    return { offset: (args.page ?? 0) * MAX_PER_PAGE, limit: Math.max(ids.length, 1) };
  }
  const limit = args.perPage ?? DEFAULT_PER_PAGE;
  return { offset: (args.page ?? 0) * limit, limit };
}

/** The escape character of LIKE patterns: `LIKE :pattern ESCAPE '!'` works the same on SQLite and MySQL. */
export const LIKE_ESCAPE = "ESCAPE '!'";

const escapeLike = (text: string) => text.replace(/[!%_]/g, (c) => `!${c}`);

/** A LIKE pattern matching text that contains `text` literally: a search for "50%" means the text "50%". */
export function likeContains(text: string): string {
  return `%${escapeLike(text)}%`;
}

/**
 * A search typed in pinyin, whole syllables or initials, spaces ignored (`hunan`, `hunan shanghui`,
 * `hnsh`), as the pattern that finds it in a name's pinyin with its spaces removed
 * (`REPLACE(namePinyin, ' ', '')`); null for a search that is not pinyin.
 */
export function pinyinContains(text: string): string | null {
  const compact = text.toLowerCase().replace(/\s+/g, '');
  return /^[a-zü]+$/.test(compact) ? likeContains(compact) : null;
}

/** The SQL of a name's pinyin with its spaces removed, which `pinyinContains` patterns match. */
export const compactPinyin = (column: string): string => `REPLACE(${column}, ' ', '')`;

/** Ids arrive as GraphQL IDs (strings); anything that is not a positive integer matches nothing. */
export function parseId(id: string | number | null | undefined): number | null {
  if (id === null || id === undefined) return null;
  const text = String(id);
  if (!/^[1-9]\d{0,14}$/.test(text)) return null;
  return Number(text);
}

/** The ids of an `ids` filter that can name a row (others name none). */
export function validIds(ids: readonly (string | number)[]): number[] {
  return ids.map(parseId).filter((id): id is number => id !== null);
}

/**
 * Get-by-id through a list's own query, so the lookup is scoped exactly as the list is: the row,
 * or NOT_FOUND — the same answer for an id that does not exist, one that is not a valid id, and
 * one outside the caller's scope.
 */
export async function getById<T extends ObjectLiteral>(recordType: string, id: string | number, query: (id: number) => SelectQueryBuilder<T>): Promise<T> {
  const numeric = parseId(id);
  const found = numeric === null ? null : await query(numeric).getOne();
  if (!found) throw new NotFoundError(recordType, id);
  return found;
}

/** Rows grouped by a key, in the order of `keys`. */
export function groupBy<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Rows read for many keys a thousand at a time, so an IN list stays within what every database takes. */
export async function inBatches<K, T>(keys: readonly K[], read: (batch: K[]) => Promise<T[]>, size = 1000): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; i < keys.length; i += size) rows.push(...(await read(keys.slice(i, i + size))));
  return rows;
}
