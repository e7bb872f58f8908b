import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// autocannon ships without type declarations; these are the options and results used here.
interface LoadRequest {
  method: 'POST';
  body: string;
}
interface Histogram {
  average: number;
  p50: number;
  p99: number;
  total: number;
}
interface LoadResult {
  requests: Histogram;
  latency: Histogram;
  duration: number;
  errors: number;
  timeouts: number;
  mismatches: number;
  non2xx: number;
}
/** A running load; it reports each response's latency in milliseconds as it goes. */
interface LoadInstance extends Promise<LoadResult> {
  on(event: 'response', listener: (client: unknown, status: number, bytes: number, latencyMs: number) => void): void;
}
const autocannon = require('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: LoadRequest[];
  verifyBody: (body: string) => boolean;
}) => LoadInstance;

export interface ServerProcess {
  name: string;
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/**
 * Forks one of the server entry files of this folder and waits until it listens. `track` gets the
 * stop function at once, before the server is ready, so an interrupt during start-up stops it too.
 */
export async function startServer(
  name: string,
  entry: string,
  env: Record<string, string>,
  files: { profileDir: string | null; logDir: string },
  track: (stop: () => Promise<void>) => void,
): Promise<ServerProcess> {
  // The server's output (a JSON line per request) goes to a file, as it would in a deployment:
  // on a terminal it would bury the figures, and drawing it would take CPU from the measurement.
  const logFile = path.join(files.logDir, `${name.replace(/\W+/g, '-')}.log`);
  const output = fs.openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = fork(path.join(__dirname, entry), [], {
      env: { ...process.env, ...env, PORT: '0' },
      execArgv: files.profileDir ? ['--cpu-prof', '--cpu-prof-dir', files.profileDir, '--cpu-prof-name', `${name.replace(/\W+/g, '-')}.cpuprofile`] : [],
      stdio: ['ignore', output, output, 'ipc'],
    });
  } finally {
    fs.closeSync(output);
  }
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(kill);
        resolve();
      });
      // Closing the IPC channel asks the server to finish; it then exits on its own (and writes its profile).
      if (child.connected) child.disconnect();
      else child.kill('SIGTERM');
    }));
  track(stop);

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s`)), 60_000);
    child.once('message', (message: { ready?: boolean; url?: string }) => {
      clearTimeout(timer);
      if (message.ready && message.url) resolve(message.url);
      else reject(new Error(`${name} sent an unexpected message`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited before it was ready (${signal ?? `code ${code}`}); the end of its output (${logFile}):\n${lastLines(logFile, 20)}`));
    });
  });
  return { name, url, child, stop };
}

/** The last lines of a file, for an error message. */
function lastLines(file: string, count: number): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
  } catch {
    return '(none)';
  }
}

let clockTicks: number | null = null;

/** CPU time (user + system) a process has used so far, in milliseconds. */
export function cpuMs(pid: number): number {
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name in parentheses may hold spaces: count fields after its closing parenthesis.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / clockTicks;
}

export interface Measurement {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  cpuMsPerRequest: number;
  /** CPU time of the database server per request, when it runs on this machine (null: it does not, or it is in the server's process). */
  databaseCpuMsPerRequest: number | null;
  /** CPU time of the load generator (this process) per request. */
  loadCpuMsPerRequest: number;
  requests: number;
  /** Requests per second of each turn, in the order of the rounds. */
  turns: number[];
}

/** One kind of request to measure: the server, the bodies it gets in turn, and what a good answer looks like. */
export interface LoadTarget {
  server: ServerProcess;
  bodies: string[];
  /** Headers every request carries besides the content type, e.g. the GraphQL caller's credentials. */
  headers?: Record<string, string>;
  /** Whether a response body is a good answer; by default, a page of organizations without errors. */
  goodBody?: (body: string) => boolean;
}

export interface LoadOptions {
  /** Seconds of measurement per target, in all. */
  duration: number;
  connections: number;
  /** Seconds each target is driven before measuring. */
  warmup: number;
  /** Slices of the duration: targets take turns, so a change in the machine's load hits all of them alike. */
  rounds: number;
  /** The database server's process, when it runs on this machine: its CPU time is read per target too. */
  databasePid?: number | null;
}

/** A response is good when it is a page of organizations and carries no errors. */
export const isPage = (body: string) => body.startsWith('{"data":{"allOrganizations":[') && !body.includes('"errors":[');

interface Slice {
  requests: number;
  seconds: number;
  cpuMs: number;
  databaseCpuMs: number | null;
  loadCpuMs: number;
  latencies: number[];
}

