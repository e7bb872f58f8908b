// The home page counts coverage, meeting regularity and venue compliance in SQL so that it stays
// fast at national size; the lists a coordinator drills down to compute the same figures row by
// row. On a generated data set with every case mixed in, both must agree exactly, on each database,
// for the whole country and for one chamber, on several days of the year.
import { SYSTEM_ACTOR, requestActor, type Actor } from '../access/actor';
import { Viewer } from '../access/viewer';
import { User } from '../accounts/user.entity';
import { UserRole } from '../access/roles';
import { todayInChina } from '../common/dates';
import { seedOversight } from '../bench/oversight-seed';
import { ROWS_PER_CHAMBER, seedOrganizations } from '../bench/seed';
import { OrganizationKind } from '../organizations/organization.entity';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import { CoverageService, figures } from './coverage.service';
import { MeetingPeriod, MeetingRequirement, MeetingType } from './meeting.entity';
import { MeetingService } from './meeting.service';
import { eligibility } from './eligibility.service';
import { VenueService } from './venue.service';

const CHAMBERS = 12;

describe.each(DIALECTS)('home page figures at scale on %s agree with the lists', (dialect) => {
  let t: TestDatabase;
  const today = todayInChina();
  const year = Number(today.slice(0, 4));
  const actors: [string, Actor][] = [['the whole country', SYSTEM_ACTOR]];

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
    await seedOrganizations(t.dataSource, dialect, CHAMBERS * ROWS_PER_CHAMBER, () => undefined);
    await seedOversight(t.dataSource, dialect, { people: 6 }, year, today);
    // A requirement the defaults do not have: two members' meetings each half-year for branches.
    await t.dataSource.getRepository(MeetingRequirement).insert({ organizationKind: OrganizationKind.BRANCH, type: MeetingType.MEMBERS_MEETING, period: MeetingPeriod.HALF_YEAR, minCount: 2 });
    const chamber = (await t.dataSource.query(`SELECT id, path FROM organization WHERE kind = 'CHAMBER' ORDER BY id LIMIT 1 OFFSET 3`))[0];
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

  it.each([0, 1])('bands meeting regularity as the per-organization list does, on days across the year (%#)', async (n) => {
    const [, actor] = actors[n];
    for (const day of [`${year}-01-15`, `${year}-04-01`, `${year}-07-01`, today, `${year}-12-31`, `${year + 1}-01-02`]) {
      const meetings = new MeetingService(t.db, actor, () => day);
      const [summary, rows] = await Promise.all([meetings.regularitySummary(year), meetings.regularity(year, null)]);
      const rates = rows.map((r) => r.regularity);
      expect({ day, ...summary }).toEqual({
        day,
        organizations: rows.length,
        average: rates.length ? Math.round((rates.reduce((a, b) => a + b, 0) / rates.length) * 1000) / 1000 : 0,
        regular: rates.filter((r) => r >= 1).length,
        partial: rates.filter((r) => r >= 0.6 && r < 1).length,
        irregular: rates.filter((r) => r < 0.6).length,
        annualOnly: rows.filter((r) => r.annualOnly && r.heldMeetings > 0).length,
      });
    }
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
});
