import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import Database from 'better-sqlite3';
import type { DatabaseConfig } from '../config';

/** Where the MySQL client tools are: MariaDB's names first, MySQL's as a fallback. */
function tool(names: string[]): string {
  for (const name of names) {
    for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
      const candidate = path.join(dir, name);
      if (fs.existsSync(candidate)) return candidate;
    }
  }
  throw new Error(`none of ${names.join(', ')} is installed; install the MariaDB or MySQL client`);
}

function mysqlArgs(url: string): { args: string[]; env: NodeJS.ProcessEnv; database: string } {
  const u = new URL(url);
  const database = decodeURIComponent(u.pathname.slice(1));
  const args = [`--host=${u.hostname}`, `--port=${u.port || '3306'}`, `--user=${decodeURIComponent(u.username)}`, '--default-character-set=utf8mb4'];
  // The password travels in the environment, not on the command line where `ps` shows it.
  return { args, env: { ...process.env, MYSQL_PWD: decodeURIComponent(u.password) }, database };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv, io: { stdin?: string; stdout?: string; filter?: () => Transform }): Promise<void> {
  const out = io.stdout ? (io.filter ? 'pipe' : fs.openSync(io.stdout, 'w', 0o600)) : 'ignore';
  const child = spawn(command, args, { env, stdio: [io.stdin ? fs.openSync(io.stdin, 'r') : 'ignore', out, 'pipe'] });
  const written = io.stdout && io.filter ? pipeline(child.stdout!, io.filter(), fs.createWriteStream(io.stdout, { mode: 0o600 })) : Promise.resolve();
  const exited = new Promise<void>((resolve, reject) => {
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${stderr.trim()}`))));
  });
  return Promise.all([exited, written]).then(() => undefined);
}

const NEWLINE = 0x0a;
const DEFINER = /\/\*!50017 DEFINER=[^*]*\*\/ ?/g;

/**
 * The dump with each trigger's DEFINER clause taken out, so a restore creates the triggers as
 * the account restoring (the one the server uses there) rather than naming an account the other
 * server may not have, whose triggers would then refuse every write. Lines pass through as bytes;
 * only the few that name a definer are read as text.
 */
export function withoutDefiners(): Transform {
  let rest: Buffer = Buffer.alloc(0);
  const clean = (line: Buffer) => (line.includes('DEFINER=') ? Buffer.from(line.toString('utf8').replace(DEFINER, '')) : line);
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      const data = rest.length ? Buffer.concat([rest, chunk]) : chunk;
      const last = data.lastIndexOf(NEWLINE);
      if (last < 0) {
        rest = data;
        return done();
      }
      rest = data.subarray(last + 1);
      const lines: Buffer[] = [];
      let start = 0;
      for (let i = data.indexOf(NEWLINE); i >= 0 && i <= last; i = data.indexOf(NEWLINE, i + 1)) {
        lines.push(clean(data.subarray(start, i + 1)));
        start = i + 1;
      }
      done(null, Buffer.concat(lines));
    },
    flush(done) {
      done(null, clean(rest));
    },
  });
}

/**
 * A consistent copy of the live database: SQLite's online backup (readers and writers go
 * on meanwhile), or `mysqldump --single-transaction` (one snapshot, no table locks on InnoDB).
 */
export async function backupDatabase(config: DatabaseConfig, destination: string): Promise<void> {
  if (fs.existsSync(destination)) throw new Error(`${destination} exists; choose a new file name`);
  fs.mkdirSync(path.dirname(path.resolve(destination)), { recursive: true });
  if (config.type === 'sqlite') {
    const db = new Database(config.file, { readonly: true, fileMustExist: true });
    try {
      await db.backup(destination);
    } finally {
      db.close();
    }
    fs.chmodSync(destination, 0o600);
    return;
  }
  const { args, env, database } = mysqlArgs(config.url);
  const dump = tool(['mariadb-dump', 'mysqldump']);
  await run(dump, [...args, '--single-transaction', '--quick', '--routines', '--triggers', '--hex-blob', '--no-tablespaces', '--skip-comments', database], env, {
    stdout: destination,
    filter: withoutDefiners,
  });
}

/** Replaces the database's contents with a backup. The server should be stopped first. */
export async function restoreDatabase(config: DatabaseConfig, source: string): Promise<void> {
  if (!fs.existsSync(source)) throw new Error(`${source} does not exist`);
  if (config.type === 'sqlite') {
    const header = Buffer.alloc(16);
    const fd = fs.openSync(source, 'r');
    try {
      fs.readSync(fd, header, 0, 16, 0);
    } finally {
      fs.closeSync(fd);
    }
    if (header.toString('latin1') !== 'SQLite format 3\0') throw new Error(`${source} is not a SQLite database`);
    const check = new Database(source, { readonly: true, fileMustExist: true });
    try {
      const result = check.pragma('integrity_check', { simple: true });
      if (result !== 'ok') throw new Error(`${source} is damaged: ${String(result)}`);
    } finally {
      check.close();
    }
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    for (const suffix of ['-wal', '-shm']) fs.rmSync(config.file + suffix, { force: true });
    fs.copyFileSync(source, config.file);
    return;
  }
  const { args, env, database } = mysqlArgs(config.url);
  await run(tool(['mariadb', 'mysql']), [...args, database], env, { stdin: source });
}
