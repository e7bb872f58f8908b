import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees, allOf, applyScope, requireViewer, scope, within } from '../access/scope';
import { parseId } from '../common/list';
import { Organization } from '../organizations';

/**
 * The part of the tree an oversight report covers: the actor's scope, and below the
 * organization asked for (`withinOrganization`) when there is one.
 */
export class ReportSubtree {
  private constructor(
    private readonly actor: Actor,
    /** The path of the organization asked for, or null for the whole scope. */
    readonly prefix: string | null,
  ) {}

  /** The actor's whole scope. */
  static scope(actor: Actor): ReportSubtree {
    return new ReportSubtree(actor, null);
  }

  /** The subtree asked for; null when that organization is missing or out of the actor's sight (the report is empty). */
  static async of(manager: EntityManager, actor: Actor, within: string | null | undefined): Promise<ReportSubtree | null> {
    if (!within) return ReportSubtree.scope(actor);
    const root = await manager.findOneBy(Organization, { id: parseId(within) ?? -1 });
    return root && actorSees(actor, root.path) ? new ReportSubtree(actor, root.path) : null;
  }

  /** Restricts a query over rows that carry (or join) an organization path to this subtree. */
  restrict<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, pathColumn: string): SelectQueryBuilder<T> {
    return applyScope(qb, allOf(scope.subtree(this.actor, pathColumn), this.prefix ? within(pathColumn, this.prefix) : null));
  }

  /**
   * Restricts a query to the subtree through the organization that places its rows (joined as
   * `alias` on `on`); the whole tree takes every row and needs no join (each row's organization
   * is in it: none can be deleted while a row names it).
   */
  restrictThrough<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string, on: string): SelectQueryBuilder<T> {
    return this.whole ? qb : this.restrict(qb.innerJoin(Organization, alias, on), `${alias}.path`);
  }

  /** The path of its top organization, or null for the whole tree. */
  get rootPath(): string | null {
    if (this.prefix) return this.prefix;
    return this.actor.system ? null : (requireViewer(this.actor).scope?.path ?? null);
  }

  /** Whether it is the whole tree: no organization asked for, and an actor whose scope is everything. */
  get whole(): boolean {
    return this.prefix === null && scope.subtree(this.actor, 'path') === null;
  }
}
