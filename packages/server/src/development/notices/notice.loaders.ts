import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Actor } from '../../access/actor';
import type { Database } from '../../db/database';
import { groupBy } from '../../common/list';
import { visibleBy } from '../../organizations';
import { NoticeCase, PublicNotice } from './notice.entity';
import type { NoticeService } from './notice.service';

export function createNoticeLoaders(db: Database, actor: Actor, notices: NoticeService) {
  return {
    byId: new DataLoader<number, PublicNotice | null>(async (ids) =>
      visibleBy(db, actor, ids, await db.manager.findBy(PublicNotice, { id: In([...ids]) }), (n) => n.organizationId),
    ),
    unclearedReports: new DataLoader<number, number>(async (ids) => {
      const counts = await notices.unclearedReports(ids);
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    caseIds: new DataLoader<number, number[]>(async (ids) =>
      groupBy(ids, await db.manager.find(NoticeCase, { where: { noticeId: In([...ids]) }, order: { caseId: 'ASC' } }), (nc) => nc.noticeId).map((rows) =>
        rows.map((r) => r.caseId),
      ),
    ),
  };
}

export type NoticeLoaders = ReturnType<typeof createNoticeLoaders>;
