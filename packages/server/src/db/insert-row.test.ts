import { AuditEntry } from '../audit/audit-entry.entity';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import { insertRow } from './insert-row';

describe.each(DIALECTS)('insertRow on %s', (dialect) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase(dialect);
  });

  afterAll(() => t.close());

  const entry = (recordId: string): Partial<AuditEntry> => ({
    at: new Date('2026-12-07T05:13:21.123Z'),
    actorId: 7,
    actorName: '管理员',
    organizationId: null,
    action: 'enrollment.enroll',
    recordType: 'Enrollment',
    recordId,
    changes: { classId: [null, 3], status: [null, 'REGISTERED'], note: [null, '“引号”与\\反斜杠'] },
    requestId: 'r-1',
    ip: '127.0.0.1',
  });
  const read = (recordId: string) => t.dataSource.query(`SELECT * FROM audit_entry WHERE recordId = ?`, [recordId]) as Promise<Record<string, unknown>[]>;

  it('writes the row TypeORM\'s insert writes, and answers its id', async () => {
    await t.dataSource.manager.insert(AuditEntry, entry('by-typeorm'));
    const id = await t.db.write((em) => insertRow(em, AuditEntry, entry('by-insert-row')));
    const [typeorms] = await read('by-typeorm');
    const [ours] = await read('by-insert-row');
    expect(Number(ours.id)).toBe(id);
    expect(id).toBeGreaterThan(Number(typeorms.id));
    const { id: _a, recordId: _b, ...expected } = typeorms;
    const { id: _c, recordId: _d, ...actual } = ours;
    expect(actual).toEqual(expected);
    const found = await t.dataSource.manager.findOneByOrFail(AuditEntry, { id });
    expect(found).toMatchObject({ ...entry('by-insert-row'), id });
  });

  it('refuses a row that leaves out a column, writing nothing', async () => {
    const { ip: _ip, ...partial } = entry('partial');
    await expect(t.db.write((em) => insertRow(em, AuditEntry, partial))).rejects.toThrow(/AuditEntry\.ip is not given/);
    expect(await read('partial')).toEqual([]);
  });
});
