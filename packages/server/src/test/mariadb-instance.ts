import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createConnection } from 'mysql2/promise';

const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find((p) => fs.existsSync(p));
const INSTALL_DB = ['/usr/bin/mariadb-install-db', '/usr/bin/mysql_install_db'].find((p) => fs.existsSync(p));

/** Whether this machine can start MariaDB servers of its own (Debian's mariadb-server). */
export const canStartMariaDb = Boolean(MARIADBD && INSTALL_DB);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** A fresh data directory made by mariadb-install-db, or the error saying what it printed. */
function installDataDirectory(): string | Error {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-mariadb-'));
  try {
    execFileSync(INSTALL_DB!, ['--no-defaults', `--datadir=${path.join(dir, 'data')}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf8',
    });
    return dir;
  } catch (error) {
    const { stdout, stderr, status, signal } = error as { stdout?: string; stderr?: string; status?: number | null; signal?: string | null };
    const output = `${stdout ?? ''}${stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
    fs.rmSync(dir, { recursive: true, force: true });
    return new Error(`${INSTALL_DB} failed (${signal ?? `exit ${status}`}) for ${dir}:\n${output}`);
  }
}

/**
 * A MariaDB server of its own on a free port and a fresh data directory, that a test can kill
 * (SIGKILL, like a crash) and start again on the same data: the faults a production database has.
 */
export class MariaDbInstance {
  private child: ChildProcess | null = null;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}

  static async create(): Promise<MariaDbInstance> {
    if (!MARIADBD || !INSTALL_DB) throw new Error('mariadb-server is not installed');
    // mariadb-install-db has once stopped part-way through its bootstrap SQL when a Galera test
    // ran beside it, leaving a data directory with two system tables and saying nothing (its
    // output was not kept). Its output is now part of the error, and a second attempt on a fresh
    // directory is made after saying why.
    let dir = installDataDirectory();
    if (typeof dir !== 'string') {
      console.warn(`${dir.message}\ntrying once more on a fresh directory`);
      dir = installDataDirectory();
      if (typeof dir !== 'string') throw dir;
    }
    const instance = new MariaDbInstance(await freePort(), dir);
    await instance.start();
    return instance;
  }

  get url(): string {
    return `mysql://root@127.0.0.1:${this.port}`;
  }

  /** Starts the server on its data directory and waits until it answers. */
  async start(): Promise<void> {
    this.child = spawn(
      MARIADBD!,
      [
        '--no-defaults',
        `--datadir=${path.join(this.dir, 'data')}`,
        `--port=${this.port}`,
        '--bind-address=127.0.0.1',
        `--socket=${path.join(this.dir, 'sock')}`,
        '--user=root',
        '--skip-grant-tables',
        '--innodb-buffer-pool-size=32M',
        '--skip-log-bin',
      ],
      { stdio: 'ignore' },
    );
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const connection = await createConnection({ host: '127.0.0.1', port: this.port, user: 'root', connectTimeout: 1000 });
        await connection.end();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw new Error(`MariaDB on port ${this.port} did not start: ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  }

  /** Kills the server as a crash would, and waits until it is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  async destroy(): Promise<void> {
    await this.kill();
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
