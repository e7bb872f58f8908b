import type { KeyObject } from 'node:crypto';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { requireViewer } from '../access/scope';
import { Viewer } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { BadInputError, NotFoundError, RateLimitedError, UnauthenticatedError } from '../graphql/errors';
import { parseId } from '../common/list';
import { ApiToken } from './api-token.entity';
import { hashPassword, passwordProblems, verifyAgainstNothing, verifyPassword } from './password';
import { Session } from './session.entity';
import { API_TOKEN_PREFIX, hashToken, newToken, tokenKey } from './tokens';
import { User } from './user.entity';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;
const IP_ATTEMPTS = 30;
const IP_WINDOW_SECONDS = 15 * 60;
const TOKEN_TOUCH_MS = 60_000;
/** The scope of an account whose organization is gone: a path no organization has. */
const NOWHERE = '/0/';

/** A timestamp as the drivers return it: SQLite's text, MySQL's Date. */
type Timestamp = string | Date;

interface CredentialRow {
  user: User;
  scopePath: string | null;
  credentialId: number;
  expiresAt: Timestamp | null;
  revokedAt: Timestamp | null;
  lastUsedAt: Timestamp | null;
}

/** The account's columns the lookup reads, after the credential's and the scope path. */
const USER_COLUMNS = [
  'id',
  'username',
  'displayName',
  'role',
  'organizationId',
  'personId',
  'disabled',
  'failedSignIns',
  'lockedUntil',
  'lastSignInAt',
  'version',
  'createdAt',
  'updatedAt',
] as const;

export interface AuthSettings {
  secret: string;
  sessionHours: number;
}

export interface SignedIn {
  viewer: Viewer;
  token: string;
  expiresAt: Date;
}

/** Sign-in, sessions and API tokens. One per server: it holds the per-IP attempt counters. */
export class AuthService {
  private readonly audit = new AuditService();
  private readonly attemptsByIp = new RateLimiterMemory({ points: IP_ATTEMPTS, duration: IP_WINDOW_SECONDS });

  /** The session secret as a key, made once: every signed-in request hashes its token with it. */
  private readonly key: KeyObject;
  /** The credential lookup per table, written once. */
  private readonly credentialSql: Record<'session' | 'api_token', string>;

  constructor(
    private readonly db: Database,
    private readonly settings: AuthSettings,
  ) {
    this.key = tokenKey(settings.secret);
    const q = (name: string) => db.dataSource.driver.escape(name);
    const lookup = (table: 'session' | 'api_token') =>
      `SELECT c.id, c.expiresAt, ${table === 'api_token' ? 'c.revokedAt, c.lastUsedAt' : 'NULL, NULL'}, o.path, ${USER_COLUMNS.map((c) => `u.${q(c)}`).join(', ')}
         FROM ${q(table)} c JOIN ${q('user')} u ON u.id = c.userId LEFT JOIN ${q('organization')} o ON o.id = u.organizationId
        WHERE c.tokenHash = ?`;
    this.credentialSql = { session: lookup('session'), api_token: lookup('api_token') };
  }

  /** The viewer behind a session cookie, or null when it is missing, unknown or expired. */
  async viewerForSession(token: string): Promise<Viewer | null> {
    const row = await this.credentialRow('session', token);
    if (!row || !row.expiresAt || toDate(row.expiresAt) <= new Date()) return null;
    return new Viewer(row.user, row.scopePath ?? NOWHERE, 'session');
  }

