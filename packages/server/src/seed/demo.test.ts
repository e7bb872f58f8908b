import { isValidCreditCode } from '../common/credit-code';
import { readNationalId } from '../common/national-id';
import { todayInChina } from '../common/dates';
import { Organization, OrganizationKind } from '../organizations/organization.entity';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import { Person } from '../people/person.entity';
import { PersonService } from '../people/person.service';
import { personUsesByCases } from '../development';
import { referencesTo } from '../db/references';
import { seedDemoAccounts } from './accounts';
import { User } from '../accounts';
import { JointBranchEnterprise } from '../organizations';
import { ReminderWebhook, WebhookKind } from '../reminders/reminder.entity';
import { PersonalDataCipher } from '../people/personal-data';
import { seedDemoData } from './demo';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { SYSTEM_ACTOR } from '../access/actor';
import { OrganizationService } from '../organizations/organization.service';
import { DevelopmentCaseService } from '../development/cases/case.service';
import type { Services } from '../kernel/context';
import { AssessmentService } from '../oversight/assessment.service';
import { CoverageService } from '../oversight/coverage.service';
import { homeDashboard } from '../oversight/home.service';
import { LetterService } from '../oversight/letter.service';
import { MeetingService } from '../oversight/meeting.service';
import { RectificationService } from '../oversight/rectification.service';
import { VenueService } from '../oversight/venue.service';
import { EnrollmentService } from '../training/enrollment.service';
import { TrainingService } from '../training/training.service';
import { organizationUsesByOversight } from '../oversight';

const cipher = new PersonalDataCipher('demo-test-data-key-of-at-least-32-chars');

