// `npm run bench`: the dashboard's organization list through the GraphQL server and through one
// hand-written SQL statement (the floor), on a generated data set, per database; prints the figures.
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { GraphQLSchema } from 'graphql';
import { createConnection } from 'mysql2/promise';
import pino from 'pino';
import { createApp } from '../root/app';
import { loadConfig, type DatabaseConfig } from '../config';
import { createDataSource } from '../root/data-source';
import { Database, type Dialect } from '../db/database';
import { migrate } from '../db/migrate';
import { QueryCounter } from '../db/query-counter';
import { createSchema } from '../root/schema';
import { MAX_PER_PAGE } from '../common/list';
import { createBenchCaller } from './account';
import { localDatabasePid, measureInTurns, postJson, startServer, type Measurement, type ServerProcess } from './measure';
import { FIXED_COST_BODY, floorBody, graphqlBody, type PageResponse } from './page';
import { seedOrganizations } from './seed';
import { driveEnrollments, ENROLLMENT_CLASSES, enrollmentViolations, seedEnrollmentWorld, SEATS_PER_CLASS, type EnrollmentRun } from './enrollment';

const USAGE = `Usage: npm run bench -- list [options]   (npm run bench runs this, then the home page's)

  --size N          organizations in the generated data set (default 20000)
  --duration S      seconds of measurement per kind of request, taken in turns of about 2.5 s
                    with the others, after a 2 s warm-up (default 10)
  --connections C   concurrent HTTP connections (default 10)
  --per-page P      rows per page (default 50, at most ${MAX_PER_PAGE})
  --dialects LIST   sqlite, mysql or both, comma-separated (default sqlite,mysql)
  --cpu-prof DIR    write a CPU profile of each server process into DIR
  --features-cost   also measure, in the same turns, a second GraphQL server without the request
                    log, the security headers and CORS: what those cost a list request
  --help            show this text

MySQL/MariaDB: TEST_MYSQL_URL or mysql://root@127.0.0.1:3306; the benchmark creates and drops its own database.
GraphQL requests are signed in with an API token of an administrator the run creates; GRAPHQL_EXECUTOR
(jit or graphql-js) chooses the server's executor.`;

// The goals asked of the list page: 0.6 of the floor on SQLite, 0.85 on MariaDB (docs/operations.md).
const TARGETS: Record<Dialect, number> = { mysql: 0.85, sqlite: 0.6 };
const DIALECT_NAMES: Record<Dialect, string> = { sqlite: 'SQLite', mysql: 'MariaDB / MySQL' };
const PAGES = 10;
/** People seeded for each side of the enrollment scenario: more than either enrolls in the measured time. */
const ENROLLMENT_PEOPLE = 30_000;
const WARMUP_SECONDS = 2;
/** Length of one turn: each kind of request is measured in turns of about this many seconds. */
const ROUND_SECONDS = 2.5;

interface Options {
  size: number;
  duration: number;
  connections: number;
  perPage: number;
  dialects: Dialect[];
  profileDir: string | null;
  /** Also measure the GraphQL server without the request log, security headers and CORS. */
  featuresCost: boolean;
  /** Where the servers' output goes: the request log, one JSON line per request. */
  logDir: string;
}

