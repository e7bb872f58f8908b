import type { GuildhallClient } from '@guildhall/client';
import type { HttpError } from 'react-admin';
import { canAccessWith } from '../access';
import { createDataProvider } from '../dataProvider';
import { i18nProvider } from '../i18n';
import { cancellable, completedOn, hasCertificate, monthRange, monthWeeks, normalizeClass, percent, sessionDays, shiftMonth, type TrainingClass } from './training';

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return Object.assign(new Error(message), {
    name: 'ApiError',
    code,
    fields: (extensions.fields as unknown[]) ?? [],
    extensions: { code, ...extensions },
  });
}

const program = { id: '1', title: '2026年度异地商会党建培训计划', year: 2026, organizerId: '2', description: null, version: 3 };

const klass = {
  id: '5',
  programId: '1',
  title: '商会党建指导员专题培训班',
  capacity: 40,
  enrollmentOpensOn: '2026-11-22',
  enrollmentClosesOn: '2026-12-04',
  audience: '党建指导员',
  venue: null,
  online: false,
  waitlist: true,
  requiredHours: 18,
  status: 'PUBLISHED',
  startsOn: '2026-12-07',
  endsOn: '2026-12-09',
  version: 2,
  sessions: [
    { id: '11', date: '2026-12-07', hours: 6, topic: '发展党员工作规范', checkInCode: '123456' },
    { id: '12', date: '2026-12-08', hours: 6, topic: null, checkInCode: '654321' },
  ],
  quotas: [{ id: '21', chamberId: '4', seats: 4 }],
};

const place = { id: '30', classId: '5', personId: '80', status: 'WAITLISTED', waitlistPosition: 2, hoursCredited: 0, person: { id: '80', name: '曹文' } };

function setup() {
  const training = {
    programs: jest.fn(async () => ({ items: [program], total: { count: 1 } })),
    programsByIds: jest.fn(),
    program: jest.fn(async () => ({ item: program })),
    createProgram: jest.fn(async (vars: object) => ({ item: { ...program, ...vars, id: '9', version: 1 } })),
    updateProgram: jest.fn(async (vars: object) => ({ item: { ...program, ...vars, version: 4 } })),
    classes: jest.fn(async () => ({ items: [klass], total: { count: 1 } })),
    classesByIds: jest.fn(),
    class: jest.fn(async () => ({ item: klass })),
    createClass: jest.fn(async (vars: object) => ({ item: { ...klass, ...vars, id: '6', status: 'DRAFT', version: 1 } })),
    updateClass: jest.fn(async (vars: object) => ({ item: { ...klass, ...vars, version: 3 } })),
    publishClass: jest.fn(async () => ({ item: { ...klass, version: 3 } })),
    cancelClass: jest.fn(async () => ({ item: { ...klass, status: 'CANCELLED', version: 3 } })),
    enrollments: jest.fn(async () => ({ items: [place], total: { count: 1 } })),
    enrollmentsByIds: jest.fn(),
    enrollment: jest.fn(async () => ({ item: place })),
    byChamber: jest.fn(async () => ({ items: [{ chamberId: '4', chamberName: '贵州省湖南商会', seated: 7, waitlisted: 2, attended: 3, completed: 3, hours: 52, attendanceRate: 0.43, completionRate: 0.43 }] })),
    enroll: jest.fn(async () => ({ item: place })),
    enrollMyself: jest.fn(async () => ({ item: { ...place, status: 'REGISTERED', waitlistPosition: null } })),
    cancel: jest.fn(async (id: string) => ({ item: { ...place, id, status: 'CANCELLED' } })),
    confirm: jest.fn(async (ids: string[]) => ({ items: ids.map((id) => ({ ...place, id, status: 'CONFIRMED' })) })),
    markAbsent: jest.fn(async (ids: string[]) => ({ items: ids.map((id) => ({ ...place, id, status: 'ABSENT' })) })),
    markAttendance: jest.fn(async (_sessionId: string, ids: string[]) => ({ items: ids.map((id) => ({ ...place, id, status: 'ATTENDED' })) })),
    checkIn: jest.fn(async () => ({ item: { ...place, status: 'ATTENDED', hoursCredited: 6 } })),
    revokeCertificate: jest.fn(async () => ({ item: { ...place, certificateRevokedAt: '2026-12-10T02:00:00.000Z' } })),
  };
  const client = { training, request: jest.fn() } as unknown as GuildhallClient;
  i18nProvider.changeLocale('zh');
  return { dataProvider: createDataProvider(client, i18nProvider.translate), training };
}

