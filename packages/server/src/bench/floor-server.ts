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

function openReader(): { read: PageReader; close: () => Promise<void> } {
  const config = parseDatabaseUrl(process.env.DATABASE_URL);
  if (config.type === 'sqlite') {
    const db = new BetterSqlite3(config.file);
    // The same settings as the application's data source.
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    const statement = db.prepare(floorSql('sqlite'));
    return { read: (limit, offset) => statement.all(limit, offset) as FloorRow[], close: async () => db.close() };
  }
  const pool = createPool({ uri: config.url, connectionLimit: config.poolSize, charset: 'utf8mb4_unicode_ci', timezone: 'Z', enableKeepAlive: true });
  const sql = floorSql('mysql');
  return {
    read: async (limit, offset) => {
      const [rows] = await pool.query(sql, [limit, offset]);
      return rows as FloorRow[];
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
          const { page, perPage } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { page?: unknown; perPage?: unknown };
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
