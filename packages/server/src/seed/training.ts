import { RateLimiterMemory } from 'rate-limiter-flexible';
import { SYSTEM_ACTOR } from '../access/actor';
import { addDays, todayInChina } from '../common/dates';
import type { Database } from '../db/database';
import { Organization, OrganizationKind as K } from '../organizations';
import { MembershipStatus, Person } from '../people';
import { EnrollmentService } from '../training';
import { ClassSession, ClassStatus, type TrainingClass } from '../training';
import { TrainingService } from '../training';

export interface TrainingSummary {
  classes: number;
  enrollments: number;
}

/**
 * The department's training plan for the year: last month's class for chamber leaders
 * (the interview's 28 attended; two missed a day and did not complete), and a class for
 * party-building instructors open for enrollment now, with per-chamber quotas and a line.
 */
export async function seedDemoTraining(db: Database, progress: (message: string) => void): Promise<TrainingSummary> {
  const today = todayInChina();
  const agency = await db.manager.findOneByOrFail(Organization, { kind: K.AGENCY, name: '贵州省商务厅' });
  const chambers = await db.manager.find(Organization, { where: { kind: K.CHAMBER }, order: { id: 'ASC' } });
  const summary: TrainingSummary = { classes: 0, enrollments: 0 };
  const now = new TrainingService(db, SYSTEM_ACTOR);
  const limiter = new RateLimiterMemory({ points: 1_000_000, duration: 1 });
  const program = await now.createProgram({ title: `${today.slice(0, 4)}年度异地商会党建培训计划`, year: Number(today.slice(0, 4)), organizerId: String(agency.id), description: '省商务厅协调小组组织实施，覆盖各异地商会党组织书记、负责人和党建指导员。' });

  // Last month's class for chamber leaders, enrolled while its window was open.
  const past = (days: number) => addDays(today, -days);
  const leadersClass = await now.createClass({
    programId: String(program.id),
    title: '异地商会党组织负责人培训班',
    audience: '各异地商会会长、党组织书记',
    venue: '贵州省委党校',
    capacity: 30,
    waitlist: false,
    enrollmentOpensOn: past(60),
    enrollmentClosesOn: past(32),
    sessions: [
      { date: past(30), hours: 8, topic: '学习贯彻党的创新理论' },
      { date: past(29), hours: 8, topic: '商会党建工作实务' },
      { date: past(28), hours: 8, topic: '典型经验交流' },
    ],
  });
  await now.setClassStatus(String(leadersClass.id), leadersClass.version, ClassStatus.PUBLISHED);
  summary.classes += 1;
  const then = new TrainingService(db, SYSTEM_ACTOR, () => past(40));
  const enrollThen = new EnrollmentService(db, SYSTEM_ACTOR, then, limiter);
  const enrollNow = new EnrollmentService(db, SYSTEM_ACTOR, now, limiter);
  const leaders = await db.manager
    .createQueryBuilder(Person, 'p')
    .where('p.posts IN (:...posts)', { posts: ['会长', '常务副会长'] })
    .orderBy('p.id', 'ASC')
    .take(28)
    .getMany();
  const places = [];
  for (const leader of leaders) places.push(await enrollThen.enroll(String(leadersClass.id), String(leader.id)));
  summary.enrollments += places.length;
  const sessions = await db.manager.find(ClassSession, { where: { classId: leadersClass.id }, order: { date: 'ASC' } });
  for (const [i, session] of sessions.entries()) {
    // Two leaders missed the last day: 16 of 24 hours, not completed.
    const present = i === 2 ? places.slice(0, places.length - 2) : places;
    await enrollNow.markAttendance(String(session.id), present.map((p) => String(p.id)));
  }
  progress(`  ${leadersClass.title}: ${places.length} attended`);

  // The instructors' class, open for enrollment now.
  const instructorsClass: TrainingClass = await now.createClass({
    programId: String(program.id),
    title: '商会党建指导员专题培训班',
    audience: '党建指导员、党务工作者',
    venue: '贵阳市观山湖区 省商务厅培训中心',
    capacity: 40,
    waitlist: true,
    enrollmentOpensOn: past(5),
    enrollmentClosesOn: addDays(today, 7),
    sessions: [
      { date: addDays(today, 10), hours: 6, topic: '发展党员工作规范' },
      { date: addDays(today, 11), hours: 6, topic: '三会一课与主题党日' },
      { date: addDays(today, 12), hours: 6, topic: '阵地建设与党建指导' },
    ],
    quotas: chambers.map((c, i) => ({ chamberId: String(c.id), seats: i < 3 ? 4 : 2 })),
  });
  await now.setClassStatus(String(instructorsClass.id), instructorsClass.version, ClassStatus.PUBLISHED);
  summary.classes += 1;
  for (const chamber of chambers.slice(0, 6)) {
    const members = await db.manager
      .createQueryBuilder(Person, 'p')
      .innerJoin(Organization, 'o', 'o.id = p.organizationId')
      .where('o.path LIKE :prefix', { prefix: `${chamber.path}%` })
      .andWhere('p.membershipStatus = :full', { full: MembershipStatus.FULL })
      .orderBy('p.id', 'ASC')
      .take(chamber === chambers[0] ? 5 : 2)
      .getMany();
    for (const member of members) {
      await enrollNow.enroll(String(instructorsClass.id), String(member.id));
      summary.enrollments += 1;
    }
  }
  progress(`  ${instructorsClass.title}: enrollment open until ${addDays(today, 7)}`);
  return summary;
}
