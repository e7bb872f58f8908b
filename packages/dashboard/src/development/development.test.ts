import type { GuildhallClient } from '@guildhall/client';
import type { HttpError } from 'react-admin';
import { canAccessWith } from '../access';
import { createDataProvider } from '../dataProvider';
import { i18nProvider } from '../i18n';
import { peopleExportUrl, toBase64 } from '../people/person';
import { reportStepOf, withoutReporterWhenAnonymous } from '../reports/report';
import { halfYearOf, pipelineRows, stepSpec } from './development';

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return Object.assign(new Error(message), {
    name: 'ApiError',
    code,
    fields: (extensions.fields as unknown[]) ?? [],
    extensions: { code, ...extensions },
  });
}

const activist = {
  id: '12',
  personId: '80',
  organizationId: '40',
  stage: 'ACTIVIST',
  appliedOn: '2025-08-01',
  talkedOn: '2025-08-15',
  activistOn: '2025-09-20',
  trainingDays: 0,
  trainingHours: 0,
  version: 4,
  alerts: [],
  person: { id: '80', name: '刘湘云' },
};

const draft = {
  id: '7',
  organizationId: '40',
  stage: 'DEVELOPMENT_TARGET',
  title: '关于确定发展对象的公示',
  body: null,
  startsOn: '2026-09-28',
  lengthDays: 10,
  dayType: 'WORKING',
  endsOn: '2026-10-15',
  hotline: '0851-85667628',
  suggestionBox: '一楼意见箱',
  caseIds: ['12'],
  publishedAt: null,
  version: 2,
};

const report = { id: '3', reference: 'JB-2026-0003', status: 'VERIFYING', version: 5 };

function setup() {
  const cases = {
    list: jest.fn(async () => ({ items: [activist], total: { count: 1 } })),
    byIds: jest.fn(async () => ({ items: [activist] })),
    get: jest.fn(async () => ({ item: activist })),
    pipeline: jest.fn(async () => ({
      items: [
        { organizationId: '4', organizationName: '贵州省湖南商会', stage: 'ACTIVIST', count: 2 },
        { organizationId: '5', organizationName: '贵州省四川商会', stage: 'APPLICANT', count: 1 },
        { organizationId: '4', organizationName: '贵州省湖南商会', stage: 'PROBATIONARY', count: 1 },
      ],
    })),
    open: jest.fn(async (vars: object) => ({ item: { ...activist, ...vars, id: '90', stage: 'APPLICANT', version: 1 } })),
    recordTalk: jest.fn(async (vars: object) => ({ item: { ...activist, ...vars } })),
    advance: jest.fn(async (vars: object) => ({ item: { ...activist, ...vars, version: 5 } })),
    assignContacts: jest.fn(async (vars: object) => ({ item: { ...activist, ...vars } })),
    assignIntroducers: jest.fn(),
    recordAssessment: jest.fn(async (vars: object) => ({ item: { ...activist, ...vars } })),
    recordPoliticalReview: jest.fn(),
    recordTraining: jest.fn(async (vars: object) => ({ item: { ...activist, ...vars } })),
    approveAdmission: jest.fn(),
    extendProbation: jest.fn(async (vars: object) => ({ item: { ...activist, ...vars } })),
    cancelProbation: jest.fn(),
    withdraw: jest.fn(async (vars: object) => ({ item: { ...activist, ...vars, stage: 'WITHDRAWN' } })),
  };
  const notices = {
    list: jest.fn(async () => ({ items: [draft], total: { count: 1 } })),
    byIds: jest.fn(),
    get: jest.fn(async () => ({ item: draft })),
    endDate: jest.fn(async () => ({ span: { endsOn: '2026-10-15', calendarCovered: true } })),
    create: jest.fn(async (vars: object) => ({ item: { ...draft, ...vars, id: '8', version: 1 } })),
    update: jest.fn(async (vars: object) => ({ item: { ...draft, ...vars, version: 3 } })),
    delete: jest.fn(async (id: string) => ({ item: { id, title: draft.title } })),
    publish: jest.fn(async () => ({ item: { ...draft, publishedAt: '2026-09-20T02:00:00.000Z', state: 'PUBLISHED', version: 3 } })),
  };
  const calendar = {
    list: jest.fn(async () => ({ items: [{ id: '1', date: '2026-10-09', kind: 'WORKDAY', note: '调休' }], total: { count: 1 }, years: { from: 2004, to: 2026 } })),
    set: jest.fn(async (vars: object) => ({ item: { id: '2', ...vars } })),
    clear: jest.fn(async (id: string) => ({ item: { id, date: '2026-10-09', kind: 'WORKDAY', note: null } })),
  };
  const reports = {
    list: jest.fn(async () => ({ items: [report], total: { count: 1 } })),
    byIds: jest.fn(),
    get: jest.fn(async () => ({ item: report })),
    record: jest.fn(async (vars: object) => ({ item: { ...report, ...vars, status: 'RECEIVED', version: 1 } })),
    startVerification: jest.fn(async () => ({ item: { ...report, version: 6 } })),
    conclude: jest.fn(async (vars: object) => ({ item: { ...report, ...vars, status: 'UNSUBSTANTIATED', version: 6 } })),
    close: jest.fn(async (vars: object) => ({ item: { ...report, ...vars, status: 'CLOSED', version: 7 } })),
  };
  const people = {
    previewImport: jest.fn(async () => ({ outcome: { rows: 2, created: 0, problems: [] } })),
    import: jest.fn(async () => ({ outcome: { rows: 2, created: 2, problems: [] } })),
  };
  const client = { cases, notices, calendar, reports, people, request: jest.fn() } as unknown as GuildhallClient;
  i18nProvider.changeLocale('zh');
  return { dataProvider: createDataProvider(client, i18nProvider.translate), cases, notices, calendar, reports, people };
}

