// `npm run bench -- load`: the dashboard's first load on a phone. Headless Chromium on a narrow
// screen, its CPU slowed four times and its network held to a mobile profile, opens the sign-in
// page with an empty cache, signs the demo trainee in and waits for 我的培训; it prints the bytes
// each step transferred, the scripts it fetched and the times, and checks them against the
// budgets (sign-in form within 2 s on 4G, 我的培训 within 1 s after signing in).
// Needs the server and the dashboard built (`npm run build`) and Chromium (CHROMIUM_PATH, or
// /usr/bin/chromium). The dashboard's browser test (phone-load.e2e.test.ts) measures the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';

export interface NetworkProfile {
  name: string;
  /** Megabits per second, down and up. */
  downMbps: number;
  upMbps: number;
  /** Round trip added to every request, in milliseconds. */
  rttMs: number;
}

/**
 * 4G as a phone commonly gets it away from the city centre; 3G as Chrome's DevTools preset
 * "Fast 3G" (1.44 Mbps down, 675 kbps up, 562.5 ms round trip).
 */
export const NETWORKS = {
  '4g': { name: '4G', downMbps: 9, upMbps: 1.5, rttMs: 170 },
  '3g': { name: '3G', downMbps: 1.44, upMbps: 0.675, rttMs: 562.5 },
} satisfies Record<string, NetworkProfile>;

/** The CPU is slowed this many times, as a mid-range phone compares with a desktop. */
export const CPU_SLOWDOWN = 4;

/** Budgets on 4G: the sign-in form, and 我的培训 counted from the click on 登录. */
export const BUDGETS = { signInMs: 2000, myTrainingMs: 1000 };

export interface Fetched {
  /** Path of the address, without the origin. */
  path: string;
  /** Bytes on the wire: headers and the body as sent (compressed where it was). */
  bytes: number;
  /** The body's bytes once decoded. */
  decodedBytes: number;
  status: number;
  contentEncoding: string | null;
  cacheControl: string | null;
  contentType: string | null;
  vary: string | null;
}

export interface StepLoad {
  ms: number;
  bytes: number;
  fetched: Fetched[];
}

export interface PhoneLoad {
  network: NetworkProfile;
  /** From the start of navigation to the sign-in form on screen. */
  signIn: StepLoad;
  /** From the click on 登录 to 我的培训 on screen with its figures loaded. */
  myTraining: StepLoad;
}

/** The dashboard's scripts and styles among the fetched: `/assets/<name>-<hash>.js|css`. */
export const assetsOf = (fetched: Fetched[]) => fetched.filter((f) => /^\/assets\/[^/]+\.(js|css)$/.test(f.path));

/** A chunk's name without its content hash: `/assets/react-admin-CTpUyjuC.js` → `react-admin`. */
export const chunkName = (assetPath: string) => path.basename(assetPath).replace(/-[\w-]{8}\.(js|css)$/, '');

/**
 * Opens the dashboard in a fresh browser profile (nothing cached) on a 390 px phone screen with
 * the given network and a CPU slowed `CPU_SLOWDOWN` times, signs in and waits for 我的培训.
 * `screenshots` names a directory for a picture of each step.
 */
export async function measurePhoneLoad(
  browser: Browser,
  url: string,
  network: NetworkProfile,
  account: { username: string; password: string },
  screenshots?: { dir: string; prefix: string },
): Promise<PhoneLoad> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.rttMs,
      downloadThroughput: (network.downMbps * 1_000_000) / 8,
      uploadThroughput: (network.upMbps * 1_000_000) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    type Step = 'signIn' | 'myTraining';
    let step: Step = 'signIn';
    const requests = new Map<string, { step: Step; fetched: Fetched }>();
    const header = (headers: Record<string, unknown>, name: string) => {
      const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
      return key === undefined ? null : String(headers[key]);
    };
    cdp.on('Network.requestWillBeSent', (event) => {
      const address = new URL(event.request.url);
      if (address.protocol !== 'http:' && address.protocol !== 'https:') return;
      requests.set(event.requestId, {
        step,
        fetched: { path: address.pathname, bytes: 0, decodedBytes: 0, status: 0, contentEncoding: null, cacheControl: null, contentType: null, vary: null },
      });
    });
    cdp.on('Network.responseReceived', (event) => {
      const request = requests.get(event.requestId);
      if (!request) return;
      const headers = event.response.headers as Record<string, unknown>;
      Object.assign(request.fetched, {
        status: event.response.status,
        contentEncoding: header(headers, 'content-encoding'),
        cacheControl: header(headers, 'cache-control'),
        contentType: header(headers, 'content-type'),
        vary: header(headers, 'vary'),
      });
    });
    cdp.on('Network.dataReceived', (event) => {
      const request = requests.get(event.requestId);
      if (request) request.fetched.decodedBytes += event.dataLength;
    });
    cdp.on('Network.loadingFinished', (event) => {
      const request = requests.get(event.requestId);
      if (request) request.fetched.bytes = event.encodedDataLength;
    });
    const stepLoad = (which: Step, ms: number): StepLoad => {
      const fetched = [...requests.values()].filter((r) => r.step === which).map((r) => r.fetched);
      return { ms, bytes: fetched.reduce((sum, f) => sum + f.bytes, 0), fetched };
    };
    const shot = async (name: string) => {
      if (screenshots) await page.screenshot({ path: path.join(screenshots.dir, `${screenshots.prefix}-${name}.png`) });
    };

    const started = Date.now();
    await page.goto(`${url}/#/login`, { waitUntil: 'commit' });
    await page.locator('input[name="password"]').waitFor({ state: 'visible' });
    await page.getByRole('button', { name: '登录', exact: true }).waitFor({ state: 'visible' });
    const signInMs = Date.now() - started;
    // Whatever the page still fetches for the sign-in form belongs to it, not to the next step.
    await page.waitForLoadState('networkidle');
    await shot('sign-in');

    await page.locator('input[name="username"]').fill(account.username);
    await page.locator('input[name="password"]').fill(account.password);
    step = 'myTraining';
    const clicked = Date.now();
    await page.getByRole('button', { name: '登录', exact: true }).click();
    // The page is there once no panel still shows a spinner.
    await page.getByTestId('my-training').waitFor({ state: 'visible' });
    await page.locator('[data-testid="my-training"] .MuiCircularProgress-root').first().waitFor({ state: 'detached' });
    const myTrainingMs = Date.now() - clicked;
    await page.waitForLoadState('networkidle');
    await shot('my-training');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return { network, signIn: stepLoad('signIn', signInMs), myTraining: stepLoad('myTraining', myTrainingMs) };
  } finally {
    await context.close();
  }
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