/** CPU time this process has used so far, in milliseconds. */
function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * The process of a MySQL / MariaDB server on this machine, from the pid file it names; null when
 * that file is not here (the server runs elsewhere) or names no such server process.
 */
export async function localDatabasePid(query: (sql: string) => Promise<unknown>): Promise<number | null> {
  try {
    const [rows] = (await query('SELECT @@pid_file AS file')) as [{ file: string | null }[]];
    const file = rows[0]?.file;
    if (!file || !fs.existsSync(file)) return null;
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    const command = fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
    return /^(mariadbd|mysqld)$/.test(command) ? pid : null;
  } catch {
    return null;
  }
}

/** Drives one target for a while; any failed or wrong answer stops the run. */
async function drive(target: LoadTarget, connections: number, duration: number, databasePid: number | null = null): Promise<Slice> {
  const pid = target.server.child.pid as number;
  const latencies: number[] = [];
  const cpuBefore = cpuMs(pid);
  const databaseBefore = databasePid === null ? 0 : cpuMs(databasePid);
  const loadBefore = ownCpuMs();
  const load = autocannon({
    url: target.server.url,
    connections,
    duration,
    headers: { 'content-type': 'application/json', ...target.headers },
    requests: target.bodies.map((body) => ({ method: 'POST', body })),
    verifyBody: target.goodBody ?? isPage,
  });
  load.on('response', (_client, _status, _bytes, latencyMs) => latencies.push(latencyMs));
  const result = await load;
  const cpuAfter = cpuMs(pid);
  const databaseCpuMs = databasePid === null ? null : cpuMs(databasePid) - databaseBefore;
  const loadCpuMs = ownCpuMs() - loadBefore;
  const problems = [
    result.non2xx && `${result.non2xx} non-2xx responses`,
    result.errors && `${result.errors} connection errors (${result.timeouts} timeouts)`,
    result.mismatches && `${result.mismatches} responses with errors or without the expected answer`,
  ].filter(Boolean);
  if (problems.length) throw new Error(`${target.server.name}: ${problems.join(', ')}`);
  return { requests: result.requests.total, seconds: result.duration, cpuMs: cpuAfter - cpuBefore, databaseCpuMs, loadCpuMs, latencies };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/**
 * Warms every target up, then drives them in turns, `rounds` times, and reads throughput,
 * latency and the server's CPU time of each over all its turns. Every other round takes the
 * targets in the reverse order, so none is always the one that follows another's load.
 */
export async function measureInTurns<K extends string>(targets: Record<K, LoadTarget>, options: LoadOptions): Promise<Record<K, Measurement>> {
  const keys = Object.keys(targets) as K[];
  for (const key of keys) await drive(targets[key], options.connections, options.warmup);
  const slices = Object.fromEntries(keys.map((key) => [key, [] as Slice[]])) as Record<K, Slice[]>;
  for (let round = 0; round < options.rounds; round += 1) {
    for (const key of round % 2 ? [...keys].reverse() : keys) {
      slices[key].push(await drive(targets[key], options.connections, options.duration / options.rounds, options.databasePid ?? null));
    }
  }
  const measurements = {} as Record<K, Measurement>;
  for (const key of keys) {
    const requests = slices[key].reduce((sum, s) => sum + s.requests, 0);
    if (requests === 0) throw new Error(`${targets[key].server.name} answered no requests`);
    const seconds = slices[key].reduce((sum, s) => sum + s.seconds, 0);
    const cpu = slices[key].reduce((sum, s) => sum + s.cpuMs, 0);
    const databaseCpu = options.databasePid ? slices[key].reduce((sum, s) => sum + (s.databaseCpuMs ?? 0), 0) : null;
    const loadCpu = slices[key].reduce((sum, s) => sum + s.loadCpuMs, 0);
    const latencies = slices[key].flatMap((s) => s.latencies).sort((a, b) => a - b);
    measurements[key] = {
      requestsPerSecond: requests / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      cpuMsPerRequest: cpu / requests,
      databaseCpuMsPerRequest: databaseCpu === null ? null : databaseCpu / requests,
      loadCpuMsPerRequest: loadCpu / requests,
      requests,
      turns: slices[key].map((s) => s.requests / s.seconds),
    };
  }
  return measurements;
}

/** POSTs one body and returns the parsed JSON; any non-2xx status or GraphQL error is an error. */
export async function postJson(url: string, body: string, headers: Record<string, string> = {}): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text) as { errors?: unknown };
  if (json.errors) throw new Error(`${url} answered with errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json;
}
