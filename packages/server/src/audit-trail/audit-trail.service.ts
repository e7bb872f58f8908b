import { Brackets, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../access/actor';
import { applyScope, requirePermission, scope } from '../access/scope';
import { LIKE_ESCAPE, likeContains, pageWindow, parseId, resolveSort, type ListArgsShape, filterByIds, getById } from '../common/list';
import type { Database } from '../db/database';
import { Organization } from '../organizations';
import type { AuditEntryFilter } from './audit-trail.args';
import { AuditEntry } from '../audit/audit-entry.entity';
import { probingAccounts, type ProbingAccountRow } from '../audit/uniqueness-guard';

const SORTS: Record<string, string[]> = { id: ['a.id'], at: ['a.at'] };

/** Reading the audit trail: everything for the department, their subtree for coordinators. */
export class AuditQueryService {
  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
  ) {}

  /** Accounts that reached their budget of refused candidates this week: the administrators' to look into. */
  async probingAccounts(): Promise<ProbingAccountRow[]> {
    requirePermission(this.actor, 'user:manage');
    return probingAccounts(this.db.manager);
  }

  query(filter: AuditEntryFilter): SelectQueryBuilder<AuditEntry> {
    requirePermission(this.actor, 'audit:read');
    const qb = this.db.manager.createQueryBuilder(AuditEntry, 'a');
    const inScope = scope.subtree(this.actor, 'ao.path');
    if (inScope) {
      // Entries about organizations in the viewer's subtree; entries without an organization are the department's.
      applyScope(qb.innerJoin(Organization, 'ao', 'ao.id = a.organizationId'), inScope);
    }
    const q = filter.q?.trim();
    if (q) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where(`a.action LIKE :q ${LIKE_ESCAPE}`, { q: likeContains(q) })
            .orWhere(`a.actorName LIKE :q ${LIKE_ESCAPE}`)
            .orWhere('a.recordId = :qExact', { qExact: q }),
        ),
      );
    }
    if (filter.ids) filterByIds(qb, 'a.id', filter.ids);
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.actorId) qb.andWhere('a.actorId = :actorId', { actorId: parseId(filter.actorId) ?? -1 });
    if (filter.organizationId) qb.andWhere('a.organizationId = :orgId', { orgId: parseId(filter.organizationId) ?? -1 });
    if (filter.recordType) qb.andWhere('a.recordType = :recordType', { recordType: filter.recordType });
    if (filter.recordId) qb.andWhere('a.recordId = :recordId', { recordId: filter.recordId });
    if (filter.at_gte) qb.andWhere('a.at >= :from', { from: filter.at_gte });
    if (filter.at_lte) qb.andWhere('a.at <= :to', { to: filter.at_lte });
    return qb;
  }

  list(args: ListArgsShape<AuditEntryFilter>): Promise<AuditEntry[]> {
    const sort = resolveSort(args.sortField, args.sortOrder ?? 'DESC', SORTS, 'at');
    const { offset, limit } = pageWindow(args);
    const qb = this.query(args.filter ?? {});
    sort.columns.forEach((c, i) => (i === 0 ? qb.orderBy(c, sort.direction) : qb.addOrderBy(c, sort.direction)));
    return qb.addOrderBy('a.id', sort.direction).offset(offset).limit(limit).getMany();
  }

  count(filter: AuditEntryFilter | null | undefined): Promise<number> {
    return this.query(filter ?? {}).getCount();
  }

  async get(id: string): Promise<AuditEntry> {
    return getById('AuditEntry', id, (numeric) => this.query({}).andWhere('a.id = :id', { id: numeric }));
  }
}