async function failure(promise: Promise<unknown>): Promise<HttpError> {
  return (await promise.catch((e: unknown) => e)) as HttpError;
}

describe('training programs', () => {
  it('lists programs with the known filters, the year as a number', async () => {
    const { dataProvider, training } = setup();
    await dataProvider.getList('trainingPrograms', { pagination: { page: 1, perPage: 25 }, sort: { field: 'year', order: 'DESC' }, filter: { q: '党建', year: '2026', stage: 'x' } });
    expect(training.programs).toHaveBeenCalledWith({ page: 0, perPage: 25, sortField: 'year', sortOrder: 'DESC', filter: { q: '党建', year: 2026 } });
  });

  it('creates with the organizer and updates only what changed, never the organizer', async () => {
    const { dataProvider, training } = setup();
    await dataProvider.create('trainingPrograms', { data: { title: '2027年度培训计划', year: 2027, organizerId: '2', description: '' } });
    expect(training.createProgram).toHaveBeenCalledWith({ title: '2027年度培训计划', year: 2027, organizerId: '2' });
    await dataProvider.update('trainingPrograms', { id: '1', data: { ...program, organizerId: '7', description: '全年四期' }, previousData: program });
    expect(training.updateProgram).toHaveBeenCalledWith({ id: '1', version: 3, description: '全年四期' });
  });

  it('reads the chambers’ figures over a program or a year', async () => {
    const { dataProvider, training } = setup();
    const { data } = await dataProvider.trainingByChamber({ programId: '1' });
    expect(training.byChamber).toHaveBeenCalledWith('1', null);
    expect(data[0]).toMatchObject({ chamberName: '贵州省湖南商会', seated: 7 });
    await dataProvider.trainingByChamber({ year: 2026 });
    expect(training.byChamber).toHaveBeenLastCalledWith(null, 2026);
  });
});

