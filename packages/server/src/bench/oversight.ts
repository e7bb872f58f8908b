// `npm run bench -- home`: the coordinators' home page on a national-size data set — tens of
// thousands of chambers and hundreds of thousands of enterprises, millions of people, a year of
// meetings — and the dossier worklist over its open cases, timed per database, next to the same
// SQL statements replayed straight through the driver (the floor: what the database alone
// costs), for the whole country and for one chamber.
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createConnection } from 'mysql2/promise';
import type { Logger } from 'typeorm';
import { SYSTEM_ACTOR, requestActor, type Actor } from '../access/actor';
import { Viewer } from '../access/viewer';
import { User } from '../accounts';
import { UserRole } from '../access/roles';
import { todayInChina } from '../common/dates';
import type { DatabaseConfig } from '../config';
import { createDataSource, SQLITE_CACHE_KIB } from '../root/data-source';
import { Database, type Dialect } from '../db/database';
import { migrate } from '../db/migrate';
import { DevelopmentCaseService, MaterialService } from '../development';
import { FileStore } from '../db/file-store';
import type { Services } from '../kernel/context';
import { OrganizationService } from '../organizations';
import { AssessmentService } from '../oversight';
import { CoverageService } from '../oversight';
import { homeDashboard } from '../oversight';
import { LetterService } from '../oversight';
import { MeetingService } from '../oversight';
import { RectificationService } from '../oversight';
import { VenueService } from '../oversight';
import { EnrollmentService } from '../training';
import { TrainingService } from '../training';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { seedCases, seedOversight } from './oversight-seed';
import { ROWS_PER_CHAMBER, seedOrganizations } from './seed';
import { organizationUsesByOversight } from '../oversight';

const USAGE = `Usage: npm run bench -- home [options]

  --chambers N      chambers in the data set (default 10000; ~50 member enterprises each)
  --people N        people per member enterprise (default 8; about one in eight a party member)
  --runs N          timed runs per measurement, after one warm-up (default 3)
  --dialects LIST   sqlite, mysql or both (default sqlite,mysql)
  --verbose         list the five statements the database spends most time on
  --buffer-pool MB  MariaDB/MySQL: InnoDB buffer pool for the run, put back after (default 2048;
                    0 leaves the server's own)
  --reuse WHERE     time a data set an earlier run kept (BENCH_KEEP=1 prints where) instead of
                    seeding one: the SQLite file, or the MariaDB/MySQL database's name; it is
                    migrated, timed and left in place (one dialect per run)
  --help            show this text

MySQL/MariaDB: TEST_MYSQL_URL or mysql://root@127.0.0.1:3306; the benchmark creates and drops its own database.`;

