import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { UserRole } from '../access/roles';
import { createApp, type App } from '../root/app';
import { loadConfig } from '../config';
import { DIALECTS } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';
import { acceptedEncoding, COMPRESS_THRESHOLD } from './compression';
import { IMMUTABLE } from './dashboard-files';

describe('which coding a client takes', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate', 'gzip'],
    ['br', 'br'],
    ['BR', 'br'],
    ['x-gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.8, br;q=0.5', 'gzip'],
    ['gzip;q=1.0, br;q=1', 'br'],
    ['*', 'br'],
    ['*;q=0', null],
    ['gzip;q=0, *', 'br'],
    ['br;q=0, *;q=0.5', 'gzip'],
    ['identity', null],
    ['deflate', null],
    ['gzip;q=abc', null],
    ['gzip;q=2', null],
    ['', null],
    [undefined, null],
    [' , ;q=1, gzip ', 'gzip'],
  ])('Accept-Encoding %p: %p', (header, coding) => {
    expect(acceptedEncoding(header)).toBe(coding);
  });

  it('offers only the copies there are', () => {
    expect(acceptedEncoding('br, gzip', ['gzip'])).toBe('gzip');
    expect(acceptedEncoding('br', ['gzip'])).toBeNull();
    expect(acceptedEncoding('br, gzip', [])).toBeNull();
  });
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request with exactly the headers given (fetch would add its own Accept-Encoding and decode the body). */
function raw(base: string, pathname: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const request = http.request(new URL(pathname, base), { method: options.method ?? 'GET', headers: options.headers ?? {} }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(options.body);
  });
}

function decode(response: Raw): string {
  const coding = response.headers['content-encoding'];
  if (coding === 'br') return zlib.brotliDecompressSync(response.body).toString();
  if (coding === 'gzip') return zlib.gunzipSync(response.body).toString();
  expect(coding).toBeUndefined();
  return response.body.toString();
}

