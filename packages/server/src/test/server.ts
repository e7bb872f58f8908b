import { loadConfig } from '../config';
import { createApp, type App } from '../app';
import type { Dialect } from '../db/database';
import { openTestDatabase, type TestDatabase } from './databases';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface TestServer extends TestDatabase {
  url: string;
  app: App;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; json: any }>;
  stop(): Promise<void>;
}

/** The real HTTP server on a fresh database, listening on a free loopback port. */
export async function startTestServer(dialect: Dialect, env: Record<string, string> = {}): Promise<TestServer> {
  const database = await openTestDatabase(dialect);
  const config = { ...loadConfig({ ...env, DASHBOARD_DIR: '/nonexistent' }), seedDemoData: false };
  const app = await createApp(config, database.db);
  const url = `${await app.listen(0, '127.0.0.1')}/graphql`;
  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, json };
  };
  return {
    ...database,
    url,
    app,
    post,
    gql: async (query, variables, headers) => {
      const { status, json } = await post(JSON.stringify({ query, variables }), headers);
      return { status, ...(json as object) };
    },
    stop: async () => {
      await app.close();
      await database.close();
    },
  };
}
