import { SYSTEM_ACTOR } from '../access/actor';
import { AuditEntry } from '../audit/audit-entry.entity';
import { OrganizationKind, OrganizationService } from '../organizations';
import { Venue, VenueStandard } from '../oversight/venue.entity';
import { organizationUsesByOversight } from '../oversight/meeting.service';
import { DIALECTS, openTestDatabase, type TestDatabase } from '../test/databases';
import { insertRow, lockedRow } from './rows';

describe.each(DIALECTS)('rows one at a time on %s', (dialect) => {
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
    await t.dataSource.manager.insert(AuditEntry, entry('by-typeorm') as never);
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

  it('reads a row by its id as TypeORM\'s query builder reads it: enums, dates, JSON, booleans, versions and times', async () => {
    const agency = await new OrganizationService(t.db, SYSTEM_ACTOR, organizationUsesByOversight).create({ kind: OrganizationKind.AGENCY, name: '读取测试厅' });
    const venues = [
      { standard: VenueStandard.FULL, name: '党员活动室', address: '一楼', areaSqm: 80, checkedOn: '2026-03-01', checks: [{ code: 'sign', ok: true, note: '“有”' }], passes: true },
      { standard: VenueStandard.MASS_ROOM, name: '职工之家', address: null, areaSqm: null, checkedOn: null, checks: [], passes: false },
    ];
    for (const fields of venues) {
      const { identifiers } = await t.dataSource.manager.insert(Venue, { organizationId: Number(agency.id), ...fields } as never);
      const id = Number(identifiers[0].id);
      const builders = await t.dataSource.manager.createQueryBuilder(Venue, 'v').where('v.id = :id', { id }).getOne();
      const ours = await t.db.write((em) => lockedRow(em, Venue, id));
      expect(ours).toBeInstanceOf(Venue);
      expect(ours).toEqual(builders);
      expect(ours).toMatchObject({ ...fields, version: 1 });
      expect(ours!.createdAt).toBeInstanceOf(Date);
    }
    expect(await t.db.write((em) => lockedRow(em, Venue, 987654))).toBeNull();
  });

  // The MySQL / MariaDB driver keeps no stack of its own per statement (root/data-source.ts):
  // the error a failed statement ends in still names the code that sent it.
  (dialect === 'mysql' ? it : it.skip)("names, in a failed statement's error, the code that sent it", async () => {
    async function sendsAStatementThatFails(): Promise<unknown> {
      return await t.db.write((em) => em.query('SELECT nothing FROM no_such_table'));
    }
    const error = (await sendsAStatementThatFails().catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(Error);
    expect(error.stack).toContain('sendsAStatementThatFails');
  });
});
