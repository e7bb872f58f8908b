import { IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../common/list';

/**
 * The page of a report list a client asks for. A report's rows (meeting regularity, venue
 * compliance, uncovered enterprises, chambers without a letter) can cover the whole country, so
 * the server orders and pages them and answers one page with the total (docs/api.md, "Report lists").
 */
@ArgsType()
export class ReportPageArgs {
  @Field(() => Int, { nullable: true, description: '0-based page number' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  page?: number | null;

  @Field(() => Int, { nullable: true, description: `Rows per page, at most ${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE})` })
  @IsInt()
  @Min(1)
  @Max(MAX_PER_PAGE)
  perPage?: number | null;
}

/** The rows a page covers, as SQL's OFFSET and LIMIT. */
export interface ReportWindow {
  offset: number;
  limit: number;
}

export function reportWindow(args: ReportPageArgs): ReportWindow {
  const limit = args.perPage ?? DEFAULT_PER_PAGE;
  return { offset: (args.page ?? 0) * limit, limit };
}

/** One page of a report: its rows and how many there are in all. */
export interface ReportRows<T> {
  total: number;
  items: T[];
}

export const NO_ROWS: ReportRows<never> = Object.freeze({ total: 0, items: [] }) as ReportRows<never>;

/** How many rows a query gives (`COUNT(*)` over its own joins and conditions). */
export async function rowCount(query: SelectQueryBuilder<ObjectLiteral>): Promise<number> {
  const [counted] = await query.clone().select('COUNT(*)', 'n').getRawMany<{ n: number | string }>();
  return Number(counted?.n ?? 0);
}

/** A page of `total` rows: its rows read only when the window holds any. */
export async function pageOf<T>(total: number, window: ReportWindow, read: (window: ReportWindow) => Promise<T[]>): Promise<ReportRows<T>> {
  return { total, items: total > window.offset ? await read(window) : [] };
}

/** The GraphQL type of a page of `Item`s, named `name`. */
export function ReportPageOf<T extends object>(Item: ClassType<T>, name: string, description: string) {
  @ObjectType(name, { simpleResolvers: true, description })
  class Page implements ReportRows<T> {
    @Field(() => Int, { description: 'Rows in all, over every page' })
    total: number;

    @Field(() => [Item])
    items: T[];
  }
  return Page;
}

/** Rows read by id, put back in the order of `ids` (the order the page was read in). */
export function inOrderOf<T>(ids: readonly number[], rows: readonly T[], idOf: (row: T) => number): T[] {
  const byId = new Map(rows.map((row) => [idOf(row), row]));
  return ids.map((id) => byId.get(id)).filter((row): row is T => row !== undefined);
}
