/**
 * Every screen, for every role, on a phone: headless Chromium at 390 × 844 against the built
 * server with demo data. Each role signs in and opens every screen its permissions allow
 * (routesByRole.ts): each resource's list, a record's page and its edit form, the create forms,
 * the home page, the oversight pages, the account page and 我的培训; then the public pages, without
 * signing in. On each screen the page must not scroll sideways (the document is no wider than the
 * screen, and nothing reaches past its right edge except inside a box that scrolls on its own),
 * a list shows compact rows instead of its table, and its primary action (a list's create
 * button, a form's save button, 签到 and 我要报名, the public notice's report form) must be on
 * screen; those a thumb taps (签到, 我要报名, the public forms' buttons) at least 44 px tall; and
 * axe-core's WCAG 2 A and AA rules find nothing (a phone shows compact lists and cards a desk does
 * not, and tables that scroll in their own box, which a keyboard must be able to reach).
 * The widths are printed as a table; screenshots of the screens trainees and the public use most go to test-artifacts/.
 * The same screens at a desk: routes-desk.e2e.test.ts (a file of its own, so the two walks run side by side).
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { accessibilityViolations, apiSignIn, artifacts, checkBuilt, graphql, launchBrowser, startServer, submitSignIn, stopServer, type RunningServer } from './e2eHarness';
import { measureOverflow, prepareWalk, primaryActionBox, walkRoutes } from './routeWalker';
import { DEMO_ROLES, PUBLIC_ROUTES, routesFor, type RouteSpec } from './routesByRole';

jest.setTimeout(900_000);

const PHONE = { width: 390, height: 844 };

/** Screens saved as pictures, by role and route pattern. */
const SCREENSHOTS: Record<string, string[]> = {
  trainee: ['#/myTraining'],
  hunan: ['#/organizations', '#/people', '#/developmentCases/:id/show', '#/oversight/assessments'],
  public: ['/public/notices/:id', '/public/exemplars/:id'],
};

interface Row {
  role: string;
  route: string;
  width: number | null;
  primary: string;
  problems: string[];
}

describe('every screen on a phone', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  const rows: Row[] = [];

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    browser = await launchBrowser();
    await prepareWalk(server);
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  /** Measures a settled screen and records its row. */
  async function measure(page: Page, role: string, route: RouteSpec, address: string): Promise<void> {
    const { scrollWidth, offenders } = await measureOverflow(page);
    const problems: string[] = [];
    if (scrollWidth > PHONE.width) problems.push(`the page is ${scrollWidth} px wide`);
    problems.push(...offenders.map((o) => `sticks out: ${o}`));
    problems.push(...(await accessibilityViolations(page)).map((violation) => `axe: ${violation}`));
    // A list on a phone is a compact list (ResponsiveList), not the desktop table.
    if (route.kind === 'list' && (await page.locator('table.RaDataTable-table').count()) > 0) problems.push('shows the table, not the compact list');
    let primary = '';
    if (route.primary) {
      const box = await primaryActionBox(page, route.primary.selector);
      if (!box) {
        primary = `${route.primary.label}: none`;
        if (!route.primary.optional) problems.push(`${route.primary.label} is not on the page`);
      } else {
        primary = `${route.primary.label} ${Math.round(box.left)}–${Math.round(box.right)}`;
        if (box.left < 0 || box.right > PHONE.width + 1) problems.push(`${route.primary.label} is off screen (${Math.round(box.left)}–${Math.round(box.right)} px)`);
        if (route.primary.minHeight && box.height < route.primary.minHeight) problems.push(`${route.primary.label} is ${Math.round(box.height)} px tall, under ${route.primary.minHeight}`);
      }
    }
    if (SCREENSHOTS[role]?.includes(route.path) || problems.length > 0) {
      const name = `phone-${role}-${route.path.replace(/^#?\//, '').replace(/[/:]+/g, '-') || 'home'}.png`;
      await page.screenshot({ path: path.join(artifacts, name), fullPage: true });
    }
    rows.push({ role, route: address, width: scrollWidth, primary, problems });
  }

  test.each(DEMO_ROLES.map((r) => r.username))('%s: no screen scrolls sideways and the primary action is on screen', async (username) => {
    const context = await browser!.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', deviceScaleFactor: 1, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    try {
      // On a phone the app bar shows the account button without the user's name.
      await submitSignIn(page, server!, username);
      await page.waitForURL((url) => !url.hash.startsWith('#/login'));
      await page.getByRole('button', { name: '账户' }).waitFor();
      const cookie = await apiSignIn(server!, username);
      const { me } = await graphql<{ me: { permissions: string[] } }>(server!, { cookie }, '{ me { permissions } }');
      const routes = routesFor(me.permissions);
      await walkRoutes(
        page,
        server!,
        cookie,
        routes,
        (route, address) => measure(page, username, route, address),
        (route, why) => rows.push({ role: username, route: `${route.path} (${why})`, width: null, primary: '', problems: [] }),
      );
    } finally {
      await context.close();
    }
    const mine = rows.filter((r) => r.role === username);
    expect(mine.filter((r) => r.problems.length > 0).map((r) => `${r.route}: ${r.problems.join('; ')}`)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  test('the public pages: nothing scrolls sideways, the report form is on screen', async () => {
    const context = await browser!.newContext({ viewport: PHONE, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: true, hasTouch: true });
    const page = await context.newPage();
    try {
      const admin = await apiSignIn(server!, 'admin');
      // Public records are looked up as an administrator (who sees them all); the pages are opened signed out.
      await walkRoutes(page, server!, admin, PUBLIC_ROUTES, (route, address) => measure(page, 'public', route, address));
    } finally {
      await context.close();
    }
    const mine = rows.filter((r) => r.role === 'public');
    expect(mine.length).toBe(PUBLIC_ROUTES.length);
    expect(mine.filter((r) => r.problems.length > 0).map((r) => `${r.route}: ${r.problems.join('; ')}`)).toEqual([]);
  });

  afterAll(() => {
    const table = [
      '| route | role | width (px) | primary action (px) | problems |',
      '|---|---|---|---|---|',
      ...rows.map((r) => `| ${r.route} | ${r.role} | ${r.width ?? '—'} | ${r.primary || '—'} | ${r.problems.join('; ') || 'ok'} |`),
    ].join('\n');
    console.log(`Screens at ${PHONE.width} × ${PHONE.height}:\n${table}`);
  });
});