describe('development cases', () => {
  it('lists cases with only the filters the server knows, open/closed as a boolean', async () => {
    const { dataProvider, cases } = setup();
    await dataProvider.getList('developmentCases', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'appliedOn', order: 'DESC' },
      filter: { q: 'lxy', stage: 'ACTIVIST', open: 'true', alert: '', withinOrganization: '4', membershipStatus: 'FULL' },
    });
    expect(cases.list).toHaveBeenCalledWith({
      page: 0,
      perPage: 25,
      sortField: 'appliedOn',
      sortOrder: 'DESC',
      filter: { q: 'lxy', stage: 'ACTIVIST', open: true, withinOrganization: '4' },
    });
    await dataProvider.getList('developmentCases', { pagination: { page: 1, perPage: 25 }, sort: { field: 'appliedOn', order: 'DESC' }, filter: { open: 'false' } });
    expect(cases.list).toHaveBeenLastCalledWith(expect.objectContaining({ filter: { open: false } }));
  });

  it('opens a case for a person, an organization and the day of the application', async () => {
    const { dataProvider, cases } = setup();
    await dataProvider.create('developmentCases', { data: { personId: '80', organizationId: '40', appliedOn: '2026-11-27', note: '' } });
    expect(cases.open).toHaveBeenCalledWith({ personId: '80', organizationId: '40', appliedOn: '2026-11-27', note: null });
  });

  it('takes each step with the version that was read and only what the step takes', async () => {
    const { dataProvider, cases } = setup();
    await dataProvider.caseStep({ id: '12', action: 'ADVANCE', previousData: activist, values: { on: '2026-11-27', decisionRef: ' ', note: '' } });
    expect(cases.advance).toHaveBeenCalledWith({ id: '12', version: 4, on: '2026-11-27', note: null, decisionRef: null });
    await dataProvider.caseStep({ id: '12', action: 'ASSIGN_CONTACTS', previousData: activist, values: { on: '2026-11-27', personIds: ['3', '5'] } });
    expect(cases.assignContacts).toHaveBeenCalledWith({ id: '12', version: 4, on: '2026-11-27', note: null, personIds: ['3', '5'] });
    await dataProvider.caseStep({ id: '12', action: 'RECORD_ASSESSMENT', previousData: activist, values: { on: '2026-11-27', result: 'GOOD' } });
    expect(cases.recordAssessment).toHaveBeenCalledWith(expect.objectContaining({ period: '2026H2', result: 'GOOD' }));
    await dataProvider.caseStep({ id: '12', action: 'RECORD_TRAINING', previousData: activist, values: { on: '2026-11-27', days: '3' as unknown as number, hours: 24 } });
    expect(cases.recordTraining).toHaveBeenCalledWith(expect.objectContaining({ days: 3, hours: 24 }));
    await dataProvider.caseStep({ id: '12', action: 'EXTEND_PROBATION', previousData: activist, values: { on: '2026-11-27', months: 6, decisionRef: '党委决定' } });
    expect(cases.extendProbation).toHaveBeenCalledWith(expect.objectContaining({ months: 6, decisionRef: '党委决定' }));
    await dataProvider.caseStep({ id: '12', action: 'WITHDRAW', previousData: activist, values: { on: '2026-11-27', note: '本人撤回申请' } });
    expect(cases.withdraw).toHaveBeenCalledWith({ id: '12', version: 4, on: '2026-11-27', note: '本人撤回申请' });
  });

  it('words a rule the step fails in Chinese, with the first day it can pass', async () => {
    const { dataProvider, cases } = setup();
    cases.advance.mockRejectedValueOnce(
      apiError('NOTICE_OPEN', 'the notice runs until 2026-12-01', {
        rule: 'noticeRunning',
        earliestDate: '2026-12-02',
        failures: [
          { rule: 'noticeRunning', message: 'the notice runs until 2026-12-01', earliestDate: '2026-12-02' },
          { rule: 'reportsPending', message: '1 report(s) on this case are still being verified', earliestDate: null },
        ],
      }),
    );
    const error = (await dataProvider.caseStep({ id: '12', action: 'ADVANCE', previousData: activist, values: { on: '2026-11-27' } }).catch((e: unknown) => e)) as HttpError;
    expect(error.status).toBe(409);
    expect(error.message).toBe('公示尚未结束，暂不能办理：公示尚未结束（最早可于 2026-12-02 办理）；有举报正在受理或核查中');
    expect(error.body.failures).toHaveLength(2);

    cases.advance.mockRejectedValueOnce(apiError('GUARD_FAILED', 'cultivation lasts at least a year', { rule: 'cultivationYear', earliestDate: '2026-12-20' }));
    const guard = (await dataProvider.caseStep({ id: '12', action: 'ADVANCE', previousData: activist, values: { on: '2026-11-27' } }).catch((e: unknown) => e)) as HttpError;
    expect(guard.status).toBe(409);
    expect(guard.message).toBe('暂不能办理：确定为入党积极分子须满一年（最早可于 2026-12-20 办理）');
  });

  it('puts a refused day on the step’s date field', async () => {
    const { dataProvider, cases } = setup();
    cases.recordTalk.mockRejectedValueOnce(apiError('BAD_USER_INPUT', 'bad', { fields: [{ field: 'on', constraint: 'beforeLastStep', message: 'before the application' }] }));
    const error = (await dataProvider.caseStep({ id: '12', action: 'RECORD_TALK', previousData: activist, values: { on: '2020-01-01' } }).catch((e: unknown) => e)) as HttpError;
    expect(error.body.errors).toEqual({ on: '不能早于上一步办理的日期' });
  });

  it('turns the pipeline counts into one row per chamber, largest first', async () => {
    const { dataProvider } = setup();
    const { data } = await dataProvider.pipeline();
    expect(data).toEqual([
      { organizationId: '4', organizationName: '贵州省湖南商会', APPLICANT: 0, ACTIVIST: 2, DEVELOPMENT_TARGET: 0, PROBATIONARY: 1 },
      { organizationId: '5', organizationName: '贵州省四川商会', APPLICANT: 1, ACTIVIST: 0, DEVELOPMENT_TARGET: 0, PROBATIONARY: 0 },
    ]);
    expect(pipelineRows([])).toEqual([]);
  });

  it('asks the step dialogs for what each step takes', () => {
    expect(stepSpec({ action: 'ADVANCE', toStage: 'ACTIVIST' })).toEqual({ fields: ['decisionRef'], decisionRequired: false });
    expect(stepSpec({ action: 'ADVANCE', toStage: 'PROBATIONARY' })).toEqual({ fields: ['decisionRef'], decisionRequired: true });
    expect(stepSpec({ action: 'CONVERT', toStage: 'FULL' }).decisionRequired).toBe(true);
    expect(stepSpec({ action: 'ASSIGN_INTRODUCERS', toStage: null }).fields).toEqual(['personIds']);
    expect(stepSpec({ action: 'EXTEND_PROBATION', toStage: null }).fields).toEqual(['months', 'decisionRef']);
    expect(stepSpec({ action: 'RECORD_TALK', toStage: null }).fields).toEqual([]);
    expect(halfYearOf('2026-06-30')).toBe('2026H1');
    expect(halfYearOf('2026-07-01')).toBe('2026H2');
  });
});

