import net from 'node:net';
import { GraphQLError } from 'graphql';
import { createErrorFormatter } from '../kernel/errors';
import { openTestDatabase, type TestDatabase } from '../test/databases';

// QUALITY.md: the database going away mid-change gives a clear error, and a client never saves a
// change twice because it was told "failed" about a change that was saved. A connection lost after
// the COMMIT was sent and before its answer came is such a change: MariaDB may have made it durable.
// A proxy between the pool and MariaDB drops exactly that answer, so the case is the same every run.
const describeOnMysql = process.env.TEST_MYSQL_URL === 'off' ? describe.skip : describe;
const target = new URL(process.env.TEST_MYSQL_URL && process.env.TEST_MYSQL_URL !== 'off' ? process.env.TEST_MYSQL_URL : 'mysql://root@127.0.0.1:3306');

/** Forwards every connection to MariaDB; once armed, the connection that sends COMMIT never hears back. */
class CommitReplyDropper {
  armed = false;
  private readonly server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 3306), target.hostname);
    let dropReply = false;
    client.on('data', (chunk) => {
      // COM_QUERY (0x03) "COMMIT" after the four-byte packet header.
      if (this.armed && chunk[4] === 0x03 && chunk.subarray(5).toString() === 'COMMIT') {
        this.armed = false;
        dropReply = true;
      }
      upstream.write(chunk);
    });
    upstream.on('data', (chunk) => {
      if (dropReply) {
        client.destroy();
        upstream.destroy();
        return;
      }
      client.write(chunk);
    });
    const close = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', close).on('close', close);
    upstream.on('error', close).on('close', close);
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const url = new URL(target);
    url.host = `127.0.0.1:${(this.server.address() as net.AddressInfo).port}`;
    return url.toString().replace(/\/$/, '');
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

const format = createErrorFormatter({ production: true });
const asClientSees = (error: unknown) => format({ message: String(error) }, new GraphQLError('x', { originalError: error as Error }));

describeOnMysql('a connection lost while a change commits, on MariaDB', () => {
  let proxy: CommitReplyDropper;
  let t: TestDatabase;

  beforeAll(async () => {
    proxy = new CommitReplyDropper();
    t = await openTestDatabase('mysql', await proxy.listen());
    await t.dataSource.query('CREATE TABLE commit_probe (id INT PRIMARY KEY) ENGINE=InnoDB');
  });
  afterAll(async () => {
    await t.close();
    await proxy.close();
  });

  const stored = async (id: number) => (await t.dataSource.query('SELECT id FROM commit_probe WHERE id = ?', [id])).length === 1;

  it('after the COMMIT was sent: SERVICE_UNAVAILABLE saying the change may have been saved (here it was)', async () => {
    const error = await t.db
      .write(async (em) => {
        await em.query('INSERT INTO commit_probe (id) VALUES (1)');
        proxy.armed = true;
      })
      .catch((e: unknown) => e);
    expect(proxy.armed).toBe(false);
    expect(asClientSees(error).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', outcome: 'unknown' });
    expect(asClientSees(error).message).toMatch(/may have been saved/);
    // The answer was lost, not the change: a client that sent it again would have saved it twice.
    expect(await stored(1)).toBe(true);
  });

  it('before the COMMIT was sent: SERVICE_UNAVAILABLE without doubt, and nothing is saved', async () => {
    const error = await t.db
      .write(async (em) => {
        await em.query('INSERT INTO commit_probe (id) VALUES (2)');
        const [{ id }] = await em.query('SELECT CONNECTION_ID() AS id');
        await t.dataSource.query(`KILL ${Number(id)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      })
      .catch((e: unknown) => e);
    expect(asClientSees(error).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(await stored(2)).toBe(false);
  });

  it('the pool serves the next change on a fresh connection', async () => {
    await t.db.write((em) => em.query('INSERT INTO commit_probe (id) VALUES (3)'));
    expect(await stored(3)).toBe(true);
  });
});
