// The enrollment scenario of `npm run bench`: many trainees enrolled at once into a few classes,
// through the GraphQL server and through one raw-SQL transaction (the floor), then the invariants
// checked: no class over its seats, nobody twice in a class, the line in arrival order.
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../access/actor';
import { addDays, todayInChina } from '../common/dates';
import { Database } from '../db/database';
import { Organization, OrganizationKind } from '../organizations';
import { Person } from '../people';
import { ClassStatus } from '../training';
import { TrainingService } from '../training';
import { cpuMs, type ServerProcess } from './measure';

export const ENROLLMENT_CLASSES = 4;
export const SEATS_PER_CLASS = 200;
/** People enrolled one by one, each counted. */
const COUNTED = 3;

export interface EnrollmentWorld {
  /** Classes for each side, so both start empty. */
  graphqlClasses: number[];
  floorClasses: number[];
  /** People for each side, each enrolled once. */
  graphqlPeople: number[];
  floorPeople: number[];
  /** A class of its own and three people, enrolled one by one to count the statements an enrollment sends. */
  countingClass: number;
  countingPeople: number[];
}

/** Two sets of open classes (one per side) and enough people for each side to enroll every request a distinct person. */
export async function seedEnrollmentWorld(dataSource: DataSource, peoplePerSide: number): Promise<EnrollmentWorld> {
  const db = new Database(dataSource);
  const training = new TrainingService(db, SYSTEM_ACTOR);
  const root = await db.manager.createQueryBuilder(Organization, 'o').where('o.parentId IS NULL').orderBy('o.id').getOneOrFail();
  const chambers = await db.manager.find(Organization, { where: { kind: OrganizationKind.CHAMBER }, take: 50, order: { id: 'ASC' } });
  const today = todayInChina();
  const program = await training.createProgram({ title: '基准测试培训计划', year: Number(today.slice(0, 4)), organizerId: String(root.id) });
  const classes: number[] = [];
  for (let i = 0; i < ENROLLMENT_CLASSES * 2 + 1; i += 1) {
    const c = await training.createClass({
      programId: String(program.id),
      title: `基准测试培训班${i + 1}`,
      capacity: SEATS_PER_CLASS,
      waitlist: true,
      enrollmentOpensOn: addDays(today, -1),
      enrollmentClosesOn: addDays(today, 30),
      sessions: [{ date: addDays(today, 31), hours: 8 }],
    });
    await training.setClassStatus(String(c.id), c.version, ClassStatus.PUBLISHED);
    classes.push(c.id);
  }
  const ids: number[] = [];
  const batch = 500;
  const everyone = peoplePerSide * 2 + COUNTED;
  for (let start = 0; start < everyone; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(start + batch, everyone); i += 1) {
      rows.push({ name: `学员${i}`, namePinyin: `xue yuan ${i}`, nameInitials: `xy${i}`, organizationId: chambers[i % chambers.length].id, version: 1 });
    }
    const result = await dataSource.createQueryBuilder().insert().into(Person).values(rows).execute();
    const first = Number(result.identifiers[0]?.id ?? result.raw?.insertId);
    // Both drivers hand out consecutive ids within one multi-row insert.
    for (let i = 0; i < rows.length; i += 1) ids.push(Number(result.identifiers[i]?.id ?? first + i));
  }
  return {
    graphqlClasses: classes.slice(0, ENROLLMENT_CLASSES),
    floorClasses: classes.slice(ENROLLMENT_CLASSES, ENROLLMENT_CLASSES * 2),
    graphqlPeople: ids.slice(0, peoplePerSide),
    floorPeople: ids.slice(peoplePerSide, peoplePerSide * 2),
    countingClass: classes[ENROLLMENT_CLASSES * 2],
    countingPeople: ids.slice(peoplePerSide * 2),
  };
}

export interface EnrollmentRun {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  outcomes: Record<string, number>;
}

/**
 * `connections` workers enroll distinct people, round-robin over the classes, as fast as answers
 * come, for `duration` seconds or until the people run out. An answer that is neither a seat nor a
 * place in line stops the run.
 */
export async function driveEnrollments(
  server: ServerProcess,
  body: (classId: number, personId: number) => string,
  statusOf: (json: unknown) => string | null,
  headers: Record<string, string>,
  classes: number[],
  people: number[],
  connections: number,
  duration: number,
): Promise<EnrollmentRun> {
  const pid = server.child.pid as number;
  const cpuBefore = cpuMs(pid);
  const latencies: number[] = [];
  const outcomes: Record<string, number> = {};
  let next = 0;
  const deadline = Date.now() + duration * 1000;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (Date.now() < deadline && next < people.length) {
      const i = next++;
      const t0 = process.hrtime.bigint();
      const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: body(classes[i % classes.length], people[i]) });
      const json = await res.json();
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      const status = statusOf(json);
      if (!status) throw new Error(`enrollment ${i} failed: ${JSON.stringify(json).slice(0, 300)}`);
      outcomes[status] = (outcomes[status] ?? 0) + 1;
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    cpuMsPerRequest: (cpuMs(pid) - cpuBefore) / Math.max(1, latencies.length),
    outcomes,
  };
}

/** The invariants after a run; a list of what is wrong, empty when all hold. */
export async function enrollmentViolations(dataSource: DataSource, classes: number[]): Promise<string[]> {
  const problems: string[] = [];
  for (const classId of classes) {
    const [row] = await dataSource.query(
      `SELECT COUNT(*) AS total, COUNT(DISTINCT personId) AS people,
              SUM(CASE WHEN status IN ('REGISTERED', 'CONFIRMED', 'ATTENDED', 'ABSENT') THEN 1 ELSE 0 END) AS seated
         FROM enrollment WHERE classId = ?`,
      [classId],
    );
    const [{ capacity }] = await dataSource.query('SELECT capacity FROM training_class WHERE id = ?', [classId]);
    if (Number(row.seated) > Number(capacity)) problems.push(`class ${classId}: ${row.seated} seated, over its ${capacity} seats`);
    if (Number(row.total) !== Number(row.people)) problems.push(`class ${classId}: ${row.total} places for ${row.people} people`);
    if (Number(row.total) > Number(capacity) && Number(row.seated) < Number(capacity)) problems.push(`class ${classId}: people wait in line while seats are free`);
    // Seats went to the first to arrive: no seat was given after someone was put in line.
    const [order] = await dataSource.query(
      `SELECT COUNT(*) AS n FROM enrollment s JOIN enrollment w ON w.classId = s.classId
        WHERE s.classId = ? AND s.status = 'REGISTERED' AND w.status = 'WAITLISTED' AND s.id > w.id`,
      [classId],
    );
    if (Number(order.n) > 0) problems.push(`class ${classId}: ${order.n} seats given after someone was put in line`);
  }
  return problems;
}