describe('training classes', () => {
  it('lists classes open for enrollment with the filter as a boolean', async () => {
    const { dataProvider, training } = setup();
    await dataProvider.getList('trainingClasses', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'startsOn', order: 'DESC' },
      filter: { enrollmentOpen: 'true', status: '', programId: '1', open: 'true' },
    });
    expect(training.classes).toHaveBeenCalledWith(expect.objectContaining({ filter: { enrollmentOpen: true, programId: '1' } }));
  });

  it('creates a class with its sessions and quotas in the server’s shape, empty rows left out', async () => {
    const { dataProvider, training } = setup();
    await dataProvider.create('trainingClasses', {
      data: {
        programId: '1',
        title: '一日轮训班',
        capacity: 2,
        enrollmentOpensOn: '2026-11-27',
        enrollmentClosesOn: '2026-11-27',
        waitlist: true,
        online: false,
        venue: '',
        sessions: [{ date: '2026-11-27', hours: '4', topic: '' }, {}],
        quotas: [{ chamberId: '4', seats: '1' }, { chamberId: null }],
      },
    });
    expect(training.createClass).toHaveBeenCalledWith({
      programId: '1',
      title: '一日轮训班',
      capacity: 2,
      enrollmentOpensOn: '2026-11-27',
      enrollmentClosesOn: '2026-11-27',
      waitlist: true,
      online: false,
      sessions: [{ date: '2026-11-27', hours: 4, topic: null }],
      quotas: [{ chamberId: '4', seats: 1 }],
    });
  });

  it('sends the sessions only when they changed, ids and check-in codes aside', async () => {
    const { dataProvider, training } = setup();
    const unchanged = { ...klass, sessions: klass.sessions.map(({ date, hours, topic, id }) => ({ id, date, hours, topic })) };
    await dataProvider.update('trainingClasses', { id: '5', data: { ...unchanged, capacity: 42 }, previousData: klass });
    expect(training.updateClass).toHaveBeenCalledWith({ id: '5', version: 2, capacity: 42 });
    const added = [...klass.sessions, { date: '2026-12-09', hours: 6, topic: '阵地建设与党建指导' }];
    await dataProvider.update('trainingClasses', { id: '5', data: { ...klass, sessions: added }, previousData: klass });
    expect(training.updateClass).toHaveBeenLastCalledWith({
      id: '5',
      version: 2,
      sessions: [
        { date: '2026-12-07', hours: 6, topic: '发展党员工作规范' },
        { date: '2026-12-08', hours: 6, topic: null },
        { date: '2026-12-09', hours: 6, topic: '阵地建设与党建指导' },
      ],
    });
  });

  it('puts a quota row’s problem on its input and words the class’s refusals in Chinese', async () => {
    const { dataProvider, training } = setup();
    training.updateClass.mockRejectedValueOnce(
      apiError('BAD_USER_INPUT', 'bad', {
        fields: [
          { field: 'quotas.0.chamberId', constraint: 'notFound', message: 'chamber 4 is not under the organizer' },
          { field: 'quotas', constraint: 'overCapacity', message: 'the quotas add up to 50 seats' },
        ],
      }),
    );
    const error = await failure(dataProvider.update('trainingClasses', { id: '5', data: { ...klass, capacity: 30 }, previousData: klass }));
    expect(error.body.errors).toEqual({ 'quotas.0.chamberId': '该商会不在举办单位之下', quotas: '各商会名额之和超过了培训班名额' });

    training.publishClass.mockRejectedValueOnce(apiError('CONFLICT', 'already', { reason: 'unchanged' }));
    expect((await failure(dataProvider.publishClass({ id: '5', previousData: klass }))).message).toBe('培训班已经是这一状态。');
    await dataProvider.cancelClass({ id: '5', previousData: klass });
    expect(training.cancelClass).toHaveBeenCalledWith('5', 2);
  });
});

