import path from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl, weakKeyReason } from './config';

describe('configuration', () => {
  it('defaults to a SQLite file under data/', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({ type: 'sqlite', file: expect.stringMatching(/data[/\\]guildhall\.sqlite$/) });
    expect(config.port).toBe(4000);
    expect(config.seedDemoData).toBe(true);
    expect(config.production).toBe(false);
  });

  it('chooses MySQL / MariaDB by URL, with a pool size', () => {
    expect(parseDatabaseUrl('mysql://u:p@db:3306/guildhall?poolSize=20')).toEqual({ type: 'mysql', url: 'mysql://u:p@db:3306/guildhall', poolSize: 20 });
    expect(parseDatabaseUrl('mariadb://u@db/guildhall')).toMatchObject({ type: 'mysql', poolSize: 10 });
  });

  it('resolves relative SQLite paths against the repository root', () => {
    expect(parseDatabaseUrl('sqlite:data/x.sqlite', '/srv/app')).toEqual({ type: 'sqlite', file: path.resolve('/srv/app/data/x.sqlite') });
  });

  // Two random keys as `openssl rand -base64 48` makes them.
  const SECRET = 'q0Yx3mZr9T/2WbKc+7hJvN4sLpE1aUdGfR8oIiXyHtCwVnMkQeS5uA6zB0lD3jFg';
  const DATA = 'Vd7Kp2Lx9QwZ+mR4tYbN1cHs8JfGeUaO3iT6vWkXyP0zEr5oMnBlCqDg/hS2uAj';

  it('does not seed demo data in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: DATA, SESSION_SECRET: SECRET }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: DATA, SESSION_SECRET: SECRET, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('sends reminders by e-mail only with an SMTP server and a sender, from the digest hour', () => {
    expect(loadConfig({})).toMatchObject({ mail: null, digestHour: 8, reminderIntervalMs: 300_000 });
    expect(loadConfig({ SMTP_URL: 'smtps://dj:pw@mail.example.gov.cn:465', MAIL_FROM: '党建平台 <dj@example.gov.cn>', DIGEST_HOUR: '7', REMINDER_INTERVAL_SECONDS: '0' })).toMatchObject({
      mail: { smtpUrl: 'smtps://dj:pw@mail.example.gov.cn:465', from: '党建平台 <dj@example.gov.cn>' },
      digestHour: 7,
      reminderIntervalMs: 0,
    });
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.example.gov.cn' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example.gov.cn', MAIL_FROM: 'dj@example.gov.cn' })).toThrow(/smtp:\/\/ or smtps:\/\//);
    // A malformed address is refused without repeating it: it may hold a password.
    expect(() => loadConfig({ SMTP_URL: 'smtp://dj:secret-pw@', MAIL_FROM: 'dj@example.gov.cn' })).toThrow(/^(?!.*secret-pw)/s);
    for (const hour of ['24', '-1', '8.5', 'eight']) expect(() => loadConfig({ DIGEST_HOUR: hour })).toThrow(/DIGEST_HOUR/);
    for (const seconds of ['-1', '1.5', '86401']) expect(() => loadConfig({ REMINDER_INTERVAL_SECONDS: seconds })).toThrow(/REMINDER_INTERVAL_SECONDS/);
  });

  it('refuses to start in production without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: DATA })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: DATA, SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: DATA, SESSION_SECRET: SECRET }).sessionSecret).toBe(SECRET);
  });

  it('refuses to start in production without a data key for personal data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', SESSION_SECRET: SECRET })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ DATA_KEY: 'short' })).toThrow(/DATA_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', SESSION_SECRET: SECRET, DATA_KEY: DATA }).dataKey).toBe(DATA);
  });

  describe('refuses to start in production with guessable keys, saying how to make good ones', () => {
    const production = (keys: { SESSION_SECRET?: string; DATA_KEY?: string }) => () =>
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', SESSION_SECRET: SECRET, DATA_KEY: DATA, ...keys });

    it.each([
      ['the development session secret', { SESSION_SECRET: 'guildhall-development-secret-not-for-production' }, /SESSION_SECRET is the public development value/],
      ['the development data key', { DATA_KEY: 'guildhall-development-data-key-not-for-production' }, /DATA_KEY is the public development value/],
      ['one character repeated', { SESSION_SECRET: 'a'.repeat(32) }, /SESSION_SECRET is a short run/],
      ['one character repeated, long', { DATA_KEY: 'k'.repeat(100) }, /DATA_KEY is a short run/],
      ['a short pattern repeated', { SESSION_SECRET: 'abc123'.repeat(8) }, /SESSION_SECRET is a short run/],
      ['too few different characters', { DATA_KEY: 'abababababababababababababababab1' }, /DATA_KEY has only 3 different characters/],
      ['too little randomness', { SESSION_SECRET: 'abcdefghijklabcdefghijklabcdefgh' }, /SESSION_SECRET is too short/],
      ['the same key twice', { DATA_KEY: SECRET }, /SESSION_SECRET and DATA_KEY must be different/],
    ])('%s', (_label, keys, message) => {
      expect(production(keys)).toThrow(ConfigError);
      expect(production(keys)).toThrow(message);
      expect(production(keys)).toThrow(/openssl rand -base64 48/);
    });

    it('accepts random keys as openssl makes them, base64 or hex', () => {
      expect(production({})().sessionSecret).toBe(SECRET);
      const hex = 'a3f91c07d2e84b56a3f91c07d2e84b56' + '9e0b7c14f2d6a8359e0b7c14f2d6a835'.split('').reverse().join('');
      expect(production({ DATA_KEY: hex })().dataKey).toBe(hex);
    });

    it('leaves development alone', () => {
      expect(loadConfig({ SESSION_SECRET: 'a'.repeat(32), DATA_KEY: 'a'.repeat(32) }).production).toBe(false);
      expect(weakKeyReason(loadConfig({}).sessionSecret)).toMatch(/development/);
    });
  });

  it('takes the public address from PUBLIC_URL, required in production, http://HOST:PORT in development', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DATA_KEY: DATA })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DATA_KEY: DATA, PUBLIC_URL: 'https://dj.example.gov.cn/' }).publicUrl).toBe('https://dj.example.gov.cn');
    expect(loadConfig({ PUBLIC_URL: 'https://example.gov.cn/guildhall/' }).publicUrl).toBe('https://example.gov.cn/guildhall');
    expect(loadConfig({}).publicUrl).toBe('http://127.0.0.1:4000');
    expect(loadConfig({ HOST: '0.0.0.0', PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    for (const bad of ['dj.example.gov.cn', 'ftp://dj.example.gov.cn', 'https://u:p@dj.example.gov.cn', 'https://dj.example.gov.cn/?a=1']) {
      expect(() => loadConfig({ PUBLIC_URL: bad })).toThrow(/PUBLIC_URL must be/);
    }
  });

  it('reads allowed origins and the proxy setting', () => {
    const config = loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example', TRUST_PROXY: '1' });
    expect(config.corsOrigins).toEqual(['https://a.example', 'https://b.example']);
    expect(config.trustProxy).toBe(1);
  });

  it('runs GraphQL compiled unless told to interpret it', () => {
    expect(loadConfig({}).graphqlExecutor).toBe('jit');
    expect(loadConfig({ GRAPHQL_EXECUTOR: 'graphql-js' }).graphqlExecutor).toBe('graphql-js');
  });

  it.each([
    [{ GRAPHQL_EXECUTOR: 'fast' }, /GRAPHQL_EXECUTOR must be jit or graphql-js/],
    [{ DATABASE_URL: 'postgres://x/y' }, /DATABASE_URL must start/],
    [{ DATABASE_URL: 'mysql://host:3306/' }, /must name a database/],
    [{ DATABASE_URL: 'sqlite:' }, /needs a file path/],
    [{ PORT: 'eighty' }, /PORT must be an integer/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ SEED_DEMO_DATA: 'maybe' }, /SEED_DEMO_DATA must be true or false/],
  ])('refuses %p with a clear message', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
