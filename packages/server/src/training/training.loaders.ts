import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Actor } from '../access/actor';
import type { Database } from '../db/database';
import { groupBy } from '../common/list';
import { Organization } from '../organizations';
import { Person } from '../people';
import { Attendance, ClassSession, EnrollmentStatus, SEATED, TrainingClass, TrainingProgram, Enrollment } from './training.entity';
import { actorSeesOnLine } from '../access/scope';

export function createTrainingLoaders(db: Database, actor: Actor) {
  /** The rows of `ids` (in their order) whose organizer is open to the actor; the others read as missing. */
  async function openOnLine<T extends { id: number; organizerId: number }>(ids: readonly number[], rows: T[]): Promise<(T | null)[]> {
    const orgs = rows.length ? await db.manager.findBy(Organization, { id: In([...new Set(rows.map((r) => r.organizerId))]) }) : [];
    const paths = new Map(orgs.map((o) => [o.id, o.path]));
    return ids.map((id) => {
      const row = rows.find((r) => r.id === id);
      const path = row && paths.get(row.organizerId);
      return row && path !== undefined && actorSeesOnLine(actor, path) ? row : null;
    });
  }

  return {
    sessions: new DataLoader<number, ClassSession[]>(async (ids) =>
      groupBy(ids, await db.manager.find(ClassSession, { where: { classId: In([...ids]) }, order: { date: 'ASC', id: 'ASC' } }), (s) => s.classId),
    ),
    statusCounts: new DataLoader<number, { seated: number; waitlisted: number }>(async (ids) => {
      const rows: { classId: number | string; status: EnrollmentStatus; n: number | string }[] = await db.manager
        .createQueryBuilder(Enrollment, 'e')
        .select('e.classId', 'classId')
        .addSelect('e.status', 'status')
        .addSelect('COUNT(*)', 'n')
        .where('e.classId IN (:...ids)', { ids: [...ids] })
        .groupBy('e.classId')
        .addGroupBy('e.status')
        .getRawMany();
      return ids.map((id) => {
        const mine = rows.filter((r) => Number(r.classId) === id);
        return {
          seated: mine.filter((r) => SEATED.includes(r.status)).reduce((sum, r) => sum + Number(r.n), 0),
          waitlisted: Number(mine.find((r) => r.status === EnrollmentStatus.WAITLISTED)?.n ?? 0),
        };
      });
    }),
    waitlists: new DataLoader<number, number[]>(async (ids) =>
      groupBy(
        ids,
        await db.manager.find(Enrollment, { where: { classId: In([...ids]), status: EnrollmentStatus.WAITLISTED }, order: { requestedAt: 'ASC', id: 'ASC' }, select: { id: true, classId: true } }),
        (e) => e.classId,
      ).map((rows) => rows.map((r) => r.id)),
    ),
    attendances: new DataLoader<number, Attendance[]>(async (ids) =>
      groupBy(ids, await db.manager.find(Attendance, { where: { enrollmentId: In([...ids]) }, order: { checkedInAt: 'ASC' } }), (a) => a.enrollmentId),
    ),
    /** People of enrollments the actor sees: the enrollment's visibility covers its person. */
    people: new DataLoader<number, Person | null>(async (ids) => {
      const rows = await db.manager.findBy(Person, { id: In([...ids]) });
      return ids.map((id) => rows.find((p) => p.id === id) ?? null);
    }),
    /** Programs open to the actor (organized in their subtree or above them on their line). */
    programs: new DataLoader<number, TrainingProgram | null>(async (ids) => openOnLine(ids, await db.manager.findBy(TrainingProgram, { id: In([...ids]) }))),
    /** Classes open to the actor. */
    classes: new DataLoader<number, TrainingClass | null>(async (ids) => openOnLine(ids, await db.manager.findBy(TrainingClass, { id: In([...ids]) }))),
  };
}

export type TrainingLoaders = ReturnType<typeof createTrainingLoaders>;
