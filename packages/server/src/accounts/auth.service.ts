import type { KeyObject } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { requireViewer } from '../access/scope';
import { Viewer } from '../access/viewer';
import { AuditService } from '../audit/audit.service';
import type { Database } from '../db/database';
import { deleteByKeys } from '../db/transaction';
import { BadInputError, ForbiddenError, NotFoundError, UnauthenticatedError, type FieldProblem } from '../kernel/errors';
import { parseId } from '../common/list';
import { ApiToken } from './api-token.entity';
import { hashPassword, passwordProblems, verifyAgainstNothing, verifyPassword } from './password';
import { Session } from './session.entity';
import { CredentialCache } from './credential-cache';
import { signInName, SignInLimits, type FailureOutcome, type SignInLimitSettings } from './sign-in-limits';
import { API_TOKEN_PREFIX, hashToken, newToken, tokenKey } from './tokens';
import { User } from './user.entity';

/** An API token lasts at most a year; without a choice, 90 days. */
export const TOKEN_MAX_DAYS = 365;
export const TOKEN_DEFAULT_DAYS = 90;
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
  /** Other limits on failed sign-ins than `SIGN_IN_LIMITS` (shorter waits in tests). */
  signInLimits?: Partial<SignInLimitSettings>;
}

export interface SignedIn {
  viewer: Viewer;
  token: string;
  expiresAt: Date;
}

/** Sign-in, sessions and API tokens. One per server: it makes the counters of failed sign-ins (kept in the database on MySQL / MariaDB). */
export class AuthService {
  private readonly audit = new AuditService();
  private readonly limits: SignInLimits;
  /** The credentials this server has looked up (docs/api.md, "Signing in": at most a second stale elsewhere). */
  readonly credentials: CredentialCache<CredentialRow>;

  /** The session secret as a key, made once: every signed-in request hashes its token with it. */
  private readonly key: KeyObject;
  /** The credential lookup per table, written once. */
  private readonly credentialSql: Record<'session' | 'api_token', string>;

  constructor(
    private readonly db: Database,
    private readonly settings: AuthSettings,
  ) {
    this.key = tokenKey(settings.secret);
    this.limits = new SignInLimits(db, settings.signInLimits);
    this.credentials = new CredentialCache(db);
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
    return new Viewer(Object.assign(new User(), row.user), row.scopePath ?? NOWHERE, 'session');
  }

  /** The viewer behind an API token, or null when it is unknown, revoked, expired or without an expiry. */
  async viewerForApiToken(token: string): Promise<Viewer | null> {
    if (!token.startsWith(API_TOKEN_PREFIX)) return null;
    const row = await this.credentialRow('api_token', token);
    if (!row || row.revokedAt) return null;
    if (!row.expiresAt || toDate(row.expiresAt) <= new Date()) return null;
    const lastUsed = row.lastUsedAt ? toDate(row.lastUsedAt).getTime() : 0;
    if (Date.now() - lastUsed > TOKEN_TOUCH_MS) {
      const now = new Date();
      await this.db.write((em) => em.update(ApiToken, { id: row.credentialId }, { lastUsedAt: now }));
      row.lastUsedAt = now;
    }
    return new Viewer(Object.assign(new User(), row.user), row.scopePath ?? NOWHERE, 'token');
  }

  /**
   * The account behind a session or API token, in one plain statement: every request
   * pays for this lookup, so it skips the query builder and entity mapping, and reads the
   * row as an array of values (`Database.readArrays`).
   */
  private credentialRow(table: 'session' | 'api_token', token: string): Promise<CredentialRow | null> {
    const hash = hashToken(this.key, token);
    return this.credentials.lookup(`${table}:${hash}`, () => this.loadCredential(table, hash));
  }

