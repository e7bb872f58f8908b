import { UserRole } from '../access/roles';
import { DIALECTS } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { createPerson } from '../test/people-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';
import { createClass, createProgram, ENROLL } from '../test/training-fixtures';

const ROUNDS = Number(process.env.CONTENTION_ROUNDS ?? 5);

// QUALITY.md: 50 concurrent enrollments into 20 seats give exactly 20 seats and the rest a
// place in line in arrival order (or CAPACITY_FULL without a line); one person never holds two.
describe.each(DIALECTS)('enrollment under contention on %s', (dialect) => {
  let t: TestServer;
  let coordinator: Gql;
  let programId: string;
  let people: string[];
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    coordinator = (await t.userFor(UserRole.COORDINATOR, tree.agency.id)).gql;
    programId = (await createProgram(t.gql, tree.agency.id)).id;
    people = [];
    for (let i = 0; i < 50; i += 1) people.push((await createPerson(t.gql, { name: `学员${i}`, organizationId: tree.branch.id })).id);
  }, 60_000);
  afterAll(() => t.stop());

  const rowsOf = async (classId: string) => {
    const res = await t.gql(`query($c: ID) { allEnrollments(filter: { classId: $c }, perPage: 100, sortField: "requestedAt") { id personId status requestedAt waitlistPosition } }`, { c: classId });
    return res.data!.allEnrollments as { id: string; personId: string; status: string; requestedAt: string; waitlistPosition: number | null }[];
  };

  for (let round = 1; round <= ROUNDS; round += 1) {
    it(`round ${round}: 50 at once into 20 seats with a waiting line: 20 seated, 30 in line in arrival order`, async () => {
      const klass = await createClass(t.gql, programId, { capacity: 20 });
      const answers = await Promise.all(people.map((p) => coordinator(ENROLL, { c: klass.id, p })));
      expect(answers.filter((a) => a.errors)).toEqual([]);
      const statuses = answers.map((a) => a.data!.enroll.status);
      expect(statuses.filter((s) => s === 'REGISTERED')).toHaveLength(20);
      expect(statuses.filter((s) => s === 'WAITLISTED')).toHaveLength(30);
      const rows = await rowsOf(klass.id);
      expect(rows).toHaveLength(50);
      expect(new Set(rows.map((r) => r.personId)).size).toBe(50);
      // Seats went to the first 20 to reach the class; the line keeps the order of the rest.
      const byArrival = [...rows].sort((a, b) => a.requestedAt.localeCompare(b.requestedAt) || Number(a.id) - Number(b.id));
      expect(byArrival.slice(0, 20).every((r) => r.status === 'REGISTERED')).toBe(true);
      expect(byArrival.slice(20).map((r) => r.waitlistPosition)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    });

    it(`round ${round}: 50 at once into 20 seats without a line: 20 seated, 30 CAPACITY_FULL`, async () => {
      const klass = await createClass(t.gql, programId, { capacity: 20, waitlist: false });
      const answers = await Promise.all(people.map((p) => coordinator(ENROLL, { c: klass.id, p })));
      expect(answers.filter((a) => !a.errors)).toHaveLength(20);
      const refusals = answers.filter((a) => a.errors).map((a) => a.errors![0].extensions);
      expect(refusals).toHaveLength(30);
      expect(refusals.every((e) => e?.code === 'CAPACITY_FULL' && e.reason === 'capacity')).toBe(true);
      const rows = await rowsOf(klass.id);
      expect(rows.filter((r) => r.status === 'REGISTERED')).toHaveLength(20);
      expect(rows).toHaveLength(20);
    });

    it(`round ${round}: one person sent ten times at once holds one place`, async () => {
      const klass = await createClass(t.gql, programId, { capacity: 20 });
      const answers = await Promise.all(Array.from({ length: 10 }, () => coordinator(ENROLL, { c: klass.id, p: people[round] })));
      expect(answers.filter((a) => !a.errors)).toHaveLength(1);
      expect(answers.filter((a) => a.errors?.[0].extensions?.code === 'ALREADY_ENROLLED')).toHaveLength(9);
      expect(await rowsOf(klass.id)).toHaveLength(1);
    });
  }

  it('holds per-chamber quotas under contention', async () => {
    const hunanPeople = people.slice(0, 6);
    const sichuanPeople: string[] = [];
    for (let i = 0; i < 4; i += 1) sichuanPeople.push((await createPerson(t.gql, { name: `川学员${i}`, organizationId: tree.sichuanEnterprise.id })).id);
    const klass = await createClass(t.gql, programId, {
      capacity: 10,
      quotas: [
        { chamberId: tree.hunan.id, seats: 3 },
        { chamberId: tree.sichuan.id, seats: 2 },
      ],
    });
    await Promise.all([...hunanPeople, ...sichuanPeople].map((p) => coordinator(ENROLL, { c: klass.id, p })));
    const res = await t.gql(`query($id: ID!) { TrainingClass(id: $id) { stats { seated waitlisted byChamber { chamberName quota seated waitlisted } } } }`, { id: klass.id });
    expect(res.data!.TrainingClass.stats).toEqual({
      seated: 5,
      waitlisted: 5,
      byChamber: [
        { chamberName: '湖南商会', quota: 3, seated: 3, waitlisted: 3 },
        { chamberName: '四川商会', quota: 2, seated: 2, waitlisted: 2 },
      ],
    });
  });
});
