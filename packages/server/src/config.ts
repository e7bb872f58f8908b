import path from 'node:path';

export type DatabaseConfig =
  | { type: 'sqlite'; file: string }
  | { type: 'mysql'; url: string; poolSize: number };

export interface Config {
  production: boolean;
  host: string;
  port: number;
  database: DatabaseConfig;
  dashboardDir: string;
  seedDemoData: boolean;
  logQueries: boolean;
  /** Level of the JSON log on standard output (pino): fatal, error, warn, info, debug, trace or silent. */
  logLevel: string;
  /** Keys the hashes of session cookies and API tokens; required in production. */
  sessionSecret: string;
  /** Origins allowed to call the API from a browser, besides the server's own pages. */
  corsOrigins: string[];
  /**
   * The address the public reaches the service at (`https://dj.example.gov.cn`, no trailing slash):
   * absolute links on public pages (sharing tags) are built from it, never from the request's Host
   * header. Required in production; in development http://HOST:PORT.
   */
  publicUrl: string;
  /** Express `trust proxy`: set when a load balancer terminates TLS in front of the server. */
  trustProxy: boolean | number | string;
  /** Keys the sealing and blind index of personal data (national ids); required in production, never to change. */
  dataKey: string;
  /** A font with Chinese glyphs for PDF certificates: `path` or `path#PostScriptName` (for .ttc collections); null: look in the usual places. */
  certificateFont: string | null;
  /**
   * Where earlier versions kept uploaded photos on disk. Photos now live in the database; any
   * found here that the records name are moved in at start-up (root/legacy-photos.ts).
   */
  photoDir: string;
  /** Session lifetime in hours. */
  sessionHours: number;
  /** How GraphQL operations run: compiled once per document (`jit`) or interpreted (`graphql-js`). */
  graphqlExecutor: 'jit' | 'graphql-js';
  /**
   * On SIGTERM, how long `/readyz` answers 503 before the server stops taking connections, so a
   * load balancer checking it moves traffic away first (docs/operations.md, "Several servers").
   */
  shutdownDelayMs: number;
  /** How often each server looks for reminders to send (one at a time sends them); 0: never (docs/operations.md, "Reminders"). */
  reminderIntervalMs: number;
  /** Where reminders' daily digests are sent by e-mail (docs/operations.md, "Reminders"); none without it. */
  mail: { smtpUrl: string; from: string } | null;
  /** The hour (China time, 0–23) from which each day's digests go out. */
  digestHour: number;
}

const DEVELOPMENT_SECRET = 'guildhall-development-secret-not-for-production';
const DEVELOPMENT_DATA_KEY = 'guildhall-development-data-key-not-for-production';

export class ConfigError extends Error {}

const repoRoot = path.resolve(__dirname, '../../..');

function parsePort(raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return port;
}

function parseBoolean(name: string, raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

export function parseDatabaseUrl(raw: string | undefined, baseDir = repoRoot): DatabaseConfig {
  if (raw === undefined || raw === '') {
    return { type: 'sqlite', file: path.join(baseDir, 'data', 'guildhall.sqlite') };
  }
  if (raw.startsWith('sqlite:')) {
    const file = raw.slice('sqlite:'.length).replace(/^\/\//, '');
    if (file === '') throw new ConfigError('DATABASE_URL sqlite: needs a file path, e.g. sqlite:data/guildhall.sqlite');
    return { type: 'sqlite', file: file === ':memory:' ? file : path.resolve(baseDir, file) };
  }
  if (raw.startsWith('mysql://') || raw.startsWith('mariadb://')) {
    let url: URL;
    try {
      url = new URL(raw.replace(/^mariadb:/, 'mysql:'));
    } catch {
      throw new ConfigError('DATABASE_URL is not a valid mysql:// URL');
    }
    if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL must name a database, e.g. mysql://user:pass@host:3306/guildhall');
    const poolSize = Number(url.searchParams.get('poolSize') ?? 10);
    url.searchParams.delete('poolSize');
    if (!Number.isInteger(poolSize) || poolSize < 1) throw new ConfigError('poolSize in DATABASE_URL must be a positive integer');
    return { type: 'mysql', url: url.toString(), poolSize };
  }
  throw new ConfigError('DATABASE_URL must start with sqlite: or mysql://');
}

function parseShutdownDelay(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 0;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds < 0 || seconds > 120) throw new ConfigError('SHUTDOWN_DELAY_SECONDS must be a number of seconds between 0 and 120');
  return Math.round(seconds * 1000);
}

function parseReminderInterval(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 300_000;
  const seconds = Number(raw);
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > 86_400) throw new ConfigError('REMINDER_INTERVAL_SECONDS must be a whole number of seconds from 0 (off) to 86400');
  return seconds * 1000;
}

