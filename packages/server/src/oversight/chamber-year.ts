import { ArrayMaxSize, IsInt, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { Actor } from '../access/actor';
import { scopeCondition, withinOrganization } from '../access/scope';
import { parseId } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';

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
  const where = scopeCondition(new Conditions(), `${chamber}.path`, actor);
  if (typeof filter.year === 'number') where.add(`${alias}.year = ?`, filter.year);
  if (filter.chamberId !== undefined && filter.chamberId !== null) where.add(`${alias}.chamberId = ?`, parseId(filter.chamberId) ?? -1);
  if (filter.withinOrganization !== undefined && filter.withinOrganization !== null) where.and(withinOrganization(db, `${chamber}.path`, parseId(filter.withinOrganization) ?? -1));
  return where;
}
