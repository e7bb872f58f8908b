import { openTestDatabase, type TestDatabase } from '../test/databases';
import { CONTENDED } from './transaction';

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

  it('gives up after a bounded number of attempts with SERVICE_UNAVAILABLE, having saved nothing', async () => {
    // A change that loses a deadlock on every attempt: its second row is locked by another
    // transaction each time, which then waits for the first row.
    let attempts = 0;
    const write = t.db.write(async (em) => {
      attempts += 1;
      await em.query('UPDATE deadlock_probe SET n = n + 100 WHERE id = 1');
      const other = t.dataSource.createQueryRunner();
      await other.connect();
      await other.startTransaction();
      await other.query('UPDATE deadlock_probe SET n = n + 1000 WHERE id = 2');
      const waits = other.query('UPDATE deadlock_probe SET n = n + 1000 WHERE id = 1').catch(() => undefined);
      // Let the other's wait begin, then close the cycle: one of the two is chosen as the victim.
      await new Promise((resolve) => setTimeout(resolve, 50));
      try {
        await em.query('UPDATE deadlock_probe SET n = n + 100 WHERE id = 2');
      } finally {
        await other.rollbackTransaction().catch(() => undefined);
        await waits;
        await other.release();
      }
    });
    await expect(write).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' }, message: CONTENDED });
    expect(attempts).toBe(4);
    const rows = await t.dataSource.query('SELECT id, n FROM deadlock_probe ORDER BY id');
    expect(rows.map((r: { n: number }) => Number(r.n))).toEqual([11, 11]);
  });
});
