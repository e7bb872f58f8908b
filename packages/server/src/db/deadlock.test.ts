import { openTestDatabase, type TestDatabase } from '../test/databases';

// QUALITY.md: deadlocks (MySQL error 1213) are retried a bounded number of times. Two
// transactions lock two rows in opposite orders; MariaDB picks one as the victim, and the
// runner runs that one's whole transaction again, so both changes land.
const describeOnMysql = process.env.TEST_MYSQL_URL === 'off' ? describe.skip : describe;

describeOnMysql('deadlocks on MariaDB', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase('mysql');
    await t.dataSource.query('CREATE TABLE deadlock_probe (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB');
    await t.dataSource.query('INSERT INTO deadlock_probe (id, n) VALUES (1, 0), (2, 0)');
  });
  afterAll(() => t.close());

  it('retries the transaction that lost a deadlock, and both changes land', async () => {
    const attempts = { a: 0, b: 0 };
    let bothHoldOne: () => void;
    const firstLocksTaken = new Promise<void>((resolve) => (bothHoldOne = resolve));
    let holding = 0;
    const hold = () => {
      holding += 1;
      if (holding === 2) bothHoldOne();
      return firstLocksTaken;
    };
    const run = (name: 'a' | 'b', first: number, second: number) =>
      t.db.write(async (em) => {
        attempts[name] += 1;
        await em.query('UPDATE deadlock_probe SET n = n + 1 WHERE id = ?', [first]);
        // Only the first attempt waits for the other: the retry runs alone and succeeds.
        if (attempts[name] === 1) await hold();
        await em.query('UPDATE deadlock_probe SET n = n + 10 WHERE id = ?', [second]);
      });
    await Promise.all([run('a', 1, 2), run('b', 2, 1)]);
    expect(attempts.a + attempts.b).toBe(3);
    const rows = await t.dataSource.query('SELECT id, n FROM deadlock_probe ORDER BY id');
    expect(rows.map((r: { n: number }) => Number(r.n))).toEqual([11, 11]);
  });
});
