/**
 * What the browser tests share: the built server on a fresh SQLite file with demo data,
 * headless Chromium, signing in, and calls to the API as a given user.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { AxeResults } from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

const packageDir = path.resolve(__dirname, '..');
const serverMain = path.resolve(packageDir, '../server/dist/main.js');
const dashboardIndex = path.resolve(packageDir, 'dist/index.html');
export const artifacts = path.resolve(packageDir, '../../test-artifacts');

/** Every demo account has this password. */
export const DEMO_PASSWORD = 'guildhall-demo';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A Chinese browser, as the service's users have (the date inputs follow the interface's
  // language, not this one: dates.e2e.test.ts).
  '--lang=zh-CN',
];

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  url: string;
  child: ChildProcess;
  dataDir: string;
  output: () => string;
}

export function checkBuilt(): void {
  for (const [file, what] of [
    [serverMain, 'the server'],
    [dashboardIndex, 'the dashboard'],
  ]) {
    if (!fs.existsSync(file)) throw new Error(`${what} is not built (${file} is missing): run \`npm run build\` first`);
  }
  fs.mkdirSync(artifacts, { recursive: true });
}

/**
 * The demo department, seeded once per test run and copied for each file: seeding takes the
 * server most of its start-up, and every file starts from the same data anyway. The run's
 * setup (jest.setup.cjs) names an empty directory; the first file to need the department seeds
 * it there under a lock, the others wait for it and copy the database (photos are rows of it).
 */
async function seededTemplate(): Promise<string> {
  const shared = process.env.GUILDHALL_E2E_TEMPLATE;
  if (!shared) {
    // Run outside the suite's setup (a single file by hand): a template of its own.
    const own = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-dashboard-template-'));
    await seed(own);
    return own;
  }
  const ready = path.join(shared, 'ready');
  const lock = path.join(shared, 'lock');
  let mine = false;
  try {
    fs.mkdirSync(lock);
    mine = true;
  } catch {
    // another file is seeding it
  }
  if (mine) {
    try {
      await seed(shared);
      fs.writeFileSync(ready, 'seeded');
    } catch (error) {
      fs.writeFileSync(path.join(shared, 'failed'), String(error));
      throw error;
    }
  }
  const deadline = Date.now() + 180_000;
  while (!fs.existsSync(ready)) {
    if (fs.existsSync(path.join(shared, 'failed'))) throw new Error(`seeding the demo department failed: ${fs.readFileSync(path.join(shared, 'failed'), 'utf8')}`);
    if (Date.now() > deadline) throw new Error('the demo department was not seeded within 3 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return shared;
}

/** Seeds the demo department into `dir` (db.sqlite): starts the server once with demo data and stops it. */
async function seed(dir: string): Promise<void> {
  const server = await launch(dir);
  await halt(server.child);
}

/** Starts the server on a copy of the seeded demo department and waits for the line that names the dashboard's address. */
export async function startServer(): Promise<RunningServer> {
  const template = await seededTemplate();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-dashboard-e2e-'));
  for (const file of ['db.sqlite', 'db.sqlite-wal']) {
    if (fs.existsSync(path.join(template, file))) fs.copyFileSync(path.join(template, file), path.join(dataDir, file));
  }
  try {
    return { ...(await launch(dataDir)), dataDir };
  } catch (error) {
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Starts the built server on `dir`'s SQLite file (seeding the demo department when it is empty). */
async function launch(dir: string): Promise<Omit<RunningServer, 'dataDir'>> {
  const port = await freePort();
  const child = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`,
      // An empty directory: no photos on disk to move in from the repository's data/.
      PHOTO_DIR: path.join(dir, 'photos'),
      SEED_DEMO_DATA: 'true',
      DASHBOARD_DIR: path.dirname(dashboardIndex),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const starting = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within 150 s:\n${log}`));
    }, 150_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /Dashboard:\s+(http:\/\/[^\s/]+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code}:\n${log}`));
    });
  });
  return { url: await starting, child, output: () => log };
}

/** Stops a server: SIGTERM, and SIGKILL when it has not exited within five seconds. */
async function halt(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  let timer: NodeJS.Timeout | undefined;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 5000)))]);
  clearTimeout(timer);
  if (child.exitCode === null) child.kill('SIGKILL');
}

export async function stopServer(server: RunningServer | undefined): Promise<void> {
  if (!server) return;
  await halt(server.child);
  fs.rmSync(server.dataDir, { recursive: true, force: true });
}

async function post(server: RunningServer, body: object, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

/** Signs in through the API and returns the session cookie, for calls made as that user. */
export async function apiSignIn(server: RunningServer, username: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await post(server, {
    query: 'mutation($username: String!, $password: String!) { signIn(username: $username, password: $password) { user { id } } }',
    variables: { username, password },
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(`could not sign in as ${username}: ${JSON.stringify(body.errors)}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Calls the API directly, as another user would: with a session cookie or an API token. */
export async function graphql<T>(
  server: RunningServer,
  credentials: { cookie?: string; token?: string },
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const headers: Record<string, string> = {};
  if (credentials.cookie) headers.cookie = credentials.cookie;
  if (credentials.token) headers.authorization = `Bearer ${credentials.token}`;
  const response = await post(server, { query, variables }, headers);
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Files a page of a case's dossier through the server's upload route (POST /cases/:id/materials),
 * as the dashboard's upload dialog does: for a step the test walks past rather than the upload it
 * checks (dossier.e2e.test.ts drives the dialog itself).
 */
export async function uploadMaterial(server: RunningServer, cookie: string, caseId: string, kind: string, png: Buffer, formedOn: string): Promise<void> {
  const response = await fetch(`${server.url}/cases/${caseId}/materials?${new URLSearchParams({ kind, formedOn })}`, {
    method: 'POST',
    headers: { cookie, 'x-requested-with': 'guildhall', 'x-file-name': encodeURIComponent(`${kind}.png`), 'content-type': 'application/octet-stream' },
    body: new Uint8Array(png),
  });
  if (response.status !== 201) throw new Error(`uploading ${kind}: ${response.status} ${await response.text()}`);
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    // On Linux Chromium takes its own language from the environment, not from --lang (its own
    // words then read Chinese where its locale files are installed; Debian: chromium-l10n).
    env: { ...process.env, LANGUAGE: 'zh_CN:zh' },
  });
}

/** A fresh browser profile (no cookies, no stored language) with one page; page errors are collected. */
export async function newPage(browser: Browser, pageErrors: string[]): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}

