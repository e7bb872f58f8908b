import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config';
import { createApp, type App } from '../root/app';
import { Viewer } from '../access/viewer';
import { requestActor } from '../access/actor';
import { hashPassword } from '../accounts/password';
import { User } from '../accounts/user.entity';
import { UserRole } from '../access/roles';
import type { Dialect } from '../db/database';
import { Organization } from '../organizations/organization.entity';
import { openTestDatabase, type TestDatabase } from './databases';
import { CREDENTIAL_BOUND_MS } from '../accounts/credential-cache';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> & { code?: string } }[];
}

export type Gql = <T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphQLResponse<T>>;

export interface TestUser {
  user: User;
  token: string;
  gql: Gql;
}

export interface TestServer extends TestDatabase {
  url: string;
  app: App;
  /** As the test administrator (department admin, sees everything). */
  gql: Gql;
  /** Without credentials. */
  anonymous: Gql;
  /** Where this server stores uploaded photos. */
  photoDir: string;
  post(body: string, headers?: Record<string, string>): Promise<{ status: number; json: any; headers: Headers }>;
  /**
   * After a test changed credentials in the database by hand (not through the server): moves the
   * credentials epoch, as an operator would, and waits out the bound, so the server reads them again.
   */
  credentialsChangedByHand(): Promise<void>;
  /** A user of this role bound to this organization, with an API token. */
  userFor(role: UserRole, organizationId: number | string, username?: string): Promise<TestUser>;
  stop(): Promise<void>;
}

export const TEST_PASSWORD = 'test-password-2026';
let userSerial = 0;

/** The real HTTP server on a fresh database, listening on a free loopback port. */
export async function startTestServer(dialect: Dialect, env: Record<string, string> = {}, options: { mysqlBase?: string } = {}): Promise<TestServer> {
  const database = await openTestDatabase(dialect, options.mysqlBase);
  const photoDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-photos-'));
  const config = { ...loadConfig({ LOG_LEVEL: process.env.LOG_LEVEL ?? 'silent', PHOTO_DIR: photoDir, ...env, DASHBOARD_DIR: '/nonexistent' }), seedDemoData: false };
  const app = await createApp(config, database.db);
  const url = `${await app.listen(0, '127.0.0.1')}/graphql`;
  const passwordHash = await hashPassword(TEST_PASSWORD);

  const post = async (body: string, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, json, headers: res.headers };
  };
  const gqlWith =
    (auth: Record<string, string>): Gql =>
    async (query, variables, headers) => {
      const { status, json } = await post(JSON.stringify({ query, variables }), { ...auth, ...headers });
      return { status, ...(json as object) };
    };

  const userFor = async (role: UserRole, organizationId: number | string, username?: string): Promise<TestUser> => {
    userSerial += 1;
    const user = await database.db.write((em) =>
      em.save(em.create(User, { username: username ?? `${role.toLowerCase()}-${userSerial}`, displayName: `${role} ${userSerial}`, role, organizationId: Number(organizationId), passwordHash })),
    );
    const org = await database.db.manager.findOneBy(Organization, { id: Number(organizationId) });
    const actor = requestActor(new Viewer(user, org?.path ?? '/0/', 'token'), 'test', '127.0.0.1');
    const { token } = await app.auth.issueApiToken(actor, 'test', 365);
    return { user, token, gql: gqlWith({ authorization: `Bearer ${token}` }) };
  };

  const admin = await userFor(UserRole.ADMIN, 0, 'test-admin');
  return {
    ...database,
    url,
    app,
    post,
    gql: admin.gql,
    anonymous: gqlWith({}),
    photoDir,
    userFor,
    credentialsChangedByHand: async () => {
      await database.dataSource.query(`UPDATE credential_epoch SET value = value + 1 WHERE id = 1`);
      await new Promise((resolve) => setTimeout(resolve, CREDENTIAL_BOUND_MS + 20));
    },
    stop: async () => {
      await app.close();
      await database.close();
      fs.rmSync(photoDir, { recursive: true, force: true });
    },
  };
}
