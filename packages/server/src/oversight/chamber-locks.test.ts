import type { EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, requestActor } from '../access/actor';
import { AuthService } from '../accounts/auth.service';
import { hashPassword } from '../accounts/password';
import { User } from '../accounts/user.entity';
import { UserRole } from '../access/roles';
import { addDays, todayInChina } from '../common/dates';
import { Database } from '../db/database';
import { JointBranchService, OrganizationService } from '../organizations';
import { OrganizationKind } from '../organizations/organization.entity';
import { MembershipStatus, PersonService, PersonalDataCipher } from '../people';
import { personUsesByCases } from '../development';
import { openTestDatabase, type TestDatabase } from '../test/databases';
import { MeetingType } from './meeting.entity';
import { MeetingService, organizationUsesByOversight } from './meeting.service';
import { VenueService } from './venue.service';
import { VenueStandard } from './venue.entity';
import { EnrollmentService, TrainingService } from '../training';
import { DevelopmentCaseService } from '../development';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { ClassStatus } from '../training/training.entity';

// On MariaDB what a write locks is held until it commits, the tally triggers' statements
// included (docs/adr/0004). A write locks only the rows it changes, so a write in one chamber
// never waits for one in another: each kind of write is held open in chamber A, at the point it
// would commit, while the same kind of write runs in chamber B, which must finish first.
// (SQLite writes one transaction at a time, so this is MariaDB's.)
const PASSWORD = 'chamber-locks-password-2026';
const describeOnMysql = process.env.TEST_MYSQL_URL === 'off' ? describe.skip : describe;

/** A database whose writes stop before committing until let go: their locks are held meanwhile. */
class HeldDatabase extends Database {
  private gate: Promise<void> = Promise.resolve();
  private letGo: () => void = () => undefined;
  private reached: () => void = () => undefined;

  /** Holds the next write; resolves once it has done its work and waits to commit. */
  hold(): { waiting: Promise<void>; letGo: () => void } {
    this.gate = new Promise<void>((resolve) => (this.letGo = resolve));
    const waiting = new Promise<void>((resolve) => (this.reached = resolve));
    return { waiting, letGo: () => this.letGo() };
  }

  override write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return super.write(async (em) => {
      const result = await work(em);
      this.reached();
      await this.gate;
      return result;
    });
  }
}

interface Chamber {
  id: string;
  committee: string;
  branch: string;
  enterprise: string;
  member: { id: string; version: number };
  spare: { id: string; version: number };
  /** A full member who can cultivate an activist, made when a test needs one. */
  contact?: string;
}

