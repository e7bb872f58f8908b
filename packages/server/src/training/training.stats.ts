import { In, type EntityManager } from 'typeorm';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { Actor } from '../access/actor';
import { organizationsInScope } from '../organizations';
import { Attendance, Enrollment, EnrollmentStatus, SEATED, type ClassQuota, type ClassSession, type TrainingClass } from './training.entity';

@ObjectType({ simpleResolvers: true, description: 'One chamber\'s part in a class' })
export class ChamberClassStats {
  @Field(() => ID, { nullable: true, description: 'Null for people outside any chamber' })
  chamberId: number | null;

  @Field(() => String, { nullable: true, description: 'The chamber\'s short name (its name when it has none); null for people outside any chamber' })
  chamberName: string | null;

  @Field(() => Int, { nullable: true, description: 'Its quota, when the class has quotas' })
  quota: number | null;

  @Field(() => Int)
  seated: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  completed: number;
}

@ObjectType({ simpleResolvers: true, description: 'Fill, attendance and completion of a class' })
export class ClassStats {
  @Field(() => Int)
  capacity: number;

  @Field(() => Int, { description: 'Places holding a seat' })
  seated: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Float, { description: 'Seated / capacity' })
  fillRate: number;

  @Field(() => Float, { description: 'Check-ins / (seated × sessions held so far)' })
  attendanceRate: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Float, { description: 'Completed / seated' })
  completionRate: number;

  @Field(() => [ChamberClassStats])
  byChamber: ChamberClassStats[];
}

@ObjectType({ simpleResolvers: true, description: 'Training of one chamber over a program or a year' })
export class ChamberTrainingStats {
  @Field(() => ID, { nullable: true, description: 'Null for people outside any chamber' })
  chamberId: number | null;

  @Field(() => String, { nullable: true, description: 'The chamber\'s short name (its name when it has none); null for people outside any chamber' })
  chamberName: string | null;

  @Field(() => Int, { description: 'Places holding a seat' })
  seated: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int, { description: 'Hours credited' })
  hours: number;

  @Field(() => Float)
  attendanceRate: number;

  @Field(() => Float)
  completionRate: number;
}

/** a / b to three decimals; 0 when there is nothing to divide by. */
export const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

/**
 * The names of the chambers among `ids` that the actor sees; the others are left out of the
 * figures (a chamber outside one's scope is not one's business).
 */
export async function visibleChamberNames(em: EntityManager, actor: Actor, ids: (number | null)[]): Promise<Map<number, string>> {
  return new Map([...(await organizationsInScope(em, actor, ids))].map(([id, o]) => [id, o.shortName ?? o.name]));
}

/** Rows ordered by chamber name in Chinese collation, people outside any chamber last. */
export function byChamberName<T extends { chamberName: string | null }>(a: T, b: T): number {
  if (a.chamberName === null || b.chamberName === null) return a.chamberName === null ? (b.chamberName === null ? 0 : 1) : -1;
  return a.chamberName.localeCompare(b.chamberName, 'zh-CN');
}

/**
 * A class's fill, attendance and completion, overall and per chamber. Attendance counts
 * check-ins against the seats times the sessions held by `today`.
 */
export async function classStats(
  em: EntityManager,
  actor: Actor,
  c: TrainingClass,
  { sessions, quotas, today }: { sessions: ClassSession[]; quotas: ClassQuota[]; today: string },
): Promise<ClassStats> {
  const rows = await em.find(Enrollment, { where: { classId: c.id }, select: { id: true, status: true, chamberId: true, completedAt: true } });
  const held = sessions.filter((s) => s.date <= today).length;
  const checkIns = rows.length ? await em.count(Attendance, { where: { enrollmentId: In(rows.map((r) => r.id)) } }) : 0;
  const seatedRows = rows.filter((r) => SEATED.includes(r.status));
  const chamberIds = [...new Set([...rows.map((r) => r.chamberId), ...quotas.map((q) => q.chamberId)])];
  const names = await visibleChamberNames(em, actor, chamberIds);
  const completed = rows.filter((r) => r.completedAt).length;
  return {
    capacity: c.capacity,
    seated: seatedRows.length,
    waitlisted: rows.filter((r) => r.status === EnrollmentStatus.WAITLISTED).length,
    cancelled: rows.filter((r) => r.status === EnrollmentStatus.CANCELLED).length,
    fillRate: ratio(seatedRows.length, c.capacity),
    attendanceRate: ratio(checkIns, seatedRows.length * held),
    completed,
    completionRate: ratio(completed, seatedRows.length),
    byChamber: chamberIds
      .filter((id) => id === null || names.has(id))
      .map((chamberId) => {
        const mine = rows.filter((r) => r.chamberId === chamberId);
        return {
          chamberId,
          chamberName: chamberId === null ? null : names.get(chamberId)!,
          quota: quotas.length ? (quotas.find((q) => q.chamberId === chamberId)?.seats ?? 0) : null,
          seated: mine.filter((r) => SEATED.includes(r.status)).length,
          waitlisted: mine.filter((r) => r.status === EnrollmentStatus.WAITLISTED).length,
          attended: mine.filter((r) => r.status === EnrollmentStatus.ATTENDED).length,
          completed: mine.filter((r) => r.completedAt).length,
        };
      })
      .sort(byChamberName),
  };
}
