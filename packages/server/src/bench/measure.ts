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
const autocannon = require('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: LoadRequest[];
  verifyBody: (body: string) => boolean;
}) => Promise<LoadResult>;

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
  profileDir: string | null,
  track: (stop: () => Promise<void>) => void,
): Promise<ServerProcess> {
  const child = fork(path.join(__dirname, entry), [], {
    env: { ...process.env, ...env, PORT: '0' },
    execArgv: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${name.replace(/\W+/g, '-')}.cpuprofile`] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
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
      reject(new Error(`${name} exited before it was ready (${signal ?? `code ${code}`})`));
    });
  });
  return { name, url, child, stop };
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
  requests: number;
}

export interface LoadOptions {
  duration: number;
  connections: number;
  warmup: number;
}

/** A response is good when it is a page of organizations and carries no errors. */
const goodBody = (body: string) => body.startsWith('{"data":{"allOrganizations":[') && !body.includes('"errors":[');

/** Warms the server up, then drives it for the duration and reads throughput, latency and the server's CPU time. */
export async function measure(server: ServerProcess, bodies: string[], options: LoadOptions): Promise<Measurement> {
  const run = async (duration: number) => {
    const result = await autocannon({
      url: server.url,
      connections: options.connections,
      duration,
      headers: { 'content-type': 'application/json' },
      requests: bodies.map((body) => ({ method: 'POST', body })),
      verifyBody: goodBody,
    });
    const problems = [
      result.non2xx && `${result.non2xx} non-2xx responses`,
      result.errors && `${result.errors} connection errors (${result.timeouts} timeouts)`,
      result.mismatches && `${result.mismatches} responses with errors or without a page`,
    ].filter(Boolean);
    if (problems.length) throw new Error(`${server.name}: ${problems.join(', ')}`);
    return result;
  };
  await run(options.warmup);
  const pid = server.child.pid as number;
  const cpuBefore = cpuMs(pid);
  const result = await run(options.duration);
  const cpuAfter = cpuMs(pid);
  const requests = result.requests.total;
  if (requests === 0) throw new Error(`${server.name} answered no requests`);
  return {
    requestsPerSecond: requests / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMsPerRequest: (cpuAfter - cpuBefore) / requests,
    requests,
  };
}

/** POSTs one body and returns the parsed JSON; any non-2xx status or GraphQL error is an error. */
export async function postJson(url: string, body: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 500)}`);
  const json = JSON.parse(text) as { errors?: unknown };
  if (json.errors) throw new Error(`${url} answered with errors: ${JSON.stringify(json.errors).slice(0, 500)}`);
  return json;
}
