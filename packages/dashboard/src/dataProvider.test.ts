import type { GuildhallClient } from '@guildhall/client';
import { HttpError } from 'react-admin';
import { createDataProvider, type GuildhallDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';

// The SDK is an ES module for browsers; here only its query document is needed, as a token.
jest.mock('@guildhall/client', () => ({ OrganizationSubtreePageDocument: { kind: 'Document', name: 'OrganizationSubtreePage' } }), {
  virtual: true,
});

function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return Object.assign(new Error(message), {
    name: 'ApiError',
    code,
    fields: (extensions.fields as unknown[]) ?? [],
    extensions: { code, ...extensions },
  });
}

const hunan = {
  id: '4',
  kind: 'CHAMBER',
  name: '贵州省湖南商会',
  shortName: '湖南商会',
  parentId: '1',
  hostId: null,
  status: 'NORMAL',
  creditCode: '515203025MR5U3B27N',
  originProvince: '湖南',
  industry: null,
  employeeCount: null,
  foundedOn: '2008-04-04',
  address: '贵州省贵阳市花溪区',
  phone: '0851-85667628',
  version: 3,
  archivedAt: null as string | null,
  parent: { id: '1', name: '贵州省商务厅', shortName: '省商务厅', kind: 'AGENCY' },
};

const hunanCoordinator = {
  id: '3',
  username: 'hunan',
  displayName: '湖南商会协调员',
  role: 'COORDINATOR',
  organizationId: '4',
  disabled: false,
  lockedUntil: null,
  version: 2,
};

function setup() {
  const organizations = {
    list: jest.fn(async () => ({ items: [hunan], total: { count: 1 } })),
    byIds: jest.fn(async (ids: string[]) => ({ items: ids.includes('4') ? [hunan] : [] })),
    tree: jest.fn(),
    get: jest.fn(async () => ({ item: hunan })),
    create: jest.fn(async (vars: object) => ({ item: { ...hunan, ...vars, id: '500', version: 1 } })),
    update: jest.fn(async (vars: object) => ({ item: { ...hunan, ...vars, version: 4 } })),
    delete: jest.fn(async (id: string) => ({ item: { id, name: hunan.name } })),
    archive: jest.fn(async () => ({ item: { ...hunan, archivedAt: '2026-01-01T00:00:00.000Z', version: 4 } })),
    restore: jest.fn(),
  };
  const users = {
    list: jest.fn(async () => ({ items: [hunanCoordinator], total: { count: 1 } })),
    byIds: jest.fn(),
    get: jest.fn(async () => ({ item: hunanCoordinator })),
    create: jest.fn(async (vars: object) => ({ item: { ...hunanCoordinator, ...vars, id: '9', version: 1 } })),
    update: jest.fn(async (vars: object) => ({ item: { ...hunanCoordinator, ...vars, version: 3 } })),
    resetPassword: jest.fn(async () => ({ item: hunanCoordinator })),
    unlock: jest.fn(),
  };
  const audit = {
    list: jest.fn(async () => ({ items: [], total: { count: 0 } })),
    byIds: jest.fn(),
    get: jest.fn(),
  };
  const auth = { changePassword: jest.fn(async () => ({ changePassword: true })) };
  const apiTokens = { mine: jest.fn(), create: jest.fn(), revoke: jest.fn() };
  const request = jest.fn();
  const client = { organizations, users, audit, auth, apiTokens, request } as unknown as GuildhallClient;
  i18nProvider.changeLocale('zh');
  const dataProvider: GuildhallDataProvider = createDataProvider(client, i18nProvider.translate);
  return { dataProvider, organizations, users, audit, auth, request };
}