  /** The viewer behind an API token, or null when it is unknown, revoked or expired. */
  async viewerForApiToken(token: string): Promise<Viewer | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const row = await this.credentialRow('api_token', token);
    if (!row || row.revokedAt) return null;
    if (row.expiresAt && toDate(row.expiresAt) <= new Date()) return null;
    const lastUsed = row.lastUsedAt ? toDate(row.lastUsedAt).getTime() : 0;
    if (Date.now() - lastUsed > TOKEN_TOUCH_MS) {
      await this.db.write((em) => em.update(ApiToken, { id: row.credentialId }, { lastUsedAt: new Date() }));
    }
    return new Viewer(row.user, row.scopePath ?? NOWHERE, 'token');
  }

  /**
   * The account behind a session or API token, in one plain statement: every request
   * pays for this lookup, so it skips the query builder and entity mapping, and reads the
   * row as an array of values (`Database.readArrays`).
   */
  private async credentialRow(table: 'session' | 'api_token', token: string): Promise<CredentialRow | null> {
    const rows = await this.db.readArrays(this.credentialSql[table], [hashToken(this.key, token)], { prepared: true });
    const raw = rows[0];
    if (!raw) return null;
    const [credentialId, expiresAt, revokedAt, lastUsedAt, scopePath, ...account] = raw as [unknown, Timestamp | null, Timestamp | null, Timestamp | null, string | null, ...unknown[]];
    const u = Object.fromEntries(USER_COLUMNS.map((column, i) => [column, account[i]])) as Record<(typeof USER_COLUMNS)[number], unknown>;
    if (Number(u.disabled)) return null;
    const user = Object.assign(new User(), {
      id: Number(u.id),
      username: u.username as string,
      displayName: u.displayName as string,
      role: u.role as User['role'],
      organizationId: Number(u.organizationId),
      personId: u.personId === null || u.personId === undefined ? null : Number(u.personId),
      disabled: false,
      failedSignIns: Number(u.failedSignIns),
      lockedUntil: u.lockedUntil ? toDate(u.lockedUntil as Timestamp) : null,
      lastSignInAt: u.lastSignInAt ? toDate(u.lastSignInAt as Timestamp) : null,
      version: Number(u.version),
      createdAt: toDate(u.createdAt as Timestamp),
      updatedAt: toDate(u.updatedAt as Timestamp),
    });
    return { user, scopePath: scopePath ?? null, credentialId: Number(credentialId), expiresAt, revokedAt, lastUsedAt };
  }

  async signIn(actor: Actor, username: string, password: string): Promise<SignedIn> {
    // Failed attempts count against the address; a successful sign-in costs nothing.
    const ip = actor.ip ?? 'unknown';
    const spent = await this.attemptsByIp.get(ip);
    if (spent && spent.remainingPoints <= 0) {
      const seconds = Math.max(1, Math.ceil(spent.msBeforeNext / 1000));
      throw new RateLimitedError(`too many failed sign-ins from this address; try again in ${seconds} seconds`, seconds);
    }

    const user = await this.db.manager.findOneBy(User, { username: username.trim().toLowerCase() });
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      await this.db.write((em) => this.audit.record(em, actor, failure(user, 'locked')));
      throw lockedError(user.lockedUntil);
    }
    const valid = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstNothing(password), false);
    if (!user || !valid || user.disabled) {
      let lockedNow: Date | null = null;
      await this.attemptsByIp.consume(ip).catch(() => undefined);
      await this.db.write(async (em) => {
        if (user && !user.disabled && !valid) {
          lockedNow = await this.countFailure(em, user);
        }
        await this.audit.record(em, actor, failure(user, !user ? 'unknownUser' : user.disabled ? 'disabled' : 'wrongPassword', username));
      });
      if (lockedNow) throw lockedError(lockedNow);
      throw new UnauthenticatedError('wrong username or password, or the account is disabled');
    }

    const token = newToken();
    const expiresAt = new Date(Date.now() + this.settings.sessionHours * 3_600_000);
    await this.db.write(async (em) => {
      await em.createQueryBuilder().delete().from(Session).where('userId = :id AND expiresAt < :now', { id: user.id, now: new Date() }).execute();
      await em.insert(Session, { tokenHash: hashToken(this.key, token), userId: user.id, expiresAt, ip: actor.ip });
      // Signing in is not an edit of the account: the version an administrator holds stays valid.
      await em.update(User, { id: user.id }, { failedSignIns: 0, lockedUntil: null, lastSignInAt: new Date(), version: () => 'version' });
      await this.audit.record(em, actor, {
        action: 'auth.signIn',
        recordType: 'User',
        recordId: user.id,
        organizationId: user.organizationId,
        actor: { id: user.id, name: user.username },
      });
    });
    const viewer = await this.viewerForSession(token);
    if (!viewer) throw new UnauthenticatedError();
    return { viewer, token, expiresAt };
  }

  async signOut(actor: Actor, sessionToken: string | null): Promise<void> {
    const viewer = requireViewer(actor);
    await this.db.write(async (em) => {
      if (sessionToken) await em.delete(Session, { tokenHash: hashToken(this.key, sessionToken) });
      await this.audit.record(em, actor, { action: 'auth.signOut', recordType: 'User', recordId: viewer.user.id, organizationId: viewer.user.organizationId });
    });
  }

  /** Changes the viewer's own password; every other session of theirs ends. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, keepSessionToken: string | null): Promise<void> {
    const viewer = requireViewer(actor);
    const user = await this.db.manager.findOneByOrFail(User, { id: viewer.user.id });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      // Guessing the current password from a stolen session counts like failed sign-ins:
      // limited per address, and the account locks (ending its sessions) after five.
      await this.attemptsByIp.consume(actor.ip ?? 'unknown').catch(() => undefined);
      const lockedNow = await this.db.write(async (em) => {
        const locked = await this.countFailure(em, user);
        if (locked) await em.delete(Session, { userId: user.id });
        await this.audit.record(em, actor, { ...failure(user, 'wrongCurrentPassword'), action: 'auth.passwordChangeFailed', actor: { id: user.id, name: user.username } });
        return locked;
      });
      if (lockedNow) throw lockedError(lockedNow);
      throw BadInputError.field('currentPassword', 'wrongPassword', 'the current password is not right');
    }
    const problems = passwordProblems('newPassword', newPassword, user.username);
    if (problems.length) throw new BadInputError(problems);
    const passwordHash = await hashPassword(newPassword);
    await this.db.write(async (em) => {
      await em.update(User, { id: user.id }, { passwordHash });
      const keep = keepSessionToken ? hashToken(this.key, keepSessionToken) : '';
      await em.createQueryBuilder().delete().from(Session).where('userId = :id AND tokenHash <> :keep', { id: user.id, keep }).execute();
      await this.audit.record(em, actor, {
        action: 'auth.passwordChanged',
        recordType: 'User',
        recordId: user.id,
        organizationId: user.organizationId,
        changes: { password: ['***', '***'] },
      });
    });
  }

  /** Counts one failure against the account; returns the time it is locked until when this one locks it. */
  private async countFailure(em: EntityManager, user: User): Promise<Date | null> {
    const failures = user.failedSignIns + 1;
    const lockedUntil = failures >= LOCK_AFTER_FAILURES ? new Date(Date.now() + LOCK_MINUTES * 60_000) : null;
    await em.update(User, { id: user.id }, {
      failedSignIns: lockedUntil ? 0 : failures,
      lockedUntil: lockedUntil ?? user.lockedUntil,
      version: () => 'version',
    });
    return lockedUntil;
  }

  async listApiTokens(actor: Actor): Promise<ApiToken[]> {
    const viewer = requireViewer(actor);
    return this.db.manager.find(ApiToken, { where: { userId: viewer.user.id }, order: { id: 'DESC' } });
  }

  async createApiToken(actor: Actor, name: string, expiresInDays: number | null | undefined): Promise<{ token: string; apiToken: ApiToken }> {
    const viewer = requireViewer(actor);
    const token = newToken(API_TOKEN_PREFIX);
    const apiToken = await this.db.write(async (em) => {
      const saved = await em.save(
        em.create(ApiToken, {
          userId: viewer.user.id,
          name: name.trim(),
          prefix: token.slice(0, 10),
          tokenHash: hashToken(this.key, token),
          expiresAt: expiresInDays ? new Date(Date.now() + expiresInDays * 86_400_000) : null,
        }),
      );
      await this.audit.record(em, actor, {
        action: 'apiToken.create',
        recordType: 'ApiToken',
        recordId: saved.id,
        organizationId: viewer.user.organizationId,
        changes: { name: [null, saved.name], expiresAt: [null, saved.expiresAt?.toISOString() ?? null] },
      });
      return saved;
    });
    return { token, apiToken };
  }

  async revokeApiToken(actor: Actor, id: string): Promise<ApiToken> {
    const viewer = requireViewer(actor);
    const numeric = parseId(id);
    return this.db.write(async (em) => {
      const token = numeric === null ? null : await em.findOneBy(ApiToken, { id: numeric, userId: viewer.user.id });
      if (!token) throw new NotFoundError('ApiToken', id);
      if (!token.revokedAt) {
        token.revokedAt = new Date();
        await em.update(ApiToken, { id: token.id }, { revokedAt: token.revokedAt });
        await this.audit.record(em, actor, {
          action: 'apiToken.revoke',
          recordType: 'ApiToken',
          recordId: token.id,
          organizationId: viewer.user.organizationId,
        });
      }
      return token;
    });
  }
}

function lockedError(lockedUntil: Date): RateLimitedError {
  const seconds = Math.max(1, Math.ceil((lockedUntil.getTime() - Date.now()) / 1000));
  return new RateLimitedError('this account is locked after too many failed attempts', seconds, { reason: 'locked', lockedUntil: lockedUntil.toISOString() });
}

function failure(user: User | null, reason: string, attemptedName?: string) {
  return {
    action: 'auth.signInFailed',
    recordType: 'User',
    recordId: user?.id ?? null,
    organizationId: user?.organizationId ?? null,
    actor: { id: null, name: (attemptedName ?? user?.username ?? '').slice(0, 50) || null },
    changes: { reason: [null, reason] },
  };
}

function toDate(value: Timestamp): Date {
  if (value instanceof Date) return value;
  // SQLite returns "YYYY-MM-DD HH:MM:SS.fff" in UTC; MySQL returns a Date (timezone 'Z').
  return new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}
