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

  it('does not seed demo data in production unless asked', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', SEED_DEMO_DATA: 'true' }).seedDemoData).toBe(true);
  });

  it.each([
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
