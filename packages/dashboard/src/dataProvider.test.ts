import type { GuildhallClient } from '@guildhall/client';
import { HttpError } from 'react-admin';
import { createDataProvider, type GuildhallDataProvider } from './dataProvider';
import { i18nProvider } from './i18n';

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

const person = {
  id: '28',
  name: '董华超',
  namePinyin: 'dong hua chao',
  gender: 'MALE',
  birthDate: '1997-03-12',
  education: 'BACHELOR',
  phone: '13800000000',
  nationalId: '430106199703123299',
  organizationId: '40',
  employerId: '41',
  posts: null,
  membershipStatus: 'FULL',
  relation: 'REGISTERED',
  admittedOn: '2019-07-01',
  fullMemberSince: '2020-07-01',
  votes: true,
  archivedAt: null as string | null,
  version: 2,
  updatedAt: '2026-01-01T00:00:00.000Z',
  organization: { id: '40', name: '贵州湘博远餐饮管理有限公司党支部', shortName: null, kind: 'BRANCH' },
  employer: { id: '41', name: '贵州湘泰和文化旅游有限公司', shortName: null },
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
  const people = {
    list: jest.fn(async () => ({ items: [person], total: { count: 1 } })),
    byIds: jest.fn(async () => ({ items: [person] })),
    get: jest.fn(async () => ({ item: person })),
    create: jest.fn(async (vars: object) => ({ item: { ...person, ...vars, id: '900', version: 1 } })),
    update: jest.fn(async (vars: object) => ({ item: { ...person, ...vars, version: 3 } })),
    delete: jest.fn(async (id: string) => ({ item: { id, name: person.name } })),
    archive: jest.fn(async () => ({ item: { ...person, archivedAt: '2026-01-01T00:00:00.000Z', version: 3 } })),
    restore: jest.fn(async () => ({ item: { ...person, version: 3 } })),
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
  const client = { organizations, people, users, audit, auth, apiTokens, request } as unknown as GuildhallClient;
  i18nProvider.changeLocale('zh');
  const dataProvider: GuildhallDataProvider = createDataProvider(client, i18nProvider.translate);
  return { dataProvider, organizations, people, users, audit, auth, request };
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

  it('says a change may have been saved when the database went away during the save, and a plain outage as such', async () => {
    const { dataProvider, organizations } = setup();
    organizations.update.mockRejectedValueOnce(apiError('SERVICE_UNAVAILABLE', 'may have been saved', { outcome: 'unknown' }));
    const doubt = (await dataProvider.update('organizations', { id: '4', data: { ...hunan, phone: '1' }, previousData: hunan }).catch((e: unknown) => e)) as HttpError;
    expect(doubt.status).toBe(503);
    expect(doubt.message).toBe('保存时连接中断，这次修改可能已经保存。请先刷新查看，确认没有保存再重新提交。');
    organizations.update.mockRejectedValueOnce(apiError('SERVICE_UNAVAILABLE', 'not reachable'));
    const down = (await dataProvider.update('organizations', { id: '4', data: { ...hunan, phone: '1' }, previousData: hunan }).catch((e: unknown) => e)) as HttpError;
    expect(down.message).toBe('服务暂时不可用，请稍后再试。');
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
    await expect(dataProvider.getOne('unknownThings', { id: '1' })).rejects.toBeInstanceOf(HttpError);
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

  describe('people', () => {
    it('lists people with the sort and only the filters the server knows', async () => {
      const { dataProvider, people } = setup();
      const result = await dataProvider.getList('people', {
        pagination: { page: 2, perPage: 25 },
        sort: { field: 'name', order: 'ASC' },
        filter: { q: 'dhc', membershipStatus: 'FULL', withinOrganization: '4', archived: false, kind: 'CHAMBER', status: 'WEAK_LAX', gender: '' },
      });
      expect(people.list).toHaveBeenCalledWith({
        page: 1,
        perPage: 25,
        sortField: 'name',
        sortOrder: 'ASC',
        filter: { q: 'dhc', membershipStatus: 'FULL', withinOrganization: '4', archived: false },
      });
      expect(result).toEqual({ data: [person], total: 1 });
    });

    it('lists the people of an organization or an employer as a reference', async () => {
      const { dataProvider, people } = setup();
      const params = { id: 40, pagination: { page: 1, perPage: 25 }, sort: { field: 'name', order: 'ASC' as const }, filter: {} };
      await dataProvider.getManyReference('people', { ...params, target: 'organizationId' });
      expect(people.list).toHaveBeenLastCalledWith(expect.objectContaining({ page: 0, filter: { organizationId: '40' } }));
      await dataProvider.getManyReference('people', { ...params, target: 'employerId', filter: { relation: 'FLOW_IN' } });
      expect(people.list).toHaveBeenLastCalledWith(expect.objectContaining({ filter: { relation: 'FLOW_IN', employerId: '40' } }));
    });

    it('reads one person, and several by id', async () => {
      const { dataProvider, people } = setup();
      await expect(dataProvider.getOne('people', { id: '28' })).resolves.toEqual({ data: person });
      expect(people.get).toHaveBeenCalledWith('28');
      await dataProvider.getMany('people', { ids: ['28', 28] });
      expect(people.byIds).toHaveBeenCalledWith(['28']);
    });

    it('creates with the filled fields only', async () => {
      const { dataProvider, people } = setup();
      await dataProvider.create('people', {
        data: { name: '李湘', organizationId: '4', nationalId: '520102199005170019', phone: '', gender: 'MALE', birthDate: '1990-05-17', membershipStatus: 'NON_MEMBER', relation: 'REGISTERED', votes: false },
      });
      expect(people.create).toHaveBeenCalledWith({
        name: '李湘',
        organizationId: '4',
        nationalId: '520102199005170019',
        gender: 'MALE',
        birthDate: '1990-05-17',
        membershipStatus: 'NON_MEMBER',
        relation: 'REGISTERED',
      });
    });

    it('updates only what changed, with the version that was read; an untouched masked id is not sent', async () => {
      const { dataProvider, people } = setup();
      const masked = { ...person, nationalId: '4301************99' };
      await dataProvider.update('people', { id: '28', data: { ...masked, phone: '13900000000', posts: '' }, previousData: masked });
      expect(people.update).toHaveBeenCalledWith({ id: '28', version: 2, phone: '13900000000' });
    });

    it('deletes, archives and restores with the version that was read', async () => {
      const { dataProvider, people } = setup();
      await dataProvider.delete('people', { id: '28', previousData: person });
      expect(people.delete).toHaveBeenCalledWith('28', 2);
      const { data } = await dataProvider.archive('people', { id: '28', previousData: person });
      expect(people.archive).toHaveBeenCalledWith('28', 2);
      expect(data.archivedAt).toBeTruthy();
      await dataProvider.restore('people', { id: '28', previousData: { version: 3 } });
      expect(people.restore).toHaveBeenCalledWith('28', 3);
    });

    it('puts national id problems on the form fields in Chinese', async () => {
      const { dataProvider, people } = setup();
      people.create.mockRejectedValueOnce(
        apiError('BAD_USER_INPUT', 'invalid', {
          fields: [
            { field: 'nationalId', constraint: 'nationalId', message: 'nationalId is not a valid citizen identity number' },
            { field: 'organizationId', constraint: 'keeperKind', message: 'not by an AGENCY' },
            { field: 'employerId', constraint: 'employerKind', message: 'the employer must be a member enterprise' },
            { field: 'birthDate', constraint: 'nationalIdMismatch', message: 'the national id says 1990-05-17' },
            { field: 'name', constraint: 'maxChars', message: 'name must be at most 50 characters' },
          ],
        }),
      );
      const error = (await dataProvider.create('people', { data: { name: 'x', organizationId: '1' } }).catch((e: unknown) => e)) as HttpError;
      expect(error.body.errors).toEqual({
        nationalId: '不是有效的身份证号（18 位，末位校验码须正确）',
        organizationId: '人员只能由商会、企业、党组织或群团组织管理，不能选主管单位或协调小组',
        employerId: '工作单位须为会员企业',
        birthDate: '与身份证号中的出生日期不一致',
        name: '不能超过 50 个字符',
      });
      people.update.mockRejectedValueOnce(
        apiError('BAD_USER_INPUT', 'taken', { fields: [{ field: 'nationalId', constraint: 'taken', message: 'already recorded' }] }),
      );
      const taken = (await dataProvider.update('people', { id: '28', data: { ...person, nationalId: '520102199005170019' }, previousData: person }).catch((e: unknown) => e)) as HttpError;
      expect(taken.body.errors).toEqual({ nationalId: '这个身份证号已登记在其他人员名下' });
    });

    it('words conflicts about a person as about a person', async () => {
      const { dataProvider, people, organizations } = setup();
      people.archive.mockRejectedValueOnce(apiError('CONFLICT', 'the person is already archived', { reason: 'alreadyArchived' }));
      const error = (await dataProvider.archive('people', { id: '28', previousData: person }).catch((e: unknown) => e)) as HttpError;
      expect(error.message).toBe('此人员已经归档。');
      organizations.archive.mockRejectedValueOnce(apiError('CONFLICT', 'the organization is already archived', { reason: 'alreadyArchived' }));
      const other = (await dataProvider.archive('organizations', { id: '4', previousData: hunan }).catch((e: unknown) => e)) as HttpError;
      expect(other.message).toBe('该组织已经归档。');
      people.update.mockRejectedValueOnce(apiError('CONFLICT', 'an open development case sets the status', { reason: 'caseOwnsStatus' }));
      const owned = (await dataProvider.update('people', { id: '28', data: { ...person, membershipStatus: 'LEFT' }, previousData: person }).catch((e: unknown) => e)) as HttpError;
      expect(owned.status).toBe(409);
      expect(owned.message).toBe('此人员有进行中的发展党员流程，人员类别由流程决定；请在流程中办理。');
    });

    it('names in Chinese what still refers to a record it may not delete', async () => {
      const { dataProvider, people, organizations } = setup();
      people.delete.mockRejectedValueOnce(apiError('CONFLICT', 'cases, enrollments refer to this person', { reason: 'referenced', references: ['cases', 'enrollments'] }));
      const person28 = (await dataProvider.delete('people', { id: '28', previousData: person }).catch((e: unknown) => e)) as HttpError;
      expect(person28.status).toBe(409);
      expect(person28.message).toBe('此人员还有发展党员记录、培训报名，不能删除；请改为归档。');
      organizations.delete.mockRejectedValueOnce(apiError('CONFLICT', 'people, meetings refer to this organization', { reason: 'referenced', references: ['people', 'meetings', 'somethingNew'] }));
      const org = (await dataProvider.delete('organizations', { id: '4', previousData: hunan }).catch((e: unknown) => e)) as HttpError;
      expect(org.message).toBe('还有人员、会议、somethingNew关联它，不能删除；请改为归档。');
    });
  });
});
