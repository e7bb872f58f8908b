/**
 * Training (教育培训) in the built dashboard, in headless Chromium against the built server with
 * demo data: a chamber coordinator enrolls one more of the chamber's people in the instructors'
 * class and sees them put in line; an administrator creates and publishes a one-session class for
 * today; the trainee enrolls in it from 我的培训, checks in with the session's code, completes the
 * class, downloads the certificate and checks its code on the public page; the trainee sees none
 * of the administration screens; a seat freed in a full class goes to the trainee in line, who
 * finds the reminder of it in 我的提醒 and opens 我的培训 from it.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { apiSignIn, artifacts, checkBuilt, dateValue, fillDate, graphql, launchBrowser, newPage, signIn, signOut, startServer, stopServer, type RunningServer } from './e2eHarness';
import { todayInChina } from './development/development';

jest.setTimeout(180_000);
// The reminders' pass every two seconds, not every five minutes: a seat given shows in the inbox at once.
process.env.REMINDER_INTERVAL_SECONDS = '2';

/** Today in China, as the server counts days. */
const today = todayInChina();

const INSTRUCTORS_CLASS = '商会党建指导员专题培训班';
const NEW_CLASS = '商会党建业务骨干一日轮训班';
const SESSION_TOPIC = '基层党组织建设实务';
/** Enum values that must never reach the screen untranslated. */
const RAW_ENUMS = /\b(WAITLISTED|REGISTERED|CONFIRMED|ATTENDED|ABSENT|CANCELLED|DRAFT|PUBLISHED)\b/;

