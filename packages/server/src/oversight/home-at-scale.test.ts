// The home page counts coverage, meeting regularity and venue compliance in SQL so that it stays
// fast at national size; the lists a coordinator drills down to compute the same figures row by
// row. On a generated data set with every case mixed in, both must agree exactly, on each database,
// for the whole country and for one chamber, on several days of the year.
import { SYSTEM_ACTOR, requestActor, type Actor } from '../access/actor';
import { Viewer } from '../access/viewer';
import { User } from '../accounts/user.entity';
import { UserRole } from '../access/roles';
import { addDays, todayInChina } from '../common/dates';
import { seedCases, seedOversight } from '../bench/oversight-seed';
import { DevelopmentCase, MaterialService, OPEN_STAGES, personUsesByCases } from '../development';
import { missingMaterialsOf } from '../development/materials/material.rules';
import { FileStore } from '../db/file-store';
import { In } from 'typeorm';
import { ROWS_PER_CHAMBER, seedOrganizations } from '../bench/seed';
import { OrganizationKind } from '../organizations/organization.entity';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import { CoverageService, figures } from './coverage.service';
import { MeetingPeriod, MeetingRequirement, MeetingType } from './meeting.entity';
import { MeetingService, organizationUsesByOversight, tallyMeetings } from './meeting.service';
import { JointBranchService, OrganizationService } from '../organizations';
import { MembershipStatus, PersonService, PersonalDataCipher } from '../people';
import { recountTallies, tallyTriggerNames } from './tallies';
import { eligibility } from './eligibility.service';
import { VenueService } from './venue.service';
import { VenueStandard } from './venue.entity';
import { LetterService } from './letter.service';
import { AssessmentService } from './assessment.service';
import { CoverageGap, organizationCovered, workCovered } from './coverage.service';
import type { ReportRows, ReportWindow } from '../kernel/report-page';

/** Every page of a paged report, read `perPage` at a time, checking each page's total. */
async function allPages<T>(perPage: number, read: (window: ReportWindow) => Promise<ReportRows<T>>): Promise<T[]> {
  const rows: T[] = [];
  for (let page = 0; ; page++) {
    const { total, items } = await read({ offset: page * perPage, limit: perPage });
    expect(items.length).toBeLessThanOrEqual(perPage);
    rows.push(...items);
    if (rows.length >= total || !items.length) {
      expect(rows.length).toBe(total);
      return rows;
    }
  }
}

const CHAMBERS = 12;

/** Two chambers level on both coverages. */
const lowerEqual = (a: { figures: { organizationCoverage: number; workCoverage: number } }, b: typeof a) =>
  a.figures.organizationCoverage === b.figures.organizationCoverage && a.figures.workCoverage === b.figures.workCoverage;