class UsageError extends Error {}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      size: { type: 'string' },
      duration: { type: 'string' },
      connections: { type: 'string' },
      'per-page': { type: 'string' },
      dialects: { type: 'string' },
      'cpu-prof': { type: 'string' },
      'features-cost': { type: 'boolean' },
      help: { type: 'boolean' },
    },
    allowPositionals: false,
  });
  if (values.help) return null;
  const integer = (name: string, raw: string | undefined, fallback: number, min: number, max: number) => {
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
    return n;
  };
  const defaultDialects = process.env.TEST_MYSQL_URL === 'off' ? 'sqlite' : 'sqlite,mysql';
  const dialects = (values.dialects ?? defaultDialects).split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  for (const d of dialects) if (d !== 'sqlite' && d !== 'mysql') throw new UsageError(`--dialects takes sqlite and/or mysql, got "${d}"`);
  if (dialects.length === 0) throw new UsageError('--dialects names no dialect');
  return {
    size: integer('size', values.size, 20_000, 100, 5_000_000),
    duration: integer('duration', values.duration, 10, 1, 3600),
    connections: integer('connections', values.connections, 10, 1, 1000),
    perPage: integer('per-page', values['per-page'], 50, 1, MAX_PER_PAGE),
    dialects: [...new Set(dialects)] as Dialect[],
    profileDir: values['cpu-prof'] ? path.resolve(values['cpu-prof']) : null,
    featuresCost: values['features-cost'] ?? false,
    // One run's logs at a time: the folder is emptied when a run starts.
    logDir: path.join(os.tmpdir(), 'guildhall-bench-logs'),
  };
}

/** Undo steps, run newest first: on success, on failure and on Ctrl-C alike. */
const cleanups: { label: string; run: () => Promise<void> | void }[] = [];

/** Set once the run is interrupted: steps registered later are undone at once, and the main path stops at its next checkpoint. */
let aborting = false;

function onCleanup(label: string, run: () => Promise<void> | void): void {
  cleanups.push({ label, run });
  if (aborting) void cleanUp();
}

class Interrupted extends Error {}

function checkpoint(): void {
  if (aborting) throw new Interrupted('interrupted');
}

/** Stops everything the run started and exits; the main path may still be between two steps. */
function abort(message: string, code: number): void {
  if (aborting) return;
  aborting = true;
  if (message) console.error(message);
  void cleanUp().finally(() => process.exit(code));
}

let cleaning: Promise<void> = Promise.resolve();

