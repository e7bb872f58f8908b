import type { GuildhallClient } from '@guildhall/client';
import type { HttpError } from 'react-admin';
import { canAccessWith } from '../access';
import { createDataProvider } from '../dataProvider';
import { i18nProvider } from '../i18n';
import { diffValue, editable, makesNewRevision, normalizeExemplar, refusalText, stepsFor, storyAsText, withContent, type ExemplarRevision } from './exemplar';

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return Object.assign(new Error(message), {
    name: 'ApiError',
    code,
    fields: (extensions.fields as unknown[]) ?? [],
    extensions: { code, ...extensions },
  });
}

const published: ExemplarRevision = {
  id: '11',
  number: 1,
  state: 'PUBLISHED',
  noticeId: null,
  category: 'PARTY_MEMBER',
  title: '把党员的身份亮在企业一线',
  citation: '带头设立党员先锋岗。',
  story: '<p>他是企业里第一个亮出党员身份的人。</p>',
  awards: ['贵州省商务厅优秀共产党员'],
  publicity: [{ outlet: '贵州日报', mediaType: '报纸', link: null, date: '2026-05-04' }],
  noticeStartsOn: '2026-04-01',
  noticeEndsOn: '2026-04-10',
  reviewNote: null,
  authorName: '湖南商会工作人员',
  createdAt: '2026-03-01T00:00:00.000Z',
  updatedAt: '2026-04-11T00:00:00.000Z',
  photo: { id: '5', width: 1200, height: 900, url: '/photos/5/1200.webp', thumbnailUrl: '/photos/5/400.webp' },
};

const exemplar = {
  id: '3',
  version: 4,
  state: 'PUBLISHED' as const,
  personId: '28',
  subjectOrganizationId: null,
  ownerOrganizationId: '40',
  publishedRevisionId: '11',
  workingRevisionId: null,
  withdrawnAt: null,
  updatedAt: '2026-04-11T00:00:00.000Z',
  person: { id: '28', name: '董华超' },
  subjectOrganization: null,
  ownerOrganization: { id: '40', name: '贵州湘博远餐饮管理有限公司党支部', shortName: null },
  workingRevision: null,
  publishedRevision: published,
};

const draft: ExemplarRevision = { ...published, id: '12', number: 2, state: 'DRAFT', title: '新标题', noticeStartsOn: null, noticeEndsOn: null };

function setup(fetchImpl?: jest.Mock) {
  const exemplars = {
    list: jest.fn(async () => ({ items: [exemplar], total: { count: 1 } })),
    byIds: jest.fn(async () => ({ items: [exemplar] })),
    get: jest.fn(async () => ({ item: { ...exemplar, createdAt: '2026-03-01T00:00:00.000Z', revisions: [published] } })),
    diff: jest.fn(async () => ({ changes: [{ field: 'title', before: '旧', after: '新' }] })),
    create: jest.fn(async (vars: object) => ({ item: { ...exemplar, ...vars, id: '9', version: 1, state: 'DRAFT', publishedRevisionId: null, publishedRevision: null, workingRevisionId: '12', workingRevision: draft } })),
    update: jest.fn(async () => ({ item: { ...exemplar, version: 5, state: 'DRAFT', workingRevisionId: '12', workingRevision: draft } })),
    submit: jest.fn(async () => ({ item: { ...exemplar, version: 5 } })),
    approve: jest.fn(async () => ({ item: { ...exemplar, version: 5 } })),
    returnToDraft: jest.fn(async () => ({ item: { ...exemplar, version: 5 } })),
    publish: jest.fn(async () => ({ item: { ...exemplar, version: 5 } })),
    withdraw: jest.fn(async () => ({ item: { ...exemplar, version: 5, withdrawnAt: '2026-05-01T00:00:00.000Z' } })),
  };
  const client = { exemplars, request: jest.fn() } as unknown as GuildhallClient;
  i18nProvider.changeLocale('zh');
  return { dataProvider: createDataProvider(client, i18nProvider.translate, { fetch: fetchImpl as unknown as typeof fetch }), exemplars };
}

const jsonResponse = (status: number, body: unknown) => ({ status, ok: status >= 200 && status < 300, json: async () => body }) as unknown as Response;