describe.each(DIALECTS)('home page figures at scale on %s agree with the lists', (dialect) => {
  let t: TestDatabase;
  const today = todayInChina();
  const year = Number(today.slice(0, 4));
  const actors: [string, Actor][] = [['the whole country', SYSTEM_ACTOR]];
  let chamberPath = '';

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedOrganizations(t.dataSource, dialect, CHAMBERS * ROWS_PER_CHAMBER, () => undefined);
    // A requirement the defaults do not have: two members' meetings each half-year for branches
    // (set before the meetings are written, whose tallies are counted under it).
    await t.dataSource.getRepository(MeetingRequirement).insert({ organizationKind: OrganizationKind.BRANCH, type: MeetingType.MEMBERS_MEETING, period: MeetingPeriod.HALF_YEAR, minCount: 2 });
    await seedOversight(t.dataSource, dialect, { people: 6 }, year, today);
    await seedCases(t.dataSource, dialect, today, { perChamber: 10, filed: 0.6 });
    const chamber = (await t.dataSource.query(`SELECT id, path FROM organization WHERE kind = 'CHAMBER' ORDER BY id LIMIT 1 OFFSET 3`))[0];
    chamberPath = String(chamber.path);
    const coordinator = Object.assign(new User(), { id: 1, username: 'c', displayName: 'c', role: UserRole.COORDINATOR, organizationId: Number(chamber.id), personId: null });
    actors.push(['one chamber', requestActor(new Viewer(coordinator, String(chamber.path), 'token'), 'test', '127.0.0.1')]);
  }, 120_000);
  afterAll(() => t.close());

  it('has the mix of cases the comparison needs', async () => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT COUNT(*) FROM joint_branch_enterprise) AS joint, (SELECT COUNT(*) FROM venue WHERE standard = 'FULL') AS fullVenues,
              (SELECT COUNT(*) FROM meeting WHERE status <> 'HELD') AS notHeld, (SELECT COUNT(*) FROM organization WHERE archivedAt IS NOT NULL) AS archived,
              (SELECT COUNT(*) FROM person WHERE posts IS NOT NULL) AS liaisons`,
    );
    for (const n of Object.values(row)) expect(Number(n)).toBeGreaterThan(0);
  });

  it.each([0, 1])('counts coverage per chamber and overall as the enterprise list does (%#)', async (n) => {
    const [, actor] = actors[n];
    const coverage = new CoverageService(t.db, actor);
    const [summary, list] = await Promise.all([coverage.summary(), coverage.enterprises(null)]);
    expect(summary.chambers.map((c) => c.id)).toEqual(list.chambers.map((c) => c.id));
    expect(summary.chambers.map((c) => c.figures)).toEqual(list.chambers.map((c) => figures(list.enterprises.filter((e) => e.chamberId === c.id))));
    expect(summary.overall).toEqual(figures(list.enterprises));
    expect(summary.chambersWithParty).toBe(list.chambersWithParty.size);
    expect(summary.overall.enterprises).toBeGreaterThan(summary.overall.organizationCovered);
    expect(summary.overall.organizationCovered).toBeGreaterThan(0);
    // Below one organization: a chamber, and a party organization (no chamber below it).
    const [first] = list.chambers;
    const [committee] = await t.dataSource.query(`SELECT id FROM organization WHERE kind = 'PARTY_COMMITTEE' AND hostId = ?`, [first.id]);
    for (const within of [String(first.id), String(committee.id)]) {
      const [below, rows] = await Promise.all([coverage.summary(within), coverage.enterprises(within)]);
      expect({ within, chambers: below.chambers.map((c) => [c.id, c.hasPartyOrganization, c.figures]), overall: below.overall }).toEqual({
        within,
        chambers: rows.chambers.map((c) => [c.id, rows.chambersWithParty.has(c.id), figures(rows.enterprises.filter((e) => e.chamberId === c.id))]),
        overall: figures(rows.enterprises),
      });
    }
  });

  it.each([0, 1])('picks the home chart\'s lowest-covered chambers as ordering the whole summary would (%#)', async (n) => {
    const [, actor] = actors[n];
    const coverage = new CoverageService(t.db, actor);
    const summary = await coverage.summary();
    // Lowest organization coverage, then work coverage, then by name (the summary's own order).
    const ordered = [...summary.chambers].sort((a, b) => a.figures.organizationCoverage - b.figures.organizationCoverage || a.figures.workCoverage - b.figures.workCoverage);
    // Limits below, at and above the number of chambers, and one that cuts through chambers level with each other.
    const level = ordered.findIndex((c, i) => i > 0 && lowerEqual(ordered[i - 1], c));
    for (const limit of [...new Set([1, 3, level, summary.chambers.length, summary.chambers.length + 5].filter((l) => l > 0))]) {
      const chart = await coverage.chart(limit);
      const expected = summary.chambers.length > limit ? ordered.slice(0, limit) : summary.chambers;
      expect({ limit, lowest: chart.lowest }).toEqual({ limit, lowest: expected });
      expect([chart.chambers, chart.chambersWithParty, chart.overall]).toEqual([summary.chambers.length, summary.chambersWithParty, summary.overall]);
      expect([...chart.chamberIds].sort((a, b) => a - b)).toEqual(summary.chambers.map((c) => c.id).sort((a, b) => a - b));
    }
    if (n === 0) expect(level).toBeGreaterThan(0);
  });

  /** The home page's bands of regularity on `day`, and the same counted from the per-organization list. */
  async function bandsBothWays(actor: Actor, day: string) {
    const meetings = new MeetingService(t.db, actor, () => day);
    const [summary, rows] = await Promise.all([meetings.regularitySummary(year), meetings.regularity(year, null)]);
    const rates = rows.map((r) => r.regularity);
    return {
      summary: { day, ...summary },
      list: {
        day,
        organizations: rows.length,
        average: rates.length ? Math.round((rates.reduce((a, b) => a + b, 0) / rates.length) * 1000) / 1000 : 0,
        regular: rates.filter((r) => r >= 1).length,
        partial: rates.filter((r) => r >= 0.6 && r < 1).length,
        irregular: rates.filter((r) => r < 0.6).length,
        annualOnly: rows.filter((r) => r.annualOnly && r.heldMeetings > 0).length,
      },
    };
  }

  it.each([0, 1])('bands meeting regularity as the per-organization list does, on days across the year (%#)', async (n) => {
    const [, actor] = actors[n];
    for (const day of [`${year}-01-15`, `${year}-04-01`, `${year}-07-01`, today, `${year}-12-31`, `${year + 1}-01-02`]) {
      const { summary, list } = await bandsBothWays(actor, day);
      expect(summary).toEqual(list);
    }
  });

  it('keeps every year\'s tally of meetings and the country\'s bands as a recount from scratch finds them, through meetings held, moved and cancelled, a requirement changed, a branch become a general branch, archived and restored', async () => {
    const meetings = new MeetingService(t.db, SYSTEM_ACTOR);
    const tallies = () => t.dataSource.query('SELECT organizationId, year, met, held, firstHeld, lastHeld FROM meeting_year ORDER BY organizationId, year');
    const bands = async () =>
      (await t.dataSource.query('SELECT year, kind, monthsEnded, compliant, organizations, annualOnly FROM meeting_band WHERE organizations <> 0 OR annualOnly <> 0 ORDER BY year, kind, monthsEnded, compliant')).map((r: Record<string, number | string>) =>
        Object.fromEntries(Object.entries(r).map(([k, v]) => [k, k === 'kind' ? v : Number(v)])),
      );
    expect((await bands()).length).toBeGreaterThan(0);
    const branches: { id: number | string }[] = await t.dataSource.query(`SELECT id FROM organization WHERE kind = 'BRANCH' AND archivedAt IS NULL ORDER BY id LIMIT 6`);
    const lastYear = `${year - 1}-11-20`;
    for (const [i, { id }] of branches.entries()) {
      const plan = (type: MeetingType) => meetings.create({ organizationId: String(id), type, topic: '测试', plannedOn: today });
      const a = await plan(MeetingType.COMMITTEE_MEETING);
      const heldA = await meetings.recordHeld({ id: String(a.id), version: a.version, heldOn: i % 2 ? lastYear : today, attendedCount: 3 });
      const b = await plan(MeetingType.PARTY_LECTURE);
      if (i % 3 === 0) await meetings.cancel(String(b.id), b.version);
      else await meetings.recordHeld({ id: String(b.id), version: b.version, heldOn: lastYear, attendedCount: 2 });
      // Moved from one year to another: both years' tallies change.
      if (i % 2) await meetings.recordHeld({ id: String(a.id), version: heldA.version, heldOn: today, attendedCount: 3 });
    }
    const before = await tallies();
    expect(before.some((r: { year: number | string }) => Number(r.year) === year - 1)).toBe(true);
    await meetings.setRequirement({ organizationKind: OrganizationKind.BRANCH, type: MeetingType.COMMITTEE_MEETING, period: MeetingPeriod.QUARTER, minCount: 2 });
    const afterRequirement = await tallies();
    expect(afterRequirement).not.toEqual(before);
    const organizations = new OrganizationService(t.db, SYSTEM_ACTOR, organizationUsesByOversight);
    await organizations.update({ id: String(branches[1].id), kind: OrganizationKind.GENERAL_BRANCH });
    // Archived, the branch leaves the bands with its tallies; restored, it comes back.
    const shut = await organizations.archive(String(branches[2].id), (await organizations.get(String(branches[2].id))).version);
    const whileShut = await bands();
    await organizations.restore(String(branches[2].id), shut.version);
    await organizations.archive(String(branches[3].id), (await organizations.get(String(branches[3].id))).version);

    // Writers of one organization's meetings at once: none loses another's meeting from the tally.
    const planned = await Promise.all([0, 1, 2, 3].map(() => meetings.create({ organizationId: String(branches[0].id), type: MeetingType.GROUP_MEETING, topic: '并发', plannedOn: today })));
    await Promise.all(planned.map((m, k) => meetings.recordHeld({ id: String(m.id), version: m.version, heldOn: addDays(today, -k), attendedCount: 1 })));

    // Writers of different organizations at once add to the same bands: none loses another's count.
    const across = await Promise.all([0, 1, 2, 4, 5].map((i) => meetings.create({ organizationId: String(branches[i].id), type: MeetingType.MEMBERS_MEETING, topic: '并发', plannedOn: today })));
    await Promise.all(across.map((m) => meetings.recordHeld({ id: String(m.id), version: m.version, heldOn: today, attendedCount: 1 })));

    const kept = await tallies();
    const keptBands = await bands();
    expect(keptBands).not.toEqual(whileShut);
    // The bands as kept, before anything is counted again, read as the list counts them on any day.
    for (const [, actor] of actors) {
      for (const day of [`${year}-01-15`, `${year}-04-01`, today, `${year + 1}-01-02`]) {
        const { summary, list } = await bandsBothWays(actor, day);
        expect(summary).toEqual(list);
      }
    }
    await t.db.write((em) => tallyMeetings(em, null));
    expect(await tallies()).toEqual(kept);
    expect(await bands()).toEqual(keptBands);
  });

  it('holds every trigger the tallies need after the migrations', async () => {
    const rows: { name: string }[] =
      dialect === 'sqlite'
        ? await t.dataSource.query(`SELECT name FROM sqlite_master WHERE type = 'trigger'`)
        : await t.dataSource.query('SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE()');
    expect(rows.map((r) => r.name).sort()).toEqual(tallyTriggerNames().sort());
  });

  it('keeps the coverage and venue tallies as a recount from scratch finds them, through people, organizations, joint branches and venues written by their services', async () => {
    const kept = async () => ({
      facts: await t.dataSource.query('SELECT * FROM organization_tally ORDER BY organizationId'),
      sums: await t.dataSource.query('SELECT * FROM chamber_tally ORDER BY chamberId'),
    });
    const people = new PersonService(t.db, SYSTEM_ACTOR, new PersonalDataCipher('a data key for the coverage test only, 32+ chars'), personUsesByCases);
    const organizations = new OrganizationService(t.db, SYSTEM_ACTOR, organizationUsesByOversight);
    const one = async (sql: string) => Number((await t.dataSource.query(sql))[0].id);
    const loose = `kind = 'ENTERPRISE' AND archivedAt IS NULL AND NOT EXISTS (SELECT 1 FROM organization h WHERE h.hostId = o.id) AND NOT EXISTS (SELECT 1 FROM organization c WHERE c.parentId = o.id)`;
    // A joint branch, an enterprise of its chamber, and one of another chamber.
    const [{ id: joint, path: jointPath }] = await t.dataSource.query(`SELECT id, path FROM organization WHERE kind = 'JOINT_BRANCH' AND archivedAt IS NULL ORDER BY id LIMIT 1`);
    const jointChamber = Number(String(jointPath).split('/').filter(Boolean)[1]);
    const e2 = await one(`SELECT id FROM organization o WHERE ${loose} AND parentId = ${jointChamber} ORDER BY id LIMIT 1`);
    const e1 = await one(`SELECT id FROM organization o WHERE ${loose} AND parentId <> ${jointChamber} ORDER BY id LIMIT 1`);
    // A branch with members kept and nothing under or in it, so it may be archived.
    const branch = await one(
      `SELECT o.id FROM organization o WHERE o.kind = 'BRANCH' AND o.archivedAt IS NULL AND NOT EXISTS (SELECT 1 FROM organization c WHERE c.parentId = o.id OR c.hostId = o.id) AND EXISTS (SELECT 1 FROM person p WHERE p.organizationId = o.id AND p.membershipStatus = 'FULL') ORDER BY o.id LIMIT 1`,
    );
    const before = await kept();

    // People: a member joins, moves employer, is archived and restored; a liaison comes and goes.
    const member = await people.create({ name: '覆盖测试', organizationId: String(branch), employerId: String(e1), membershipStatus: MembershipStatus.FULL });
    const liaison = await people.create({ name: '联络员测试', organizationId: String(e2), employerId: String(e2), posts: '党建联络员' });
    const moved = await people.update({ id: String(member.id), version: member.version, employerId: String(e2) });
    const archived = await people.archive(String(moved.id), moved.version);
    await people.restore(String(archived.id), archived.version);
    await people.delete(String(liaison.id), liaison.version);
    // A keeping branch archived (its members no longer in a party organization), and back.
    const b = await organizations.get(branch);
    const shut = await organizations.archive(String(branch), b.version);
    expect((await kept()).sums).not.toEqual(before.sums);
    await organizations.restore(String(branch), shut.version);
    // An enterprise moved to another chamber, another archived and restored; a party organization of its own.
    const first = await organizations.get(e1);
    const second = await organizations.get(e2);
    await organizations.update({ id: String(e1), version: first.version, parentId: String(second.parentId) });
    const gone = await organizations.archive(String(e2), second.version);
    await organizations.restore(String(e2), gone.version);
    await organizations.create({ kind: OrganizationKind.BRANCH, name: '覆盖测试支部', parentId: String(second.parentId), hostId: String(e1) });
    // A branch that keeps a member: not deleted while the member names it; the member moves to
    // another keeper, and then it is.
    const doomed = await organizations.create({ kind: OrganizationKind.BRANCH, name: '覆盖测试删除支部', parentId: String(second.parentId) });
    const keptThere = await people.create({ name: '删除支部党员', organizationId: String(doomed.id), employerId: String(e2), membershipStatus: MembershipStatus.FULL });
    await expect(organizations.delete(String(doomed.id), doomed.version)).rejects.toMatchObject({ extensions: { code: 'CONFLICT', reason: 'referenced', references: ['people'] } });
    await people.update({ id: String(keptThere.id), version: keptThere.version, organizationId: String(branch) });
    await organizations.delete(String(doomed.id), doomed.version);
    // Party organizations moved with everything below them: a keeping branch into a new general
    // branch of its chamber, that general branch (the branch in it) under another party
    // organization; a union that keeps a member there made a branch.
    const keeping = await t.dataSource.query(
      `SELECT o.id, o.path, o.version FROM organization o WHERE o.kind = 'BRANCH' AND o.archivedAt IS NULL AND o.id <> ${branch} AND EXISTS (SELECT 1 FROM person p WHERE p.organizationId = o.id AND p.membershipStatus = 'FULL' AND p.archivedAt IS NULL) ORDER BY o.id LIMIT 1`,
    );
    const chamberOf = (path: string) => Number(String(path).split('/').filter(Boolean)[1]);
    const general = await organizations.create({ kind: OrganizationKind.GENERAL_BRANCH, name: '覆盖测试总支', parentId: String(chamberOf(keeping[0].path)) });
    const tallyOf = async (id: number | string) => Number((await t.dataSource.query(`SELECT keptInSubtree FROM organization_tally WHERE organizationId = ${Number(id)}`))[0].keptInSubtree);
    const keptByBranch = await tallyOf(keeping[0].id);
    expect(keptByBranch).toBeGreaterThan(0);
    await organizations.update({ id: String(keeping[0].id), version: Number(keeping[0].version), parentId: String(general.id) });
    expect(await tallyOf(general.id)).toBe(keptByBranch);
    const [committee] = await t.dataSource.query(`SELECT id FROM organization WHERE kind = 'PARTY_COMMITTEE' AND archivedAt IS NULL AND path NOT LIKE '${keeping[0].path.split('/').slice(0, 3).join('/')}/%' ORDER BY id LIMIT 1`);
    const committeeBefore = await tallyOf(committee.id);
    const g = await organizations.get(Number(general.id));
    await organizations.update({ id: String(general.id), version: g.version, parentId: String(committee.id) });
    expect(await tallyOf(committee.id)).toBe(committeeBefore + keptByBranch);
    const union = await organizations.create({ kind: OrganizationKind.UNION, name: '覆盖测试工会', parentId: String(general.id) });
    await people.create({ name: '工会会员党员', organizationId: String(union.id), employerId: String(e2), membershipStatus: MembershipStatus.FULL });
    expect(await tallyOf(general.id)).toBe(keptByBranch + 1);
    expect(await tallyOf(union.id)).toBe(0);
    await organizations.update({ id: String(union.id), version: union.version, kind: OrganizationKind.BRANCH });
    expect(await tallyOf(union.id)).toBe(1);
    // A joint branch takes one in.
    const j = await organizations.get(joint);
    await new JointBranchService(t.db, SYSTEM_ACTOR).set({ jointBranchId: String(joint), version: j.version, enterpriseIds: [String(e2)] });

    // Venues: an enterprise's room and a branch's, inspected; then the four haves' checklist gains an item.
    const venues = new VenueService(t.db, SYSTEM_ACTOR);
    const inspect = async (organizationId: number, standard: VenueStandard) => {
      const venue = await venues.create({ organizationId: String(organizationId), standard, name: '测试场所', address: null, areaSqm: 50 });
      const checks = (await venues.checklist(standard)).map((item) => ({ code: item.code, ok: true, note: null }));
      return venues.inspect({ id: String(venue.id), version: venue.version, checkedOn: today, checks });
    };
    expect((await inspect(e2, VenueStandard.MASS_ROOM)).passes).toBe(true);
    await inspect(branch, VenueStandard.FOUR_HAVES);
    const fourHaves = await venues.checklist(VenueStandard.FOUR_HAVES);
    const passingBefore = await t.dataSource.query(`SELECT COUNT(*) AS n FROM venue WHERE standard = 'FOUR_HAVES' AND passes = 1`);
    await venues.setChecklist(VenueStandard.FOUR_HAVES, [...fourHaves, { code: 'screen', label: '有电子屏' }]);
    expect(await t.dataSource.query(`SELECT COUNT(*) AS n FROM venue WHERE standard = 'FOUR_HAVES' AND passes = 1`)).not.toEqual(passingBefore);

    const after = await kept();
    expect(after).not.toEqual(before);
    await t.db.write((em) => recountTallies(em));
    expect(await kept()).toEqual(after);
    for (const [, actor] of actors) {
      const coverage = new CoverageService(t.db, actor);
      const [summary, list] = await Promise.all([coverage.summary(), coverage.enterprises(null)]);
      expect(summary.overall).toEqual(figures(list.enterprises));
      expect(summary.chambers.map((c) => c.figures)).toEqual(list.chambers.map((c) => figures(list.enterprises.filter((e) => e.chamberId === c.id))));
      const venueList = await new VenueService(t.db, actor).compliance(null);
      expect(await new VenueService(t.db, actor).summary()).toEqual({ units: venueList.length, compliant: venueList.filter((u) => u.compliant).length });
    }
    // Below an enterprise, and for someone whose scope is one: its parent, and the sums kept there, lie outside.
    const coverage = new CoverageService(t.db, SYSTEM_ACTOR);
    const [below, rows] = await Promise.all([coverage.summary(String(e2)), coverage.enterprises(String(e2))]);
    expect(below.overall).toEqual(figures(rows.enterprises));
    expect(below.overall.enterprises).toBe(1);
    const enterprise = await organizations.get(e2);
    const liaisonUser = Object.assign(new User(), { id: 2, username: 'e', displayName: 'e', role: UserRole.COORDINATOR, organizationId: e2, personId: null });
    const atEnterprise = requestActor(new Viewer(liaisonUser, enterprise.path, 'token'), 'test', '127.0.0.1');
    const unitList = await new VenueService(t.db, atEnterprise).compliance(null);
    expect(unitList.length).toBeGreaterThan(0);
    expect(await new VenueService(t.db, atEnterprise).summary()).toEqual({ units: unitList.length, compliant: unitList.filter((u) => u.compliant).length });
    // The defaults back, for the tests after this one.
    await venues.setChecklist(VenueStandard.FOUR_HAVES, fourHaves);
  });

  it.each([0, 1])('counts venue units and those meeting their standard as the compliance list does (%#)', async (n) => {
    const [, actor] = actors[n];
    const venues = new VenueService(t.db, actor);
    const [summary, list] = await Promise.all([venues.summary(), venues.compliance(null)]);
    expect(summary).toEqual({ units: list.length, compliant: list.filter((u) => u.compliant).length });
    expect(summary.compliant).toBeGreaterThan(0);
    expect(summary.compliant).toBeLessThan(summary.units);
    // Party organizations large enough to need a full venue are among the units.
    expect(list.some((u) => u.requiredStandard === 'FULL')).toBe(true);
    // Each party unit's members: the seated members kept anywhere in its subtree, counted here from the people.
    const counted = (await t.dataSource.query(
      `SELECT u.id AS id, COUNT(p.id) AS members FROM organization u
        LEFT JOIN organization k ON k.path LIKE ${dialect === 'sqlite' ? "u.path || '%'" : "CONCAT(u.path, '%')"}
        LEFT JOIN person p ON p.organizationId = k.id AND p.membershipStatus IN ('FULL', 'PROBATIONARY') AND p.archivedAt IS NULL
        WHERE u.kind IN ('PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH') AND u.archivedAt IS NULL GROUP BY u.id`,
    )) as { id: number | string; members: number | string }[];
    const party = list.filter((u) => u.kind !== OrganizationKind.ENTERPRISE);
    const expected = new Map(counted.map((r) => [Number(r.id), Number(r.members)]));
    expect(party.map((u) => [u.organizationId, u.members])).toEqual(party.map((u) => [u.organizationId, expected.get(u.organizationId)]));
    expect(party.some((u) => u.members > 0)).toBe(true);
  });

  it.each([0, 1])('counts the members behind each unit\'s eligibility as coverage and the keeping organizations do (%#)', async (n) => {
    const [, actor] = actors[n];
    const [units, cover] = await Promise.all([eligibility(t.db, actor, null), new CoverageService(t.db, actor).enterprises(null)]);
    const enterprises = units.filter((u) => u.kind === OrganizationKind.ENTERPRISE);
    expect(enterprises.map((u) => [u.organizationId, u.members]).sort()).toEqual(cover.enterprises.map((e) => [e.id, e.members]).sort());
    const chambers = units.filter((u) => u.kind === OrganizationKind.CHAMBER);
    expect(chambers.map((u) => u.organizationId).sort()).toEqual(cover.chambers.map((c) => c.id).sort());
    for (const chamber of chambers.slice(0, 3)) {
      const [row] = await t.dataSource.query(
        `SELECT COUNT(*) AS members, SUM(CASE WHEN p.membershipStatus = 'FULL' THEN 1 ELSE 0 END) AS full FROM person p JOIN organization k ON k.id = p.organizationId
          WHERE p.membershipStatus IN ('FULL', 'PROBATIONARY') AND p.archivedAt IS NULL AND k.path LIKE ?`,
        [`${cover.chambers.find((c) => c.id === chamber.organizationId)!.path}%`],
      );
      expect([chamber.members, chamber.fullMembers]).toEqual([Number(row.members), Number(row.full)]);
      expect(chamber.members).toBeGreaterThan(0);
    }
    // What each enterprise hosts now.
    const hosting = enterprises.filter((u) => u.currentForm !== null);
    expect(hosting.length).toBe(cover.enterprises.filter((e) => e.ownOrganization).length);
  });

  it.each([0, 1])('pages regularity least regular first as the whole list orders it, on days across the year (%#)', async (n) => {
    const [, actor] = actors[n];
    const [{ id: chamberId }] = await t.dataSource.query(`SELECT id FROM organization WHERE kind = 'CHAMBER' ORDER BY id LIMIT 1 OFFSET 3`);
    for (const day of [`${year}-04-01`, today, `${year + 1}-01-02`]) {
      const meetings = new MeetingService(t.db, actor, () => day);
      for (const within of [null, String(chamberId)]) {
        // The whole list is by name; a stable sort by regularity gives the page's order.
        const whole = [...(await meetings.regularity(year, within))].sort((a, b) => a.regularity - b.regularity);
        expect(whole.length).toBeGreaterThan(0);
        expect(await allPages(7, (w) => meetings.regularityPage(year, within, false, w))).toEqual(whole);
        const annual = whole.filter((r) => r.annualOnly && r.heldMeetings > 0);
        expect(await allPages(5, (w) => meetings.regularityPage(year, within, true, w))).toEqual(annual);
      }
    }
    // Past the last page: the total, no rows.
    const meetings = new MeetingService(t.db, actor, () => today);
    const { total } = await meetings.regularityPage(year, null, false, { offset: 0, limit: 1 });
    expect(await meetings.regularityPage(year, null, false, { offset: total + 10, limit: 10 })).toEqual({ total, items: [] });
  });

  it.each([0, 1])('pages the uncovered enterprises by name as the enterprise list finds them (%#)', async (n) => {
    const [, actor] = actors[n];
    const coverage = new CoverageService(t.db, actor);
    const [first] = (await coverage.summary()).chambers;
    for (const within of [null, String(first.id)]) {
      const { enterprises } = await coverage.enterprises(within);
      const expected = enterprises
        .filter((e) => (e.members > 0 && !organizationCovered(e)) || !workCovered(e))
        .map((e) => ({ id: e.id, name: e.name, chamberId: e.chamberId, members: e.members, missingOrganization: e.members > 0 && !organizationCovered(e), missingWork: !workCovered(e) }));
      expect(expected.length).toBeGreaterThan(0);
      expect(expected.some((e) => e.missingWork)).toBe(true);
      const paged = await allPages(9, (w) => coverage.uncoveredPage(within, null, w));
      expect([...paged].sort((a, b) => a.id - b.id)).toEqual(expected.sort((a, b) => a.id - b.id));
      expect(await allPages(9, (w) => coverage.uncoveredPage(within, CoverageGap.WORK, w))).toEqual(paged.filter((e) => e.missingWork));
      expect(await allPages(9, (w) => coverage.uncoveredPage(within, CoverageGap.ORGANIZATION, w))).toEqual(paged.filter((e) => e.missingOrganization));
      // In pinyin order, the id breaking ties.
      const order = new Map<number, string>((await t.dataSource.query(`SELECT id, namePinyin FROM organization WHERE kind = 'ENTERPRISE'`)).map((r: { id: number; namePinyin: string }) => [Number(r.id), r.namePinyin]));
      const keys = paged.map((e) => [order.get(e.id)!, e.id] as const);
      expect(keys).toEqual([...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1])));
    }
  });

  it.each([0, 1])('pages the chambers without a letter and those not assessed as the whole lists give them (%#)', async (n) => {
    const [, actor] = actors[n];
    const letters = new LetterService(t.db, actor);
    const assessments = new AssessmentService(t.db, actor);
    const withoutLetter = await letters.missing(year);
    const notAssessed = await assessments.missing(year);
    expect(withoutLetter.length + notAssessed.length).toBeGreaterThan(0);
    expect((await allPages(4, (w) => letters.missingPage(year, w))).map((c) => c.id)).toEqual(withoutLetter.map((c) => c.id));
    expect((await allPages(4, (w) => assessments.missingPage(year, w))).map((c) => c.id)).toEqual(notAssessed.map((c) => c.id));
  });

  it.each([0, 1])('pages venue compliance short units first as the whole list gives them (%#)', async (n) => {
    const [, actor] = actors[n];
    const venues = new VenueService(t.db, actor);
    const [{ id: chamberId }] = await t.dataSource.query(`SELECT id FROM organization WHERE kind = 'CHAMBER' ORDER BY id LIMIT 1 OFFSET 3`);
    for (const within of [null, String(chamberId)]) {
      const whole = [...(await venues.compliance(within))].sort((a, b) => Number(a.compliant) - Number(b.compliant));
      expect(whole.some((u) => u.compliant) && whole.some((u) => !u.compliant)).toBe(true);
      expect(await allPages(11, (w) => venues.compliancePage(within, false, w))).toEqual(whole);
      expect(await allPages(6, (w) => venues.compliancePage(within, true, w))).toEqual(whole.filter((u) => !u.compliant));
    }
  });

  it.each([0, 1])('lists in the dossier worklist, page after page, exactly the materials each open case owes and lacks (%#)', async (n) => {
    const [, actor] = actors[n];
    const materials = new MaterialService(t.db, actor, new FileStore(t.db));
    const rows = await allPages(37, (window) => materials.worklist({}, window));
    const listed = new Map<number, string[]>();
    for (const r of rows) listed.set(r.case.id, [...(listed.get(r.case.id) ?? []), r.kind.code]);
    // Case by case, as the step guards and the case list's count see them (missingMaterialsOf), in the dossier's order.
    const inScope: { id: number | string }[] = await t.dataSource.query(
      `SELECT c.id FROM development_case c INNER JOIN organization o ON o.id = c.organizationId WHERE o.path LIKE ?`,
      [n === 0 ? '/%' : `${chamberPath}%`],
    );
    const cases = await t.db.manager.findBy(DevelopmentCase, { id: In(inScope.map((c) => Number(c.id))), stage: In([...OPEN_STAGES]) });
    const owed = await missingMaterialsOf(t.db.manager, cases);
    const expected = new Map([...owed].filter(([, missing]) => missing.length > 0).map(([id, missing]) => [id, missing.map((m) => m.code)]));
    expect(new Map([...listed].sort(([a], [b]) => a - b))).toEqual(new Map([...expected].sort(([a], [b]) => a - b)));
    expect(rows.length).toBeGreaterThan(20);
    // Every stage's case is among them, each owing only what its stage has reached.
    expect(new Set(rows.map((r) => r.case.stage))).toEqual(new Set(OPEN_STAGES));
  });
});