/** Fills in the sign-in page and submits; it does not wait for the outcome. */
export async function submitSignIn(page: Page, server: RunningServer, username: string, password = DEMO_PASSWORD): Promise<void> {
  if (!page.url().includes('#/login')) await page.goto(`${server.url}/#/login`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

/** Signs in through the sign-in page and waits until the app shows the user's name. */
export async function signIn(page: Page, server: RunningServer, username: string, displayName: string, password = DEMO_PASSWORD): Promise<void> {
  await submitSignIn(page, server, username, password);
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
  await page.getByRole('button', { name: '账户' }).filter({ hasText: displayName }).waitFor();
}

/** Signs out through the user menu and waits for the sign-in page. */
export async function signOut(page: Page): Promise<void> {
  // The app bar hides while a long page is scrolled down: back at the top it is there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: '账户' }).click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/#\/login/);
}

/** The total a list page reports under its rows ("共 N 条"). */
export async function listTotal(page: Page): Promise<number> {
  const text = await page.getByText(/共 \d+ 条/).first().innerText();
  return Number(/共 (\d+) 条/.exec(text)![1]);
}

/**
 * A date input (dates/DateInput.tsx, MUI X's date field) by its label within `scope`, as
 * `getByLabel` takes it (`'日期 *'` for a required one): the group of its year, month and day.
 */
export async function dateInput(scope: Page | Locator, label: string): Promise<Locator> {
  const words = label.trim().split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const labelled = scope.locator('label.MuiInputLabel-root').filter({ hasText: new RegExp(`^\\s*${words.join('\\s*')}\\s*$`) });
  const id = await labelled.getAttribute('id');
  return scope.locator(`[role="group"][aria-labelledby="${id}"]`);
}

/**
 * Types a day into a date input as a user does: a click on the field, everything in it selected,
 * then the keys of `2026-12-07`; waits until the field holds that day.
 */
export async function fillDate(scope: Page | Locator, label: string, day: string): Promise<void> {
  const field = await dateInput(scope, label);
  const page = 'page' in scope ? scope.page() : scope;
  // The sections' container: one contenteditable span per part, or one for all once all are selected.
  await field.locator('.MuiPickersSectionList-root').click();
  await page.keyboard.press('ControlOrMeta+A');
  if (day === '') await page.keyboard.press('Backspace');
  else await page.keyboard.type(day);
  const input = field.locator('input');
  for (let i = 0; i < 50 && (await input.inputValue()) !== day; i += 1) await page.waitForTimeout(100);
  const held = await input.inputValue();
  if (held !== day) throw new Error(`the date input ${label} holds "${held}" after typing "${day}"`);
}

/** What a date input holds, as it shows it: `2026-12-07`, or '' when empty. */
export async function dateValue(scope: Page | Locator, label: string): Promise<string> {
  return (await dateInput(scope, label)).locator('input').inputValue();
}

let axeSource: string | undefined;

/**
 * What axe-core finds against WCAG 2 A and AA on the page as it is now, one line per rule and
 * element (empty when nothing). axe is evaluated as the test's own code: the dashboard's content
 * security policy lets no script tag in.
 */
export async function accessibilityViolations(page: Page, only?: { rules: string[] }): Promise<string[]> {
  axeSource ??= fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  // Colours are judged as they settle: a button still fading in from a hover or a ripple would be
  // measured half-way. Transitions and other finite animations are waited out (spinners run forever).
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((animation) => Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
          .map((animation) => animation.finished.catch(() => undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, 2000)),
    ]),
  );
  const results = await page.evaluate((rules) =>
    (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
      runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa'] },
    }),
    only?.rules,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} (${(node.failureSummary ?? violation.help).split('\n').slice(-1)[0].trim()})`),
  );
}

