// The raw-SQL floor: plain node:http and the database driver, one statement per page.
// Started by run.ts as a child process; reads DATABASE_URL and PORT and reports its address over IPC.
import http from 'node:http';
import { createPool } from 'mysql2/promise';
import { parseDatabaseUrl } from '../config';
import { MAX_PER_PAGE } from '../common/list';
import { floorJson, floorSql, type FloorRow } from './page';

// better-sqlite3 ships without type declarations; this is the part used here.
interface SqliteStatement {
  all(...params: unknown[]): unknown[];
}
interface SqliteDatabase {
  pragma(sql: string): unknown;
  prepare(sql: string): SqliteStatement;
  close(): void;
}
const BetterSqlite3 = require('better-sqlite3') as new (file: string) => SqliteDatabase;

type PageReader = (limit: number, offset: number) => Promise<FloorRow[]> | FloorRow[];
/** One enrollment in one transaction holding the class row: a seat while there is one, else a place in line. */
type Enroller = (classId: number, personId: number) => Promise<string> | string;

const SEATED_SQL = "status IN ('REGISTERED', 'CONFIRMED', 'ATTENDED', 'ABSENT')";

function openReader(): { read: PageReader; enroll: Enroller; close: () => Promise<void> } {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  if (config.type === 'sqlite') {
    const db = new BetterSqlite3(config.file);
    // The same settings as the application's data source.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const statement = db.prepare(floorSql('sqlite'));
    const capacity = db.prepare('SELECT capacity FROM training_class WHERE id = ?');
    const seated = db.prepare(`SELECT COUNT(*) AS n FROM enrollment WHERE classId = ? AND ${SEATED_SQL}`);
    const insert = db.prepare(
      "INSERT INTO enrollment (classId, personId, chamberId, status, requestedAt, hoursCredited, version, createdAt, updatedAt) VALUES (?, ?, NULL, ?, strftime('%Y-%m-%d %H:%M:%f', 'now'), 0, 1, strftime('%Y-%m-%d %H:%M:%f', 'now'), strftime('%Y-%m-%d %H:%M:%f', 'now'))",
    );
    const enrollOne = (db as unknown as { transaction(fn: (c: number, p: number) => string): { immediate(c: number, p: number): string } }).transaction((classId: number, personId: number) => {
      const seats = (capacity.all(classId)[0] as { capacity: number }).capacity;
      const taken = (seated.all(classId)[0] as { n: number }).n;
      const status = taken < seats ? 'REGISTERED' : 'WAITLISTED';
      (insert as unknown as { run(...params: unknown[]): unknown }).run(classId, personId, status);
      return status;
    });
    return { read: (limit, offset) => statement.all(limit, offset) as FloorRow[], enroll: (c, p) => enrollOne.immediate(c, p), close: async () => db.close() };
  }
  // The driver set as the application's data source sets it (root/data-source.ts).
  const pool = createPool({ uri: config.url, connectionLimit: config.poolSize, charset: 'utf8mb4_unicode_ci', timezone: 'Z', enableKeepAlive: true, trace: false });
  const sql = floorSql('mysql');
  return {
    read: async (limit, offset) => {
      const [rows] = await pool.query(sql, [limit, offset]);
      return rows as FloorRow[];
    },
    enroll: async (classId, personId) => {
      const connection = await pool.getConnection();
      try {
        await connection.beginTransaction();
        const [[row]] = (await connection.query('SELECT capacity FROM training_class WHERE id = ? FOR UPDATE', [classId])) as unknown as [{ capacity: number }[]];
        const [[count]] = (await connection.query(`SELECT COUNT(*) AS n FROM enrollment WHERE classId = ? AND ${SEATED_SQL}`, [classId])) as unknown as [{ n: number }[]];
        const status = Number(count.n) < row.capacity ? 'REGISTERED' : 'WAITLISTED';
        await connection.query(
          'INSERT INTO enrollment (classId, personId, chamberId, status, requestedAt, hoursCredited, version, createdAt, updatedAt) VALUES (?, ?, NULL, ?, NOW(6), 0, 1, NOW(6), NOW(6))',
          [classId, personId, status],
        );
        await connection.commit();
        return status;
      } catch (error) {
        await connection.rollback();
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}

function send(res: http.ServerResponse, status: number, body: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/** Set once the server listens; until then, a closed IPC channel just ends the process. */
let shutdown: (() => void) | null = null;

// The parent stops this process by closing the IPC channel (or with SIGTERM).
process.once('disconnect', () => (shutdown ? shutdown() : process.exit(0)));
process.once('SIGTERM', () => (shutdown ? shutdown() : process.exit(0)));

async function main(): Promise<void> {
  const reader = openReader();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void (async () => {
        try {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { page?: unknown; perPage?: unknown; enroll?: { classId: number; personId: number } };
          if (parsed.enroll) {
            send(res, 200, JSON.stringify({ status: await reader.enroll(parsed.enroll.classId, parsed.enroll.personId) }));
            return;
          }
          const { page, perPage } = parsed;
          if (!Number.isInteger(page) || !Number.isInteger(perPage) || (page as number) < 0 || (perPage as number) < 1 || (perPage as number) > MAX_PER_PAGE) {
            send(res, 400, JSON.stringify({ errors: [{ message: 'page and perPage must be integers in range' }] }));
            return;
          }
          const rows = await reader.read(perPage as number, (page as number) * (perPage as number));
          send(res, 200, floorJson(rows));
        } catch (error) {
          send(res, 500, JSON.stringify({ errors: [{ message: error instanceof Error ? error.message : String(error) }] }));
        }
      })();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  let closing = false;
  shutdown = () => {
    if (closing) return;
    closing = true;
    server.closeAllConnections();
    server.close(() => void reader.close().finally(() => process.exit(0)));
  };
  if (!process.connected) return shutdown();
  process.send?.({ ready: true, url: `http://127.0.0.1:${port}/` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