describe('enrollments', () => {
  it('enrolls a person in a class, and says why a place is refused', async () => {
    const { dataProvider, training } = setup();
    const { data } = await dataProvider.create('enrollments', { data: { classId: '5', personId: '80' } });
    expect(training.enroll).toHaveBeenCalledWith('5', '80');
    expect(data).toMatchObject({ status: 'WAITLISTED', waitlistPosition: 2 });

    training.enroll.mockRejectedValueOnce(apiError('CAPACITY_FULL', 'your chamber’s seats are taken', { reason: 'quota' }));
    const full = await failure(dataProvider.create('enrollments', { data: { classId: '5', personId: '80' } }));
    expect(full.status).toBe(409);
    expect(full.message).toBe('本商会的名额已用完，且该培训班不设候补名单。');

    training.enroll.mockRejectedValueOnce(apiError('ALREADY_ENROLLED', 'already waiting', { status: 'WAITLISTED' }));
    expect((await failure(dataProvider.create('enrollments', { data: { classId: '5', personId: '80' } }))).message).toBe('此人已在该培训班的候补名单中。');

    training.enrollMyself.mockRejectedValueOnce(
      apiError('GUARD_FAILED', 'enrollment runs from 2026-12-01', { rule: 'enrollmentWindow', earliestDate: '2026-12-01' }),
    );
    const early = await failure(dataProvider.enrollMyself({ classId: '5' }));
    expect(early.status).toBe(409);
    expect(early.message).toBe('暂不能办理：不在报名时间内（最早可于 2026-12-01 办理）');
  });

  it('runs the bulk actions on the selected places; cancelling goes one place at a time', async () => {
    const { dataProvider, training } = setup();
    await dataProvider.confirmEnrollments({ ids: ['30', 31] });
    expect(training.confirm).toHaveBeenCalledWith(['30', '31']);
    await dataProvider.markEnrollmentsAbsent({ ids: ['30'] });
    expect(training.markAbsent).toHaveBeenCalledWith(['30']);
    await dataProvider.markAttendance({ sessionId: 11, ids: ['30', '31'] });
    expect(training.markAttendance).toHaveBeenCalledWith('11', ['30', '31']);
    const { data } = await dataProvider.cancelEnrollments({ ids: ['30', '31'] });
    expect(training.cancel.mock.calls).toEqual([['30'], ['31']]);
    expect(data.map((e) => e.status)).toEqual(['CANCELLED', 'CANCELLED']);
    await dataProvider.revokeCertificate({ id: '30' });
    expect(training.revokeCertificate).toHaveBeenCalledWith('30');

    training.markAttendance.mockRejectedValueOnce(apiError('GUARD_FAILED', 'the session is on 2026-12-07', { rule: 'sessionNotHeld', earliestDate: '2026-12-07' }));
    expect((await failure(dataProvider.markAttendance({ sessionId: '11', ids: ['30'] }))).message).toBe('暂不能办理：课程尚未举行，不能标记出勤（最早可于 2026-12-07 办理）');
  });

  it('checks in with the code; a wrong code shows on the code, too many tries say when to retry', async () => {
    const { dataProvider, training } = setup();
    await dataProvider.checkIn({ sessionId: '11', code: ' 123456 ' });
    expect(training.checkIn).toHaveBeenCalledWith('11', '123456');
    training.checkIn.mockRejectedValueOnce(apiError('BAD_USER_INPUT', 'bad', { fields: [{ field: 'code', constraint: 'wrongCode', message: 'the code does not match' }] }));
    expect((await failure(dataProvider.checkIn({ sessionId: '11', code: '000000' }))).body.errors).toEqual({ code: '签到码不正确，请核对培训现场公布的六位签到码' });
    training.checkIn.mockRejectedValueOnce(apiError('RATE_LIMITED', 'too many', { retryAfterSeconds: 600 }));
    const limited = await failure(dataProvider.checkIn({ sessionId: '11', code: '000000' }));
    expect(limited.status).toBe(429);
    expect(limited.message).toBe('签到码输错次数太多，请 10 分钟后再试。');
    training.checkIn.mockRejectedValueOnce(apiError('GUARD_FAILED', 'check-in is open on the session’s day', { rule: 'sessionDay', earliestDate: null }));
    expect((await failure(dataProvider.checkIn({ sessionId: '11', code: '123456' }))).message).toBe('暂不能办理：只能在课程当天签到');
  });
});