/** The figures of one load, for a terminal: each step's time and bytes and the scripts it fetched. */
export function describeLoad(load: PhoneLoad): string {
  const { network } = load;
  const lines = [`${network.name} (${network.downMbps} Mbps down, ${network.upMbps} up, ${network.rttMs} ms round trip; CPU ${CPU_SLOWDOWN}× slower)`];
  for (const [label, step] of [
    ['sign-in form', load.signIn],
    ['我的培训 after 登录', load.myTraining],
  ] as const) {
    lines.push(`  ${label}: ${step.ms} ms, ${kB(step.bytes)} transferred in ${step.fetched.length} requests`);
    for (const f of assetsOf(step.fetched)) {
      lines.push(`    ${chunkName(f.path).padEnd(22)} ${kB(f.bytes).padStart(10)} (${kB(f.decodedBytes)} decoded, ${f.contentEncoding ?? 'uncompressed'})`);
    }
  }
  return lines.join('\n');
}

const USAGE = `Usage: npm run bench -- load [options]

  --loads N         loads per network, each in a fresh profile (default 5); the median is checked
  --networks LIST   4g, 3g or both, comma-separated (default 4g,3g); budgets apply to 4G
  --help            show this text

Starts the built server (packages/server/dist) on a fresh SQLite file with demo data and the built
dashboard (packages/dashboard/dist); Chromium from CHROMIUM_PATH or /usr/bin/chromium.`;

async function startBuiltServer(): Promise<{ url: string; child: ChildProcess; dataDir: string }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-bench-load-'));
  const dashboardDir = path.resolve(__dirname, '../../../dashboard/dist');
  if (!fs.existsSync(path.join(dashboardDir, 'index.html'))) throw new Error(`the dashboard is not built (${dashboardDir}): run \`npm run build\` first`);
  const child = spawn(process.execPath, [path.resolve(__dirname, '../main.js')], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${path.join(dataDir, 'db.sqlite')}`, SEED_DEMO_DATA: 'true', DASHBOARD_DIR: dashboardDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dashboard:\s+(http:\/\/[^\s/]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code}:\n${output}`));
    });
  });
  return { url, child, dataDir };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { loads: { type: 'string' }, networks: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.loads ?? 5);
  const names = (values.networks ?? '4g,3g').split(',').map((n) => n.trim().toLowerCase());
  if (!Number.isInteger(runs) || runs < 1 || runs > 50 || names.some((n) => !(n in NETWORKS))) {
    console.error(USAGE);
    return 2;
  }
  const server = await startBuiltServer();
  let browser: Browser | undefined;
  let failed = false;
  try {
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=zh-CN'] });
    console.log(`The dashboard's first load on a 390 px phone: ${runs} loads per network, each with an empty cache\n`);
    for (const name of names) {
      const network = NETWORKS[name as keyof typeof NETWORKS];
      const loads: PhoneLoad[] = [];
      for (let run = 0; run < runs; run += 1) loads.push(await measurePhoneLoad(browser, server.url, network, { username: 'trainee', password: 'guildhall-demo' }));
      const signIn = median(loads.map((l) => l.signIn.ms));
      const myTraining = median(loads.map((l) => l.myTraining.ms));
      console.log(describeLoad(loads[0]));
      console.log(`  times of the ${runs} loads: sign-in ${loads.map((l) => l.signIn.ms).join(', ')} ms; 我的培训 ${loads.map((l) => l.myTraining.ms).join(', ')} ms`);
      if (name === '4g') {
        const ok = signIn <= BUDGETS.signInMs && myTraining <= BUDGETS.myTrainingMs;
        failed ||= !ok;
        console.log(`  median: sign-in ${signIn} ms (budget ${BUDGETS.signInMs}), 我的培训 ${myTraining} ms (budget ${BUDGETS.myTrainingMs}): ${ok ? 'within budget' : 'OVER BUDGET'}`);
      } else {
        console.log(`  median: sign-in ${signIn} ms, 我的培训 ${myTraining} ms`);
      }
      console.log('');
    }
  } finally {
    await browser?.close();
    server.child.kill('SIGTERM');
    await new Promise((resolve) => (server.child.exitCode === null ? server.child.once('exit', resolve) : resolve(null)));
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
  return failed ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
