import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../config';
import { createDataSource } from '../root/data-source';
import { Organization } from '../organizations/organization.entity';
import { DIALECTS } from '../test/databases';
import { Instance, freePort } from '../test/instances';

const MAIN = path.resolve(__dirname, '../../dist/main.js');
const MYSQL_BASE = process.env.TEST_MYSQL_URL || 'mysql://root@127.0.0.1:3306';

describe.each(DIALECTS)('durability on %s', (dialect) => {
  it('keeps every acknowledged write when the server is killed with SIGKILL mid-stream', async () => {
    expect(fs.existsSync(MAIN)).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-durability-'));
    let config: DatabaseConfig;
    let url: string;
    let dropDatabase = async () => undefined as void;
    if (dialect === 'sqlite') {
      config = { type: 'sqlite', file: path.join(dir, 'db.sqlite') };
      url = `sqlite:${config.file}`;
    } else {
      const name = `guildhall_durability_${process.pid}_${Date.now()}`;
      const admin = await createConnection(MYSQL_BASE);
      await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
      const u = new URL(MYSQL_BASE);
      u.pathname = `/${name}`;
      url = u.toString();
      config = { type: 'mysql', url, poolSize: 2 };
      dropDatabase = async () => {
        await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
        await admin.end();
      };
    }
    const port = await freePort();
    // The built server in a process of its own, so it can be killed like a crashing machine would.
    const server = new Instance('durability', port, { DATABASE_URL: url, SEED_DEMO_DATA: 'true', NODE_ENV: 'development' });
    await server.start();
    try {
      const endpoint = `http://127.0.0.1:${port}/graphql`;
      const post = (body: object, cookie = '') =>
        fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
      const signIn = await post({ query: 'mutation { signIn(username: "admin", password: "guildhall-demo") { user { organizationId } } }' });
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
      const agencyId = ((await signIn.json()) as any).data.signIn.user.organizationId as string;

      // Eight writers create organizations until the server dies; a write counts once its answer arrived.
      const acknowledged: string[] = [];
      let stop = false;
      const writer = async (w: number) => {
        for (let i = 0; !stop && i < 10_000; i += 1) {
          const name = `持久性验证-${w}-${i}`;
          try {
            const res = await post({ query: 'mutation($p: ID, $n: String!) { createOrganization(kind: AGENCY, name: $n, parentId: $p) { id } }', variables: { p: agencyId, n: name } }, cookie);
            const body = (await res.json()) as { data?: { createOrganization?: { id: string } } };
            if (body.data?.createOrganization?.id) acknowledged.push(name);
          } catch {
            return; // the connection died with the server
          }
        }
      };
      const writers = Array.from({ length: 8 }, (_, w) => writer(w));
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const killed = server.stop('SIGKILL');
      stop = true;
      await Promise.all(writers);
      await killed;
      expect(acknowledged.length).toBeGreaterThan(20);

      const dataSource = await createDataSource(config).initialize();
      try {
        if (dialect === 'sqlite') expect(await dataSource.query('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        const stored = new Set((await dataSource.getRepository(Organization).find({ select: { name: true } })).map((o) => o.name));
        const lost = acknowledged.filter((name) => !stored.has(name));
        process.stdout.write(`durability on ${dialect}: ${acknowledged.length} writes acknowledged before SIGKILL, ${lost.length} lost\n`);
        expect(lost).toEqual([]);
      } finally {
        await dataSource.destroy();
      }
    } finally {
      await server.stop('SIGKILL');
      await dropDatabase();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
