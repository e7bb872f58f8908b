import DataLoader from 'dataloader';
import type { Actor } from '../access/actor';
import { actorSees } from '../access/scope';
import type { Database } from '../db/database';
import { organizationsInScope } from './organization.references';
import { Organization, OrganizationKind } from './organization.entity';
import { subtreeRange } from '../kernel/paths';

export interface OrganizationLoaders {
  byId: DataLoader<number, Organization | null>;
  /** Active direct sub-organizations per organization id. */
  childCount: DataLoader<number, number>;
  /** Active member enterprises in the subtree, keyed by the organization's path. */
  enterpriseCount: DataLoader<string, number>;
}

export function createOrganizationLoaders(db: Database, actor: Actor): OrganizationLoaders {
  // Relations out of the actor's scope resolve to null, exactly like missing ones.
  const byId = new DataLoader<number, Organization | null>(async (ids) => {
    const rows = await db.manager.createQueryBuilder(Organization, 'o').where('o.id IN (:...ids)', { ids: [...ids] }).getMany();
    const found = new Map(rows.filter((row) => actorSees(actor, row.path)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });

  const childCount = new DataLoader<number, number>(async (ids) => {
    const rows: { parentId: number; n: number | string }[] = await db.manager
      .createQueryBuilder(Organization, 'c')
      .select('c.parentId', 'parentId')
      .addSelect('COUNT(*)', 'n')
      .where('c.parentId IN (:...ids) AND c.archivedAt IS NULL', { ids: [...ids] })
      .groupBy('c.parentId')
      .getRawMany();
    const counts = new Map(rows.map((r) => [Number(r.parentId), Number(r.n)]));
    return ids.map((id) => counts.get(id) ?? 0);
  });

  const enterpriseCount = new DataLoader<string, number>(async (paths) => {
    // One statement: a bounded index range count per requested subtree, glued with UNION ALL.
    const params: string[] = [];
    const parts = paths.map((path, i) => {
      const { low, high } = subtreeRange(path);
      params.push(low, high);
      return `SELECT ${i} AS k, COUNT(*) AS n FROM organization WHERE kind = '${OrganizationKind.ENTERPRISE}' AND path > ? AND path < ? AND archivedAt IS NULL`;
    });
    const rows: { k: number | string; n: number | string }[] = await db.manager.query(parts.join(' UNION ALL '), params);
    const counts = new Map(rows.map((r) => [Number(r.k), Number(r.n)]));
    return paths.map((_, i) => counts.get(i) ?? 0);
  });

  return { byId, childCount, enterpriseCount };
}

/** Rows whose keeping organization lies in the actor's scope; the others read as missing. */
export async function visibleBy<T extends { id: number }>(db: Database, actor: Actor, ids: readonly number[], rows: T[], orgOf: (row: T) => number): Promise<(T | null)[]> {
  const seen = await organizationsInScope(db.manager, actor, rows.map(orgOf));
  const found = new Map(rows.filter((row) => seen.has(orgOf(row))).map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

/** An organization id as the reader may follow it: the id when the organization is in their scope, else null, as the organization itself reads. */
export async function visibleOrganizationId(ctx: { loaders: { organizations: OrganizationLoaders } }, id: number | null): Promise<number | null> {
  return id === null ? null : (await ctx.loaders.organizations.byId.load(id)) ? id : null;
}
