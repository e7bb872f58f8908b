/**
 * Walks the screens of routesByRole.ts in a browser: finds the record a route opens, opens the
 * route, waits for it to settle, and measures it. The browser tests call `walkRoutes` with their
 * own checks for each screen.
 */
import type { Page } from 'playwright-core';
import { apiSignIn, graphql, type RunningServer } from './e2eHarness';
import type { RouteSpec } from './routesByRole';

/** A GraphQL literal of a filter: upper-case words are enum values. */
function literal(value: unknown): string {
  if (typeof value === 'string') return /^[A-Z][A-Z_]*$/.test(value) ? value : JSON.stringify(value);
  if (value && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, v]) => `${key}: ${literal(v)}`)
      .join(', ')}}`;
  }
  return JSON.stringify(value);
}

/** The id of the first record of a resource the user sees, with the route's filter; null when there is none. */
export async function firstRecordId(server: RunningServer, cookie: string | undefined, record: NonNullable<RouteSpec['record']>): Promise<string | null> {
  const query = `{ all${record.resource[0].toUpperCase()}${record.resource.slice(1)}(perPage: 1${record.filter ? `, filter: ${literal(record.filter)}` : ''}) { id } }`;
  const data = await graphql<Record<string, { id: string }[]>>(server, { cookie }, query);
  return Object.values(data)[0][0]?.id ?? null;
}

/** Requests a page has sent and not yet had answered, counted from `trackRequests`. */
const inFlight = new WeakMap<Page, Set<unknown>>();

/** Counts the page's requests in flight, for `settle`. */
export function trackRequests(page: Page): void {
  if (inFlight.has(page)) return;
  const pending = new Set<unknown>();
  inFlight.set(page, pending);
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
}

/**
 * Waits until the screen has stopped loading: no request in flight (when tracked), no spinner
 * nor progress bar, for three looks in a row.
 */
export async function settle(page: Page, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  let quiet = 0;
  while (Date.now() < until && quiet < 3) {
    const busy =
      (inFlight.get(page)?.size ?? 0) > 0 ||
      (await page.evaluate(() => [...document.querySelectorAll('[role="progressbar"], .MuiSkeleton-root')].some((el) => (el as HTMLElement).offsetParent !== null)));
    quiet = busy ? 0 : quiet + 1;
    await page.waitForTimeout(busy ? 200 : 150);
  }
}

export interface Overflow {
  /** document.documentElement.scrollWidth */
  scrollWidth: number;
  /** Elements reaching past the viewport's right edge, not inside a box that scrolls on its own (at most 5, described). */
  offenders: string[];
}

/**
 * How wide the page is, and what sticks out: an element that reaches past the viewport's right
 * edge counts unless an ancestor of it scrolls on its own (overflow-x auto or scroll), or cuts a
 * line short with an ellipsis, and itself fits. A box that merely hides what overflows does not
 * excuse it: that content could not be read. Elements moved off the left edge on purpose
 * (visually hidden fields) do not count.
 */
export async function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders: string[] = [];
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : '';
      const testId = el.getAttribute('data-testid') ? `[data-testid=${el.getAttribute('data-testid')}]` : '';
      const cls = [...el.classList].filter((c) => !/^css-/.test(c)).slice(0, 2).map((c) => `.${c}`).join('');
      const text = (el.textContent ?? '').trim().slice(0, 24);
      return `${el.tagName.toLowerCase()}${id}${testId}${cls} "${text}" → ${Math.round(el.getBoundingClientRect().right)}px`;
    };
    const scrollsOnItsOwn = (el: Element) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
        // A line cut short with an ellipsis on purpose (the app bar's title) does not scroll the page either.
        const ellipsis = (style.overflowX === 'hidden' || style.overflowX === 'clip') && style.textOverflow === 'ellipsis';
        if ((scrolls || ellipsis) && a.getBoundingClientRect().right <= width + 1) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || rect.right <= width + 1 || rect.right < 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (scrollsOnItsOwn(el)) continue;
      // Report the outermost element that sticks out, not each of its children.
      if (el.parentElement && el.parentElement.getBoundingClientRect().right > width + 1 && !scrollsOnItsOwn(el.parentElement) && el.parentElement !== document.body) continue;
      offenders.push(describe(el));
      if (offenders.length >= 5) break;
    }
    return { scrollWidth: document.documentElement.scrollWidth, offenders };
  });
}

/**
 * Where the route's primary action is: the leftmost left edge and the rightmost right edge of its
 * visible matches, and the height of the lowest; null when none is on the page.
 */
export async function primaryActionBox(page: Page, selector: string): Promise<{ left: number; right: number; height: number } | null> {
  const boxes = [];
  for (const match of await page.locator(selector).all()) {
    if (!(await match.isVisible())) continue;
    const box = await match.boundingBox();
    if (box) boxes.push(box);
  }
  if (boxes.length === 0) return null;
  return { left: Math.min(...boxes.map((b) => b.x)), right: Math.max(...boxes.map((b) => b.x + b.width)), height: Math.min(...boxes.map((b) => b.height)) };
}

/**
 * Opens each route in turn on a page already signed in (dashboard routes) or on any page
 * (public routes), and calls `check` once the screen has settled. A route whose record the user
 * has none of is passed to `skipped`.
 */
export async function walkRoutes(
  page: Page,
  server: RunningServer,
  cookie: string | undefined,
  routes: RouteSpec[],
  check: (route: RouteSpec, address: string) => Promise<void>,
  skipped: (route: RouteSpec, why: string) => void = () => {},
): Promise<void> {
  trackRequests(page);
  for (const route of routes) {
    let path = route.path;
    if (route.record) {
      const id = await firstRecordId(server, cookie, route.record);
      if (id === null) {
        skipped(route, 'no record');
        continue;
      }
      path = path.replace(':id', id);
    }
    const address = path.startsWith('#') ? `${server.url}/${path}` : `${server.url}${path}`;
    await page.goto(address);
    if (route.primary && !route.primary.optional) {
      await page
        .locator(route.primary.selector)
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {});
    }
    await settle(page);
    await check(route, path);
  }
}

/** Today in China, as the server counts days. */
function todayInChina(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * What the walks need beyond the demo data: a class with a session today that the trainee holds
 * a place in (so 我的培训 shows 签到), and a draft notice and a draft profile (the demo data has
 * none, and only drafts open in their edit forms).
 */
export async function prepareWalk(server: RunningServer): Promise<void> {
  // A class with a session today that the trainee holds a place in, so that 我的培训 shows 签到.
  const admin = await apiSignIn(server, 'admin');
  const today = todayInChina();
  const { allTrainingPrograms } = await graphql<{ allTrainingPrograms: { id: string }[] }>(server, { cookie: admin }, '{ allTrainingPrograms(perPage: 1) { id } }');
  const { createTrainingClass } = await graphql<{ createTrainingClass: { id: string; version: number } }>(
    server,
    { cookie: admin },
    `mutation($programId: ID!, $today: String!) { createTrainingClass(programId: $programId, title: "今日党务实务培训", capacity: 20, venue: "省商务厅三楼会议室",
      enrollmentOpensOn: $today, enrollmentClosesOn: $today, sessions: [{ date: $today, hours: 3, topic: "发展党员工作流程" }]) { id version } }`,
    { programId: allTrainingPrograms[0].id, today },
  );
  await graphql(server, { cookie: admin }, 'mutation($id: ID!, $version: Int!) { publishTrainingClass(id: $id, version: $version) { id } }', createTrainingClass);
  // A draft notice and a draft profile: the demo data has none, and only drafts open in their edit forms.
  const hunan = await apiSignIn(server, 'hunan');
  const { allPublicNotices } = await graphql<{ allPublicNotices: { organizationId: string; hotline: string; suggestionBox: string }[] }>(
    server,
    { cookie: hunan },
    '{ allPublicNotices(perPage: 1) { organizationId hotline suggestionBox } }',
  );
  const { organizationId, hotline, suggestionBox } = allPublicNotices[0];
  await graphql(
    server,
    { cookie: hunan },
    `mutation($organizationId: ID!, $hotline: String!, $suggestionBox: String!) {
      createPublicNotice(organizationId: $organizationId, stage: DEVELOPMENT_TARGET, title: "关于确定发展对象的公示", startsOn: "2099-01-05", hotline: $hotline, suggestionBox: $suggestionBox) { id } }`,
    { organizationId, hotline, suggestionBox },
  );
  await graphql(
    server,
    { cookie: hunan },
    `mutation($organizationId: ID!) { createExemplar(title: "把党建工作融入商会服务的每一个环节", category: PARTY_ORGANIZATION, subjectOrganizationId: $organizationId,
      citation: "党建引领商会发展", story: "<p>商会党委坚持“三会一课”，把党员的身份亮在服务会员企业的一线。</p>") { id } }`,
    { organizationId },
  );
  const trainee = await apiSignIn(server, 'trainee');
  await graphql(server, { cookie: trainee }, 'mutation($classId: ID!) { enrollMyself(classId: $classId) { id } }', { classId: createTrainingClass.id });
}
