// The SDK as someone outside the repository uses it, against the real server (built, on a fresh
// SQLite file with the demo data): the README's Node example, react-admin's official provider
// wrapped with withReactAdminErrors, and loading the package with require().
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { createClient, withReactAdminErrors } from '@guildhall/client';
import { sessionFetch } from '@guildhall/client/node';

// Its CommonJS build: Apollo Client 3, under it, is CommonJS to Node (a bundler reads either).
const require = createRequire(import.meta.url);
const buildGraphQLProvider = require('ra-data-graphql-simple').default;
const pkg = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const serverMain = path.resolve(pkg, '../server/dist/main.js');
const DEMO_PASSWORD = 'guildhall-demo';

let server;
let dataDir;
let url;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  assert.ok(fs.existsSync(serverMain), `the server is not built (${serverMain}): run \`npm run build\` first`);
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-client-test-'));
  const port = await freePort();
  server = spawn(process.execPath, [serverMain], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: `sqlite:${path.join(dataDir, 'db.sqlite')}`, SEED_DEMO_DATA: 'true', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 90 s:\n${log}`)), 90_000);
    server.stdout.on('data', (chunk) => {
      log += chunk;
      const match = /GraphQL:\s+(http:\/\/\S+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.stderr.on('data', (chunk) => (log += chunk));
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code}:\n${log}`));
    });
  });
});

after(() => {
  server?.kill('SIGTERM');
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

test('the README example signs in from Node, lists, creates, updates, handles a refusal and deletes', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(pkg, 'examples/sign-in-and-edit.mjs')], {
    cwd: pkg,
    env: { ...process.env, GUILDHALL_URL: url, GUILDHALL_USER: 'hunan', GUILDHALL_PASSWORD: DEMO_PASSWORD },
  });
  const lines = stdout.trim().split('\n');
  assert.match(lines[0], /^signed in as 湖南商会协调员 \(COORDINATOR\) of 贵州省湖南商会$/);
  assert.match(lines[1], /^\d+ organizations under 贵州省湖南商会; the first 5: /);
  const [, version] = /^created 示例企业\w+ \(id \d+, version (\d+)\)$/.exec(lines[2]);
  assert.equal(lines[3], `updated: 15 employees, version ${Number(version) + 1}`);
  assert.match(lines[4], /^refused: BAD_USER_INPUT; name \(\w+\): /);
  assert.match(lines[5], /^deleted 示例企业\w+$/);
});

test('react-admin’s official provider, wrapped, puts field problems on the form, reports a stale version and signs out when its token is revoked', async () => {
  // A script's way in: a session from Node makes an API token, which the provider sends.
  const api = createClient(url, { fetch: sessionFetch() });
  const { signIn } = await api.auth.signIn('hunan', DEMO_PASSWORD);
  const { created: token } = await api.apiTokens.create('react-admin 测试', DEMO_PASSWORD, 1);
  const provider = withReactAdminErrors(buildGraphQLProvider({ clientOptions: { uri: url, headers: { authorization: `Bearer ${token.token}` } } }));

  const { data, total } = await provider.getList('Organization', { pagination: { page: 1, perPage: 5 }, sort: { field: 'name', order: 'ASC' }, filter: {} });
  assert.equal(data.length, 5);
  assert.ok(total >= 5);

  const refused = await provider.create('Organization', { data: { kind: 'ENTERPRISE', name: '  ', parentId: signIn.user.organizationId } }).then(
    () => assert.fail('a blank name was saved'),
    (error) => error,
  );
  assert.equal(refused.status, 400);
  assert.equal(refused.body.code, 'BAD_USER_INPUT');
  assert.equal(typeof refused.body.errors.name, 'string');

  const stale = await provider.update('Organization', { id: data[0].id, data: { ...data[0], version: data[0].version - 1, address: '贵阳' }, previousData: data[0] }).then(
    () => assert.fail('a stale version was saved'),
    (error) => error,
  );
  assert.equal(stale.status, 409);
  assert.equal(stale.body.extensions.reason, 'staleVersion');

  await api.apiTokens.revoke(token.id);
  const lost = await provider.getList('Organization', { pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' }, filter: {} }).then(
    () => assert.fail('read without a session'),
    (error) => error,
  );
  assert.equal(lost.status, 401);
});

test('loads with require() as well as import (Node ≥ 20.19)', () => {
  const run = spawnSync(process.execPath, ['-e', "const c = require('@guildhall/client'); const n = require('@guildhall/client/node'); process.stdout.write(typeof c.createClient + ' ' + typeof n.sessionFetch)"], { cwd: pkg, encoding: 'utf8' });
  assert.equal(run.stdout, 'function function', run.stderr);
});