describe('public notices and the calendar', () => {
  it('creates a draft with the filled fields and computes its end with the server', async () => {
    const { dataProvider, notices } = setup();
    const { id: _id, version: _version, endsOn: _endsOn, publishedAt: _publishedAt, ...fields } = draft;
    await dataProvider.create('publicNotices', { data: { ...fields, state: 'DRAFT' } });
    expect(notices.create).toHaveBeenCalledWith({
      organizationId: '40',
      stage: 'DEVELOPMENT_TARGET',
      title: draft.title,
      startsOn: '2026-09-28',
      lengthDays: 10,
      dayType: 'WORKING',
      hotline: draft.hotline,
      suggestionBox: draft.suggestionBox,
      caseIds: ['12'],
    });
    await expect(dataProvider.noticeEndDate({ startsOn: '2026-09-28', lengthDays: 10, dayType: 'WORKING' })).resolves.toEqual({
      data: { endsOn: '2026-10-15', calendarCovered: true },
    });
  });

  it('updates only what changed in a draft, the same cases in the same order counting as unchanged', async () => {
    const { dataProvider, notices } = setup();
    await dataProvider.update('publicNotices', { id: '7', data: { ...draft, caseIds: ['12'], lengthDays: 7 }, previousData: draft });
    expect(notices.update).toHaveBeenCalledWith({ id: '7', version: 2, lengthDays: 7 });
    await dataProvider.update('publicNotices', { id: '7', data: { ...draft, caseIds: ['12', '13'] }, previousData: draft });
    expect(notices.update).toHaveBeenLastCalledWith({ id: '7', version: 2, caseIds: ['12', '13'] });
  });

  it('publishes and deletes with the version that was read; a published notice cannot change', async () => {
    const { dataProvider, notices } = setup();
    await dataProvider.publishNotice({ id: '7', previousData: draft });
    expect(notices.publish).toHaveBeenCalledWith('7', 2);
    await dataProvider.delete('publicNotices', { id: '7', previousData: draft });
    expect(notices.delete).toHaveBeenCalledWith('7', 2);
    notices.update.mockRejectedValueOnce(apiError('CONFLICT', 'a published notice is a public record', { reason: 'published' }));
    const error = (await dataProvider.update('publicNotices', { id: '7', data: { ...draft, title: '新标题' }, previousData: draft }).catch((e: unknown) => e)) as HttpError;
    expect(error.message).toBe('公示已发布，是公开记录，不能再修改或删除。');
  });

  it('sets and clears calendar overrides, and reads the years the official schedule covers', async () => {
    const { dataProvider, calendar } = setup();
    await dataProvider.create('calendarDays', { data: { date: '2026-10-10', kind: 'HOLIDAY', note: '' } });
    expect(calendar.set).toHaveBeenCalledWith({ date: '2026-10-10', kind: 'HOLIDAY', note: null });
    await dataProvider.delete('calendarDays', { id: '1', previousData: { id: '1' } });
    expect(calendar.clear).toHaveBeenCalledWith('1');
    await expect(dataProvider.calendarYears()).resolves.toEqual({ data: { from: 2004, to: 2026 } });
  });
});