describe('data provider', () => {
  it('asks the server for 0-based pages with the sort and the filters as given', async () => {
    const { dataProvider, organizations } = setup();
    const result = await dataProvider.getList('organizations', {
      pagination: { page: 3, perPage: 50 },
      sort: { field: 'name', order: 'DESC' },
      filter: { q: 'hnsh', kind: 'CHAMBER', archived: true },
    });
    expect(organizations.list).toHaveBeenCalledWith({ page: 2, perPage: 50, sortField: 'name', sortOrder: 'DESC', filter: { q: 'hnsh', kind: 'CHAMBER', archived: true } });
    expect(result).toEqual({ data: [hunan], total: 1 });
  });

  it('turns a reference into a filter on the target field', async () => {
    const { dataProvider, organizations } = setup();
    await dataProvider.getManyReference('organizations', {
      target: 'parentId',
      id: 4,
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: { status: 'NORMAL' },
    });
    expect(organizations.list).toHaveBeenCalledWith(expect.objectContaining({ page: 0, filter: { status: 'NORMAL', parentId: '4' } }));
  });

  it('looks records up by id once each, archived ones included by the server', async () => {
    const { dataProvider, organizations } = setup();
    organizations.byIds.mockResolvedValueOnce({ items: [hunan, { ...hunan, id: '9', archivedAt: '2026-01-01' }] });
    const { data } = await dataProvider.getMany('organizations', { ids: ['4', '9', '4'] });
    expect(organizations.byIds).toHaveBeenCalledWith(['4', '9']);
    expect(organizations.list).not.toHaveBeenCalled();
    expect(data.map((o) => o.id)).toEqual(['4', '9']);
  });

  it('updates only the fields that changed, with the version that was read', async () => {
    const { dataProvider, organizations } = setup();
    const data = { ...hunan, phone: '0851-12345678', address: '', version: 99 };
    const result = await dataProvider.update('organizations', { id: '4', data, previousData: hunan });
    expect(organizations.update).toHaveBeenCalledWith({ id: '4', version: 3, phone: '0851-12345678', address: null });
    expect(result.data.version).toBe(4);
  });

  it('does not call the server when nothing changed', async () => {
    const { dataProvider, organizations } = setup();
    const result = await dataProvider.update('organizations', { id: '4', data: { ...hunan }, previousData: hunan });
    expect(organizations.update).not.toHaveBeenCalled();
    expect(result.data).toBe(hunan);
  });

  it('creates with the filled writable fields only', async () => {
    const { dataProvider, organizations } = setup();
    await dataProvider.create('organizations', { data: { kind: 'BRANCH', name: '新支部', shortName: '', parentId: '5', childCount: 3 } });
    expect(organizations.create).toHaveBeenCalledWith({ kind: 'BRANCH', name: '新支部', parentId: '5' });
  });

  it('puts the server’s field problems on the form fields, in the chosen language', async () => {
    const { dataProvider, organizations } = setup();
    organizations.update.mockRejectedValueOnce(
      apiError('BAD_USER_INPUT', 'creditCode: not valid', {
        fields: [
          { field: 'creditCode', constraint: 'creditCode', message: 'creditCode is not a valid unified social credit code' },
          { field: 'phone', constraint: 'someNewRule', message: 'phone is odd' },
          { field: 'name', constraint: 'taken', message: '"x" already exists under the same parent' },
        ],
      }),
    );
    const error = await dataProvider.update('organizations', { id: '4', data: { ...hunan, phone: '1' }, previousData: hunan }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(400);
    expect((error as HttpError).body.errors).toEqual({
      creditCode: '不是有效的统一社会信用代码（18 位，末位校验码须正确）',
      phone: 'phone is odd',
      name: '同一上级组织下已有同名组织',
    });
  });

  it('reports problems outside the form in the message', async () => {
    const { dataProvider, organizations } = setup();
    organizations.list.mockRejectedValueOnce(
      apiError('BAD_USER_INPUT', 'sortField', { fields: [{ field: 'sortField', constraint: 'unknownSortField', message: 'cannot sort by "x"' }] }),
    );
    const error = (await dataProvider.getList('organizations', { pagination: { page: 1, perPage: 25 }, sort: { field: 'x', order: 'ASC' }, filter: {} }).catch((e: unknown) => e)) as HttpError;
    expect(error.body.errors).toBeUndefined();
    expect(error.message).toBe('输入有误：sortField: 不能按这一列排序');
  });

  it('explains a stale version in Chinese', async () => {
    const { dataProvider, organizations } = setup();
    organizations.update.mockRejectedValueOnce(apiError('CONFLICT', 'someone else changed this organization', { reason: 'staleVersion', currentVersion: 5 }));
    const error = (await dataProvider.update('organizations', { id: '4', data: { ...hunan, phone: '1' }, previousData: hunan }).catch((e: unknown) => e)) as HttpError;
    expect(error.status).toBe(409);
    expect(error.message).toContain('其他人已修改了这条记录');
    expect(error.message).toContain('刷新页面');
  });

  it('falls back to the server’s words for a conflict it does not know', async () => {
    const { dataProvider, organizations } = setup();
    organizations.delete.mockRejectedValueOnce(apiError('CONFLICT', 'something new', { reason: 'brandNew' }));
    const error = (await dataProvider.delete('organizations', { id: '4', previousData: hunan }).catch((e: unknown) => e)) as HttpError;
    expect(error.message).toBe('操作与当前数据冲突：something new');
  });

  it('answers 404 for an organization that does not exist', async () => {
    const { dataProvider, organizations } = setup();
    organizations.get.mockRejectedValueOnce(apiError('NOT_FOUND', 'Organization 99 does not exist'));
    const error = (await dataProvider.getOne('organizations', { id: '99' }).catch((e: unknown) => e)) as HttpError;
    expect(error.status).toBe(404);
  });

  it('archives with the version that was read', async () => {
    const { dataProvider, organizations } = setup();
    const { data } = await dataProvider.archive('organizations', { id: '4', previousData: hunan });
    expect(organizations.archive).toHaveBeenCalledWith('4', 3);
    expect(data.archivedAt).toBeTruthy();
  });

  it('loads a large subtree page by page', async () => {
    const { dataProvider, request } = setup();
    const node = (id: number) => ({ id: String(id), parentId: '1', kind: 'ENTERPRISE', name: `企业${id}`, shortName: null, depth: 2, status: 'NORMAL', childCount: 0 });
    request
      .mockResolvedValueOnce({ items: Array.from({ length: 100 }, (_, i) => node(i + 2)) })
      .mockResolvedValueOnce({ items: Array.from({ length: 30 }, (_, i) => node(i + 102)) });
    const result = await dataProvider.tree('organizations', { id: '1' });
    expect(request).toHaveBeenCalledTimes(2);
    expect(request.mock.calls[1][1]).toEqual({ rootId: '1', page: 1 });
    expect(result.data).toHaveLength(130);
    expect(result.truncated).toBe(false);
  });

  it('refuses resources it does not know', async () => {
    const { dataProvider } = setup();
    await expect(dataProvider.getOne('people', { id: '1' })).rejects.toBeInstanceOf(HttpError);
  });

  it('creates a user with the initial password, and updates only what changed with the version', async () => {
    const { dataProvider, users } = setup();
    await dataProvider.create('users', { data: { username: 'guizhou-a', displayName: '甲', role: 'STAFF', organizationId: '4', password: 'a-long-secret', disabled: false } });
    expect(users.create).toHaveBeenCalledWith({ username: 'guizhou-a', displayName: '甲', role: 'STAFF', organizationId: '4', password: 'a-long-secret' });
    await dataProvider.update('users', { id: '3', data: { ...hunanCoordinator, disabled: true, username: 'other' }, previousData: hunanCoordinator });
    expect(users.update).toHaveBeenCalledWith({ id: '3', version: 2, disabled: true });
  });

  it('answers 404 when a lookup by id finds nothing', async () => {
    const { dataProvider, users } = setup();
    users.get.mockResolvedValueOnce({ item: null as never });
    await expect(dataProvider.getOne('users', { id: '99' })).rejects.toMatchObject({ status: 404 });
  });

  it('puts password problems on the password field', async () => {
    const { dataProvider, users } = setup();
    users.resetPassword.mockRejectedValueOnce(
      apiError('BAD_USER_INPUT', 'too short', { fields: [{ field: 'newPassword', constraint: 'passwordTooShort', message: 'at least 10 characters' }] }),
    );
    const error = (await dataProvider.resetPassword('users', { id: '3', newPassword: 'short' }).catch((e: unknown) => e)) as HttpError;
    expect(error.body.errors).toEqual({ newPassword: '密码至少需要 10 个字符' });
  });

  it('says so when the current password is wrong', async () => {
    const { dataProvider, auth } = setup();
    auth.changePassword.mockRejectedValueOnce(
      apiError('BAD_USER_INPUT', 'wrong', { fields: [{ field: 'currentPassword', constraint: 'wrongPassword', message: 'the current password is not right' }] }),
    );
    const error = (await dataProvider.changePassword({ currentPassword: 'x', newPassword: 'y' }).catch((e: unknown) => e)) as HttpError;
    expect(error.body.errors).toEqual({ currentPassword: '当前密码不正确' });
  });

  it('turns the audit trail’s date range into whole local days', async () => {
    const { dataProvider, audit } = setup();
    await dataProvider.getList('auditEntries', { pagination: { page: 1, perPage: 50 }, sort: { field: 'at', order: 'DESC' }, filter: { at_gte: '2026-03-01', at_lte: '2026-03-02', action: 'user.create' } });
    const { filter } = (audit.list.mock.calls[0] as unknown as [{ filter: Record<string, string> }])[0];
    expect(filter.action).toBe('user.create');
    expect(new Date(filter.at_gte).getTime()).toBe(new Date(2026, 2, 1).getTime());
    expect(new Date(filter.at_lte).getTime()).toBe(new Date(2026, 2, 2, 23, 59, 59, 999).getTime());
  });

  it('refuses to change audit entries', async () => {
    const { dataProvider } = setup();
    await expect(dataProvider.delete('auditEntries', { id: '1', previousData: { id: '1' } })).rejects.toBeInstanceOf(HttpError);
  });
});
