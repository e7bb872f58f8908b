import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Actor } from '../../access/actor';
import type { Database } from '../../db/database';
import { NoticeCase } from '../notices/notice.entity';
import { groupBy } from '../../common/list';
import { visibleBy } from '../../organizations';
import { missingMaterialsOf } from '../materials/material.rules';
import { CaseAssessment, CaseEvent, CaseSponsor, DevelopmentCase } from './case.entity';

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
    /** How many materials required of each case its dossier lacks: two statements for a page of cases. */
    dossierMissing: new DataLoader<DevelopmentCase, number, number>(
      async (cases) => {
        const missing = await missingMaterialsOf(db.manager, cases);
        return cases.map((c) => missing.get(c.id)!.length);
      },
      { cacheKeyFn: (c) => c.id },
    ),
  };
}

export type CaseLoaders = ReturnType<typeof createCaseLoaders>;
