import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
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

function run(command: string, args: string[], env: NodeJS.ProcessEnv, io: { stdin?: string; stdout?: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env,
      stdio: [io.stdin ? fs.openSync(io.stdin, 'r') : 'ignore', io.stdout ? fs.openSync(io.stdout, 'w', 0o600) : 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (${code}): ${stderr.trim()}`))));
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