describe('exemplars in the data provider', () => {
  it('lists with only the filters the server knows, and the shown revision’s content on each record', async () => {
    const { dataProvider, exemplars } = setup();
    const { data, total } = await dataProvider.getList('exemplars', {
      pagination: { page: 2, perPage: 25 },
      sort: { field: 'updatedAt', order: 'DESC' },
      filter: { q: '党员', category: 'PARTY_MEMBER', state: 'IN_REVIEW', stale: 'x', withinOrganization: '' },
    });
    expect(exemplars.list).toHaveBeenCalledWith({ page: 1, perPage: 25, sortField: 'updatedAt', sortOrder: 'DESC', filter: { q: '党员', category: 'PARTY_MEMBER', state: 'IN_REVIEW' } });
    expect(total).toBe(1);
    expect(data[0]).toMatchObject({ id: '3', title: '把党员的身份亮在企业一线', category: 'PARTY_MEMBER', awards: ['贵州省商务厅优秀共产党员'], photo: { id: '5' } });
  });

  it('reads one profile with its revisions', async () => {
    const { dataProvider, exemplars } = setup();
    const { data } = await dataProvider.getOne('exemplars', { id: '3' });
    expect(exemplars.get).toHaveBeenCalledWith('3');
    expect(data).toMatchObject({ title: published.title, story: published.story, revisions: [{ number: 1 }] });
  });

  it('creates about the chosen subject only, without empty awards and publicity rows', async () => {
    const { dataProvider, exemplars } = setup();
    await dataProvider.create('exemplars', {
      data: {
        subjectType: 'person',
        personId: '28',
        subjectOrganizationId: '40',
        category: 'PARTY_MEMBER',
        title: ' 标题 ',
        citation: '简介',
        story: '<p>正文</p>',
        awards: ['荣誉一', ' ', ''],
        publicity: [{ outlet: '贵州日报', mediaType: '报纸', link: '', date: '' }, { outlet: '', mediaType: '', link: '' }],
      },
    });
    expect(exemplars.create).toHaveBeenCalledWith({
      personId: '28',
      category: 'PARTY_MEMBER',
      title: ' 标题 ',
      citation: '简介',
      story: '<p>正文</p>',
      awards: ['荣誉一'],
      publicity: [{ outlet: '贵州日报', mediaType: '报纸', link: null, date: null }],
    });
  });

  it('updates only what changed, with the version that was read', async () => {
    const { dataProvider, exemplars } = setup();
    const previous = withContent(exemplar);
    const { data } = await dataProvider.update('exemplars', { id: '3', previousData: previous, data: { ...previous, title: '新标题', publicity: [...previous.publicity] } });
    expect(exemplars.update).toHaveBeenCalledWith({ id: '3', version: 4, title: '新标题' });
    expect(data).toMatchObject({ version: 5, title: '新标题', state: 'DRAFT' });
  });

  it('does not call the server when nothing changed', async () => {
    const { dataProvider, exemplars } = setup();
    const previous = withContent(exemplar);
    await dataProvider.update('exemplars', { id: '3', previousData: previous, data: { ...previous } });
    expect(exemplars.update).not.toHaveBeenCalled();
  });

  it('takes each workflow step with the version that was read, and the note where one is asked', async () => {
    const { dataProvider, exemplars } = setup();
    const previousData = { version: 4 };
    await dataProvider.exemplarStep({ id: '3', step: 'submit', previousData });
    await dataProvider.exemplarStep({ id: '3', step: 'approve', previousData, channels: { hotline: '0851-86000000', suggestionBox: '一楼意见箱' } });
    await dataProvider.exemplarStep({ id: '3', step: 'return', previousData, note: ' 事迹不够具体 ' });
    await dataProvider.exemplarStep({ id: '3', step: 'publish', previousData });
    const { data } = await dataProvider.exemplarStep({ id: '3', step: 'withdraw', previousData, note: '本人要求' });
    expect(exemplars.submit).toHaveBeenCalledWith('3', 4);
    expect(exemplars.approve).toHaveBeenCalledWith({ id: '3', version: 4, hotline: '0851-86000000', suggestionBox: '一楼意见箱' });
    expect(exemplars.returnToDraft).toHaveBeenCalledWith('3', 4, '事迹不够具体');
    expect(exemplars.publish).toHaveBeenCalledWith('3', 4);
    expect(exemplars.withdraw).toHaveBeenCalledWith('3', 4, '本人要求');
    expect(data).toMatchObject({ withdrawnAt: '2026-05-01T00:00:00.000Z', title: published.title });
  });

  it('says in Chinese that the notice still runs, with the first day it can be published', async () => {
    const { dataProvider, exemplars } = setup();
    exemplars.publish.mockRejectedValueOnce(
      apiError('NOTICE_OPEN', 'the notice runs until 2026-12-06', {
        rule: 'noticeRunning',
        earliestDate: '2026-12-07',
        failures: [{ rule: 'noticeRunning', message: 'the notice runs until 2026-12-06', earliestDate: '2026-12-07' }],
      }),
    );
    const error = (await dataProvider.exemplarStep({ id: '3', step: 'publish', previousData: { version: 4 } }).catch((e) => e)) as HttpError;
    expect(error.status).toBe(409);
    expect(error.message).toBe('公示尚未结束，暂不能办理：公示尚未结束（最早可于 2026-12-07 办理）');
    const record = { workingRevision: { ...draft, state: 'NOTICE' as const, noticeEndsOn: '2026-12-06' } };
    expect(refusalText(error, record, i18nProvider.translate)).toBe('公示期尚未结束（至 2026-12-06），最早可于 2026-12-07 发布。');
  });

  it('explains a step out of order, and a change while the profile is reviewed', async () => {
    const { dataProvider, exemplars } = setup();
    exemplars.approve.mockRejectedValueOnce(apiError('GUARD_FAILED', 'the profile is DRAFT', { rule: 'stateOrder' }));
    const refused = (await dataProvider.exemplarStep({ id: '3', step: 'approve', previousData: { version: 4 } }).catch((e) => e)) as HttpError;
    expect(refused.message).toBe('暂不能办理：当前状态不能办理这一步，请刷新页面查看最新状态');
    expect(refusalText(refused, { workingRevision: null }, i18nProvider.translate)).toBe(refused.message);
    exemplars.update.mockRejectedValueOnce(apiError('CONFLICT', 'the profile is IN_REVIEW', { reason: 'inReview' }));
    const previous = withContent(exemplar);
    const conflict = (await dataProvider.update('exemplars', { id: '3', previousData: previous, data: { ...previous, title: '新' } }).catch((e) => e)) as HttpError;
    expect(conflict.message).toBe('该先进典型正在审核或公示中，不能修改；退回修改后才能编辑。');
  });

  it('puts a missing note on the note field', async () => {
    const { dataProvider, exemplars } = setup();
    exemplars.returnToDraft.mockRejectedValueOnce(apiError('BAD_USER_INPUT', 'say why', { fields: [{ field: 'note', constraint: 'required', message: 'say why' }] }));
    const error = (await dataProvider.exemplarStep({ id: '3', step: 'return', previousData: { version: 4 }, note: '' }).catch((e) => e)) as HttpError;
    expect(error.body).toEqual({ errors: { note: '请填写原因' } });
  });

  it('compares two revisions by their numbers', async () => {
    const { dataProvider, exemplars } = setup();
    const { data } = await dataProvider.exemplarDiff({ id: '3', from: 1, to: 2 });
    expect(exemplars.diff).toHaveBeenCalledWith('3', 1, 2);
    expect(data).toEqual([{ field: 'title', before: '旧', after: '新' }]);
  });

  it('sends a photo as the raw body with the version, the header and its type', async () => {
    const photo = { id: '6', width: 800, height: 600, url: '/photos/6/1200.webp', thumbnailUrl: '/photos/6/400.webp' };
    const fetchImpl = jest.fn(async () => jsonResponse(200, { data: { exemplar: { id: '3', version: 5 }, photo } }));
    const { dataProvider } = setup(fetchImpl);
    const file = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });
    const { data } = await dataProvider.uploadExemplarPhoto({ id: '3', previousData: { version: 4 }, file });
    expect(data).toEqual({ photo, version: 5 });
    expect(fetchImpl).toHaveBeenCalledWith('/exemplars/3/photo?version=4', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'guildhall', 'Content-Type': 'image/jpeg' },
      body: file,
    });
  });

  it('words a refused photo in Chinese on the photo field', async () => {
    const fetchImpl = jest.fn(async () =>
      jsonResponse(400, { errors: [{ message: 'not a JPEG, PNG or WebP image', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'photo', constraint: 'photoType', message: 'not a JPEG, PNG or WebP image' }] } }] }),
    );
    const { dataProvider } = setup(fetchImpl);
    const file = new Blob(['这不是图片'], { type: 'image/jpeg' });
    const error = (await dataProvider.uploadExemplarPhoto({ id: '3', previousData: { version: 4 }, file }).catch((e) => e)) as HttpError;
    expect(error.status).toBe(400);
    expect(error.body).toEqual({ errors: { photo: '只支持 JPEG、PNG 或 WebP 格式的图片（按文件内容判断，不看扩展名）' } });
  });

  it('refuses a photo over 8 MB without sending it, and reads the server’s 413 alike', async () => {
    const fetchImpl = jest.fn(async () => ({ status: 413, ok: false, json: async () => Promise.reject(new Error('html')) }) as unknown as Response);
    const { dataProvider } = setup(fetchImpl);
    const big = new Blob([new Uint8Array(8 * 1024 * 1024 + 1)], { type: 'image/jpeg' });
    const error = (await dataProvider.uploadExemplarPhoto({ id: '3', previousData: { version: 4 }, file: big }).catch((e) => e)) as HttpError;
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(error.body).toEqual({ errors: { photo: '照片太大，最大 8 MB' } });
    const small = new Blob([new Uint8Array(10)], { type: 'image/png' });
    const refused = (await dataProvider.uploadExemplarPhoto({ id: '3', previousData: { version: 4 }, file: small }).catch((e) => e)) as HttpError;
    expect(refused.body).toEqual({ errors: { photo: '照片太大，最大 8 MB' } });
  });

  it('answers a conflict of a photo sent with a stale version', async () => {
    const fetchImpl = jest.fn(async () => jsonResponse(409, { errors: [{ message: 'someone else changed this profile', extensions: { code: 'CONFLICT', reason: 'staleVersion', currentVersion: 6 } }] }));
    const { dataProvider } = setup(fetchImpl);
    const error = (await dataProvider.uploadExemplarPhoto({ id: '3', previousData: { version: 4 }, file: new Blob(['x']) }).catch((e) => e)) as HttpError;
    expect(error.status).toBe(409);
    expect(error.message).toMatch(/其他人已修改了这条记录/);
  });
});