/** Runs the undo steps registered after `downTo`; calls queue up, so an interrupt waits for a clean-up under way. */
function cleanUp(downTo = 0): Promise<void> {
  cleaning = cleaning.then(async () => {
    while (cleanups.length > downTo) {
      const step = cleanups.pop()!;
      try {
        await step.run();
      } catch (error) {
        console.error(`Cleanup failed (${step.label}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  });
  return cleaning;
}

const log = (message: string) => process.stdout.write(`${message}\n`);

function progressLine(prefix: string): (done: number, total: number) => void {
  const started = Date.now();
  const tty = process.stdout.isTTY;
  let lastPrinted = 0;
  return (done, total) => {
    const line = `${prefix}: ${done}/${total} organizations (${Math.floor((100 * done) / total)}%, ${((Date.now() - started) / 1000).toFixed(1)} s)`;
    if (tty) process.stdout.write(`\r${line}${done === total ? '\n' : ''}`);
    else if (done === total || Date.now() - lastPrinted > 1000) {
      lastPrinted = Date.now();
      log(line);
    }
  };
}

/** A fresh, empty database of the dialect; its removal is registered for clean-up. */
async function createDatabase(dialect: Dialect): Promise<{ config: DatabaseConfig; url: string; databasePid: number | null }> {
  if (dialect === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-bench-'));
    onCleanup(`remove ${dir}`, () => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'bench.sqlite');
    return { config: { type: 'sqlite', file }, url: `sqlite:${file}`, databasePid: null };
  }
  const base = process.env.TEST_MYSQL_URL && process.env.TEST_MYSQL_URL !== 'off' ? process.env.TEST_MYSQL_URL : 'mysql://root@127.0.0.1:3306';
  const name = `guildhall_bench_${Math.random().toString(36).slice(2, 10)}`;
  const admin = await createConnection(base);
  onCleanup('close the MySQL admin connection', () => admin.end());
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  onCleanup(`drop database ${name}`, async () => {
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  });
  const url = new URL(base);
  url.pathname = `/${name}`;
  return { config: { type: 'mysql', url: url.toString(), poolSize: 10 }, url: url.toString(), databasePid: await localDatabasePid((sql) => admin.query(sql)) };
}

/**
 * SQL statements one list request costs in the real server, counted on a logged data source in
 * this process (BEGIN and COMMIT not counted); with `enroll`, those of one enrollment each instead.
 */
async function statementsPerRequest(
  dbConfig: DatabaseConfig,
  env: Record<string, string>,
  schema: GraphQLSchema,
  perPage: number,
  caller: Record<string, string>,
  logDir: string,
  enroll?: { classId: number; people: number[] },
): Promise<number[]> {
  const counter = new QueryCounter();
  const dataSource = createDataSource(dbConfig, { logger: counter });
  await dataSource.initialize();
  try {
    const requestLog = pino.destination({ dest: path.join(logDir, 'statement-count.log'), sync: true });
    const app = await createApp({ ...loadConfig(env), database: dbConfig }, new Database(dataSource), schema, requestLog);
    const counts: number[] = [];
    try {
      const url = `${await app.listen(0, '127.0.0.1')}/graphql`;
      // The first use of the token records when it was used (at most once a minute): not a cost of every request.
      await postJson(url, graphqlBody(0, perPage), caller);
      if (enroll) {
        for (const personId of enroll.people) {
          counter.reset();
          await postJson(url, enrollBody(enroll.classId, personId), caller);
          counts.push(counter.count);
        }
        return counts;
      }
      for (let page = 0; page < 3; page += 1) {
        counter.reset();
        await postJson(url, graphqlBody(page, perPage), caller);
        counts.push(counter.count);
      }
    } finally {
      await app.close();
      requestLog.end();
    }
    return counts;
  } finally {
    await dataSource.destroy();
  }
}

/** Pages checked besides the measured ones, spread over the whole list so chambers and agencies come up too. */
const SPREAD_PAGES = 100;

/** Fetches the same pages from both servers and stops with the first difference; returns the kinds on the measured pages. */
async function verifySameRows(graphql: ServerProcess, floor: ServerProcess, perPage: number, caller: Record<string, string>): Promise<Map<string, number>> {
  const meta = (await postJson(graphql.url, JSON.stringify({ query: '{ _allOrganizationsMeta { count } }' }), caller)) as { data: { _allOrganizationsMeta: { count: number } } };
  const lastPage = Math.ceil(meta.data._allOrganizationsMeta.count / perPage) - 1;
  if (lastPage < PAGES - 1) throw new Error(`the data set has ${lastPage + 1} pages of ${perPage}; it needs at least ${PAGES}: raise --size`);
  const pages = new Set<number>();
  for (let page = 0; page < PAGES; page += 1) pages.add(page);
  for (let i = 0; i <= SPREAD_PAGES; i += 1) pages.add(Math.round((i * lastPage) / SPREAD_PAGES));

  const kinds = new Map<string, number>();
  for (const page of pages) {
    const fromGraphql = (await postJson(graphql.url, graphqlBody(page, perPage), caller)) as PageResponse;
    const fromFloor = (await postJson(floor.url, floorBody(page, perPage))) as PageResponse;
    const a = fromGraphql.data.allOrganizations;
    const b = fromFloor.data.allOrganizations;
    if (a.length === 0) throw new Error(`page ${page}: GraphQL returned no rows`);
    for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
      if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) {
        throw new Error(
          `GraphQL and the raw-SQL floor disagree on page ${page}, row ${i}:\n  GraphQL: ${JSON.stringify(a[i])}\n  floor:   ${JSON.stringify(b[i])}\n` +
            "The floor's SQL does not compute what the server computes; the figures would not compare like with like.",
        );
      }
    }
    if (page < PAGES) for (const row of a) kinds.set(row.kind, (kinds.get(row.kind) ?? 0) + 1);
  }
  return kinds;
}

interface DialectResult {
  dialect: Dialect;
  graphql: Measurement;
  /** The same server answering `{ __typename }`, signed in: what every request costs before any page. */
  fixedCost: Measurement;
  floor: Measurement;
  /** With --features-cost: the page and `{ __typename }` from a server without the request log, security headers and CORS. */
  bare?: Measurement;
  bareFixedCost?: Measurement;
  statements: { perPage: number; counts: number[] }[];
  enrollment: { graphql: EnrollmentRun; floor: EnrollmentRun; violations: string[]; statements: number[] };
}

async function runDialect(dialect: Dialect, options: Options, schema: GraphQLSchema): Promise<DialectResult> {
  const mark = cleanups.length;
  try {
    log(`\n== ${DIALECT_NAMES[dialect]} ==`);
    const { config, url, databasePid } = await createDatabase(dialect);

    log('Creating the schema with the migrations');
    const dataSource = createDataSource(config);
    await dataSource.initialize();
    onCleanup('close the seeding connection', () => (dataSource.isInitialized ? dataSource.destroy() : undefined));
    await migrate(dataSource);
    await seedOrganizations(dataSource, dialect, options.size, progressLine(`Seeding ${dialect}`));
    log('Seeding the enrollment scenario: open classes and people to enroll');
    const world = await seedEnrollmentWorld(dataSource, ENROLLMENT_PEOPLE);
    // Production settings, as deployed, with a session secret made for this run.
    const env = {
      DATABASE_URL: url,
      NODE_ENV: 'production',
      PUBLIC_URL: 'http://127.0.0.1',
      SESSION_SECRET: randomBytes(36).toString('base64'),
      DATA_KEY: randomBytes(36).toString('base64'),
      DASHBOARD_DIR: '/nonexistent',
      SEED_DEMO_DATA: 'false',
    };
    // Every GraphQL request is signed in, as an administrator with an API token; the floor has no accounts.
    const caller = await createBenchCaller(dataSource, env.SESSION_SECRET);
    await dataSource.destroy();
    checkpoint();

    const statements: DialectResult['statements'] = [];
    for (const perPage of [10, 100]) statements.push({ perPage, counts: await statementsPerRequest(config, env, schema, perPage, caller, options.logDir) });
    log(`SQL statements per list request: ${statements.map((s) => `perPage ${s.perPage}: ${s.counts.join(', ')}`).join('; ')}`);
    const enrollStatements = await statementsPerRequest(config, env, schema, 10, caller, options.logDir, { classId: world.countingClass, people: world.countingPeople });
    log(`SQL statements per enrollment: ${enrollStatements.join(', ')}`);

    checkpoint();
    const files = { profileDir: options.profileDir, logDir: options.logDir };
    const graphql = await startServer(`graphql-${dialect}`, 'graphql-server.js', env, files, (stop) => onCleanup('stop the GraphQL server', stop));
    const floor = await startServer(`floor-${dialect}`, 'floor-server.js', env, files, (stop) => onCleanup('stop the raw-SQL server', stop));
    const bare = options.featuresCost
      ? await startServer(`graphql-bare-${dialect}`, 'graphql-server.js', { ...env, BENCH_WITHOUT_REQUEST_MIDDLEWARES: '1' }, files, (stop) => onCleanup('stop the second GraphQL server', stop))
      : null;

    const kinds = await verifySameRows(graphql, floor, options.perPage, caller);
    const mix = [...kinds.entries()].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n} ${kind}`).join(', ');
    log(`Both servers return the same rows (pages 0-${PAGES - 1} and ${SPREAD_PAGES} more across the list); the measured pages hold ${mix}`);

    const pages = Array.from({ length: PAGES }, (_, page) => page);
    const rounds = Math.max(1, Math.round(options.duration / ROUND_SECONDS));
    log(`Measuring GraphQL, GraphQL { __typename }${bare ? ', both again without the request log, security headers and CORS,' : ''} and the raw-SQL floor in turns, ${rounds} × ${fmt(options.duration / rounds)} s each ...`);
    const isTypename = (body: string) => body.startsWith('{"data":{"__typename":"Query"}');
    const targets = {
      graphql: { server: graphql, bodies: pages.map((p) => graphqlBody(p, options.perPage)), headers: caller },
      fixedCost: { server: graphql, bodies: [FIXED_COST_BODY], headers: caller, goodBody: isTypename },
      floor: { server: floor, bodies: pages.map((p) => floorBody(p, options.perPage)) },
    };
    const measured = await measureInTurns<string>(
      bare ? { ...targets, bare: { ...targets.graphql, server: bare }, bareFixedCost: { ...targets.fixedCost, server: bare } } : targets,
      { duration: options.duration, connections: options.connections, warmup: WARMUP_SECONDS, rounds, databasePid },
    );

    log(`Enrolling at once: ${options.connections} connections into ${ENROLLMENT_CLASSES} classes of ${SEATS_PER_CLASS} seats, ${options.duration} s each side ...`);
    const graphqlEnroll = await driveEnrollments(
      graphql,
      enrollBody,
      (json) => (json as { data?: { enroll?: { status?: string } } }).data?.enroll?.status ?? null,
      caller,
      world.graphqlClasses,
      world.graphqlPeople,
      options.connections,
      options.duration,
    );
    const floorEnroll = await driveEnrollments(
      floor,
      (classId, personId) => JSON.stringify({ enroll: { classId, personId } }),
      (json) => (json as { status?: string }).status ?? null,
      {},
      world.floorClasses,
      world.floorPeople,
      options.connections,
      options.duration,
    );
    const check = createDataSource(config);
    await check.initialize();
    const violations = [...(await enrollmentViolations(check, world.graphqlClasses)), ...(await enrollmentViolations(check, world.floorClasses))];
    await check.destroy();

    const { graphql: graphqlPage, fixedCost, floor: floorPage, bare: barePage, bareFixedCost } = measured;
    const result: DialectResult = { dialect, graphql: graphqlPage, fixedCost, floor: floorPage, bare: barePage, bareFixedCost, statements, enrollment: { graphql: graphqlEnroll, floor: floorEnroll, violations, statements: enrollStatements } };
    log('');
    log(table(result, options).join('\n'));
    return result;
  } finally {
    await cleanUp(mark);
  }
}

function table(r: DialectResult, options: Options): string[] {
  const all = r.statements.flatMap((s) => s.counts);
  const statementsText = Math.min(...all) === Math.max(...all) ? String(all[0]) : `${Math.min(...all)}-${Math.max(...all)}`;
  const rows: [string, Measurement, string][] = [
    ['GraphQL, signed in', r.graphql, statementsText],
    ['  { __typename } alone', r.fixedCost, '1'],
    ...(r.bare && r.bareFixedCost
      ? ([
          ['GraphQL without log, headers, CORS', r.bare, statementsText],
          ['  { __typename } alone, without', r.bareFixedCost, '1'],
        ] as [string, Measurement, string][])
      : []),
    ['raw-SQL floor', r.floor, '1'],
  ];
  const header = ['', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'DB CPU ms/req', 'load CPU ms/req', 'SQL/req'];
  // SQLite runs inside the server's process: its CPU time is in the server's.
  const databaseCpu = (m: Measurement) => (m.databaseCpuMsPerRequest === null ? (r.dialect === 'sqlite' ? 'in server' : '-') : m.databaseCpuMsPerRequest.toFixed(2));
  const cells = rows.map(([name, m, sql]) => [name, m.requestsPerSecond.toFixed(0), fmt(m.p50), fmt(m.p99), m.cpuMsPerRequest.toFixed(2), databaseCpu(m), m.loadCpuMsPerRequest.toFixed(2), sql]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((text, i) => (i === 0 ? text.padEnd(widths[i]) : text.padStart(widths[i]))).join('   ');
  const ratio = r.graphql.requestsPerSecond / r.floor.requestsPerSecond;
  const target = TARGETS[r.dialect];
  const perPageNote = r.statements.map((s) => `perPage ${s.perPage}: ${s.counts.join('/')}`).join(', ');
  return [
    `${DIALECT_NAMES[r.dialect]}: ${options.size} organizations, page of ${options.perPage} by name, pages 0-${PAGES - 1}, ${options.connections} connections, ${options.duration} s`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
    `GraphQL/floor req/s: ${ratio.toFixed(2)}${turnRange(r.graphql, r.floor)}   target >= ${target.toFixed(2)}: ${ratio >= target ? 'met' : 'NOT met'}`,
    ...cpuBound(r),
    ...featuresCost(r),
    `GraphQL SQL statements per request (${perPageNote})`,
    'The GraphQL figures include authentication: every request carries an API token, which the server keeps after its first',
    'lookup (re-read when the credentials epoch moves, read at most once a second; docs/api.md), so SQL/req is the page alone;',
    'the floor serves the page without accounts. `{ __typename } alone` is the same signed-in request without the page: HTTP,',
    'security headers, the token check and Apollo, the cost every request pays before any resolver.',
    '',
    ...enrollmentTable(r, options),
  ];
}

/**
 * Server, database and load generator share this machine's cores. When all are busy, requests per
 * second follow the CPU time a request costs in all, so the floor's total over GraphQL's is about the
 * highest ratio the machine lets GraphQL reach, however fast the database.
 */
function cpuBound(r: DialectResult): string[] {
  const total = (m: Measurement) => (m.databaseCpuMsPerRequest === null && r.dialect === 'mysql' ? null : m.cpuMsPerRequest + (m.databaseCpuMsPerRequest ?? 0) + m.loadCpuMsPerRequest);
  const graphql = total(r.graphql);
  const floor = total(r.floor);
  if (graphql === null || floor === null) return ['(The database runs elsewhere: its CPU time is not read, and the machine-wide CPU per request is not shown.)'];
  return [
    `CPU per request on this machine (server + database + load generator): GraphQL ${graphql.toFixed(2)} ms, floor ${floor.toFixed(2)} ms; ` +
      `with all ${os.availableParallelism()} cores busy, GraphQL can reach about ${(floor / graphql).toFixed(2)} of the floor's req/s here`,
  ];
}

/** With --features-cost: the ratio without the request log, security headers and CORS, and the server CPU they take. */
function featuresCost(r: DialectResult): string[] {
  if (!r.bare || !r.bareFixedCost) return [];
  const ratio = r.bare.requestsPerSecond / r.floor.requestsPerSecond;
  const page = r.graphql.cpuMsPerRequest - r.bare.cpuMsPerRequest;
  const fixed = r.fixedCost.cpuMsPerRequest - r.bareFixedCost.cpuMsPerRequest;
  return [
    `Without the request log, security headers and CORS: GraphQL/floor req/s ${ratio.toFixed(2)}${turnRange(r.bare, r.floor)}; ` +
      `they take ${page.toFixed(2)} ms of the server's CPU per page request, ${fixed.toFixed(2)} ms per { __typename }`,
  ];
}

function enrollmentTable(r: DialectResult, options: Options): string[] {
  const { graphql, floor, violations, statements } = r.enrollment;
  const outcomes = (run: EnrollmentRun) => Object.entries(run.outcomes).sort().map(([k, n]) => `${n} ${k}`).join(', ');
  const rows: [string, EnrollmentRun][] = [
    ['GraphQL enroll, signed in', graphql],
    ['raw-SQL floor', floor],
  ];
  const header = ['', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms/req', 'SQL/req', 'answers'];
  const sql = [Math.min(...statements), Math.max(...statements)];
  // The floor's one transaction: lock the class, count its seats, insert the place.
  const cells = rows.map(([name, m], i) => [name, m.requestsPerSecond.toFixed(0), fmt(m.p50), fmt(m.p99), m.cpuMsPerRequest.toFixed(2), i === 0 ? (sql[0] === sql[1] ? String(sql[0]) : `${sql[0]}-${sql[1]}`) : String(FLOOR_ENROLL_STATEMENTS), outcomes(m)]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => c.map((text, i) => (i === 0 || i === 6 ? text.padEnd(widths[i]) : text.padStart(widths[i]))).join('   ');
  return [
    `Enrollment under contention: ${options.connections} connections at once into ${ENROLLMENT_CLASSES} classes of ${SEATS_PER_CLASS} seats with a waiting line, each request a new person`,
    line(header),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
    `GraphQL/floor req/s: ${(graphql.requestsPerSecond / floor.requestsPerSecond).toFixed(2)}   target >= 0.50: ${graphql.requestsPerSecond / floor.requestsPerSecond >= 0.5 ? 'met' : 'NOT met'}. SQL/req without BEGIN and COMMIT. The server also checks scope, the person, the quotas and a second place, and writes the audit entry; the floor locks, counts and inserts.`,
    violations.length ? `INVARIANTS BROKEN:\n  ${violations.join('\n  ')}` : 'Invariants hold on both sides: no class over its seats, nobody twice in a class, no seat given after someone was put in line.',
  ];
}

/** Statements of the floor's enrollment besides BEGIN and COMMIT (floor-server.ts): read the class (locked on MySQL), count its seats, insert. */
const FLOOR_ENROLL_STATEMENTS = 3;

/** One enrollment through GraphQL, as the dashboard sends it. */
function enrollBody(classId: number, personId: number): string {
  return JSON.stringify({ query: 'mutation($c: ID!, $p: ID!) { enroll(classId: $c, personId: $p) { status } }', variables: { c: String(classId), p: String(personId) } });
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** The ratio's spread over the rounds, each round's GraphQL turn against its floor turn: how far one figure can be trusted. */
function turnRange(graphql: Measurement, floor: Measurement): string {
  const ratios = graphql.turns.map((rate, i) => rate / floor.turns[i]).filter(Number.isFinite);
  if (ratios.length < 2) return '';
  return ` (round by round ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`;
}

async function main(): Promise<number> {
  let options: Options | null;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    log(USAGE);
    return 0;
  }
  if (options.profileDir) fs.mkdirSync(options.profileDir, { recursive: true });
  fs.rmSync(options.logDir, { recursive: true, force: true });
  fs.mkdirSync(options.logDir, { recursive: true });

  // `on`, not `once`: a second Ctrl-C while cleaning up must not end the process before the clean-up is done.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => abort(`\n${signal}: stopping the servers and removing the benchmark databases`, 130));
  }
  // Output closed early (e.g. piped into head) or an error outside the main path: clean up all the same.
  process.stdout.on('error', () => abort('', 1));
  process.on('uncaughtException', (error) => abort(`\nBenchmark failed: ${error.stack ?? error.message}`, 1));

  const [load1] = os.loadavg();
  log(
    `Guildhall benchmark: ${options.size} organizations, ${options.duration} s per measurement, ${options.connections} connections, ` +
      `page of ${options.perPage}; Node ${process.version}, ${os.cpus().length} CPUs, load average ${load1.toFixed(2)}`,
  );
  const schema = await createSchema();
  const results: DialectResult[] = [];
  try {
    for (const dialect of options.dialects) {
      checkpoint();
      results.push(await runDialect(dialect, options, schema));
    }
  } finally {
    await cleanUp();
  }
  if (results.length > 1) {
    log('\n== Summary ==');
    for (const r of results) log(`\n${table(r, options).join('\n')}`);
  }
  log(`\nThe servers' output (their request logs) is in ${options.logDir}`);
  if (options.profileDir) log(`CPU profiles of the server processes are in ${options.profileDir}`);
  if (results.some((r) => r.enrollment.violations.length)) {
    console.error('\nThe enrollment invariants were broken (see above).');
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // After an interrupt the main path fails on what the clean-up closed; abort() exits.
    if (aborting) return;
    console.error(`\nBenchmark failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
