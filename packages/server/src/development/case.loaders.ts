import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees } from '../access/scope';
import type { Database } from '../db/database';
import { NoticeCase } from '../notices/notice.entity';
import { Organization } from '../organizations/organization.entity';
import { Person } from '../people/person.entity';
import { CaseAssessment, CaseEvent, CaseSponsor, DevelopmentCase } from './case.entity';

/** Rows grouped by a key, in the order of `keys`. */
function groupBy<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = groups.get(key);
    if (list) list.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Rows whose keeping organization lies in the actor's scope; the others read as missing. */
async function visibleBy<T extends { id: number }>(db: Database, actor: Actor, ids: readonly number[], rows: T[], orgOf: (row: T) => number): Promise<(T | null)[]> {
  const orgIds = [...new Set(rows.map(orgOf))];
  const orgs = orgIds.length ? await db.manager.find(Organization, { where: { id: In(orgIds) }, select: { id: true, path: true } }) : [];
  const paths = new Map(orgs.map((o) => [o.id, o.path]));
  const found = new Map(rows.filter((row) => actorSees(actor, paths.get(orgOf(row)))).map((row) => [row.id, row]));
  return ids.map((id) => found.get(id) ?? null);
}

export function createPeopleLoaders(db: Database, actor: Actor) {
  return {
    byId: new DataLoader<number, Person | null>(async (ids) => visibleBy(db, actor, ids, await db.manager.findBy(Person, { id: In([...ids]) }), (p) => p.organizationId)),
  };
}

export function createCaseLoaders(db: Database, actor: Actor) {
  return {
    byId: new DataLoader<number, DevelopmentCase | null>(async (ids) =>
      visibleBy(db, actor, ids, await db.manager.findBy(DevelopmentCase, { id: In([...ids]) }), (c) => c.organizationId),
    ),
    events: new DataLoader<number, CaseEvent[]>(async (caseIds) =>
      groupBy(caseIds, await db.manager.find(CaseEvent, { where: { caseId: In([...caseIds]) }, order: { id: 'ASC' } }), (e) => e.caseId),
    ),
    sponsors: new DataLoader<number, CaseSponsor[]>(async (caseIds) =>
      groupBy(caseIds, await db.manager.find(CaseSponsor, { where: { caseId: In([...caseIds]) }, order: { id: 'ASC' } }), (s) => s.caseId),
    ),
    assessments: new DataLoader<number, CaseAssessment[]>(async (caseIds) =>
      groupBy(caseIds, await db.manager.find(CaseAssessment, { where: { caseId: In([...caseIds]) }, order: { period: 'ASC' } }), (a) => a.caseId),
    ),
    noticeIds: new DataLoader<number, number[]>(async (caseIds) =>
      groupBy(caseIds, await db.manager.find(NoticeCase, { where: { caseId: In([...caseIds]) }, order: { noticeId: 'ASC' } }), (nc) => nc.caseId).map((rows) =>
        rows.map((r) => r.noticeId),
      ),
    ),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
export type CaseLoaders = ReturnType<typeof createCaseLoaders>;
export { groupBy, visibleBy };
