import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Instance, freePort } from '../test/instances';

const MAIN = path.resolve(__dirname, '../../dist/main.js');

// ARCHITECTURE / issue 8: SIGTERM lets the requests in flight finish, closes the database and exits 0.
describe('graceful shutdown', () => {
  it('finishes the requests in flight on SIGTERM, then closes and exits cleanly', async () => {
    expect(fs.existsSync(MAIN)).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-shutdown-'));
    const port = await freePort();
    const server = new Instance('shutdown', port, { DATABASE_URL: `sqlite:${path.join(dir, 'db.sqlite')}`, SEED_DEMO_DATA: 'true', NODE_ENV: 'development', LOG_LEVEL: 'warn' });
    await server.start();
    try {
      const base = `http://127.0.0.1:${port}`;
      const signIn = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { signIn(username: "admin", password: "guildhall-demo") { user { id } } }' }),
      });
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
      // A long request (the whole people list as Excel) is under way when the signal comes.
      const inFlight = fetch(`${base}/exports/people.xlsx`, { headers: { cookie } });
      await new Promise((resolve) => setTimeout(resolve, 30));
      const exited = server.stop('SIGTERM');
      const res = await inFlight;
      expect(res.status).toBe(200);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.subarray(0, 2).toString()).toBe('PK');
      expect(await exited).toBe(0);
      expect(server.output).toContain('SIGTERM received');
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    } finally {
      await server.stop('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