describe('exemplar helpers', () => {
  const translate = (key: string, options?: Record<string, unknown>) => i18nProvider.translate(key, options);
  beforeAll(() => i18nProvider.changeLocale('zh'));

  it('offers the steps of the working revision’s state, and withdrawing a published profile', () => {
    const at = (state: ExemplarRevision['state'] | null, extra: object = {}) =>
      stepsFor({ publishedRevisionId: null, withdrawnAt: null, workingRevision: state ? { state } : null, ...extra });
    expect(at('DRAFT')).toEqual(['submit']);
    expect(at('IN_REVIEW')).toEqual(['approve', 'return']);
    expect(at('NOTICE')).toEqual(['publish', 'return']);
    expect(at(null, { publishedRevisionId: '11' })).toEqual(['withdraw']);
    expect(at('DRAFT', { publishedRevisionId: '11' })).toEqual(['submit', 'withdraw']);
    expect(at(null, { publishedRevisionId: '11', withdrawnAt: '2026-05-01T00:00:00Z' })).toEqual([]);
  });

  it('tells when the content can change and when a change makes a new revision', () => {
    expect(editable({ workingRevision: { state: 'IN_REVIEW' } })).toBe(false);
    expect(editable({ workingRevision: { state: 'NOTICE' } })).toBe(false);
    expect(editable({ workingRevision: { state: 'DRAFT' } })).toBe(true);
    expect(editable({ workingRevision: null })).toBe(true);
    expect(makesNewRevision({ publishedRevisionId: '11', workingRevisionId: null })).toBe(true);
    expect(makesNewRevision({ publishedRevisionId: '11', workingRevisionId: '12' })).toBe(false);
  });

  it('keeps one subject and drops an empty story', () => {
    expect(normalizeExemplar({ subjectType: 'organization', personId: '28', subjectOrganizationId: '40', story: '<p></p>' })).toEqual({ personId: null, subjectOrganizationId: '40', story: '' });
  });

  it('reads a story and the diff’s values as text, in Chinese', () => {
    expect(storyAsText('<h2>标题</h2><p>第一段 &lt;script&gt;</p><ul><li>一</li><li>二</li></ul>')).toBe('标题\n第一段 <script>\n一\n二');
    expect(diffValue('category', 'ENTREPRENEUR', translate)).toBe('优秀民营企业家');
    expect(diffValue('story', '<p>正文</p>', translate)).toBe('正文');
    expect(diffValue('photoId', '6', translate)).toBe('照片 #6');
    expect(diffValue('title', null, translate)).toBe('—');
    expect(translate('resources.exemplars.fields.citation')).toBe('事迹简介');
  });
});