describe('reports', () => {
  it('records a report with the filled fields; an anonymous one keeps no name or contact', async () => {
    const { dataProvider, reports } = setup();
    const data = withoutReporterWhenAnonymous({ channel: 'HOTLINE', noticeId: '7', caseId: '', content: '来电反映', anonymous: true, reporterName: '张三', receivedOn: '2026-11-27' });
    await dataProvider.create('reports', { data });
    expect(reports.record).toHaveBeenCalledWith({ channel: 'HOTLINE', noticeId: '7', content: '来电反映', anonymous: true, receivedOn: '2026-11-27' });
  });

  it('takes a report through verification with the version that was read', async () => {
    const { dataProvider, reports } = setup();
    await dataProvider.reportStep({ id: '3', step: 'startVerification', previousData: { version: 5 } });
    expect(reports.startVerification).toHaveBeenCalledWith('3', 5);
    await dataProvider.reportStep({ id: '3', step: 'conclude', previousData: { version: 5 }, values: { finding: 'UNSUBSTANTIATED', note: '经核实不属实' } });
    expect(reports.conclude).toHaveBeenCalledWith({ id: '3', version: 5, finding: 'UNSUBSTANTIATED', note: '经核实不属实' });
    await dataProvider.reportStep({ id: '3', step: 'close', previousData: { version: 6 }, values: { on: '2026-11-27', decision: '' } });
    expect(reports.close).toHaveBeenCalledWith({ id: '3', version: 6, on: '2026-11-27', decision: null });
  });

  it('says a substantiated report needs the decision, on the decision field', async () => {
    const { dataProvider, reports } = setup();
    reports.close.mockRejectedValueOnce(apiError('BAD_USER_INPUT', 'bad', { fields: [{ field: 'decision', constraint: 'required', message: 'record it' }] }));
    const error = (await dataProvider.reportStep({ id: '3', step: 'close', previousData: { version: 6 }, values: { on: '2026-11-27' } }).catch((e: unknown) => e)) as HttpError;
    expect(error.body.errors).toEqual({ decision: '必填' });
  });

  it('offers the next step of each status', () => {
    expect(reportStepOf('RECEIVED')).toBe('startVerification');
    expect(reportStepOf('VERIFYING')).toBe('conclude');
    expect(reportStepOf('SUBSTANTIATED')).toBe('close');
    expect(reportStepOf('UNSUBSTANTIATED')).toBe('close');
    expect(reportStepOf('CLOSED')).toBeNull();
  });
});