interface Options {
  chambers: number;
  people: number;
  runs: number;
  dialects: Dialect[];
  verbose: boolean;
  bufferPoolMb: number | null;
  reuse: string | null;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({ args: argv, options: { chambers: { type: 'string' }, people: { type: 'string' }, runs: { type: 'string' }, dialects: { type: 'string' }, verbose: { type: 'boolean' }, 'buffer-pool': { type: 'string' }, reuse: { type: 'string' }, help: { type: 'boolean' } } });
  if (values.help) return null;
  const integer = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new Error(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  const dialects = (values.dialects ?? (process.env.TEST_MYSQL_URL === 'off' ? 'sqlite' : 'sqlite,mysql')).split(',').map((d) => d.trim());
  for (const d of dialects) if (d !== 'sqlite' && d !== 'mysql') throw new Error(`--dialects takes sqlite and/or mysql, got "${d}"`);
  if (values.reuse !== undefined && dialects.length !== 1) throw new Error('--reuse names one data set: give --dialects sqlite or --dialects mysql');
  if (values.reuse !== undefined && !/^[\w./-]+$/.test(values.reuse)) throw new Error(`--reuse takes a file path or a database name, got "${values.reuse}"`);
  return { reuse: values.reuse ?? null, chambers: integer('chambers', values.chambers, 10_000, 10, 200_000), people: integer('people', values.people, 8, 1, 100), runs: integer('runs', values.runs, 3, 1, 50), dialects: [...new Set(dialects)] as Dialect[], verbose: values.verbose ?? false, bufferPoolMb: integer('buffer-pool', values['buffer-pool'], 2048, 0, 65_536) || null };
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Records every statement a data source sends, with its parameters, to replay them. */
class StatementRecorder implements Logger {
  recording = false;
  statements: { query: string; parameters: unknown[] }[] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    if (!this.recording || /^\s*(BEGIN|COMMIT|ROLLBACK|START TRANSACTION|PRAGMA|SELECT VERSION\(\))/i.test(query)) return;
    this.statements.push({ query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

function servicesFor(db: Database, actor: Actor): Services {
  const training = new TrainingService(db, actor);
  return {
    coverage: new CoverageService(db, actor),
    meetings: new MeetingService(db, actor),
    cases: new DevelopmentCaseService(db, actor),
    enrollments: new EnrollmentService(db, actor, training, new RateLimiterMemory({ points: 10, duration: 1 })),
    letters: new LetterService(db, actor),
    assessments: new AssessmentService(db, actor),
    venues: new VenueService(db, actor),
    rectifications: new RectificationService(db, actor),
    organizations: new OrganizationService(db, actor, organizationUsesByOversight),
  } as unknown as Services;
}

interface Timing {
  label: string;
  ms: number[];
  statements: number;
  floorMs: number[];
  /** Peak heap growth while the home page computes. */
  heapMb: number;
  /** The statements that cost the database most, by their mean time in the replay. */
  slowest: { ms: number; sql: string }[];
}

/** The goals asked of the home page: the whole country within half a second, one chamber within 20 ms. */
const HOME_GOALS_MS = [500, 20];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function time(label: string, db: Database, recorder: StatementRecorder, runs: number, work: () => Promise<unknown>): Promise<Timing> {
  await work(); // warm-up
  const ms: number[] = [];
  // Memory the home page takes while it computes: the peak of the heap over what it was before.
  (globalThis as { gc?: () => void }).gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  let heap = heapBefore;
  recorder.statements = [];
  for (let i = 0; i < runs; i += 1) {
    // The first timed run's statements are the ones replayed for the floor.
    recorder.recording = i === 0;
    const started = performance.now();
    const sampler = setInterval(() => (heap = Math.max(heap, process.memoryUsage().heapUsed)), 10);
    await work();
    clearInterval(sampler);
    heap = Math.max(heap, process.memoryUsage().heapUsed);
    ms.push(performance.now() - started);
    recorder.recording = false;
  }
  const statements = [...recorder.statements];
  const floorMs: number[] = [];
  const perStatement = statements.map(() => 0);
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    for (const [n, s] of statements.entries()) {
      const one = performance.now();
      await db.dataSource.query(s.query, s.parameters);
      perStatement[n] += performance.now() - one;
    }
    floorMs.push(performance.now() - started);
  }
  const slowest = statements
    .map((s, n) => ({ ms: perStatement[n] / runs, sql: s.query.replace(/\s+/g, ' ').replace(/^SELECT .*? FROM /, 'SELECT … FROM ').slice(0, 300) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, 5);
  return { label, ms, statements: statements.length, floorMs, heapMb: (heap - heapBefore) / 1024 / 1024, slowest };
}

async function runDialect(dialect: Dialect, options: Options): Promise<Timing[]> {
  log(`\n== ${dialect === 'sqlite' ? 'SQLite' : 'MariaDB / MySQL'} ==`);
  let config: DatabaseConfig;
  let cleanup: () => Promise<void>;
  if (dialect === 'sqlite' && options.reuse) {
    if (!fs.existsSync(options.reuse)) throw new Error(`--reuse: no SQLite file at ${options.reuse}`);
    config = { type: 'sqlite', file: options.reuse };
    cleanup = async () => undefined;
  } else if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-oversight-bench-'));
    config = { type: 'sqlite', file: path.join(dir, 'bench.sqlite') };
    cleanup = async () => {
      if (process.env.BENCH_KEEP) log(`kept database ${config.type === 'sqlite' ? config.file : ''}`);
      else fs.rmSync(dir, { recursive: true, force: true });
    };
  } else {
    const base = process.env.TEST_MYSQL_URL && process.env.TEST_MYSQL_URL !== 'off' ? process.env.TEST_MYSQL_URL : 'mysql://root@127.0.0.1:3306';
    const name = options.reuse ?? `guildhall_obench_${Math.random().toString(36).slice(2, 10)}`;
    const admin = await createConnection(base);
    if (!options.reuse) await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    config = { type: 'mysql', url: url.toString(), poolSize: 10 };
    // The InnoDB buffer pool decides whether a national data set is read from memory or from disk;
    // the run sizes it as asked (a server built for this data would be configured so) and puts it back after.
    const [[{ pool }]] = (await admin.query('SELECT @@innodb_buffer_pool_size AS pool')) as unknown as [{ pool: number | string }[]];
    const original = Number(pool);
    if (options.bufferPoolMb !== null && options.bufferPoolMb * 1024 * 1024 !== original) {
      await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${options.bufferPoolMb * 1024 * 1024}`);
      log(`InnoDB buffer pool: ${(original / 1024 / 1024).toFixed(0)} MB → ${options.bufferPoolMb} MB for this run`);
    } else log(`InnoDB buffer pool: ${(original / 1024 / 1024).toFixed(0)} MB`);
    cleanup = async () => {
      // BENCH_KEEP=1 leaves the database in place to study its plans.
      if (process.env.BENCH_KEEP || options.reuse) log(`kept database ${name}`);
      else await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      if (options.bufferPoolMb !== null) await admin.query(`SET GLOBAL innodb_buffer_pool_size = ${original}`);
      await admin.end();
    };
  }
  const recorder = new StatementRecorder();
  const dataSource = createDataSource(config, { logger: recorder });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const today = todayInChina();
    const year = Number(today.slice(0, 4));
    if (options.reuse) log(`Timing the kept data set ${options.reuse}`);
    else {
      const started = Date.now();
      // Seeding writes millions of rows into indexes in random order: give SQLite a page cache to
      // match while it does, then measure with the server's own setting.
      if (dialect === 'sqlite') await dataSource.query('PRAGMA cache_size = -2000000');
      await seedOrganizations(dataSource, dialect, options.chambers * ROWS_PER_CHAMBER, (done, total) => {
        if (done === total || done % 100_000 < 5_000) log(`  organizations: ${done}/${total}`);
      });
      const counts = { ...(await seedOversight(dataSource, dialect, { people: options.people, onProgress: log }, year, today)), ...(await seedCases(dataSource, dialect, today, { perChamber: 5, filed: 0.6 })) };
      if (dialect === 'sqlite') await dataSource.query(`PRAGMA cache_size = -${SQLITE_CACHE_KIB}`);
      log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s: ${Object.entries(counts).map(([k, v]) => `${v.toLocaleString('en')} ${k}`).join(', ')}`);
    }

    const db = new Database(dataSource);
    const chamber = (await dataSource.query(`SELECT id, path FROM organization WHERE kind = 'CHAMBER' ORDER BY id LIMIT 1`))[0];
    const coordinator = Object.assign(new User(), { id: 1, username: 'bench', displayName: 'bench', role: UserRole.COORDINATOR, organizationId: Number(chamber.id), personId: null });
    const chamberActor = requestActor(new Viewer(coordinator, String(chamber.path), 'token'), 'bench', '127.0.0.1');
    const home = (actor: Actor) => () => homeDashboard(actor, servicesFor(db, actor), year, today);
    const country = await time('whole country (administrator)', db, recorder, options.runs, home(SYSTEM_ACTOR));
    if (process.env.BENCH_KEEP) fs.writeFileSync(path.join(os.tmpdir(), `guildhall-oversight-bench-${dialect}.sql`), recorder.statements.map((st) => `${st.query} -- ${JSON.stringify(st.parameters, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value))}`).join('\n'));
    const timings = [country, await time('one chamber (its coordinator)', db, recorder, options.runs, home(chamberActor))];
    // The dossier worklist (材料待办): its first page of 25 and its count, as the dashboard asks.
    const worklist = (actor: Actor) => () => new MaterialService(db, actor, new FileStore(db)).worklist({}, { offset: 0, limit: 25 });
    timings.push(await time('whole country (administrator)', db, recorder, options.runs, worklist(SYSTEM_ACTOR)), await time('one chamber (its coordinator)', db, recorder, options.runs, worklist(chamberActor)));
    for (const [i, t] of timings.entries()) {
      log(
        `${t.label.padEnd(32)} ${i < 2 ? 'home page' : 'worklist '} p50 ${median(t.ms).toFixed(0).padStart(7)} ms (runs ${t.ms.map((m) => m.toFixed(0)).join(', ')}) · ` +
          `${t.statements} SQL statements · same SQL through the driver ${median(t.floorMs).toFixed(0)} ms · ratio ${(median(t.floorMs) / median(t.ms)).toFixed(2)} · heap +${t.heapMb.toFixed(0)} MB` +
          (i < 2 ? ` · goal <= ${HOME_GOALS_MS[i]} ms: ${median(t.ms) <= HOME_GOALS_MS[i] ? 'met' : 'NOT met'}` : ''),
      );
      if (options.verbose) for (const s of t.slowest) log(`    ${s.ms.toFixed(0).padStart(6)} ms  ${s.sql}`);
    }
    return timings;
  } finally {
    await dataSource.destroy();
    await cleanup();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (!options) {
    log(USAGE);
    return;
  }
  log(`Home page at national size: ${options.chambers.toLocaleString('en')} chambers, ~${(options.chambers * 50).toLocaleString('en')} enterprises, ${options.people} people each; ${options.runs} timed runs after a warm-up`);
  for (const dialect of options.dialects) await runDialect(dialect, options);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