describe.each(DIALECTS)('compression and caching on %s', (dialect) => {
  let t: TestServer;
  let app: App;
  let base: string;
  let dashboardDir: string;
  let token: string;
  /** A script of more than a few kilobytes, and its copies as the build writes them. */
  const script = `export const rows = [${Array.from({ length: 400 }, (_, i) => `{ id: ${i}, name: "组织${i}" }`).join(', ')}];\n`;
  const style = `${Array.from({ length: 200 }, (_, i) => `.row-${i} { padding: ${i}px; }`).join('\n')}\n`;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    await buildSmallTree(t);
    token = (await t.userFor(UserRole.ADMIN, 0)).token;
    dashboardDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-compression-dashboard-'));
    fs.mkdirSync(path.join(dashboardDir, 'assets'));
    fs.writeFileSync(path.join(dashboardDir, 'index.html'), '<!doctype html><title>dashboard</title><script type="module" src="/assets/index-AbCd12_-.js"></script>');
    const js = path.join(dashboardDir, 'assets', 'index-AbCd12_-.js');
    fs.writeFileSync(js, script);
    fs.writeFileSync(`${js}.br`, zlib.brotliCompressSync(script));
    fs.writeFileSync(`${js}.gz`, zlib.gzipSync(script));
    // A style with only a gzip copy; a small script with none; a file without a hash.
    const css = path.join(dashboardDir, 'assets', 'index-Zz99Yy88.css');
    fs.writeFileSync(css, style);
    fs.writeFileSync(`${css}.gz`, zlib.gzipSync(style));
    fs.writeFileSync(path.join(dashboardDir, 'assets', 'tiny-Qq11Ww22.js'), 'export const a = 1;\n');
    fs.writeFileSync(path.join(dashboardDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    const config = { ...loadConfig({ LOG_LEVEL: 'silent', DASHBOARD_DIR: dashboardDir, PHOTO_DIR: t.photoDir, PUBLIC_URL: 'https://dj.example.gov.cn' }), seedDemoData: false };
    app = await createApp(config, t.db);
    base = await app.listen(0, '127.0.0.1');
  });

  afterAll(async () => {
    await app?.close();
    await t?.stop();
    if (dashboardDir) fs.rmSync(dashboardDir, { recursive: true, force: true });
  });

  it('sends the Brotli or gzip copy of a script as the client takes it, with the script\'s type and the copy\'s length', async () => {
    const cases: [string | undefined, string | undefined, Buffer][] = [
      ['gzip, deflate, br', 'br', fs.readFileSync(path.join(dashboardDir, 'assets', 'index-AbCd12_-.js.br'))],
      ['gzip, deflate', 'gzip', fs.readFileSync(path.join(dashboardDir, 'assets', 'index-AbCd12_-.js.gz'))],
      ['br;q=0, gzip', 'gzip', fs.readFileSync(path.join(dashboardDir, 'assets', 'index-AbCd12_-.js.gz'))],
      ['identity', undefined, Buffer.from(script)],
      [undefined, undefined, Buffer.from(script)],
    ];
    for (const [accept, coding, bytes] of cases) {
      const response = await raw(base, '/assets/index-AbCd12_-.js', { headers: accept ? { 'accept-encoding': accept } : {} });
      expect([accept, response.status, response.headers['content-encoding']]).toEqual([accept, 200, coding]);
      expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(response.headers['content-length']).toBe(String(bytes.length));
      expect(response.headers.vary).toMatch(/Accept-Encoding/);
      expect(response.headers['cache-control']).toBe(IMMUTABLE);
      expect(response.body.equals(bytes)).toBe(true);
      expect(decode(response)).toBe(script);
    }
    // HEAD: the same headers, no body.
    const head = await raw(base, '/assets/index-AbCd12_-.js', { method: 'HEAD', headers: { 'accept-encoding': 'br' } });
    expect([head.status, head.headers['content-encoding'], head.body.length]).toEqual([200, 'br', 0]);
    expect(head.headers['content-length']).toBe(String(fs.statSync(path.join(dashboardDir, 'assets', 'index-AbCd12_-.js.br')).size));
  });

  it('offers only the copies a file has, and a file without copies as it is', async () => {
    const css = await raw(base, '/assets/index-Zz99Yy88.css', { headers: { 'accept-encoding': 'br, gzip' } });
    expect([css.status, css.headers['content-encoding'], css.headers['content-type']]).toEqual([200, 'gzip', 'text/css; charset=utf-8']);
    expect(decode(css)).toBe(style);
    // A client that takes only Brotli gets the style compressed on the fly.
    const onlyBrotli = await raw(base, '/assets/index-Zz99Yy88.css', { headers: { 'accept-encoding': 'br' } });
    expect([onlyBrotli.status, onlyBrotli.headers['content-encoding'], onlyBrotli.headers['cache-control']]).toEqual([200, 'br', IMMUTABLE]);
    expect(decode(onlyBrotli)).toBe(style);
    const none = await raw(base, '/assets/index-Zz99Yy88.css');
    expect([none.headers['content-encoding'], none.body.toString()]).toEqual([undefined, style]);
    const tiny = await raw(base, '/assets/tiny-Qq11Ww22.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect([tiny.status, tiny.headers['content-encoding'], tiny.headers['cache-control']]).toEqual([200, undefined, IMMUTABLE]);
    expect(tiny.body.toString()).toBe('export const a = 1;\n');
  });

  it('has index.html and files without a hash revalidated; a missing script is a 404, not the page', async () => {
    for (const pathname of ['/', '/index.html', '/some/dashboard/route']) {
      const page = await raw(base, pathname, { headers: { 'accept-encoding': 'br, gzip' } });
      expect([pathname, page.status, page.headers['cache-control']]).toEqual([pathname, 200, 'no-cache']);
      expect(decode(page)).toContain('<title>dashboard</title>');
    }
    const icon = await raw(base, '/favicon.svg');
    expect([icon.status, icon.headers['cache-control']]).toEqual([200, 'no-cache']);
    for (const pathname of ['/assets/index-OldHash1.js', '/assets/missing.css', '/assets/']) {
      const missing = await raw(base, pathname, { headers: { 'accept-encoding': 'br, gzip' } });
      expect([pathname, missing.status, missing.headers['cache-control'], missing.headers['content-encoding']]).toEqual([pathname, 404, 'no-store', undefined]);
      expect(missing.headers['content-type']).toMatch(/^text\/plain/);
    }
    // The copies' own names are no way around the negotiation: they are files like any other, never index.html.
    const copy = await raw(base, '/assets/index-AbCd12_-.js.br');
    expect(copy.status).toBe(200);
    expect(copy.headers['content-encoding']).toBeUndefined();
  });

  it('sends the copies of a dashboard built anew while the server runs', async () => {
    const later = `${script}// built later\n`;
    const js = path.join(dashboardDir, 'assets', 'index-Nw55Bb66.js');
    fs.writeFileSync(js, later);
    fs.writeFileSync(`${js}.br`, zlib.brotliCompressSync(later));
    fs.writeFileSync(`${js}.gz`, zlib.gzipSync(later));
    // The directory is listed again at most once a second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const response = await raw(base, '/assets/index-Nw55Bb66.js', { headers: { 'accept-encoding': 'br' } });
    expect([response.status, response.headers['content-encoding'], response.headers['content-length']]).toEqual([200, 'br', String(fs.statSync(`${js}.br`).size)]);
    expect(decode(response)).toBe(later);
  });

  const graphql = (query: string, accept: string | undefined) =>
    raw(base, '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(accept ? { 'accept-encoding': accept } : {}) },
      body: JSON.stringify({ query }),
    });

  it('compresses GraphQL answers over a kilobyte and sends smaller ones as they are', async () => {
    const large = '{ allOrganizations(perPage: 100) { id name kind depth parentId creditCode industry createdAt } _allOrganizationsMeta { count } }';
    const plain = await graphql(large, undefined);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    const answer = JSON.parse(plain.body.toString());
    expect(answer.data.allOrganizations.length).toBeGreaterThanOrEqual(10);
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
    ] as const) {
      const compressed = await graphql(large, accept);
      expect([accept, compressed.status, compressed.headers['content-encoding']]).toEqual([accept, 200, coding]);
      expect(compressed.headers['content-length']).toBe(String(compressed.body.length));
      expect(compressed.body.length).toBeLessThan(plain.body.length / 2);
      expect(compressed.headers.vary).toMatch(/Accept-Encoding/);
      expect(compressed.headers['content-type']).toMatch(/^application\/(graphql-response\+)?json/);
      expect(JSON.parse(decode(compressed))).toEqual(answer);
    }
    const small = await graphql('{ __typename }', 'gzip, deflate, br');
    expect([small.status, small.headers['content-encoding'], small.body.toString()]).toEqual([200, undefined, '{"data":{"__typename":"Query"}}\n']);
    expect(small.headers.vary).toMatch(/Accept-Encoding/);
    // Refusals too: a short one as it is.
    const refused = await graphql('{ nope }', 'br');
    expect([refused.status, refused.headers['content-encoding']]).toEqual([400, undefined]);
  });

  it('compresses the public pages and leaves downloads as they are', async () => {
    const plain = await raw(base, '/public/notices');
    expect(plain.status).toBe(200);
    expect(plain.body.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    for (const [accept, coding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const page = await raw(base, '/public/notices', { headers: { 'accept-encoding': accept } });
      expect([accept, page.status, page.headers['content-encoding'], page.headers['content-type']]).toEqual([accept, 200, coding, 'text/html; charset=utf-8']);
      expect(page.headers.vary).toMatch(/Accept-Encoding/);
      expect(decode(page)).toBe(plain.body.toString());
      if (coding) expect(page.body.length).toBeLessThan(plain.body.length / 2);
    }
    const sheet = await raw(base, '/exports/people-template.xlsx', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(sheet.status).toBe(200);
    expect(sheet.headers['content-encoding']).toBeUndefined();
    expect(sheet.body.subarray(0, 2).toString()).toBe('PK');
  });
});
