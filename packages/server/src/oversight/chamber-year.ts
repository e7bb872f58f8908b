import { ArrayMaxSize, IsInt, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { Actor } from '../access/actor';
import { referenceInScope, scopeToSubtree, withinOrganization } from '../access/scope';
import { parseId } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import type { SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../kernel/errors';
import { ReportPageOf, pageOf, type ReportRows, type ReportWindow } from '../kernel/report-page';
import { Organization, OrganizationKind } from '../organizations';

/** The filter fields of the records kept per chamber and year (responsibility letters, assessments), each list's filter type extending it. */
@InputType()
export class ChamberYearFilter {
  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => ID, { nullable: true })
  chamberId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Chambers in this subtree' })
  withinOrganization?: string | null;
}

/**
 * The one place the filters of a chamber's yearly records become SQL, on the record's alias and
 * its chamber's (`chamber`), the viewer's scope included.
 */
export function chamberYearConditions(db: Database, actor: Actor, alias: string, chamber: string, filter: ChamberYearFilter): Conditions {
  // The chamber in scope, as an id among the scope's organizations rather than through the joined
  // chamber: a chamber's page then reads its few organizations and their rows of the year by index,
  // where a join let SQLite scan the whole year's rows (and the join is left out where unread).
  const where = new Conditions().and(referenceInScope(`${alias}.chamberId`, actor));
  if (typeof filter.year === 'number') where.add(`${alias}.year = ?`, filter.year);
  if (filter.chamberId !== undefined && filter.chamberId !== null) where.add(`${alias}.chamberId = ?`, parseId(filter.chamberId) ?? -1);
  if (filter.withinOrganization !== undefined && filter.withinOrganization !== null) where.and(withinOrganization(db, `${chamber}.path`, parseId(filter.withinOrganization) ?? -1));
  return where;
}

/** The chambers in the actor's scope with no record in `table` for the year (no letter signed, not assessed). */
export function chambersWithout(db: Database, actor: Actor, table: 'responsibility_letter' | 'assessment', year: number): SelectQueryBuilder<Organization> {
  const qb = db.manager.createQueryBuilder(Organization, 'c').where('c.kind = :chamber AND c.archivedAt IS NULL', { chamber: OrganizationKind.CHAMBER });
  return scopeToSubtree(qb, 'c.path', actor).andWhere(`NOT EXISTS (SELECT 1 FROM ${table} r WHERE r.chamberId = c.id AND r.year = :year)`, { year });
}

/** A page of such chambers by name, with how many there are. */
export async function pageOfChambers(query: SelectQueryBuilder<Organization>, window: ReportWindow): Promise<ReportRows<Organization>> {
  return pageOf(await query.getCount(), window, ({ offset, limit }) => query.orderBy('c.namePinyin', 'ASC').addOrderBy('c.id', 'ASC').offset(offset).limit(limit).getMany());
}

/** The years the oversight reports cover; another is BAD_USER_INPUT on `year`. */
export function requireReportYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw BadInputError.field('year', 'range', 'the year is between 2000 and 2100');
}

/** A page of chambers (those without a letter, those not assessed). */
export const ChamberPage = ReportPageOf(Organization, 'ChamberPage', 'A page of chambers, with the total');