describe('training helpers', () => {
  it('lays a month out in weeks from Monday', () => {
    const weeks = monthWeeks(2026, 12);
    expect(weeks).toHaveLength(5);
    expect(weeks[0][0]).toEqual({ date: '2026-11-30', day: 30, inMonth: false });
    expect(weeks[0][1]).toEqual({ date: '2026-12-01', day: 1, inMonth: true });
    expect(weeks[4][6]).toEqual({ date: '2027-01-03', day: 3, inMonth: false });
    expect(monthWeeks(2021, 2)).toHaveLength(4);
    expect(monthRange(2028, 2)).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(shiftMonth(2026, 12, 1)).toEqual([2027, 1]);
    expect(shiftMonth(2026, 1, -1)).toEqual([2025, 12]);
  });

  it('puts each class on its session days, or on every day when the sessions are not loaded', () => {
    const days = sessionDays([klass as unknown as TrainingClass, { ...klass, id: '6', sessions: undefined, startsOn: '2026-12-08', endsOn: '2026-12-09' } as unknown as TrainingClass]);
    expect([...days.keys()].sort()).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
    expect(days.get('2026-12-08')!.map((e) => e.classId)).toEqual(['5', '6']);
    expect(days.get('2026-12-07')![0]).toMatchObject({ hours: 6, topic: '发展党员工作规范' });
  });

  it('tells which places can be cancelled and which have a certificate', () => {
    expect(cancellable({ status: 'WAITLISTED', completedAt: null })).toBe(true);
    expect(cancellable({ status: 'ATTENDED', completedAt: null })).toBe(false);
    expect(cancellable({ status: 'CANCELLED', completedAt: null })).toBe(false);
    expect(hasCertificate({ certificateCode: 'ABCDEFGHJKMN', completedAt: '2026-11-27T08:00:00Z', certificateRevokedAt: null })).toBe(true);
    expect(hasCertificate({ certificateCode: 'ABCDEFGHJKMN', completedAt: '2026-11-27T08:00:00Z', certificateRevokedAt: '2026-11-28T08:00:00Z' })).toBe(false);
    expect(percent(0.875)).toBe('88%');
    expect(percent(null)).toBe('—');
    expect(normalizeClass({ capacity: '40', title: 'x' })).toEqual({ capacity: 40, title: 'x' });
  });
});

describe('training access', () => {
  const coordinator = ['organization:read', 'training:read', 'training:manage', 'training:enroll'];
  const staff = ['organization:read', 'training:read', 'training:enroll'];
  const assessor = ['organization:read', 'training:read'];
  const trainee = ['training:self'];

  it('lets those who run classes manage them, and chambers send people', () => {
    for (const [resource, action] of [['trainingClasses', 'create'], ['trainingClasses', 'publish'], ['trainingClasses', 'cancel'], ['trainingPrograms', 'edit'], ['enrollments', 'manage'], ['enrollments', 'create']]) {
      expect(canAccessWith(coordinator, resource, action)).toBe(true);
    }
    expect(canAccessWith(staff, 'enrollments', 'create')).toBe(true);
    expect(canAccessWith(staff, 'enrollments', 'cancel')).toBe(true);
    for (const [resource, action] of [['enrollments', 'manage'], ['trainingClasses', 'publish'], ['trainingPrograms', 'create']]) expect(canAccessWith(staff, resource, action)).toBe(false);
  });

  it('lets an assessor read training only', () => {
    for (const resource of ['trainingPrograms', 'trainingClasses', 'enrollments']) expect(canAccessWith(assessor, resource, 'list')).toBe(true);
    for (const [resource, action] of [['enrollments', 'create'], ['enrollments', 'cancel'], ['enrollments', 'manage'], ['trainingClasses', 'edit']]) expect(canAccessWith(assessor, resource, action)).toBe(false);
    expect(canAccessWith(assessor, 'myTraining', 'list')).toBe(false);
  });

  it('gives a trainee their own page and none of the administration', () => {
    expect(canAccessWith(trainee, 'myTraining', 'list')).toBe(true);
    for (const resource of ['trainingPrograms', 'trainingClasses', 'enrollments', 'organizations', 'people']) expect(canAccessWith(trainee, resource, 'list')).toBe(false);
    expect(canAccessWith(coordinator, 'myTraining', 'list')).toBe(false);
  });
});

describe('the day a place was completed', () => {
  it('is the day in China, not the UTC date of the instant', () => {
    // 01:30 in Beijing on the 28th is still the 27th in UTC.
    expect(completedOn({ completedAt: '2026-11-27T17:30:00.000Z' })).toBe('2026-11-28');
    expect(completedOn({ completedAt: '2026-11-27T15:59:59.000Z' })).toBe('2026-11-27');
    expect(completedOn({ completedAt: null })).toBeNull();
  });
});
