import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { ForbiddenError, UnauthenticatedError } from '../kernel/errors';
import type { Actor } from './actor';
import type { Conditions } from '../db/conditions';
import type { Permission } from './permissions';
import type { Viewer } from './viewer';

export function requireViewer(actor: Actor): Viewer {
  if (!actor.viewer) throw new UnauthenticatedError();
  return actor.viewer;
}

/** Refuses with FORBIDDEN when a signed-in viewer lacks the permission; the system may do anything. */
export function requirePermission(actor: Actor, permission: Permission, what?: string): void {
  if (actor.system) return;
  if (!requireViewer(actor).can(permission)) {
    throw new ForbiddenError(what ?? `your role may not do this (${permission})`, { permission });
  }
}

/**
 * The one scoping rule: a query over rows that carry (or join) an organization path sees
 * only the viewer's subtree. Every list, count, lookup by id and relation goes through it.
 */
export function scopeToSubtree<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, pathColumn: string, actor: Actor): SelectQueryBuilder<T> {
  const range = visibleRange(actor);
  if (range) qb.andWhere(`${pathColumn} >= :scopeLow AND ${pathColumn} < :scopeHigh`, { scopeLow: range.low, scopeHigh: range.high });
  return qb;
}

/** The paths the actor may see; null when it sees every one (the system, or a viewer at the root). */
function visibleRange(actor: Actor): { low: string; high: string } | null {
  return actor.system ? null : requireViewer(actor).scopeRange();
}

/** The same rule as a condition, for statements written without a query builder. */
export function scopeCondition(conditions: Conditions, pathColumn: string, actor: Actor): Conditions {
  const range = visibleRange(actor);
  if (range) conditions.add(`${pathColumn} >= ? AND ${pathColumn} < ?`, range.low, range.high);
  return conditions;
}

/** Whether a record at this organization path is visible to the actor. */
export function actorSees(actor: Actor, path: string | null | undefined): boolean {
  if (actor.system) return true;
  if (!actor.viewer) return false;
  return path !== null && path !== undefined && actor.viewer.sees(path);
}
