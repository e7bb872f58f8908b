/**
 * The dashboard's first load on a phone, in headless Chromium against the built server with demo
 * data: a 390 px screen, the CPU slowed 4×, the network held to 4G (9 Mbps down, 1.5 Mbps up,
 * 170 ms round trip; see the server's bench/page-load.ts). The trainee opens the sign-in page with
 * an empty cache, signs in and lands on 我的培训.
 *
 * What the test holds: every script and style arrives compressed, cached for a year as immutable,
 * with `Vary: Accept-Encoding`; the two steps fetch only the chunks they need (neither the
 * oversight charts nor the story editor); the bytes on the wire stay under their budgets. The
 * times are printed: on a shared, loaded test machine they vary too much to fail a build on,
 * so `npm run bench -- load` takes the median of several loads and checks the time budgets
 * (sign-in form within 2 s, 我的培训 within 1 s of the click on 登录).
 * Needs `npm run build` first (turbo's test task depends on build).
 */
import type { Browser } from 'playwright-core';
import { assetsOf, chunkName, describeLoad, measurePhoneLoad, NETWORKS, type PhoneLoad } from '../../server/src/bench/page-load';
import { artifacts, checkBuilt, DEMO_PASSWORD, launchBrowser, startServer, stopServer, type RunningServer } from './e2eHarness';

jest.setTimeout(180_000);

/** Bytes on the wire, headers included, each step may take. */
const BYTE_BUDGETS = { signIn: 450_000, myTraining: 20_000 };

/**
 * Chunks neither step may load: the charts (recharts), the story editor (StoryInput, with TipTap),
 * the date picker with date-fns (datePicker, loaded with the first date input) and the screens
 * loaded on first use (App.tsx).
 */
const HEAVY = /recharts|tiptap|prosemirror|StoryInput|datePicker|date-fns|HomeDashboard|oversight|exemplars|development|training|audit|AccountPage/i;

describe('the dashboard on a phone', () => {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  let load: PhoneLoad;

  beforeAll(async () => {
    checkBuilt();
    server = await startServer();
    browser = await launchBrowser();
    load = await measurePhoneLoad(browser, server.url, NETWORKS['4g'], { username: 'trainee', password: DEMO_PASSWORD }, { dir: artifacts, prefix: 'phone' });
    console.log(describeLoad(load));
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
  });

  test('sends every script and style compressed, cached for a year', () => {
    const assets = [...assetsOf(load.signIn.fetched), ...assetsOf(load.myTraining.fetched)];
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      expect({ path: asset.path, status: asset.status }).toEqual({ path: asset.path, status: 200 });
      // Files under a kilobyte have no compressed copies (a copy would save less than a packet).
      if (asset.decodedBytes < 1024) continue;
      expect({ path: asset.path, encoding: asset.contentEncoding }).toEqual({ path: asset.path, encoding: expect.stringMatching(/^(br|gzip)$/) });
      expect(asset.cacheControl).toBe('public, max-age=31536000, immutable');
      expect(asset.vary).toMatch(/Accept-Encoding/i);
      expect(asset.contentType).toMatch(asset.path.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/);
      // Compressed: well under the decoded size.
      expect(asset.bytes).toBeLessThan(asset.decodedBytes * 0.6 + 1000);
    }
    const index = load.signIn.fetched.find((f) => f.path === '/');
    expect(index?.cacheControl).toBe('no-cache');
    // The page names its icon: the browser asks for no /favicon.ico.
    expect([...load.signIn.fetched, ...load.myTraining.fetched].map((f) => f.path)).not.toContain('/favicon.ico');
  });

  test('loads neither the oversight charts nor the story editor for the sign-in form and 我的培训', () => {
    const signIn = assetsOf(load.signIn.fetched).map((f) => chunkName(f.path));
    const myTraining = assetsOf(load.myTraining.fetched).map((f) => chunkName(f.path));
    console.log(`sign-in chunks: ${signIn.join(', ')}\n我的培训 chunks: ${myTraining.join(', ')}`);
    expect(signIn).toEqual(expect.arrayContaining(['index', 'react', 'react-admin', 'mui']));
    expect(signIn.filter((name) => HEAVY.test(name))).toEqual([]);
    // 我的培训 comes with the app: signing in costs no further script.
    expect(myTraining).toEqual([]);
  });

  test('asks the server twice between 登录 and 我的培训: the sign-in, then the page’s places and open classes together', () => {
    // The sign-in's answer is who is signed in (no `me` after it), and the page's two lists are one request.
    expect(load.myTraining.fetched.filter((f) => f.path === '/graphql').length).toBe(2);
  });

  test('keeps the bytes on the wire under budget', () => {
    console.log(`times (printed, not checked here; \`npm run bench -- load\` checks them): sign-in ${load.signIn.ms} ms, 我的培训 ${load.myTraining.ms} ms`);
    expect(load.signIn.bytes).toBeLessThan(BYTE_BUDGETS.signIn);
    expect(load.myTraining.bytes).toBeLessThan(BYTE_BUDGETS.myTraining);
  });
});
