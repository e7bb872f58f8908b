/**
 * Drives the built dashboard in headless Chromium against the built server with demo data,
 * signed in as the department administrator.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, dateInput, dateValue, fillDate, graphql, launchBrowser, newPage, signIn, startServer, stopServer, type RunningServer } from './e2eHarness';

jest.setTimeout(120_000);

describe('organizations in the dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let hunanId: string;
  let adminCookie: string;
  const pageErrors: string[] = [];

  const shot = async (name: string) => {
    // Let dialogs finish closing and notifications finish sliding in.
    await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `organizations-${name}.png`), fullPage: true });
  };

  /** The page as it is now, also at a phone's width (390 px), then back at 1440 px. */
  const shotBoth = async (name: string) => {
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `organizations-${name}.png`), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, `organizations-${name}-390.png`), fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });
  };

  /** Loads a page of the dashboard afresh, with nothing left from the previous test. */
  const open = async (route: string) => {
    await page.goto('about:blank');
    await page.goto(`${server!.url}/#${route}`);
  };

  /** The input of a form field, found by its label. */
  const field = (label: string) => page.getByLabel(label, { exact: true });

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    adminCookie = await apiSignIn(server, 'admin');
    const found = await graphql<{ allOrganizations: { id: string }[] }>(
      server,
      { cookie: adminCookie },
      '{ allOrganizations(filter: { q: "贵州省湖南商会", kind: CHAMBER }) { id } }',
    );
    hunanId = found.allOrganizations[0].id;

    browser = await launchBrowser();
    ({ page } = await newPage(browser, pageErrors));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  afterEach(() => {
    expect(pageErrors).toEqual([]);
  });

  test('asks to sign in first, then opens the home page, and the organization list from the menu', async () => {
    await page.goto(`${server!.url}/`);
    await page.waitForURL(/#\/login/);
    await page.getByRole('heading', { name: '异地商会党建工作平台' }).waitFor();
    await signIn(page, server!, 'admin', '部门管理员');
    await page.getByTestId('home-dashboard').waitFor();
    await page.locator('.RaSidebar-fixed').getByText('组织', { exact: true }).click();
    await page.waitForURL(/#\/organizations/);
  });

  test('shows the organization list in Chinese', async () => {
    await page.goto(`${server!.url}/#/organizations`);
    await page.waitForURL(/#\/organizations/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('columnheader', { name: '名称' }).waitFor();
    for (const header of ['类型', '上级组织', '状态', '来源省份', '会员企业数', '下级组织数', '成立日期']) {
      await page.getByRole('columnheader', { name: header }).waitFor();
    }
    await page.getByText('异地商会党建工作平台').first().waitFor();
    await page.getByText(/每页行数/).waitFor();
    expect(await page.title()).toBe('异地商会党建工作平台');
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Rows per page|Add filter|Create\b|Search\b/);
    await shot('list');
  });

  test('narrows the list to chambers with a quick filter', async () => {
    await page.getByTestId('quick-filters').getByRole('button', { name: '异地商会' }).click();
    await page.getByText(/共 17 条/).waitFor();
    await expect(page.getByRole('row').filter({ hasText: '贵州省湖南商会' }).count()).resolves.toBe(1);
    await shot('chambers');
    await page.getByTestId('quick-filters').getByRole('button', { name: '全部' }).click();
    await page.getByText(/共 3\d\d 条/).waitFor();
  });

  test('searches 湖南 and finds 贵州省湖南商会', async () => {
    await page.getByPlaceholder('搜索名称、拼音首字母或信用代码').fill('湖南');
    await page.getByRole('cell', { name: '贵州省湖南商会 湖南商会' }).waitFor();
    await page.waitForFunction(() => !document.body.innerText.includes('贵州川'));
    await shot('search');
  });

  test('opens the chamber, edits its phone and address, and the change persists', async () => {
    await page.getByText('贵州省湖南商会', { exact: true }).click();
    await page.waitForURL(new RegExp(`#/organizations/${hunanId}/show`));
    await page.getByTestId('organization-breadcrumb').getByText('省商务厅').waitFor();
    await page.getByText('515203025MR5U3B27N').waitFor();
    await shot('show');

    await page.getByRole('link', { name: '编辑' }).click();
    await page.waitForURL(new RegExp(`#/organizations/${hunanId}$`));
    const phone = `0851-8${String(Date.now()).slice(-7)}`;
    await field('联系电话').fill(phone);
    await field('地址').fill('贵州省贵阳市观山湖区金阳南路 6 号');
    await shot('edit');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/organizations/${hunanId}/show`));
    await page.getByText('已保存').waitFor();

    await page.reload();
    await page.getByText(phone).waitFor();
    await page.getByText('贵州省贵阳市观山湖区金阳南路 6 号').waitFor();
    await shot('saved');
  });

  test('saves a party committee’s 本届开始日期 from the form, and reading the record back returns it', async () => {
    const admin = { cookie: adminCookie };
    const found = await graphql<{ allOrganizations: { id: string; termStartedOn: string | null }[] }>(
      server!,
      admin,
      '{ allOrganizations(filter: { q: "贵州省湖南商会党委", kind: PARTY_COMMITTEE }) { id termStartedOn } }',
    );
    const committee = found.allOrganizations[0];
    const startedOn = committee.termStartedOn === '2024-06-18' ? '2024-06-19' : '2024-06-18';

    await open(`/organizations/${committee.id}`);
    await fillDate(page, '本届开始日期', startedOn);
    await shot('edit-term');
    // On a phone, what the screen shows (a full-page picture would put the sticky save bar over the fields).
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await (await dateInput(page, '本届开始日期')).evaluate((input) => input.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(artifacts, 'organizations-edit-term-390.png') });
    } finally {
      await page.setViewportSize({ width: 1440, height: 900 });
    }
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(new RegExp(`#/organizations/${committee.id}/show`));
    await page.getByText('已保存').waitFor();

    const { Organization } = await graphql<{ Organization: { termStartedOn: string | null; termEndsOn: string | null } }>(
      server!,
      admin,
      `{ Organization(id: "${committee.id}") { termStartedOn termEndsOn } }`,
    );
    expect(Organization.termStartedOn).toBe(startedOn);
    expect(Organization.termEndsOn).toMatch(/^2029-06-1\d$/);

    await page.reload();
    await page.getByText(startedOn, { exact: true }).waitFor();
    await page.getByText(Organization.termEndsOn!).waitFor();
    await open(`/organizations/${committee.id}`);
    await expect(dateValue(page, '本届开始日期')).resolves.toBe(startedOn);
  });

  test('shows the server’s message on an invalid credit code', async () => {
    await open(`/organizations/${hunanId}`);
    await field('统一社会信用代码').fill('91350100M000100Y44');
    await page.getByRole('button', { name: '保存' }).click();
    await page.locator('.ra-input-creditCode .MuiFormHelperText-root').getByText('不是有效的统一社会信用代码（18 位，末位校验码须正确）').waitFor();
    await page.getByText('表单有误，请检查标红的字段').waitFor();
    expect(page.url()).toMatch(new RegExp(`#/organizations/${hunanId}$`));
    await shot('credit-code-error');
  });

  test('tells the user when someone else changed the record meanwhile', async () => {
    await open(`/organizations/${hunanId}`);
    await field('简称').waitFor();
    const admin = { cookie: adminCookie };
    const { Organization } = await graphql<{ Organization: { version: number } }>(server!, admin, `{ Organization(id: "${hunanId}") { version } }`);
    await graphql(server!, admin, `mutation($id: ID!, $version: Int!) { updateOrganization(id: $id, version: $version, phone: "0851-80000000") { id } }`, {
      id: hunanId,
      version: Organization.version,
    });
    await field('简称').fill('湖南商会（新）');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText(/其他人已修改了这条记录.*刷新页面/).waitFor();
    await shot('conflict');
  });

  test('says a change may have been saved when the connection breaks while saving it', async () => {
    await open(`/organizations/${hunanId}`);
    await field('简称').waitFor();
    // The request goes out and its answer never comes back.
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('updateOrganization') ? route.abort('connectionreset') : route.fallback()));
    try {
      await field('地址').fill('贵州省贵阳市云岩区中华北路 1 号');
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText('保存时连接中断，这次修改可能已经保存。请先刷新查看，确认没有保存再重新提交。').waitFor();
      // The form stays as typed, to send again once the refreshed record shows it was not saved.
      expect(page.url()).toMatch(new RegExp(`#/organizations/${hunanId}$`));
      expect(await field('地址').inputValue()).toBe('贵州省贵阳市云岩区中华北路 1 号');
      await shot('outcome-unknown');
    } finally {
      await page.unroute('**/graphql');
    }
  });

  test('lists the chamber’s direct sub-organizations', async () => {
    await open(`/organizations/${hunanId}/show`);
    await page.getByRole('tab', { name: '下级组织' }).click();
    await page.getByRole('cell', { name: '贵州省湖南商会党委' }).waitFor();
    await page.getByText(/共 33 条/).waitFor();
  });

  test('opens the tree view of a chamber and expands a branch', async () => {
    await open(`/organizations/${hunanId}/show`);
    await page.getByRole('tab', { name: '组织树' }).click();
    const tree = page.getByTestId('organization-tree');
    await tree.waitFor();
    const committee = tree.getByTestId('tree-node').filter({ hasText: '贵州省湖南商会党委' });
    await committee.waitFor();
    await expect(tree.getByText('贵州省湖南商会第一联合党支部').count()).resolves.toBe(0);
    await committee.getByRole('button').click();
    await tree.getByText('贵州省湖南商会第一联合党支部').waitFor();
    await shot('tree');
  });

  test('creates a member enterprise under the chamber, archives, restores and deletes it', async () => {
    await open(`/organizations/${hunanId}/show`);
    await page.getByRole('link', { name: '新建下级组织' }).click();
    await page.getByRole('combobox', { name: /类型/ }).click();
    await page.getByRole('option', { name: '会员企业' }).click();
    await field('名称 *').fill('贵州湘测试商贸有限公司');
    await field('行业').fill('批发和零售业');
    await field('职工人数').fill('35');
    await expect(field('来源省份 *').count()).resolves.toBe(0);
    await expect(page.getByRole('combobox', { name: '上级组织' }).inputValue()).resolves.toBe('贵州省湖南商会');
    await shot('create');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/organizations\/\d+\/show/);
    await page.getByTestId('organization-breadcrumb').getByText('湖南商会').waitFor();
    await page.getByText('批发和零售业').waitFor();

    await page.getByRole('button', { name: '归档' }).click();
    await page.getByRole('dialog').getByText('归档「贵州湘测试商贸有限公司」？').waitFor();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText(/该组织已于 .* 归档/).waitFor();
    // Its status says archived, not a green 正常 under the archived banner.
    await page.locator('[data-status="ARCHIVED"]').getByText('已归档').waitFor();
    await expect(page.locator('[data-status="NORMAL"]').count()).resolves.toBe(0);
    await shot('archived');
    await page.getByRole('button', { name: '恢复' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByRole('button', { name: '归档' }).waitFor();
    await expect(page.getByText(/该组织已于 .* 归档/).count()).resolves.toBe(0);

    // On the edit page archiving comes first; deleting is last, and says it is permanent and to archive instead.
    await page.getByRole('link', { name: '编辑' }).click();
    const left = async (name: string) => (await page.getByRole('button', { name, exact: true }).boundingBox())!.x;
    const [save, archive, remove] = [await left('保存'), await left('归档'), await left('永久删除')];
    expect(save < archive && archive < remove).toBe(true);
    // Archiving from the edit page leaves it for the organization's page, which says it is archived.
    await page.getByRole('button', { name: '归档', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.waitForURL(/#\/organizations\/\d+\/show/);
    await page.getByText(/该组织已于 .* 归档/).waitFor();
    await page.getByRole('button', { name: '恢复' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByRole('button', { name: '归档' }).waitFor();
    await page.getByRole('link', { name: '编辑' }).click();
    await expect(page.getByRole('button', { name: '删除', exact: true }).count()).resolves.toBe(0);
    await page.getByRole('button', { name: '永久删除' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('永久删除「贵州湘测试商贸有限公司」？').waitFor();
    await dialog.getByText(/删除后无法恢复。.*请改用“归档”/).waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(artifacts, 'organizations-delete-confirm.png') });
    await dialog.getByRole('button', { name: '确认' }).click();
    await page.waitForURL(/#\/organizations$/);
    await page.getByText('已删除').waitFor();
  });

  test('creates a party branch in a member enterprise: the enterprise is its host, the chamber its parent, and only kinds that fit are offered', async () => {
    const { allOrganizations } = await graphql<{ allOrganizations: { id: string; name: string }[] }>(
      server!,
      { cookie: adminCookie },
      `{ allOrganizations(filter: { kind: ENTERPRISE, parentId: "${hunanId}" }, perPage: 1) { id name } }`,
    );
    const enterprise = allOrganizations[0];
    await open(`/organizations/${enterprise.id}/show`);
    await page.getByRole('link', { name: '新建下级组织' }).click();
    await page.waitForURL(/#\/organizations\/create/);
    // The pickers show the chosen organizations once they have loaded them.
    const chosen = async (label: string, value: string) => {
      const input = page.getByRole('combobox', { name: label });
      for (let i = 0; i < 50 && (await input.inputValue()) !== value; i += 1) await page.waitForTimeout(100);
      expect(await input.inputValue()).toBe(value);
    };
    await chosen('上级组织', '贵州省湖南商会');
    await chosen('所在单位', enterprise.name);
    await page.getByRole('combobox', { name: /类型/ }).click();
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toEqual(expect.arrayContaining(['党委', '党支部', '联合党支部', '工会']));
    for (const kind of ['主管单位', '异地商会', '会员企业', '协调小组']) expect(offered).not.toContain(kind);
    await page.getByRole('option', { name: '党支部', exact: true }).click();
    await field('名称 *').fill(`${enterprise.name}测试党支部`);
    await shotBoth('create-in-enterprise');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/organizations\/\d+\/show/);
    await page.getByRole('link', { name: enterprise.name }).waitFor();
    await page.getByText(`${enterprise.name}测试党支部`).first().waitFor();
  });

  test('explains why a chamber with sub-organizations cannot be archived or deleted', async () => {
    await open(`/organizations/${hunanId}/show`);
    await page.getByRole('button', { name: '归档' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    await page.getByText('它还有未归档的下级组织，请先归档或移走下级组织。').waitFor();

    await open(`/organizations/${hunanId}`);
    await page.getByRole('button', { name: '永久删除' }).waitFor();
    await shotBoth('edit-toolbar');
    await page.getByRole('button', { name: '永久删除' }).click();
    await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
    // The refusal names what still refers to the chamber, in Chinese.
    await page.getByText(/^还有下级或设在其下的组织、.*人员.*关联它，不能删除；请改为归档。$/).waitFor();
    await shotBoth('delete-refused');
    await open(`/organizations/${hunanId}/show`);
    await page.getByText('贵州省贵阳市观山湖区金阳南路 6 号').waitFor();
  });

  test('switches to English and keeps the choice after a reload', async () => {
    await open('/organizations');
    await page.getByRole('button', { name: '中文' }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('columnheader', { name: 'Name' }).waitFor();
    await page.reload();
    await page.getByRole('columnheader', { name: 'Kind' }).waitFor();
    await page.getByText('Chamber Party-Building Platform').first().waitFor();
    await shot('list-en');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('menuitem', { name: '中文' }).click();
    await page.getByRole('columnheader', { name: '名称' }).waitFor();
  });
});
