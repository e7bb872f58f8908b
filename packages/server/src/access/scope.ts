import type { SelectQueryBuilder, ObjectLiteral } from 'typeorm';
import { ForbiddenError, UnauthenticatedError } from '../kernel/errors';
import type { Actor } from './actor';
import { applyConditions, Conditions } from '../db/conditions';
import { pathsFromRoot, subtreeRange } from '../kernel/paths';
import type { Database } from '../db/database';
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
 * A condition over a query's rows, SQL with `?` placeholders and their values in order. The
 * scope rules below return one (or null for "every row"), the way Keystone's access rules return
 * filters; a query applies it with `applyScope` (query builders) or adds it to its `Conditions`
 * (statements written by hand). Every list, count, export, report and lookup by id scopes through
 * them, so the rule of who sees what is written once.
 */
export interface ScopeCondition {
  sql: string;
  params: unknown[];
}

/** Rows whose organization path (in `pathColumn`) lies at or below `path`: one index range. */
export function within(pathColumn: string, path: string): ScopeCondition {
  const { low, high } = subtreeRange(path);
  return { sql: `${pathColumn} >= ? AND ${pathColumn} < ?`, params: [low, high] };
}

/**
 * Rows whose organization path lies at or below the organization with this id (the lists'
 * `withinOrganization` filter), read from that organization's own path: an unknown id matches nothing.
 */
export function withinOrganization(db: Database, pathColumn: string, id: number): ScopeCondition {
  const upper = db.subtreeEnd('w2.path');
  return {
    sql: `${pathColumn} >= (SELECT w.path FROM organization w WHERE w.id = ?) AND ${pathColumn} < (SELECT ${upper} FROM organization w2 WHERE w2.id = ?)`,
    params: [id, id],
  };
}

/**
 * Rows whose reference (`column`, an organization id) names an organization the actor sees: a
 * filter on a reference matches nothing for an organization out of scope, as for a missing one,
 * though the rows themselves (a chamber under the department, a class the department runs) are in sight.
 */
export function referenceInScope(column: string, actor: Actor): ScopeCondition | null {
  const inner = scope.subtree(actor, 'ref.path');
  return inner ? { sql: `${column} IN (SELECT ref.id FROM organization ref WHERE ${inner.sql})`, params: inner.params } : null;
}

/** Rows meeting any of the conditions; null (every row) when any of them is null. */
export function anyOf(...conditions: (ScopeCondition | null)[]): ScopeCondition | null {
  if (conditions.some((c) => c === null)) return null;
  const all = conditions as ScopeCondition[];
  return { sql: `(${all.map((c) => `(${c.sql})`).join(' OR ')})`, params: all.flatMap((c) => c.params) };
}

/** Rows meeting every condition given (nulls put no bound). */
export function allOf(...conditions: (ScopeCondition | null)[]): ScopeCondition | null {
  const bounds = conditions.filter((c): c is ScopeCondition => c !== null);
  if (bounds.length === 0) return null;
  return { sql: `(${bounds.map((c) => `(${c.sql})`).join(' AND ')})`, params: bounds.flatMap((c) => c.params) };
}

/** The rules of who sees which rows, each a condition over the columns named. */
export const scope = {
  /** Rows of organizations in the actor's subtree: the rule for nearly every record. */
  subtree(actor: Actor, pathColumn: string): ScopeCondition | null {
    const viewer = actor.system ? null : requireViewer(actor);
    return viewer?.scope ? within(pathColumn, viewer.scope.path) : null;
  },

  /**
   * Rows organized from the actor's line: in their subtree (they run it) or above them on the
   * way to the root (it is open to them). Training is run from above: a class organized by the
   * department is open to every chamber below it.
   */
  organizerLine(actor: Actor, pathColumn: string): ScopeCondition | null {
    const viewer = actor.system ? null : requireViewer(actor);
    if (!viewer?.scope) return null;
    const above = pathsFromRoot(viewer.scope.path).slice(0, -1);
    const own = within(pathColumn, viewer.scope.path);
    if (above.length === 0) return own;
    return anyOf(own, { sql: `${pathColumn} IN (${above.map(() => '?').join(', ')})`, params: above });
  },

  /**
   * Rows about people: a trainee's own (`personColumn`), otherwise those whose person or
   * whose organizer is in the actor's subtree (each path column given).
   */
  peopleOrTheirOwn(actor: Actor, { personColumn, pathColumns }: { personColumn: string; pathColumns: string[] }): ScopeCondition | null {
    if (actor.system) return null;
    const viewer = requireViewer(actor);
    if (viewer.can('training:self') && !viewer.can('training:read')) return { sql: `${personColumn} = ?`, params: [viewer.user.personId ?? -1] };
    return anyOf(...pathColumns.map((column) => scope.subtree(actor, column)));
  },
};

/** Adds a scope condition to a query builder (nothing for null), its values as fresh named parameters. */
export function applyScope<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, condition: ScopeCondition | null): SelectQueryBuilder<T> {
  if (!condition) return qb;
  const conditions = new Conditions();
  conditions.add(condition.sql, ...condition.params);
  return applyConditions(qb, conditions);
}

/** Restricts a query over rows that carry (or join) an organization path to the actor's subtree. */
export function scopeToSubtree<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, pathColumn: string, actor: Actor): SelectQueryBuilder<T> {
  return applyScope(qb, scope.subtree(actor, pathColumn));
}

/** The same rule added to conditions, for statements written without a query builder. */
export function scopeCondition(conditions: Conditions, pathColumn: string, actor: Actor): Conditions {
  const condition = scope.subtree(actor, pathColumn);
  if (condition) conditions.add(condition.sql, ...condition.params);
  return conditions;
}

/** Whether a record at this organization path is visible to the actor. */
export function actorSees(actor: Actor, path: string | null | undefined): boolean {
  if (actor.system) return true;
  if (!actor.viewer) return false;
  return path !== null && path !== undefined && actor.viewer.sees(path);
}

/** Whether a record organized at this path is open to the actor: in their subtree or above them on their line (`scope.organizerLine`). */
export function actorSeesOnLine(actor: Actor, path: string): boolean {
  if (actor.system) return true;
  const viewer = actor.viewer;
  if (!viewer) return false;
  return viewer.sees(path) || (viewer.scope !== null && viewer.scope.path.startsWith(path));
}