describe('training in the dashboard', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let adminCookie: string;
  let instructorsClassId: string;
  let newcomer: string;
  let newClassId: string;
  let checkInCode: string;
  let certificateCode: string;
  const pageErrors: string[] = [];

  const shot = async (name: string, { dialog = false } = {}) => {
    if (!dialog) await page.locator('.MuiDialog-root').waitFor({ state: 'detached' });
    await page.waitForTimeout(400);
    await page.screenshot({ path: path.join(artifacts, `training-${name}.png`), fullPage: !dialog });
  };

  const open = async (route: string) => {
    await page.goto('about:blank');
    await page.goto(`${server!.url}/#${route}`);
  };

  const menu = () => page.locator('.RaSidebar-fixed');
  const dialog = () => page.getByRole('dialog');

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    const cookie = await apiSignIn(server, 'hunan');
    adminCookie = await apiSignIn(server, 'admin');
    const { allTrainingClasses } = await graphql<{ allTrainingClasses: { id: string; title: string }[] }>(
      server,
      { cookie },
      '{ allTrainingClasses(filter: { enrollmentOpen: true }) { id title } }',
    );
    instructorsClassId = allTrainingClasses.find((c) => c.title === INSTRUCTORS_CLASS)!.id;
    // Someone of the chamber who holds no place in that class yet.
    const { allOrganizations } = await graphql<{ allOrganizations: { id: string }[] }>(server, { cookie }, '{ allOrganizations(filter: { kind: CHAMBER }) { id } }');
    const { allPeople } = await graphql<{ allPeople: { id: string; name: string }[] }>(
      server,
      { cookie },
      'query($o: ID) { allPeople(filter: { withinOrganization: $o }, perPage: 100, sortField: "name") { id name } }',
      { o: allOrganizations[0].id },
    );
    const { allEnrollments } = await graphql<{ allEnrollments: { personId: string }[] }>(
      server,
      { cookie },
      'query($c: ID) { allEnrollments(filter: { classId: $c }, perPage: 100) { personId } }',
      { c: instructorsClassId },
    );
    const taken = new Set(allEnrollments.map((e) => e.personId));
    const names = allPeople.map((p) => p.name);
    newcomer = allPeople.find((p) => !taken.has(p.id) && names.filter((n) => n === p.name).length === 1)!.name;
    expect(newcomer).toBeTruthy();

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

  test('shows the classes and the calendar to a chamber coordinator, in Chinese', async () => {
    await page.goto(`${server!.url}/`);
    await signIn(page, server!, 'hunan', '湖南商会协调员');
    await menu().getByText('教育培训').waitFor();
    await menu().getByRole('menuitem', { name: '培训班' }).click();
    await page.waitForURL(/#\/trainingClasses/);
    const row = page.getByRole('row').filter({ hasText: INSTRUCTORS_CLASS });
    await row.locator('[data-class-status="PUBLISHED"]').getByText('已发布').waitFor();
    for (const header of ['班名', '培训计划', '举办单位', '培训日期', '已报名 / 名额', '候补', '报名时间', '状态']) await page.getByRole('columnheader', { name: header }).first().waitFor();
    await page.getByTestId('class-calendar').getByText('培训日历').waitFor();
    const calendar = page.getByTestId('class-calendar');
    await calendar.getByText(/\d{4} 年 \d{1,2} 月/).waitFor();
    // The instructors' sessions are 10–12 days ahead: this month or the next.
    await page.locator('[data-testid="class-calendar"][data-loaded="true"]').waitFor();
    if ((await calendar.locator(`[data-calendar-class="${instructorsClassId}"]`).count()) === 0) await calendar.getByRole('button', { name: '下个月' }).click();
    await calendar.locator(`[data-calendar-class="${instructorsClassId}"]`).first().waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(RAW_ENUMS);
    await shot('class-list');
  });

  test('puts one more of the chamber’s people in line: the chamber’s seats are taken', async () => {
    await page.getByRole('row').filter({ hasText: INSTRUCTORS_CLASS }).locator('td.column-title').click();
    await page.waitForURL(new RegExp(`#/trainingClasses/${instructorsClassId}/show`));
    await page.getByTestId('class-stats').getByText('报名率').waitFor();
    await page.getByRole('button', { name: '报名' }).click();
    await dialog().getByText(`报名：${INSTRUCTORS_CLASS}`).waitFor();
    await dialog().getByRole('combobox', { name: /^姓名/ }).fill(newcomer);
    await page.getByRole('option', { name: newcomer, exact: true }).click();
    await dialog().getByRole('button', { name: '报名' }).click();
    await dialog().waitFor({ state: 'detached' });
    await page.getByText(new RegExp(`名额已满，${newcomer} 已进入候补名单，排第 2 位`)).waitFor();
    const line = page.getByTestId('waitlist-section').getByRole('row').filter({ hasText: newcomer });
    await line.getByTestId('waitlist-position').getByText('第 2 位').waitFor();
    const placed = page.getByTestId('roster-section').getByRole('row').filter({ hasText: newcomer });
    await placed.locator('[data-enrollment-status="WAITLISTED"]').getByText('候补').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(RAW_ENUMS);
    await signOut(page);
  });

  test('lets an administrator create a class for today and publish it', async () => {
    await signIn(page, server!, 'admin', '部门管理员');
    await open('/trainingClasses/create');
    await page.getByRole('combobox', { name: /^培训计划/ }).fill('年度异地商会党建培训计划');
    await page.getByRole('option', { name: /年度异地商会党建培训计划/ }).first().click();
    await page.getByLabel('班名 *').fill(NEW_CLASS);
    await page.getByLabel('培训对象').fill('商会党组织书记');
    await page.getByLabel('地点').fill('贵州省商务厅三楼会议室');
    await expect(dateValue(page, '报名开始 *')).resolves.toBe(today);
    await fillDate(page, '报名截止 *', today);
    await page.getByLabel('名额 *').fill('2');
    const sessions = page.getByTestId('session-rows');
    await sessions.getByRole('button', { name: '添加课程' }).click();
    await fillDate(sessions, '日期 *', today);
    await sessions.getByLabel('学时 *').fill('4');
    await sessions.getByLabel('内容').fill(SESSION_TOPIC);
    await shot('class-form');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/#\/trainingClasses\/\d+\/show/);
    newClassId = /#\/trainingClasses\/(\d+)\/show/.exec(page.url())![1];
    await page.getByTestId('class-header').locator('[data-class-status="DRAFT"]').getByText('筹备中').waitFor();
    await page.getByRole('button', { name: '发布' }).click();
    await dialog().getByText(`发布「${NEW_CLASS}」？`).waitFor();
    await dialog().getByRole('button', { name: '确认' }).click();
    await page.getByTestId('class-header').locator('[data-class-status="PUBLISHED"]').getByText('已发布').waitFor();
    checkInCode = (await page.getByTestId('check-in-code').first().innerText()).trim();
    expect(checkInCode).toMatch(/^\d{6}$/);
    await signOut(page);
  });

  test('shows a trainee only their own training: enroll, check in, complete', async () => {
    await signIn(page, server!, 'trainee', '学员');
    // The start page of a trainee is their own training.
    await open('/');
    await page.waitForURL(/#\/myTraining/);
    await menu().getByRole('menuitem', { name: '我的培训' }).waitFor();
    for (const entry of ['组织', '人员', '培训计划', '培训班', '报名记录', '审计日志']) {
      await expect(menu().getByRole('menuitem', { name: entry, exact: true }).count()).resolves.toBe(0);
    }
    const card = page.locator(`[data-open-class="${newClassId}"]`);
    await card.getByText(NEW_CLASS).waitFor();
    await card.getByRole('button', { name: '我要报名' }).click();
    await page.getByText('报名成功').waitFor();
    await card.getByText('已报名').waitFor();
    const place = page.getByTestId('my-places').locator(`[data-class-id="${newClassId}"]`);
    await place.locator('[data-enrollment-status="REGISTERED"]').getByText('已报名').waitFor();

    const checkIn = page.getByTestId('my-check-in');
    await checkIn.getByText(new RegExp(`${NEW_CLASS}：${today} ${SESSION_TOPIC}`)).waitFor();
    await checkIn.getByLabel('签到码').fill(checkInCode === '000000' ? '111111' : '000000');
    await checkIn.getByRole('button', { name: '签到' }).click();
    await checkIn.getByTestId('check-in-refusal').getByText(/签到码不正确/).waitFor();
    await checkIn.getByLabel('签到码').fill(checkInCode);
    await checkIn.getByRole('button', { name: '签到' }).click();
    await page.getByText(`签到成功，您已完成「${NEW_CLASS}」，结业证书已颁发`).waitFor();
    await place.locator('[data-enrollment-status="ATTENDED"]').getByText('已参训').waitFor();
    await place.getByTestId('my-hours').getByText('4 学时').waitFor();
    await place.getByTestId('my-completed').getByText(today).waitFor();
    const link = place.getByTestId('certificate-link');
    await link.getByText('结业证书').waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(RAW_ENUMS);
    await shot('trainee');

    const response = await page.request.get(new URL((await link.getAttribute('href'))!, server!.url).toString());
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^application\/pdf/);
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

    await open('/trainingClasses');
    await page.getByTestId('access-denied').waitFor();
    await signOut(page);
  });

  test('checks the certificate’s code on the public page', async () => {
    const { allEnrollments } = await graphql<{ allEnrollments: { certificateCode: string | null }[] }>(
      server!,
      { cookie: adminCookie },
      'query($c: ID) { allEnrollments(filter: { classId: $c, completed: true }) { certificateCode } }',
      { c: newClassId },
    );
    certificateCode = allEnrollments[0].certificateCode!;
    expect(certificateCode).toMatch(/^[2-9A-Z]{12}$/);
    await page.goto(`${server!.url}/public/certificates?code=${certificateCode}`);
    await page.getByText('证书有效').waitFor();
    await page.getByText(NEW_CLASS).waitFor();
    await page.getByText('4 学时').waitFor();
    await page.screenshot({ path: path.join(artifacts, 'training-certificate-check.png'), fullPage: true });
  });

  test('shows the organizer the class’s figures, the roster and the bulk actions', async () => {
    await page.goto(`${server!.url}/#/login`);
    await signIn(page, server!, 'admin', '部门管理员');
    await open(`/trainingClasses/${newClassId}/show`);
    const stats = page.getByTestId('class-stats');
    await stats.locator('[data-stat="completionRate"]').getByText('100%').waitFor();
    await stats.locator('[data-stat="fillRate"]').getByText('50%').waitFor();
    await stats.getByTestId('class-chamber-stats').getByText(/湖南商会/).waitFor();
    const row = page.getByTestId('roster-section').getByRole('row').filter({ has: page.locator('[data-enrollment-status="ATTENDED"]') });
    await row.getByText('4 学时').waitFor();
    await row.getByTestId('certificate-link').waitFor();
    await row.getByRole('button', { name: '撤销证书' }).waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(RAW_ENUMS);
    await shot('class-show');

    await row.getByRole('checkbox').check();
    await page.getByTestId('bulk-attendance').click();
    const attendance = page.getByTestId('attendance-dialog');
    await attendance.getByText('标记出勤（1 人）').waitFor();
    await attendance.getByLabel(new RegExp(`${today}　${SESSION_TOPIC}`)).waitFor();
    await shot('bulk-attendance', { dialog: true });
    await attendance.getByRole('button', { name: '标记出勤' }).click();
    await attendance.waitFor({ state: 'detached' });
    await page.getByText('已为 1 人标记出勤').waitFor();

    // The instructors' class: the line in order, with the coordinator's newcomer second.
    await open(`/trainingClasses/${instructorsClassId}/show`);
    await page.getByTestId('waitlist-section').getByRole('row').filter({ hasText: newcomer }).getByText('第 2 位').waitFor();
    await menu().getByRole('menuitem', { name: '报名记录' }).click();
    await page.waitForURL(/#\/enrollments/);
    await page.locator('[data-enrollment-status="WAITLISTED"]').first().getByText('候补').waitFor();
    for (const header of ['姓名', '培训班', '商会', '状态', '候补位次', '已获学时', '已结业', '结业证书']) await page.getByRole('columnheader', { name: header }).first().waitFor();
    await shot('enrollments');
    await menu().getByRole('menuitem', { name: '培训计划' }).click();
    await page.waitForURL(/#\/trainingPrograms/);
    await page.getByTestId('chamber-stats').getByText(/湖南商会/).first().waitFor();
    await shot('programs');
  });

  test('tells the trainee in line of the seat a cancellation gives them, and opens 我的培训 from the reminder', async () => {
    const traineeCookie = await apiSignIn(server!, 'trainee');
    const placed = await graphql<{ enrollMyself: { id: string; status: string } }>(server!, { cookie: traineeCookie }, 'mutation($c: ID!) { enrollMyself(classId: $c) { id status } }', { c: instructorsClassId });
    expect(placed.enrollMyself.status).toBe('WAITLISTED');
    // Seats given up one by one until the line reaches the trainee.
    const status = async () => (await graphql<{ Enrollment: { status: string; promotedAt: string | null } }>(server!, { cookie: adminCookie }, 'query($id: ID!) { Enrollment(id: $id) { status promotedAt } }', { id: placed.enrollMyself.id })).Enrollment;
    for (let i = 0; i < 10 && (await status()).status === 'WAITLISTED'; i += 1) {
      const { allEnrollments } = await graphql<{ allEnrollments: { id: string }[] }>(server!, { cookie: adminCookie }, 'query($c: ID) { allEnrollments(filter: { classId: $c, status: REGISTERED }, perPage: 1) { id } }', { c: instructorsClassId });
      await graphql(server!, { cookie: adminCookie }, 'mutation($id: ID!) { cancelEnrollment(id: $id) { id } }', { id: allEnrollments[0].id });
    }
    expect(await status()).toEqual({ status: 'REGISTERED', promotedAt: expect.any(String) });
    type Inbox = { myReminders: { items: { kind: string; subjectType: string; label: string }[] } };
    const inbox = async () => (await graphql<Inbox>(server!, { cookie: traineeCookie }, '{ myReminders { items { kind subjectType label } } }')).myReminders.items;
    const until = Date.now() + 30_000;
    while (!(await inbox()).some((r) => r.kind === 'SEAT_GIVEN') && Date.now() < until) await page.waitForTimeout(250);
    expect((await inbox()).filter((r) => r.kind === 'SEAT_GIVEN')).toEqual([{ kind: 'SEAT_GIVEN', subjectType: 'ENROLLMENT', label: INSTRUCTORS_CLASS }]);

    // The organizer's test ends signed in as the administrator.
    await signOut(page);
    await signIn(page, server!, 'trainee', '学员');
    await page.getByTestId('reminder-bell').click();
    const reminder = page.getByTestId('reminders-page').getByTestId('reminder').filter({ hasText: '候补已转为正式名额' });
    await reminder.getByText(INSTRUCTORS_CLASS).waitFor();
    await reminder.getByText(/开班/).waitFor();
    await shot('trainee-reminders');
    await reminder.click();
    await page.waitForURL(/#\/myTraining/);
    await page.getByTestId('my-places').locator(`[data-class-id="${instructorsClassId}"]`).locator('[data-enrollment-status="REGISTERED"]').waitFor();
    const after = await graphql<{ myUnreadReminderCount: number; myReminders: { items: { kind: string; readAt: string | null }[] } }>(server!, { cookie: traineeCookie }, '{ myUnreadReminderCount myReminders { items { kind readAt } } }');
    expect(after.myReminders.items.find((r) => r.kind === 'SEAT_GIVEN')!.readAt).not.toBeNull();
    await signOut(page);
  });
});
