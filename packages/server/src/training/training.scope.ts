import { Brackets, type ObjectLiteral, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../access/actor';
import { requireViewer } from '../access/scope';
import type { Database } from '../db/database';

/**
 * Training is run from above: a class organized by the department is open to every chamber
 * below it. So a class is visible to those whose scope holds its organizer (they run it) and
 * to those whose scope lies under its organizer (they send people to it).
 */
export function scopeToOrganizerLine<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, pathColumn: string, actor: Actor, db: Database): SelectQueryBuilder<T> {
  if (actor.system) return qb;
  const viewer = requireViewer(actor);
  const range = viewer.scopeRange();
  if (!range || !viewer.scope) return qb;
  return qb.andWhere(
    new Brackets((w) =>
      w
        .where(`${pathColumn} >= :lineLow AND ${pathColumn} < :lineHigh`, { lineLow: range.low, lineHigh: range.high })
        .orWhere(`:linePath LIKE ${db.concat(pathColumn, "'%'")}`, { linePath: viewer.scope!.path }),
    ),
  );
}

/** Whether an organizer at this path runs (is in the scope of) the actor. */
export function runsFrom(actor: Actor, path: string): boolean {
  if (actor.system) return true;
  return actor.viewer?.sees(path) ?? false;
}

/** Whether a class of an organizer at this path is open to the actor (theirs, or from above). */
export function openTo(actor: Actor, path: string): boolean {
  if (actor.system) return true;
  const viewer = actor.viewer;
  if (!viewer) return false;
  return viewer.sees(path) || (viewer.scope !== null && viewer.scope.path.startsWith(path));
}