describe.each(DIALECTS)('demo data on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  it('seeds the department, its coordination group, 17 chambers and about 300 enterprises with valid credit codes', async () => {
    const progress: string[] = [];
    const summary = await seedDemoData(t.db, cipher, { onProgress: (m) => progress.push(m) });
    expect(summary).toMatchObject({ chambers: 17, enterprises: 302 });
    expect(progress.length).toBeGreaterThan(17);

    const repo = t.dataSource.getRepository(Organization);
    const chambers = await repo.find({ where: { kind: OrganizationKind.CHAMBER } });
    expect(chambers).toHaveLength(17);
    expect(chambers.map((c) => c.shortName)).toEqual(expect.arrayContaining(['湖南商会', '四川商会', '浙江商会']));
    expect(await repo.countBy({ kind: OrganizationKind.COORDINATION_GROUP })).toBe(1);
    expect(await repo.countBy({ kind: OrganizationKind.PARTY_COMMITTEE })).toBe(3);

    const withCodes = await repo.find({ where: [{ kind: OrganizationKind.ENTERPRISE }, { kind: OrganizationKind.CHAMBER }] });
    for (const org of withCodes) expect(isValidCreditCode(org.creditCode!)).toBe(true);
  });

  it('seeds members and leaders with valid, distinct national ids sealed at rest', async () => {
    const people = await t.dataSource.getRepository(Person).find();
    expect(people.length).toBeGreaterThan(500);
    const ids = people.map((p) => cipher.open(p.nationalIdSealed!, 'nationalId'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, id] of ids.entries()) {
      expect(readNationalId(id)).toEqual({ birthDate: people[i].birthDate, gender: people[i].gender });
    }
  });

  it('seeds development cases at every stage, with a notice running today that the public can read', async () => {
    const stages = await t.dataSource.query('SELECT stage, COUNT(*) AS n FROM development_case GROUP BY stage');
    expect(stages.map((r: { stage: string }) => r.stage).sort()).toEqual(['ACTIVIST', 'APPLICANT', 'DEVELOPMENT_TARGET', 'PROBATIONARY']);
    const today = todayInChina();
    const running = await t.dataSource.query('SELECT COUNT(*) AS n FROM public_notice WHERE publishedAt IS NOT NULL AND startsOn <= ? AND endsOn >= ?', [today, today]);
    expect(Number(running[0].n)).toBeGreaterThan(0);
  });

  it('seeds a completed class of 28 chamber leaders and a class open for enrollment with quotas', async () => {
    const classes = await t.dataSource.query('SELECT id, title, capacity FROM training_class ORDER BY id');
    expect(classes.map((c: { title: string }) => c.title)).toEqual(['异地商会党组织负责人培训班', '商会党建指导员专题培训班']);
    const completed = await t.dataSource.query('SELECT COUNT(*) AS n FROM enrollment WHERE classId = ? AND completedAt IS NOT NULL', [classes[0].id]);
    expect(Number(completed[0].n)).toBe(26);
    const seated = await t.dataSource.query("SELECT COUNT(*) AS n FROM enrollment WHERE classId = ? AND status IN ('REGISTERED', 'WAITLISTED')", [classes[1].id]);
    expect(Number(seated[0].n)).toBe(15);
  });

  it('seeds three published exemplars and one in review', async () => {
    const published = await t.dataSource.query('SELECT COUNT(*) AS n FROM exemplar WHERE publishedRevisionId IS NOT NULL AND withdrawnAt IS NULL');
    expect(Number(published[0].n)).toBe(3);
    const inReview = await t.dataSource.query("SELECT COUNT(*) AS n FROM exemplar_revision WHERE state = 'IN_REVIEW'");
    expect(Number(inReview[0].n)).toBe(1);
  });

  it('gives the home dashboard a picture worth looking at: most chambers regular and signed, some overdue work', async () => {
    const services = { coverage: new CoverageService(t.db, SYSTEM_ACTOR), meetings: new MeetingService(t.db, SYSTEM_ACTOR), cases: new DevelopmentCaseService(t.db, SYSTEM_ACTOR), enrollments: new EnrollmentService(t.db, SYSTEM_ACTOR, new TrainingService(t.db, SYSTEM_ACTOR), new RateLimiterMemory({ points: 10, duration: 1 })), letters: new LetterService(t.db, SYSTEM_ACTOR), assessments: new AssessmentService(t.db, SYSTEM_ACTOR), venues: new VenueService(t.db, SYSTEM_ACTOR), rectifications: new RectificationService(t.db, SYSTEM_ACTOR), organizations: new OrganizationService(t.db, SYSTEM_ACTOR, organizationUsesByOversight) } as unknown as Services;
    const today = todayInChina();
    const home = await homeDashboard(SYSTEM_ACTOR, services, Number(today.slice(0, 4)), today);
    expect(home).toMatchObject({ chambers: 17, lettersSigned: 14, assessed: 6 });
    expect(home.meetings.regular).toBeGreaterThan(home.meetings.organizations / 3);
    expect(home.meetings.annualOnly).toBeGreaterThan(0);
    const overdue = Object.fromEntries(home.overdue.map((o) => [o.kind, o.count]));
    expect(overdue).toMatchObject({ LETTER_MISSING: 3, ASSESSMENT_MISSING: 11, RECTIFICATION_OPEN: 1, TERM_OVERDUE: 2, TERM_DUE_SOON: 2 });
    expect(overdue.MEETING_NOT_HELD).toBeGreaterThan(0);
    expect(overdue.VENUE_NONCOMPLIANT).toBeGreaterThan(0);
    expect(home.venuesCompliant).toBeGreaterThan(home.venueUnits / 3);
    const last = await homeDashboard(SYSTEM_ACTOR, services, Number(today.slice(0, 4)) - 1, today);
    expect(last.assessed).toBe(17);
    expect(last.assessmentByChamber[0].value).toBeGreaterThanOrEqual(last.assessmentByChamber[16].value);
  });

  it('refuses to delete an organization or a person any row still names, for every column that names one', async () => {
    const deleters = [
      { target: Organization, remove: (id: number) => new OrganizationService(t.db, SYSTEM_ACTOR, organizationUsesByOversight).delete(String(id)) },
      { target: Person, remove: (id: number) => new PersonService(t.db, SYSTEM_ACTOR, cipher, personUsesByCases).delete(String(id)) },
    ];
    // What the demo data has none of: the accounts (the trainee's linked to a person), a joint
    // branch taking in an enterprise, a chamber's group-chat robot.
    await seedDemoAccounts(t.db, { production: false });
    const people = t.dataSource.getRepository(Person);
    const orgs = t.dataSource.getRepository(Organization);
    const someone = (await people.find({ order: { id: 'ASC' }, take: 1 }))[0];
    await t.dataSource.getRepository(User).update({ username: 'trainee' }, { personId: someone.id });
    const enterprise = (await orgs.find({ where: { kind: OrganizationKind.ENTERPRISE }, order: { id: 'ASC' }, take: 1 }))[0];
    const branch = (await orgs.find({ where: { kind: OrganizationKind.BRANCH }, order: { id: 'ASC' }, take: 1 }))[0];
    await t.dataSource.getRepository(JointBranchEnterprise).insert({ jointBranchId: branch.id, enterpriseId: enterprise.id });
    await t.dataSource.getRepository(ReminderWebhook).insert({ organizationId: enterprise.parentId, kind: WebhookKind.WECOM, name: '湖南商会群', url: 'sealed' });

    const unseeded: string[] = [];
    for (const { target, remove } of deleters) {
      for (const r of referencesTo(target)) {
        const column = `${(r.entity as { name: string }).name}.${r.property}`;
        const row = await t.dataSource.createQueryBuilder(r.entity, 'x').select(`x.${r.property}`, 'named').where(`x.${r.property} IS NOT NULL`).limit(1).getRawOne<{ named: number | string }>();
        if (!row) {
          unseeded.push(column);
          continue;
        }
        const named = Number(row.named);
        const refused = await remove(named).then(
          () => null,
          (error: { extensions?: Record<string, unknown> }) => error.extensions,
        );
        expect({ column, refused }).toEqual({ column, refused: expect.objectContaining({ code: 'CONFLICT', reason: 'referenced', references: expect.arrayContaining([r.what]) }) });
        expect(await t.dataSource.getRepository(target).existsBy({ id: named })).toBe(true);
      }
    }
    // The demo data has a row for every kind of reference, so each refusal above was tried.
    expect(unseeded).toEqual([]);
  });

  it('leaves a database that already holds data alone', async () => {
    const before = await t.dataSource.getRepository(Organization).count();
    expect(await seedDemoData(t.db, cipher)).toBeNull();
    expect(await t.dataSource.getRepository(Organization).count()).toBe(before);
  });
});
