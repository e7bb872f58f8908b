import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const MAIN = path.resolve(__dirname, '../../dist/main.js');
/** The balancer's answer when no server is ready: the one docker/haproxy.cfg gives. */
const BALANCER_503 = path.resolve(__dirname, '../../../../docker/haproxy-503.http');
/** Debian's HAProxy. */
const HAPROXY = '/usr/sbin/haproxy';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One built server (dist/main.js) in a process of its own, to be stopped, killed and started again. */
export class Instance {
  child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Starts the server and waits until `/readyz` answers 200. */
  async start(): Promise<void> {
    if (!fs.existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the server first`);
    const child = spawn(process.execPath, [MAIN], { env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1' }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    child.stdout!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (this.output += chunk.toString()));
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`${this.name} exited with ${child.exitCode}:\n${this.output}`);
      const ready = await fetch(`${this.url}/readyz`).then((r) => r.status === 200).catch(() => false);
      if (ready) return;
      await pause(200);
    }
    throw new Error(`${this.name} was not ready within 90 s:\n${this.output}`);
  }

  /** Sends a signal and waits for the process to end. */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return child?.exitCode ?? null;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill(signal);
    const code = await exited;
    this.child = null;
    return code;
  }
}

/**
 * HAProxy (Debian's package) in front of the instances, as docs/operations.md ("Several servers")
 * sets it up — round robin, `/readyz` checked, a connection refused tried on another instance —
 * with checks every 250 ms, so a test waits less. Returns its address and a function that stops it.
 */
export async function startBalancer(dir: string, instances: Instance[]): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const config = path.join(dir, 'haproxy-app.cfg');
  const pidfile = path.join(dir, 'haproxy-app.pid');
  fs.writeFileSync(
    config,
    `global
  pidfile ${pidfile}
  maxconn 2000
defaults
  mode http
  timeout connect 1s
  timeout client 60s
  timeout server 60s
  retries 3
  option redispatch
  retry-on conn-failure
  option forwardfor
  errorfile 503 ${BALANCER_503}
frontend guildhall
  bind 127.0.0.1:${port}
  default_backend servers
backend servers
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  default-server check inter 250 fall 2 rise 2
${instances.map((i) => `  server ${i.name} 127.0.0.1:${i.port}`).join('\n')}
`,
  );
  await new Promise<void>((resolve, reject) => {
    const child = spawn(HAPROXY, ['-D', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`haproxy failed (${code}): ${stderr}`))));
  });
  const url = `http://127.0.0.1:${port}`;
  // Every instance is checked up before traffic starts.
  for (let i = 0; i < 50; i += 1) {
    if (await fetch(`${url}/readyz`).then((r) => r.ok).catch(() => false)) break;
    await pause(100);
  }
  await pause(700);
  return {
    url,
    stop: () => {
      try {
        process.kill(Number(fs.readFileSync(pidfile, 'utf8').trim()), 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
