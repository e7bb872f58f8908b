import { ClassQuota } from '../training/training.entity';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import { replaceOwnedRows } from './transaction';

// A record's own rows replaced by key (docs/architecture.md, "What a write locks"): those that go
// are deleted, those that stay keep their row and change only where a field differs, those that
// come are inserted.
describe.each(DIALECTS)('replacing a record\'s own rows on %s', (dialect) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });
  afterAll(() => t.close());

  it('deletes what goes, updates what stays where it differs, inserts what comes', async () => {
    const classId = 1;
    await t.dataSource.getRepository(ClassQuota).insert([10, 11, 12].map((chamberId) => ({ classId, chamberId, seats: 5 })));
    const held = await t.dataSource.getRepository(ClassQuota).find({ where: { classId }, order: { chamberId: 'ASC' } });
    t.counter.reset();
    await t.db.write((em) =>
      replaceOwnedRows(em, ClassQuota, held, [
        { classId, chamberId: 11, seats: 8 },
        { classId, chamberId: 12, seats: 5 },
        { classId, chamberId: 13, seats: 2 },
      ], (q) => q.chamberId),
    );
    const writes = t.counter.count;
    const after = await t.dataSource.getRepository(ClassQuota).find({ where: { classId }, order: { chamberId: 'ASC' } });
    expect(after.map((q) => [q.chamberId, q.seats])).toEqual([[11, 8], [12, 5], [13, 2]]);
    // The rows that stay are the same rows.
    expect(after.slice(0, 2).map((q) => q.id)).toEqual([held[1].id, held[2].id]);
    // Three statements: the delete of 10, the update of 11 (12 is unchanged), the insert of 13.
    expect(writes).toBe(3);
  });
});