function parseMail(smtpUrl: string | undefined, from: string | undefined): Config['mail'] {
  if (!smtpUrl) return null;
  let url: URL;
  try {
    url = new URL(smtpUrl);
  } catch {
    throw new ConfigError("SMTP_URL must be an address such as smtp://user:password@mail.example.gov.cn:587 (the value given is not shown: it may hold a password)");
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://, got "${url.protocol}"`);
  if (!from || !/^[^\s@<>]+@[^\s@<>]+$|<[^\s@<>]+@[^\s@<>]+>$/.test(from.trim())) throw new ConfigError('MAIL_FROM must be set with SMTP_URL, to the sender, e.g. 党建平台 <dj@example.gov.cn>');
  return { smtpUrl, from: from.trim() };
}

function parseDigestHour(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8;
  const hour = Number(raw);
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new ConfigError('DIGEST_HOUR must be an hour from 0 to 23 (China time)');
  return hour;
}

function parseExecutor(raw: string | undefined): Config['graphqlExecutor'] {
  if (raw === undefined || raw === '') return 'jit';
  if (raw === 'jit' || raw === 'graphql-js') return raw;
  throw new ConfigError(`GRAPHQL_EXECUTOR must be jit or graphql-js, got "${raw}"`);
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function parseLogLevel(raw: string | undefined): string {
  if (raw === undefined || raw === '') return 'info';
  if (LOG_LEVELS.includes(raw)) return raw;
  throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  if (raw === undefined || raw === '') return false;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (['true', 'false'].includes(raw)) return raw === 'true';
  return raw;
}

export function parsePublicUrl(raw: string | undefined, production: boolean, host: string, port: number): string {
  if (raw === undefined || raw === '') {
    if (production) throw new ConfigError('PUBLIC_URL must be set in production to the address the public uses, e.g. https://dj.example.gov.cn');
    return `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host}:${port}`;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`PUBLIC_URL must be an http(s) address such as https://dj.example.gov.cn, got "${raw}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) {
    throw new ConfigError(`PUBLIC_URL must be a plain http(s) address such as https://dj.example.gov.cn, got "${raw}"`);
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

const MAKE_A_KEY = 'make one with `openssl rand -base64 48`';

/**
 * What makes a key guessable: the development values (they are in this file, so public),
 * one character or a short run of characters repeated, too few different characters, or
 * too little randomness overall (its length times log2 of its different characters under
 * 128 bits). A random key from `openssl rand -base64 48` or `-hex 32` passes.
 */
export function weakKeyReason(value: string): string | null {
  if (value === DEVELOPMENT_SECRET || value === DEVELOPMENT_DATA_KEY) return 'is the public development value';
  const distinct = new Set(value).size;
  if (/^(.{1,16}?)\1+$/su.test(value)) return 'is a short run of characters repeated';
  if (distinct < 10) return `has only ${distinct} different characters`;
  if ([...value].length * Math.log2(distinct) < 128) return 'is too short for its few different characters';
  return null;
}

/** Production refuses guessable keys, and one key used for both purposes. */
function checkProductionKeys(sessionSecret: string, dataKey: string): void {
  for (const [name, value] of [['SESSION_SECRET', sessionSecret], ['DATA_KEY', dataKey]] as const) {
    const reason = weakKeyReason(value);
    if (reason) throw new ConfigError(`${name} ${reason}; production needs a random key: ${MAKE_A_KEY}`);
  }
  if (sessionSecret === dataKey) throw new ConfigError(`SESSION_SECRET and DATA_KEY must be different keys; ${MAKE_A_KEY} for each`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const sessionSecret = env.SESSION_SECRET ?? '';
  if (production && sessionSecret.length < 32) {
    throw new ConfigError('SESSION_SECRET must be set to at least 32 random characters in production (e.g. `openssl rand -base64 48`)');
  }
  const dataKey = env.DATA_KEY ?? '';
  if (dataKey && dataKey.length < 32) throw new ConfigError('DATA_KEY must be at least 32 characters');
  if (production && !dataKey) {
    throw new ConfigError('DATA_KEY must be set to at least 32 random characters in production; it seals national ids, so keep it with the backups and never change it');
  }
  if (production) checkProductionKeys(sessionSecret, dataKey);
  const sessionHours = env.SESSION_HOURS ? Number(env.SESSION_HOURS) : 12;
  if (!Number.isFinite(sessionHours) || sessionHours <= 0 || sessionHours > 24 * 30) {
    throw new ConfigError('SESSION_HOURS must be a number of hours between 0 and 720');
  }
  const host = env.HOST || '127.0.0.1';
  const port = parsePort(env.PORT, 4000);
  return {
    production,
    host,
    port,
    publicUrl: parsePublicUrl(env.PUBLIC_URL, production, host, port),
    database: parseDatabaseUrl(env.DATABASE_URL),
    dashboardDir: env.DASHBOARD_DIR ? path.resolve(env.DASHBOARD_DIR) : path.join(repoRoot, 'packages', 'dashboard', 'dist'),
    seedDemoData: parseBoolean('SEED_DEMO_DATA', env.SEED_DEMO_DATA, !production),
    logQueries: parseBoolean('LOG_QUERIES', env.LOG_QUERIES, false),
    logLevel: parseLogLevel(env.LOG_LEVEL),
    sessionSecret: sessionSecret || DEVELOPMENT_SECRET,
    corsOrigins: (env.CORS_ORIGINS ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    dataKey: dataKey || DEVELOPMENT_DATA_KEY,
    certificateFont: env.CERTIFICATE_FONT || null,
    photoDir: env.PHOTO_DIR ? path.resolve(env.PHOTO_DIR) : path.join(repoRoot, 'data', 'photos'),
    sessionHours,
    graphqlExecutor: parseExecutor(env.GRAPHQL_EXECUTOR),
    shutdownDelayMs: parseShutdownDelay(env.SHUTDOWN_DELAY_SECONDS),
    reminderIntervalMs: parseReminderInterval(env.REMINDER_INTERVAL_SECONDS),
    mail: parseMail(env.SMTP_URL, env.MAIL_FROM),
    digestHour: parseDigestHour(env.DIGEST_HOUR),
  };
}