describe('people sheets', () => {
  it('previews and imports a sheet as base64', async () => {
    const { dataProvider, people } = setup();
    const content = toBase64(new TextEncoder().encode('姓名,所属组织\n张三,湖南商会\n'));
    expect(Buffer.from(content, 'base64').toString('utf8')).toBe('姓名,所属组织\n张三,湖南商会\n');
    await expect(dataProvider.previewPeopleImport({ fileName: 'people.csv', contentBase64: content })).resolves.toEqual({ data: { rows: 2, created: 0, problems: [] } });
    expect(people.previewImport).toHaveBeenCalledWith('people.csv', content);
    await expect(dataProvider.importPeople({ fileName: 'people.csv', contentBase64: content })).resolves.toEqual({ data: { rows: 2, created: 2, problems: [] } });
  });

  it('downloads the list with its known filters and its sort', () => {
    const url = new URL(peopleExportUrl({ q: '张', membershipStatus: 'FULL', gender: '', kind: 'CHAMBER' }, { field: 'name', order: 'ASC' }), 'http://x');
    expect(url.pathname).toBe('/exports/people.xlsx');
    expect(JSON.parse(url.searchParams.get('filter')!)).toEqual({ q: '张', membershipStatus: 'FULL' });
    expect(url.searchParams.get('sortField')).toBe('name');
    expect(url.searchParams.get('sortOrder')).toBe('ASC');
  });
});

describe('access to member development', () => {
  const coordinator = ['person:read', 'person:write', 'case:read', 'case:write', 'notice:read', 'notice:write', 'notice:publish', 'report:read', 'report:record', 'report:verify'];
  const staff = ['person:read', 'person:write', 'case:read', 'case:write', 'notice:read', 'notice:write', 'report:read', 'report:record'];
  const assessor = ['person:read', 'case:read', 'notice:read', 'report:read'];

  it('lets a coordinator take steps, publish notices and verify reports, but not manage the calendar', () => {
    for (const [resource, action] of [
      ['developmentCases', 'step'],
      ['developmentCases', 'create'],
      ['publicNotices', 'publish'],
      ['publicNotices', 'delete'],
      ['reports', 'verify'],
      ['reports', 'create'],
      ['people', 'import'],
      ['people', 'export'],
    ]) {
      expect({ resource, action, ok: canAccessWith(coordinator, resource, action) }).toEqual({ resource, action, ok: true });
    }
    expect(canAccessWith(coordinator, 'calendarDays', 'list')).toBe(false);
  });

  it('lets staff take steps, draft notices and record reports, without publishing or verifying', () => {
    expect(canAccessWith(staff, 'developmentCases', 'step')).toBe(true);
    expect(canAccessWith(staff, 'publicNotices', 'create')).toBe(true);
    expect(canAccessWith(staff, 'reports', 'create')).toBe(true);
    expect(canAccessWith(staff, 'publicNotices', 'publish')).toBe(false);
    expect(canAccessWith(staff, 'reports', 'verify')).toBe(false);
  });

  it('lets an assessor read only, and an administrator manage the calendar', () => {
    for (const resource of ['developmentCases', 'publicNotices', 'reports']) expect(canAccessWith(assessor, resource, 'list')).toBe(true);
    for (const [resource, action] of [['developmentCases', 'step'], ['publicNotices', 'edit'], ['reports', 'create'], ['people', 'import']]) {
      expect(canAccessWith(assessor, resource, action)).toBe(false);
    }
    for (const action of ['list', 'create', 'delete']) expect(canAccessWith(['calendar:manage'], 'calendarDays', action)).toBe(true);
  });
});