describeOnMysql('MariaDB: a write in one chamber does not wait for one in another', () => {
  let t: TestDatabase;
  let held: HeldDatabase;
  const chambers: Chamber[] = [];
  const cipher = new PersonalDataCipher('a data key for the tally lock test only, 32+ chars');
  const services = (db: Database) => ({
    organizations: new OrganizationService(db, SYSTEM_ACTOR, organizationUsesByOversight),
    people: new PersonService(db, SYSTEM_ACTOR, cipher, personUsesByCases),
    venues: new VenueService(db, SYSTEM_ACTOR),
    meetings: new MeetingService(db, SYSTEM_ACTOR),
    joint: new JointBranchService(db, SYSTEM_ACTOR),
    training: new TrainingService(db, SYSTEM_ACTOR),
    enrollments: new EnrollmentService(db, SYSTEM_ACTOR, new TrainingService(db, SYSTEM_ACTOR), new RateLimiterMemory({ points: 100, duration: 1 })),
    cases: new DevelopmentCaseService(db, SYSTEM_ACTOR),
    auth: new AuthService(db, { secret: 'a session secret for the chamber locks test only', sessionHours: 1 }),
  });

  beforeAll(async () => {
    t = await openTestDatabase('mysql');
    held = new HeldDatabase(t.dataSource);
    const { organizations, people } = services(t.db);
    const agency = await organizations.create({ kind: OrganizationKind.AGENCY, name: '锁测试厅' });
    for (const n of ['甲', '乙']) {
      const chamber = await organizations.create({ kind: OrganizationKind.CHAMBER, name: `${n}商会`, parentId: String(agency.id), originProvince: '湖南' });
      const committee = await organizations.create({ kind: OrganizationKind.PARTY_COMMITTEE, name: `${n}商会党委`, parentId: String(chamber.id) });
      const branch = await organizations.create({ kind: OrganizationKind.BRANCH, name: `${n}商会第一支部`, parentId: String(committee.id) });
      const enterprise = await organizations.create({ kind: OrganizationKind.ENTERPRISE, name: `${n}企业`, parentId: String(chamber.id) });
      const member = await people.create({ name: `${n}党员`, organizationId: String(branch.id), employerId: String(enterprise.id), membershipStatus: MembershipStatus.FULL });
      const spare = await people.create({ name: `${n}积极分子`, organizationId: String(branch.id), employerId: String(enterprise.id) });
      chambers.push({ id: String(chamber.id), committee: String(committee.id), branch: String(branch.id), enterprise: String(enterprise.id), member: { id: String(member.id), version: member.version }, spare: { id: String(spare.id), version: spare.version } });
    }
  }, 60_000);
  afterAll(() => t.close());

  const today = todayInChina();
  // Each write, as it would be made in chamber `c` through the services `s`; `ready`, what it
  // needs made beforehand (not held).
  type Services = ReturnType<typeof services>;
  type Write = { write: (s: Services, c: Chamber, n: number, made: { id: string; version: number }) => Promise<unknown>; ready?: (s: Services, c: Chamber, n: number) => Promise<{ id: number; version: number }> };
  const writes: [string, Write][] = [
    ['an enterprise created', { write: (s, c, n) => s.organizations.create({ kind: OrganizationKind.ENTERPRISE, name: `新企业${n}`, parentId: c.id }) }],
    ['a branch created under the party committee', { write: (s, c, n) => s.organizations.create({ kind: OrganizationKind.BRANCH, name: `新支部${n}`, parentId: c.committee }) }],
    ['a member created in a branch', { write: (s, c, n) => s.people.create({ name: `新党员${n}`, organizationId: c.branch, employerId: c.enterprise, membershipStatus: MembershipStatus.FULL }) }],
    ['a person becoming a member', { write: (s, c) => s.people.update({ id: c.spare.id, version: c.spare.version, membershipStatus: MembershipStatus.FULL }) }],
    [
      'a branch that keeps a member moved up to the chamber',
      { ready: (s, c) => s.organizations.get(c.branch), write: (s, c, _, branch) => s.organizations.update({ id: branch.id, version: branch.version, parentId: c.id }) },
    ],
    ['a member archived', { write: (s, c) => s.people.archive(c.member.id, c.member.version) }],
    ['a venue created', { write: (s, c, n) => s.venues.create({ organizationId: c.committee, standard: VenueStandard.MASS_ROOM, name: `活动室${n}`, address: null, areaSqm: 60 }) }],
    ['a meeting planned', { write: (s, c, n) => s.meetings.create({ organizationId: c.branch, type: MeetingType.GROUP_MEETING, topic: `学习${n}`, plannedOn: addDays(today, 1) }) }],
    [
      'a joint branch taking in an enterprise',
      {
        ready: (s, c, n) => s.organizations.create({ kind: OrganizationKind.JOINT_BRANCH, name: `联合支部${n}`, parentId: c.id }),
        write: (s, c, _, branch) => s.joint.set({ jointBranchId: branch.id, version: branch.version, enterpriseIds: [c.enterprise] }),
      },
    ],
    [
      'a training class created with its sessions and a quota',
      {
        ready: (s, c, n) => s.training.createProgram({ title: `培训计划${n}`, year: 2026, organizerId: c.id }),
        write: (s, c, n, program) =>
          s.training.createClass({
            programId: program.id,
            title: `培训班${n}`,
            capacity: 20,
            enrollmentOpensOn: today,
            enrollmentClosesOn: addDays(today, 5),
            sessions: [{ date: addDays(today, 7), hours: 4 }],
            quotas: [{ chamberId: c.id, seats: 10 }],
          }),
      },
    ],
    [
      "a class's sessions changed",
      {
        ready: async (s, c, n) => {
          const program = await s.training.createProgram({ title: `改期计划${n}`, year: 2026, organizerId: c.id });
          return s.training.createClass({ programId: String(program.id), title: `改期班${n}`, capacity: 20, enrollmentOpensOn: today, enrollmentClosesOn: addDays(today, 5), sessions: [{ date: addDays(today, 7), hours: 4 }], quotas: [{ chamberId: c.id, seats: 5 }] });
        },
        write: (s, c, _, klass) => s.training.updateClass({ id: klass.id, version: klass.version, sessions: [{ date: addDays(today, 8), hours: 3 }], quotas: [{ chamberId: c.id, seats: 6 }] }),
      },
    ],
    [
      'cultivation contacts assigned to an activist',
      {
        ready: async (s, c, n) => {
          c.contact = String((await s.people.create({ name: `培养人${n}`, organizationId: c.branch, employerId: c.enterprise, membershipStatus: MembershipStatus.FULL, fullMemberSince: '2015-07-01' })).id);
          const person = await s.people.create({ name: `积极分子${n}`, organizationId: c.branch, employerId: c.enterprise, birthDate: '1993-05-17' });
          let opened = await s.cases.open({ personId: String(person.id), organizationId: c.branch, appliedOn: '2023-01-02' });
          opened = await s.cases.recordTalk({ id: String(opened.id), version: opened.version, on: '2023-01-10' });
          return s.cases.advance({ id: String(opened.id), version: opened.version, on: '2023-01-20' });
        },
        write: (s, c, _, activist) => s.cases.assignContacts({ id: activist.id, version: activist.version, on: '2023-01-20', personIds: [c.contact!] }),
      },
    ],
    [
      'a person enrolling in a class',
      {
        ready: async (s, c, n) => {
          const program = await s.training.createProgram({ title: `报名计划${n}`, year: 2026, organizerId: c.id });
          const klass = await s.training.createClass({ programId: String(program.id), title: `报名班${n}`, capacity: 20, enrollmentOpensOn: today, enrollmentClosesOn: addDays(today, 5), sessions: [{ date: addDays(today, 7), hours: 4 }] });
          return s.training.setClassStatus(String(klass.id), klass.version, ClassStatus.PUBLISHED);
        },
        write: (s, c, _, klass) => s.enrollments.enroll(klass.id, c.spare.id),
      },
    ],
    [
      'a development case opened',
      {
        ready: (s, c, n) => s.people.create({ name: `申请人${n}`, organizationId: c.branch, employerId: c.enterprise, birthDate: '1995-03-01' }),
        write: (s, c, _, person) => s.cases.open({ personId: person.id, organizationId: c.branch, appliedOn: today }),
      },
    ],
    [
      'a user signing in',
      {
        // Each chamber's own account, made one after the other, so the two are neighbours in every index.
        ready: async (_, c, n) =>
          t.db.write(async (em) => em.save(em.create(User, { username: `signin.${n}`, displayName: `登录${n}`, role: UserRole.STAFF, organizationId: Number(c.id), passwordHash: await hashPassword(PASSWORD) }))),
        write: (s, _, n) => s.auth.signIn(requestActor(null, 'test', `10.0.0.${n}`), `signin.${n}`, PASSWORD),
      },
    ],
    [
      'an empty organization deleted',
      { ready: (s, c, n) => s.organizations.create({ kind: OrganizationKind.ENTERPRISE, name: `待删企业${n}`, parentId: c.id }), write: (s, _, __, gone) => s.organizations.delete(gone.id, gone.version) },
    ],
  ];

  it.each(writes)('%s', async (_, { write, ready }) => {
    const [a, b] = chambers;
    const made = await Promise.all([a, b].map(async (c, n) => {
      const row = ready ? await ready(services(t.db), c, n + 1) : { id: 0, version: 0 };
      return { id: String(row.id), version: row.version };
    }));
    const { waiting, letGo } = held.hold();
    let bDone = false;
    // A's write held open where it would commit, and B's alongside it.
    const inA = write(services(held), a, 1, made[0]).finally(letGo);
    await waiting;
    const inB = write(services(t.db), b, 2, made[1]).then(() => (bDone = true));
    let timer: NodeJS.Timeout | undefined;
    const within = await Promise.race([inB.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 3000)))]);
    clearTimeout(timer);
    letGo();
    await Promise.all([inA, inB]);
    expect({ bFinishedWhileAHeld: within, bDone }).toEqual({ bFinishedWhileAHeld: true, bDone: true });
  }, 120_000);
});