  private async loadCredential(table: 'session' | 'api_token', hash: string): Promise<CredentialRow | null> {
    const rows = await this.db.readArrays(this.credentialSql[table], [hash], { prepared: true });
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

  /**
   * Signs in. Refusals do not tell an unknown username from a known one: every failure
   * counts against the typed name at the caller's address whether or not it names an
   * account, so a waiting or blocked name answers the same way either way, before any
   * lookup or password check (docs/api.md, "Signing in").
   */
  async signIn(actor: Actor, username: string, password: string): Promise<SignedIn> {
    const address = actor.ip ?? 'unknown';
    const name = signInName(username);
    const release = await this.limits.begin(name, address);
    let user: User | null;
    try {
      user = await this.db.manager.findOneBy(User, { username: name });
      const valid = user ? await verifyPassword(user.passwordHash, password) : (await verifyAgainstNothing(password), false);
      if (!user || !valid || user.disabled) {
        const outcome = await this.limits.failed(name, address);
        const known = user;
        await this.credentials.write(async (em, changed) => {
          if (known && !known.disabled && !valid) await this.countFailure(em, known, outcome, changed);
          await this.audit.record(em, actor, failure(known, !known ? 'unknownUser' : known.disabled ? 'disabled' : 'wrongPassword', outcome));
        });
        throw new UnauthenticatedError('wrong username or password, or the account is disabled');
      }
      await this.limits.succeeded(name, address);
    } finally {
      await release();
    }

    const token = newToken();
    const expiresAt = new Date(Date.now() + this.settings.sessionHours * 3_600_000);
    await this.db.write(async (em) => {
      // The account's ended sessions go, each by its key: a delete by account would lock the
      // gap next to its sessions on MariaDB, and the next account signing in would wait.
      // One that ends meanwhile goes at the next sign-in; it is refused anyway.
      const ended = await em.createQueryBuilder(Session, 's').select('s.id', 'id').where('s.userId = :id AND s.expiresAt < :now', { id: user.id, now: new Date() }).getRawMany<{ id: number }>();
      await deleteByKeys(em, Session, ended);
      await em.insert(Session, { tokenHash: hashToken(this.key, token), userId: user.id, expiresAt, ip: actor.ip });
      // Signing in is not an edit of the account: the version an administrator holds stays valid.
      // A block at another address goes on (`lockedUntil` stays until it ends or is lifted).
      await em.update(User, { id: user.id }, { failedSignIns: 0, lastSignInAt: new Date(), version: () => 'version' });
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
    await this.credentials.write(async (em, changed) => {
      changed();
      if (sessionToken) await em.delete(Session, { tokenHash: hashToken(this.key, sessionToken) });
      await this.audit.record(em, actor, { action: 'auth.signOut', recordType: 'User', recordId: viewer.user.id, organizationId: viewer.user.organizationId });
    });
  }

  /** Changes the viewer's own password; every other session of theirs ends. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string, keepSessionToken: string | null): Promise<void> {
    const viewer = requireViewer(actor);
    const user = await this.db.manager.findOneByOrFail(User, { id: viewer.user.id });
    await this.confirmPassword(actor, user, currentPassword, 'currentPassword', 'auth.passwordChangeFailed');
    const problems = passwordProblems('newPassword', newPassword, user.username, user.displayName);
    if (problems.length) throw new BadInputError(problems);
    const passwordHash = await hashPassword(newPassword);
    await this.credentials.write(async (em, changed) => {
      changed();
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

  /**
   * Checks the signed-in user's password again before a change that needs it. A wrong one
   * counts like a failed sign-in of the username at the caller's address, so a stolen
   * session cannot be used to guess it: it is slowed, then blocked, and the failure that
   * blocks it ends all the account's sessions.
   */
  private async confirmPassword(actor: Actor, user: User, password: string, field: string, failedAction: string): Promise<void> {
    const address = actor.ip ?? 'unknown';
    const release = await this.limits.begin(user.username, address);
    try {
      if (await verifyPassword(user.passwordHash, password)) {
        await this.limits.succeeded(user.username, address);
        return;
      }
      const outcome = await this.limits.failed(user.username, address);
      await this.credentials.write(async (em, changed) => {
        await this.countFailure(em, user, outcome, changed);
        if (outcome.blockedUntil) await em.delete(Session, { userId: user.id });
        await this.audit.record(em, actor, { ...failure(user, 'wrongCurrentPassword', outcome), action: failedAction, actor: { id: user.id, name: user.username } });
      });
      throw BadInputError.field(field, 'wrongPassword', 'the password is not right');
    } finally {
      await release();
    }
  }

  /**
   * Counts one failure on the account, for administrators to see; when it blocked the name
   * at an address, `lockedUntil` says until when. Not an edit: the account's version stays.
   */
  private async countFailure(em: EntityManager, user: User, outcome: FailureOutcome, changed: () => void): Promise<void> {
    if (outcome.blockedUntil) changed();
    await em.update(User, { id: user.id }, {
      failedSignIns: () => 'failedSignIns + 1',
      ...(outcome.blockedUntil ? { lockedUntil: outcome.blockedUntil } : {}),
      version: () => 'version',
    });
  }

  /** Lifts the waits and blocks of a username at every address (an administrator's unlock or password reset). */
  liftSignInLimits(username: string): Promise<void> {
    return this.limits.lift(signInName(username));
  }

  async listApiTokens(actor: Actor): Promise<ApiToken[]> {
    const viewer = requireViewer(actor);
    return this.db.manager.find(ApiToken, { where: { userId: viewer.user.id }, order: { id: 'DESC' } });
  }

  /**
   * A new API token for the signed-in user: only from a session (a token cannot make
   * tokens), with the password given again, and with an expiry of at most a year.
   */
  async createApiToken(actor: Actor, name: string, password: string, expiresInDays: number | null | undefined): Promise<{ token: string; apiToken: ApiToken }> {
    const viewer = requireViewer(actor);
    if (viewer.via !== 'session') throw new ForbiddenError('API tokens are created from a signed-in session, not with an API token');
    const problems: FieldProblem[] = [];
    if (expiresInDays === null || expiresInDays === undefined) {
      problems.push({ field: 'expiresInDays', constraint: 'required', message: `every token expires: 1 to ${TOKEN_MAX_DAYS} days` });
    } else if (!Number.isInteger(expiresInDays) || expiresInDays < 1 || expiresInDays > TOKEN_MAX_DAYS) {
      problems.push({ field: 'expiresInDays', constraint: expiresInDays < 1 ? 'min' : 'max', message: `1 to ${TOKEN_MAX_DAYS} days` });
    }
    if (problems.length) throw new BadInputError(problems);
    const user = await this.db.manager.findOneByOrFail(User, { id: viewer.user.id });
    await this.confirmPassword(actor, user, password, 'password', 'apiToken.createFailed');
    return this.issueApiToken(actor, name, expiresInDays!);
  }

  /**
   * Makes a token for the actor's account without the checks of `createApiToken`: for the
   * server's own scripts and tests, which act for an account they already hold.
   */
  async issueApiToken(actor: Actor, name: string, expiresInDays: number): Promise<{ token: string; apiToken: ApiToken }> {
    const viewer = requireViewer(actor);
    const token = newToken(API_TOKEN_PREFIX);
    const apiToken = await this.db.write(async (em) => {
      const saved = await em.save(
        em.create(ApiToken, {
          userId: viewer.user.id,
          name: name.trim(),
          prefix: token.slice(0, 10),
          tokenHash: hashToken(this.key, token),
          expiresAt: new Date(Date.now() + Math.min(expiresInDays, TOKEN_MAX_DAYS) * 86_400_000),
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
    return this.credentials.write(async (em, changed) => {
      changed();
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

/**
 * The audit entry of a failed attempt. It names the account only when the typed name is
 * one: a name that is none may be a password typed into the wrong box.
 */
function failure(user: User | null, reason: string, outcome: FailureOutcome) {
  return {
    action: 'auth.signInFailed',
    recordType: 'User',
    recordId: user?.id ?? null,
    organizationId: user?.organizationId ?? null,
    actor: { id: null, name: user?.username ?? null },
    changes: {
      reason: [null, reason],
      failuresInARow: [null, outcome.failures],
      ...(outcome.blockedUntil ? { blockedUntil: [null, outcome.blockedUntil.toISOString()] } : {}),
    },
  };
}

function toDate(value: Timestamp): Date {
  if (value instanceof Date) return value;
  // SQLite returns "YYYY-MM-DD HH:MM:SS.fff" in UTC; MySQL returns a Date (timezone 'Z').
  return new Date(value.includes('T') ? value : `${value.replace(' ', 'T')}Z`);
}
