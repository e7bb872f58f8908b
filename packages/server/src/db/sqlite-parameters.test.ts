import { openTestDatabase, type TestDatabase } from '../test/databases';

// Whole numbers bound on SQLite rather than written into the statement (sqlite-parameters.ts).
describe('query builder parameters on SQLite', () => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    await t.dataSource.query('CREATE TABLE numbers (s varchar(20), i integer, r real)');
  });

  afterAll(() => t.close());

  const select = (id: number) => t.dataSource.createQueryBuilder().select('n.i', 'i').from('numbers', 'n').where('n.i = :id', { id }).getQueryAndParameters();

  it('gives a statement one text whatever the ids it names, so it is prepared once', () => {
    const [three, threeParameters] = select(3);
    const [seven, sevenParameters] = select(7);
    expect(three).toBe(seven);
    expect(three).not.toMatch(/= 3\b/);
    expect([threeParameters, sevenParameters]).toEqual([[3n], [7n]]);
  });

  it('stores and compares whole numbers as the written literal did: a text column holds "3", not "3.0"', async () => {
    await t.dataSource.createQueryBuilder().insert().into('numbers', ['s', 'i', 'r']).values({ s: 3, i: 4, r: 5 }).execute();
    expect(await t.dataSource.query("SELECT typeof(s) AS ts, s, typeof(i) AS ti, i, typeof(r) AS tr, r FROM numbers WHERE s = '3'")).toEqual([{ ts: 'text', s: '3', ti: 'integer', i: 4, tr: 'real', r: 5 }]);
    expect(await t.dataSource.createQueryBuilder().select('n.s', 's').from('numbers', 'n').where('n.s = :s AND n.i = :i', { s: 3, i: 4 }).getRawMany()).toEqual([{ s: '3' }]);
  });

  it('leaves other numbers as TypeORM writes them', () => {
    const [sql, parameters] = t.dataSource.createQueryBuilder().select('n.r', 'r').from('numbers', 'n').where('n.r > :r', { r: 2.5 }).getQueryAndParameters();
    expect(sql).toMatch(/> 2\.5/);
    expect(parameters).toEqual([]);
  });

  it('keeps writing them into a statement that would bind more than SQLite takes (a bulk insert of many rows)', async () => {
    const rows = Array.from({ length: 11_000 }, (_, k) => ({ s: k, i: k, r: k }));
    await t.dataSource.createQueryBuilder().insert().into('numbers', ['s', 'i', 'r']).values(rows).execute();
    expect(await t.dataSource.query("SELECT COUNT(*) AS n, SUM(typeof(s) = 'text' AND s = CAST(i AS TEXT)) AS texts FROM numbers WHERE r = i")).toEqual([{ n: 11_000, texts: 11_000 }]);
  });
});
