/**
 * Every screen, for every role, at a desk: headless Chromium at 1440 × 900 against the built
 * server with demo data, the sign-in page and the public pages included. axe-core's WCAG 2 A and
 * AA rules (contrast, names, list markup…) must find nothing on any of them, for any role. The
 * same screens on a phone: routes.e2e.test.ts.
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import type { Browser } from 'playwright-core';
import { accessibilityViolations, apiSignIn, checkBuilt, graphql, launchBrowser, signIn, startServer, stopServer, type RunningServer } from './e2eHarness';
import { prepareWalk, walkRoutes } from './routeWalker';
import { DEMO_ROLES, PUBLIC_ROUTES, routesFor } from './routesByRole';

jest.setTimeout(900_000);

describe('every screen at a desk', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;

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

  describe('at a desk, axe-core finds nothing against WCAG 2 A and AA', () => {
    const DESK = { width: 1440, height: 900 };
    const audited: { role: string; route: string; problems: string[] }[] = [];
    const failures = (role: string) => audited.filter((a) => a.role === role && a.problems.length > 0).map((a) => `${a.route}: ${a.problems.join('; ')}`);

    test('the sign-in page and the public pages', async () => {
      const context = await browser!.newContext({ viewport: DESK, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      try {
        await page.goto(`${server!.url}/#/login`);
        await page.locator('input[name="username"]').waitFor();
        audited.push({ role: 'public', route: '#/login', problems: await accessibilityViolations(page) });
        const admin = await apiSignIn(server!, 'admin');
        await walkRoutes(page, server!, admin, PUBLIC_ROUTES, async (_route, address) => {
          audited.push({ role: 'public', route: address, problems: await accessibilityViolations(page) });
        });
      } finally {
        await context.close();
      }
      expect(audited.filter((a) => a.role === 'public').length).toBe(PUBLIC_ROUTES.length + 1);
      expect(failures('public')).toEqual([]);
    });

    test.each(DEMO_ROLES.map((r) => [r.username, r.displayName]))('%s: every screen', async (username, displayName) => {
      const context = await browser!.newContext({ viewport: DESK, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      try {
        await signIn(page, server!, username, displayName);
        const cookie = await apiSignIn(server!, username);
        const { me } = await graphql<{ me: { permissions: string[] } }>(server!, { cookie }, '{ me { permissions } }');
        await walkRoutes(page, server!, cookie, routesFor(me.permissions), async (_route, address) => {
          audited.push({ role: username, route: address, problems: await accessibilityViolations(page) });
        });
      } finally {
        await context.close();
      }
      expect(audited.filter((a) => a.role === username).length).toBeGreaterThan(2);
      expect(failures(username)).toEqual([]);
    });

    afterAll(() => {
      const clean = audited.filter((a) => a.problems.length === 0).length;
      console.log(`axe-core (wcag2a, wcag2aa) at ${DESK.width} × ${DESK.height}: ${clean} of ${audited.length} screens without a violation`);
    });
  });

});
