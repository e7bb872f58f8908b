import type { Actor } from '../access/actor';
import { scopeCondition, withinOrganization } from '../access/scope';
import { parseId } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';

/** The filter of the records kept per chamber and year (responsibility letters, assessments). */
export interface ChamberYearFilter {
  year?: number | null;
  chamberId?: string | null;
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
