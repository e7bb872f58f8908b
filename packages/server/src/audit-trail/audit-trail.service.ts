import type { Actor } from '../access/actor';
import { requirePermission, scopeCondition } from '../access/scope';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { ListEngine } from '../db/list-engine';
import { Organization } from '../organizations';
import type { AuditEntryFilter } from './audit-trail.args';
import { AuditEntry } from '../audit/audit-entry.entity';
import { probingAccounts, type ProbingAccountRow } from '../audit/uniqueness-guard';

const SORTS: Record<string, string[]> = { id: ['a.id'], at: ['a.at'] };

/** Reading the audit trail: everything for the department, their subtree for coordinators. */
export class AuditQueryService {
  private readonly engine: ListEngine<AuditEntry, AuditEntryFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
  ) {
    this.engine = new ListEngine(db, 'AuditEntry', {
      entity: AuditEntry,
      alias: 'a',
      // The entry's organization, which a scoped viewer's condition reads. LEFT: for the
      // department (no scope) entries without an organization stay; a scope's condition on
      // `ao.path` leaves out exactly the rows an inner join would.
      joins: [{ entity: Organization, alias: 'ao', on: 'ao.id = a.organizationId', optional: true }],
      sorts: SORTS,
      defaultSort: 'at',
      defaultOrder: 'DESC',
      where: (filter) => this.conditions(filter),
    });
  }

  /** Accounts that reached their budget of refused candidates this week: the administrators' to look into. */
  async probingAccounts(): Promise<ProbingAccountRow[]> {
    requirePermission(this.actor, 'user:manage');
    return probingAccounts(this.db.manager);
  }

  /**
   * The one place audit trail filters become SQL, on the alias `a` with the entry's organization
   * `ao`. Every read of the trail (list, count, lookup by a valid id) comes through here, so the
   * permission is checked here, after the sort is resolved.
   */
  private conditions(filter: AuditEntryFilter): Conditions {
    requirePermission(this.actor, 'audit:read');
    // Entries about organizations in the viewer's subtree; entries without an organization are the department's.
    const where = scopeCondition(new Conditions(), 'ao.path', this.actor);
    const q = filter.q?.trim();
    if (q) {
      const contains = likeContains(q);
      where.add(`(a.action LIKE ? ${LIKE_ESCAPE} OR a.actorName LIKE ? ${LIKE_ESCAPE} OR a.recordId = ?)`, contains, contains, q);
    }
    if (filter.action) where.add('a.action = ?', filter.action);
    if (filter.actorId) where.add('a.actorId = ?', parseId(filter.actorId) ?? -1);
    if (filter.organizationId) where.add('a.organizationId = ?', parseId(filter.organizationId) ?? -1);
    if (filter.recordType) where.add('a.recordType = ?', filter.recordType);
    if (filter.recordId) where.add('a.recordId = ?', filter.recordId);
    if (filter.at_gte) where.add('a.at >= ?', filter.at_gte);
    if (filter.at_lte) where.add('a.at <= ?', filter.at_lte);
    return where;
  }

  list(args: ListArgsShape<AuditEntryFilter>, columns?: ReadonlySet<string> | null): Promise<AuditEntry[]> {
    return this.engine.rows(args, columns);
  }

  count(filter: AuditEntryFilter | null | undefined): Promise<number> {
    return this.engine.count(filter);
  }

  async get(id: string): Promise<AuditEntry> {
    return this.engine.get(id);
  }
}
