import path from 'node:path';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config';

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

  const SECRET = 'x'.repeat(40);

  it('does not seed demo data in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: SECRET, SESSION_SECRET: SECRET }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: SECRET, SESSION_SECRET: SECRET, SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it('refuses to start in production without a session secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: SECRET })).toThrow(/SESSION_SECRET/);
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: SECRET, SESSION_SECRET: 'short' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', DATA_KEY: SECRET, SESSION_SECRET: SECRET }).sessionSecret).toBe(SECRET);
  });

  it('refuses to start in production without a data key for personal data', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', SESSION_SECRET: SECRET })).toThrow(/DATA_KEY/);
    expect(() => loadConfig({ DATA_KEY: 'short' })).toThrow(/DATA_KEY/);
    expect(loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://dj.example.gov.cn', SESSION_SECRET: SECRET, DATA_KEY: SECRET }).dataKey).toBe(SECRET);
  });

  it('takes the public address from PUBLIC_URL, required in production, http://HOST:PORT in development', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DATA_KEY: SECRET })).toThrow(/PUBLIC_URL/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, DATA_KEY: SECRET, PUBLIC_URL: 'https://dj.example.gov.cn/' }).publicUrl).toBe('https://dj.example.gov.cn');
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
