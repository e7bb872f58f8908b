import { DataSource, type FindOptionsWhere } from 'typeorm';
import { UserRole } from '../access/roles';
import { addDays, todayInChina } from '../common/dates';
import { Database } from '../db/database';
import { DIALECTS } from '../test/databases';
import { caseAt, freshCase, fullMembers, publishNotice, step } from '../test/development-fixtures';
import { buildSmallTree } from '../test/fixtures';
import { createPerson } from '../test/people-fixtures';
import { ENROLL, createClass, createProgram } from '../test/training-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';
import { Reminder } from './reminder.entity';
import { ReminderScheduler, sendDueReminders } from './reminder.service';

const RULE = `mutation($k: ReminderKind!, $e: Boolean!, $o: Int!, $r: Int!, $to: [ReminderRecipient!]!, $c: [DeliveryChannel!]! = [EMAIL, WEBHOOK]) {
  updateReminderRule(kind: $k, enabled: $e, offsetDays: $o, repeatDays: $r, recipients: $to, channels: $c) { kind enabled offsetDays repeatDays recipients channels version } }`;
const INBOX = `{ myReminders { total items { id kind subjectType subjectId label dueOn occurrence readAt } } myUnreadReminderCount }`;

describe.each(DIALECTS)('reminders on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let hunan: Gql;
  let sichuan: Gql;
  let hunanId: number;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    const coordinator = await t.userFor(UserRole.COORDINATOR, tree.hunan.id);
    hunan = coordinator.gql;
    hunanId = coordinator.user.id;
    sichuan = (await t.userFor(UserRole.COORDINATOR, tree.sichuan.id)).gql;
  });
  afterAll(() => t.stop());

  const sent = (where: FindOptionsWhere<Reminder>) => t.dataSource.getRepository(Reminder).findBy(where);
  const KINDS = ['TALK_OVERDUE', 'APPROVAL_OVERDUE', 'CONVERSION_DUE', 'MEETING_NOT_HELD', 'LETTER_MISSING', 'ASSESSMENT_MISSING', 'TERM_DUE_SOON', 'TERM_OVERDUE', 'NOTICE_ENDING', 'CLASS_STARTING', 'SEAT_GIVEN'];
  const rule = async (kind: string, offsetDays: number, repeatDays: number, recipients = ['COORDINATORS', 'ADMINISTRATORS'], enabled = true) => {
    const res = await t.gql(RULE, { k: kind, e: enabled, o: offsetDays, r: repeatDays, to: recipients });
    expect(res.errors).toBeUndefined();
    return res.data!.updateReminderRule;
  };
  /** The kind's rule as given, every other kind off: what a run sends is that kind's alone. */
  const only = async (kind: string, offsetDays: number, repeatDays: number, recipients = ['COORDINATORS', 'ADMINISTRATORS'], enabled = true) => {
    for (const other of KINDS.filter((k) => k !== kind)) await rule(other, 0, 0, ['COORDINATORS'], false);
    return rule(kind, offsetDays, repeatDays, recipients, enabled);
  };

  it('lists the kinds it sends with their rules, and lets only administrators change them', async () => {
    const res = await hunan(`{ reminderRules { kind enabled offsetDays repeatDays recipients channels version updatedAt } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.reminderRules.map((r: { kind: string }) => r.kind)).toEqual(KINDS);
    // The defaults until an administrator changes them: never changed, so no time.
    expect(res.data!.reminderRules[0]).toEqual({ kind: 'TALK_OVERDUE', enabled: true, offsetDays: -7, repeatDays: 7, recipients: ['COORDINATORS', 'ADMINISTRATORS'], channels: ['EMAIL', 'WEBHOOK'], version: 0, updatedAt: null });
    const args = { k: 'TALK_OVERDUE', e: true, o: -7, r: 7, to: ['COORDINATORS'] };
    expect((await hunan(RULE, args)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const [bad, field] of [[{ o: 181 }, 'offsetDays'], [{ r: -1 }, 'repeatDays'], [{ k: 'VENUE_NONCOMPLIANT' }, 'kind']] as const) {
      const refused = await t.gql(RULE, { ...args, ...bad });
      expect({ field, code: refused.errors?.[0].extensions?.code }).toEqual({ field, code: 'BAD_USER_INPUT' });
    }
    expect((await t.anonymous(INBOX)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('reminds the chamber\'s coordinator of a talk the days before it is late, once, and the administrators with the count', async () => {
    // Applied on 10 March: the talk is due by 10 April and the case is on the overdue list from 11 April.
    const c = await freshCase(t.gql, tree.branch.id, '2025-03-10', '王谈话');
    await only('TALK_OVERDUE', -7, 0);
    const talk = { kind: 'TALK_OVERDUE' as never, subjectId: Number(c.id) };
    expect(await sendDueReminders(t.db, '2025-04-03')).toEqual({});
    expect(await sent(talk)).toEqual([]);
    // One to the chamber's coordinator, one count to the administrator.
    expect(await sendDueReminders(t.db, '2025-04-04')).toEqual({ TALK_OVERDUE: 2 });
    // Again that day and the next: nothing more without a repeat.
    await sendDueReminders(t.db, '2025-04-04');
    await sendDueReminders(t.db, '2025-04-05');
    const mine = (await hunan(INBOX)).data!;
    expect(mine.myReminders.items).toEqual([{ id: expect.any(String), kind: 'TALK_OVERDUE', subjectType: 'DEVELOPMENT_CASE', subjectId: c.id, label: '王谈话', dueOn: '2025-04-10', occurrence: 0, readAt: null }]);
    expect(mine.myUnreadReminderCount).toBe(1);
    // Another chamber's coordinator hears nothing of it; the administrator gets the count.
    expect((await sichuan(INBOX)).data!.myReminders.total).toBe(0);
    const admin = (await t.gql(INBOX)).data!.myReminders.items.filter((r: { kind: string }) => r.kind === 'TALK_OVERDUE');
    expect(admin).toEqual([expect.objectContaining({ subjectType: 'LIST', subjectId: '0', label: '1' })]);
    // Weekly while it stays on the list: the next one a week after the first.
    await rule('TALK_OVERDUE', -7, 7);
    await sendDueReminders(t.db, '2025-04-10');
    expect((await sent({ ...talk, userId: hunanId })).length).toBe(1);
    await sendDueReminders(t.db, '2025-04-11');
    expect((await sent({ ...talk, userId: hunanId })).map((r) => r.occurrence)).toEqual([0, 1]);
    // Talked to: no more.
    await step(t.gql, 'recordCaseTalk', c, '2025-04-12');
    await sendDueReminders(t.db, '2025-04-18');
    await sendDueReminders(t.db, '2025-04-25');
    expect((await sent({ ...talk, userId: hunanId })).length).toBe(2);
  });

  it('reminds of an approval not given within three months, and of conversion from the day probation ends', async () => {
    // Admitted on 1 June 2024 and not approved: the approval is due by 1 September, probation ends on 1 June 2025.
    const c = await caseAt(t.gql, tree.branch.id, await fullMembers(t.gql, tree.branch.id, 2), 'PROBATIONARY');
    expect([c.admittedOn, c.approvedOn, c.probationEndsOn]).toEqual(['2024-06-01', null, '2025-06-01']);
    const about = (kind: string) => sent({ kind: kind as never, subjectId: Number(c.id), userId: hunanId });
    await only('APPROVAL_OVERDUE', 0, 0);
    await sendDueReminders(t.db, '2024-09-01');
    expect(await about('APPROVAL_OVERDUE')).toEqual([]);
    await sendDueReminders(t.db, '2024-09-02');
    expect((await about('APPROVAL_OVERDUE')).map((r) => [r.label, r.dueOn])).toEqual([['PROBATIONARY对象', '2024-09-01']]);
    await only('CONVERSION_DUE', 0, 0);
    await sendDueReminders(t.db, '2025-05-31');
    expect(await about('CONVERSION_DUE')).toEqual([]);
    await sendDueReminders(t.db, '2025-06-01');
    expect((await about('CONVERSION_DUE')).map((r) => r.dueOn)).toEqual(['2025-06-01']);
  });

  it('reminds of a meeting not recorded the day after it was planned, and not before', async () => {
    await only('MEETING_NOT_HELD', 0, 0, ['COORDINATORS']);
    const planned = await hunan(`mutation($o: ID!) { createMeeting(organizationId: $o, type: MEMBERS_MEETING, topic: "学习党章", plannedOn: "2025-05-20") { id } }`, { o: tree.branch.id });
    const id = Number(planned.data!.createMeeting.id);
    await sendDueReminders(t.db, '2025-05-20');
    expect(await sent({ kind: 'MEETING_NOT_HELD' as never, subjectId: id })).toEqual([]);
    await sendDueReminders(t.db, '2025-05-21');
    expect((await sent({ kind: 'MEETING_NOT_HELD' as never, subjectId: id })).map((r) => [r.userId, r.label, r.dueOn])).toEqual([[hunanId, '学习党章', '2025-05-20']]);
  });

  it('reminds the chamber of a branch\'s term from its months of notice, and again once it is overdue', async () => {
    // A branch elected on 1 July 2022: its three years end on 1 July 2025, six months' notice from 1 January.
    const [{ version }] = await t.dataSource.query(`SELECT version FROM organization WHERE id = ?`, [Number(tree.branch.id)]);
    const set = await t.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, termStartedOn: "2022-07-01") { termEndsOn } }`, { id: tree.branch.id, v: Number(version) });
    expect(set.data!.updateOrganization).toEqual({ termEndsOn: '2025-07-01' });
    const about = (kind: string) => sent({ kind: kind as never, subjectId: Number(tree.branch.id), userId: hunanId });
    await only('TERM_DUE_SOON', 0, 0);
    await sendDueReminders(t.db, '2024-12-31');
    expect(await about('TERM_DUE_SOON')).toEqual([]);
    await sendDueReminders(t.db, '2025-01-01');
    expect((await about('TERM_DUE_SOON')).map((r) => [r.subjectType, r.label, r.dueOn])).toEqual([['ORGANIZATION', '贵州湘黔建材有限公司党支部', '2025-07-01']]);
    await only('TERM_OVERDUE', 0, 0);
    await sendDueReminders(t.db, '2025-06-30');
    expect(await about('TERM_OVERDUE')).toEqual([]);
    await sendDueReminders(t.db, '2025-07-01');
    expect((await about('TERM_OVERDUE')).map((r) => r.dueOn)).toEqual(['2025-07-01']);
  });

  it('reminds the administrators of the chambers not assessed from the year\'s first day, and counts one fewer once one is', async () => {
    await only('ASSESSMENT_MISSING', 0, 1, ['COORDINATORS', 'ADMINISTRATORS']);
    const counts = async () => (await sent({ kind: 'ASSESSMENT_MISSING' as never, subjectType: 'LIST' as never })).map((r) => [r.dueOn, r.occurrence, r.label]);
    await sendDueReminders(t.db, '2026-01-01');
    // Each of the three chambers to its own coordinator; the count to the administrator, due from 1 January.
    expect(await counts()).toEqual([['2026-01-01', 0, '3']]);
    expect((await sent({ kind: 'ASSESSMENT_MISSING' as never, userId: hunanId })).map((r) => r.label)).toEqual(['贵州省湖南商会']);
    await t.gql(`mutation($c: ID!) { signResponsibilityLetter(chamberId: $c, year: 2026, signedOn: "2026-01-05", signatory: "会长", targets: [{ area: SYSTEM, target: "健全党组织议事规则" }]) { id } }`, { c: tree.hunan.id });
    const scores = ['SYSTEM', 'TRAINING', 'SUPPORT', 'ROLE', 'ATMOSPHERE'].map((area) => ({ area, score: 90 }));
    const recorded = await t.gql(`mutation($c: ID!, $s: [AreaScoreInput!]!) { recordAssessment(chamberId: $c, year: 2026, assessedOn: "2026-01-10", scores: $s) { id } }`, { c: tree.hunan.id, s: scores });
    expect(recorded.errors).toBeUndefined();
    // The next day's count has two; the assessed chamber's coordinator hears no more of it.
    await sendDueReminders(t.db, '2026-01-02');
    expect(await counts()).toEqual([['2026-01-01', 0, '3'], ['2026-01-01', 1, '2']]);
    expect((await sent({ kind: 'ASSESSMENT_MISSING' as never, userId: hunanId })).map((r) => r.occurrence)).toEqual([0]);
  });

  it('reminds the coordinators the day before a notice\'s last day, once, and catches up a missed day', async () => {
    await only('NOTICE_ENDING', -1, 0, ['COORDINATORS']);
    // Ten calendar days from 3 March: the last day is 12 March.
    const activist = await caseAt(t.gql, tree.branch.id, [], 'ACTIVIST');
    const notice = await publishNotice(t.gql, tree.branch.id, 'DEVELOPMENT_TARGET', [activist.id], '2025-03-03');
    expect(notice.endsOn).toBe('2025-03-12');
    const about = () => sent({ kind: 'NOTICE_ENDING' as never, subjectId: Number(notice.id) });
    await sendDueReminders(t.db, '2025-03-10');
    expect(await about()).toEqual([]);
    await sendDueReminders(t.db, '2025-03-11');
    await sendDueReminders(t.db, '2025-03-12');
    expect((await about()).map((r) => [r.userId, r.subjectType, r.label, r.dueOn])).toEqual([[hunanId, 'PUBLIC_NOTICE', '公示', '2025-03-12']]);
    // Servers down on the day a reminder was first due: sent when they are back within the
    // catch-up days (11 April's notice, due on the 10th, sent on the 13th), not after (10 April's, due on the 9th).
    const missed = await publishNotice(t.gql, tree.branch.id, 'DEVELOPMENT_TARGET', [activist.id], '2025-04-01');
    const late = await publishNotice(t.gql, tree.branch.id, 'DEVELOPMENT_TARGET', [activist.id], '2025-04-02');
    expect([missed.endsOn, late.endsOn]).toEqual(['2025-04-10', '2025-04-11']);
    await sendDueReminders(t.db, '2025-04-13');
    expect((await sent({ kind: 'NOTICE_ENDING' as never, subjectId: Number(late.id) })).length).toBe(1);
    expect(await sent({ kind: 'NOTICE_ENDING' as never, subjectId: Number(missed.id) })).toEqual([]);
  });

  describe('a class and its waiting line', () => {
    const today = todayInChina();
    let klass: Record<string, any>;
    let seatedId: number;
    let waitingId: number;
    let waitingGql: Gql;
    const trainee = async (name: string) => {
      const person = (await createPerson(t.gql, { name, organizationId: tree.branch.id })).id;
      const account = await t.userFor(UserRole.TRAINEE, tree.hunan.id);
      await t.dataSource.query('UPDATE user SET personId = ? WHERE id = ?', [Number(person), account.user.id]);
      return { person, id: account.user.id, gql: account.gql };
    };

    beforeAll(async () => {
      const program = await createProgram(t.gql, tree.hunan.id);
      // One seat; the class starts in ten days.
      klass = await createClass(t.gql, program.id, { capacity: 1, opensOn: addDays(today, -1), closesOn: addDays(today, 5), sessions: [{ date: addDays(today, 10), hours: 4 }] });
      expect(klass.startsOn).toBe(addDays(today, 10));
      const seated = await trainee('开班学员');
      const waiting = await trainee('候补学员');
      seatedId = seated.id;
      waitingId = waiting.id;
      waitingGql = waiting.gql;
      expect((await t.gql(ENROLL, { c: klass.id, p: seated.person })).data!.enroll.status).toBe('REGISTERED');
      expect((await t.gql(ENROLL, { c: klass.id, p: waiting.person })).data!.enroll.status).toBe('WAITLISTED');
    });

    it('reminds each trainee with a seat three days before the class starts, and not those in line', async () => {
      await only('CLASS_STARTING', -3, 0, ['TRAINEE']);
      const about = () => sent({ kind: 'CLASS_STARTING' as never, subjectId: Number(klass.id) });
      await sendDueReminders(t.db, addDays(today, 6));
      expect(await about()).toEqual([]);
      await sendDueReminders(t.db, addDays(today, 7));
      await sendDueReminders(t.db, addDays(today, 8));
      expect((await about()).map((r) => [r.userId, r.subjectType, r.label, r.dueOn])).toEqual([[seatedId, 'TRAINING_CLASS', klass.title, klass.startsOn]]);
      // Once it has ended, nothing more even with the rule moved.
      await rule('CLASS_STARTING', 0, 1, ['TRAINEE', 'COORDINATORS']);
      await sendDueReminders(t.db, addDays(today, 11));
      expect((await about()).length).toBe(1);
    });

    it('tells the trainee the day a seat is given from the waiting line, once', async () => {
      await only('SEAT_GIVEN', 0, 0, ['TRAINEE']);
      const given = () => sent({ kind: 'SEAT_GIVEN' as never });
      await sendDueReminders(t.db, today);
      expect(await given()).toEqual([]);
      const places = (await t.gql(`query($c: ID!) { allEnrollments(filter: { classId: $c }) { id status } }`, { c: klass.id })).data!.allEnrollments;
      const seatedPlace = places.find((e: { status: string }) => e.status === 'REGISTERED');
      expect((await t.gql(`mutation($id: ID!) { cancelEnrollment(id: $id) { status } }`, { id: seatedPlace.id })).data!.cancelEnrollment.status).toBe('CANCELLED');
      const promoted = (await t.gql(`query($c: ID!) { allEnrollments(filter: { classId: $c, status: REGISTERED }) { id promotedAt } }`, { c: klass.id })).data!.allEnrollments;
      expect(promoted).toEqual([{ id: expect.any(String), promotedAt: expect.any(String) }]);
      await sendDueReminders(t.db, today);
      await sendDueReminders(t.db, today);
      expect((await given()).map((r) => [r.userId, r.subjectType, String(r.subjectId), r.label, r.dueOn])).toEqual([[waitingId, 'ENROLLMENT', promoted[0].id, klass.title, klass.startsOn]]);
      // The trainee reads it in their inbox; the one who gave up the seat hears nothing of it.
      expect((await waitingGql(INBOX)).data!.myReminders.items).toEqual([expect.objectContaining({ kind: 'SEAT_GIVEN', subjectType: 'ENROLLMENT', subjectId: promoted[0].id, readAt: null })]);
      expect((await given()).some((r) => r.userId === seatedId)).toBe(false);
    });
  });

  it('sends nothing of a kind whose rule is off', async () => {
    await only('LETTER_MISSING', 0, 0, ['COORDINATORS', 'ADMINISTRATORS'], false);
    await sendDueReminders(t.db, '2025-06-01');
    expect(await sent({ kind: 'LETTER_MISSING' as never })).toEqual([]);
    await rule('LETTER_MISSING', 0, 0);
    await sendDueReminders(t.db, '2025-06-01');
    // Each coordinator of its own chamber; the administrator the count of the three chambers.
    const letters = await sent({ kind: 'LETTER_MISSING' as never });
    expect(letters.filter((r) => r.subjectType === 'ORGANIZATION' && r.userId === hunanId).map((r) => r.label)).toEqual(['贵州省湖南商会']);
    expect(letters.filter((r) => r.subjectType === 'LIST').map((r) => r.label)).toEqual(['3']);
    // Signed: the chamber hears no more of it; the administrators' next count has the other two.
    await rule('LETTER_MISSING', 0, 1);
    const signed = await t.gql(`mutation($c: ID!) { signResponsibilityLetter(chamberId: $c, year: 2025, signedOn: "2025-01-15", signatory: "会长", targets: [{ area: SYSTEM, target: "健全党组织议事规则" }]) { id } }`, { c: tree.hunan.id });
    expect(signed.errors).toBeUndefined();
    await sendDueReminders(t.db, '2025-06-02');
    const after = await sent({ kind: 'LETTER_MISSING' as never });
    expect(after.filter((r) => r.userId === hunanId).map((r) => r.occurrence)).toEqual([0]);
    expect(after.filter((r) => r.subjectType === 'LIST').map((r) => [r.occurrence > 0, r.label])).toEqual([
      [false, '3'],
      [true, '2'],
    ]);
  });

  it('marks only your own reminders read', async () => {
    const mine = (await hunan(INBOX)).data!.myReminders.items.map((r: { id: string }) => r.id);
    const others = (await t.gql(INBOX)).data!.myReminders.items.map((r: { id: string }) => r.id);
    expect(mine.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    const MARK = `mutation($ids: [ID!]!) { markRemindersRead(ids: $ids) { marked unread } }`;
    expect((await hunan(MARK, { ids: [...others, 'x', '-1'] })).data!.markRemindersRead).toEqual({ marked: 0, unread: mine.length });
    expect((await t.gql(INBOX)).data!.myUnreadReminderCount).toBe(others.length);
    expect((await hunan(MARK, { ids: Array.from({ length: 101 }, (_, i) => String(i + 1)) })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await hunan(MARK, { ids: [mine[0]] })).data!.markRemindersRead).toEqual({ marked: 1, unread: mine.length - 1 });
    expect((await hunan(MARK, { ids: [mine[0]] })).data!.markRemindersRead).toEqual({ marked: 0, unread: mine.length - 1 });
    const unread = (await hunan(`{ myReminders(unreadOnly: true) { total items { id } } }`)).data!.myReminders;
    expect(unread.total).toBe(mine.length - 1);
    expect(unread.items.map((r: { id: string }) => r.id)).not.toContain(mine[0]);
  });

  it('sends each reminder once when three servers run at the same moment', async () => {
    // On MariaDB three servers' own connections to the one database, each running the
    // scheduler's pass; SQLite is one server's database (docs/operations.md), so there the
    // passes run side by side in one process.
    const others = dialect === 'mysql' ? await Promise.all([1, 2].map(async () => new Database(await new DataSource({ ...t.dataSource.options, name: undefined } as never).initialize()))) : [];
    try {
      const c = await freshCase(t.gql, tree.branch.id, '2025-07-01', '李同时');
      await only('TALK_OVERDUE', 0, 1);
      const databases = others.length ? [t.db, ...others] : [t.db, t.db, t.db];
      for (const day of ['2025-08-02', '2025-08-03', '2025-08-04']) {
        await Promise.all(databases.flatMap((db) => [sendDueReminders(db, day), sendDueReminders(db, day)]));
      }
      // One per day to the coordinator (occurrences 0, 1, 2) and one per day to the administrator.
      const rows = await sent({ kind: 'TALK_OVERDUE' as never, subjectId: Number(c.id) });
      expect(rows.map((r) => r.occurrence).sort()).toEqual([0, 1, 2]);
      // The lease: of three schedulers ticking together, one sends.
      const schedulers = databases.map((db) => new ReminderScheduler(db, 60_000, { now: () => new Date('2025-08-05T02:00:00Z') }));
      const ran = await Promise.all(schedulers.map((s) => s.tick()));
      expect(ran.filter((r) => r !== null)).toHaveLength(1);
      // The holder keeps it on its next tick; the others still do not get it.
      const holder = ran.findIndex((r) => r !== null);
      expect(await schedulers[holder].tick()).not.toBeNull();
      expect(await schedulers[(holder + 1) % 3].tick()).toBeNull();
    } finally {
      await Promise.all(others.map((db) => db.dataSource.destroy()));
    }
  });
});