describe('exemplar access', () => {
  const admin = ['exemplar:read', 'exemplar:write', 'exemplar:review', 'exemplar:publish'];
  const assessor = ['exemplar:read', 'exemplar:review'];
  const writer = ['exemplar:read', 'exemplar:write'];
  const trainee = ['training:self'];

  it('lets chambers write and submit, reviewers approve and return, the department publish and withdraw', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'photo', 'submit']) expect(canAccessWith(writer, 'exemplars', action)).toBe(true);
    for (const action of ['review', 'approve', 'return', 'publish', 'withdraw']) expect(canAccessWith(writer, 'exemplars', action)).toBe(false);
    for (const action of ['list', 'show', 'review', 'approve', 'return']) expect(canAccessWith(assessor, 'exemplars', action)).toBe(true);
    for (const action of ['create', 'edit', 'photo', 'submit', 'publish', 'withdraw']) expect(canAccessWith(assessor, 'exemplars', action)).toBe(false);
    for (const action of ['list', 'create', 'submit', 'approve', 'publish', 'withdraw']) expect(canAccessWith(admin, 'exemplars', action)).toBe(true);
  });

  it('shows a trainee none of it', () => {
    expect(canAccessWith(trainee, 'exemplars', 'list')).toBe(false);
    expect(canAccessWith(admin, 'exemplars', 'delete')).toBe(false);
  });
});
