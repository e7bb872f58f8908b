import { expectVersion, writeVersioned } from '../db/versioned';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { requirePermission, scopeCondition } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { ListEngine } from '../db/list-engine';
import { BadInputError, ForbiddenError, type FieldProblem } from '../kernel/errors';
import { Organization, organizationInScope } from '../organizations';
import { personInScope } from '../people';
import { Session } from './session.entity';
import { hashPassword, passwordProblems } from './password';
import type { CreateUserArgs, UpdateUserArgs, UserFilter } from './user.args';
import { User } from './user.entity';
import type { CredentialCache } from './credential-cache';

const SORTS: Record<string, string[]> = {
  id: ['u.id'],
  username: ['u.username'],
  displayName: ['u.displayName'],
  role: ['u.role', 'u.username'],
  lastSignInAt: ['u.lastSignInAt'],
  createdAt: ['u.createdAt'],
};
const AUDITED = ['username', 'displayName', 'email', 'role', 'organizationId', 'personId', 'disabled', 'lockedUntil'] as const;
const RECORD = 'User';

/** Managing accounts: the department's administrators, within their scope. */
/** An address as stored: trimmed, its domain in lower case; blank is none. */
function emailOf(raw: string | null | undefined): string | null {
  const text = raw?.trim();
  if (!text) return null;
  const at = text.lastIndexOf('@');
  return `${text.slice(0, at)}@${text.slice(at + 1).toLowerCase()}`;
}

export class UserService {
  private readonly audit = new AuditService();
  private readonly engine: ListEngine<User, UserFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    /** The server's kept credentials: a change to an account's access makes every server forget them. */
    private readonly credentials: Pick<CredentialCache<unknown>, 'write'>,
  ) {
    this.engine = new ListEngine(db, RECORD, {
      entity: User,
      alias: 'u',
      joins: [{ entity: Organization, alias: 'uo', on: 'uo.id = u.organizationId', optional: true }],
      sorts: SORTS,
      defaultSort: 'username',
      where: (filter) => this.conditions(filter),
    });
  }

  /**
   * The one place account filters become SQL, on the alias `u` with the account's organization
   * `uo`, whose place in the tree is the scope. Every read of accounts (list, count, lookup by a
   * valid id) comes through here, so the permission is checked here, after the sort is resolved.
   */
  private conditions(filter: UserFilter): Conditions {
    requirePermission(this.actor, 'user:manage');
    const where = scopeCondition(new Conditions(), 'uo.path', this.actor);
    const q = filter.q?.trim();
    if (q) where.add(`(u.username LIKE ? ${LIKE_ESCAPE} OR u.displayName LIKE ? ${LIKE_ESCAPE})`, likeContains(q.toLowerCase()), likeContains(q));
    if (filter.role) where.add('u.role = ?', filter.role);
    if (filter.organizationId) where.add('u.organizationId = ?', parseId(filter.organizationId) ?? -1);
    if (filter.personId) where.add('u.personId = ?', parseId(filter.personId) ?? -1);
    if (typeof filter.disabled === 'boolean') where.add('u.disabled = ?', filter.disabled);
    return where;
  }

  list(args: ListArgsShape<UserFilter>, columns?: ReadonlySet<string> | null): Promise<User[]> {
    return this.engine.rows(args, columns);
  }

  count(filter: UserFilter | null | undefined): Promise<number> {
    return this.engine.count(filter);
  }

  async get(id: string, manager?: EntityManager): Promise<User> {
    return this.engine.get(id, manager);
  }

  async create(args: CreateUserArgs): Promise<User> {
    requirePermission(this.actor, 'user:manage');
    const username = args.username.trim().toLowerCase();
    const problems: FieldProblem[] = passwordProblems('password', args.password, username, args.displayName);
    const passwordHash = problems.length ? '' : await hashPassword(args.password);
    return this.db.write(async (em) => {
      await this.organization(em, args.organizationId, problems);
      if (args.personId) await this.person(em, args.personId, problems);
      if (await em.findOneBy(User, { username })) problems.push({ field: 'username', constraint: 'taken', message: `${username} is taken` });
      if (problems.length) throw new BadInputError(problems);
      const saved = await em.save(em.create(User, { username, displayName: args.displayName.trim(), email: emailOf(args.email), role: args.role, organizationId: parseId(args.organizationId)!, passwordHash, personId: parseId(args.personId) }));
      await this.audit.record(em, this.actor, {
        action: 'user.create',
        recordType: RECORD,
        recordId: saved.id,
        organizationId: saved.organizationId,
        changes: diffChanges(null, saved, AUDITED),
      });
      return saved;
    });
  }

  async update(args: UpdateUserArgs): Promise<User> {
    requirePermission(this.actor, 'user:manage');
    return this.credentials.write(async (em, changed) => {
      const current = await this.get(args.id, em);
      expectVersion('account', current, args.version);
      const problems: FieldProblem[] = [];
      if (args.displayName === null) problems.push({ field: 'displayName', constraint: 'required', message: 'displayName cannot be empty' });
      if (args.role === null) problems.push({ field: 'role', constraint: 'required', message: 'role cannot be empty' });
      if (args.organizationId === null) problems.push({ field: 'organizationId', constraint: 'required', message: 'organizationId cannot be empty' });
      if (args.organizationId) await this.organization(em, args.organizationId, problems);
      if (args.personId) await this.person(em, args.personId, problems);
      if (current.id === this.actor.viewer?.user.id && (args.disabled === true || (args.role && args.role !== current.role))) {
        throw new ForbiddenError('you cannot disable your own account or change your own role', { field: args.disabled ? 'disabled' : 'role' });
      }
      if (problems.length) throw new BadInputError(problems);
      const changes: Partial<User> = {};
      if (args.displayName) changes.displayName = args.displayName.trim();
      if (args.role) changes.role = args.role;
      if (args.organizationId) changes.organizationId = parseId(args.organizationId)!;
      if (typeof args.disabled === 'boolean') changes.disabled = args.disabled;
      if (args.personId !== undefined) changes.personId = args.personId === null ? null : parseId(args.personId);
      if (args.email !== undefined) changes.email = emailOf(args.email);
      // Only a real change counts: the role or organization sent back as they were signs nobody out.
      const written = await writeVersioned(em, User, 'account', current, changes);
      if (!written) return current;
      // Whatever a request's viewer carries (names, role, organization, person, disabled) is re-read everywhere.
      changed();
      // A disabled account, or one moved elsewhere, signs in again.
      if (written.disabled || written.organizationId || written.role) await em.delete(Session, { userId: current.id });
      return this.audited(em, 'user.update', current);
    });
  }

  async resetPassword(id: string, newPassword: string): Promise<User> {
    requirePermission(this.actor, 'user:manage');
    const target = await this.get(id);
    const problems = passwordProblems('newPassword', newPassword, target.username, target.displayName);
    if (problems.length) throw new BadInputError(problems);
    const passwordHash = await hashPassword(newPassword);
    return this.credentials.write(async (em, changed) => {
      changed();
      const current = await this.get(id, em);
      await em.update(User, { id: current.id }, { passwordHash, failedSignIns: 0, lockedUntil: null, version: current.version + 1 });
      await em.delete(Session, { userId: current.id });
      return this.audited(em, 'user.resetPassword', current, { password: ['***', '***'] });
    });
  }

  async unlock(id: string): Promise<User> {
    requirePermission(this.actor, 'user:manage');
    return this.credentials.write(async (em, changed) => {
      changed();
      const current = await this.get(id, em);
      await em.update(User, { id: current.id }, { failedSignIns: 0, lockedUntil: null, version: current.version + 1 });
      return this.audited(em, 'user.unlock', current);
    });
  }

  private async audited(em: EntityManager, action: string, before: User, extra: Record<string, unknown> = {}): Promise<User> {
    const after = await em.findOneByOrFail(User, { id: before.id });
    await this.audit.record(em, this.actor, {
      action,
      recordType: RECORD,
      recordId: before.id,
      organizationId: after.organizationId,
      changes: { ...diffChanges(before, after, AUDITED), ...extra },
    });
    return after;
  }

  private async organization(em: EntityManager, id: string, problems: FieldProblem[]): Promise<void> {
    const org = await organizationInScope(em, this.actor, id);
    if (!org) problems.push({ field: 'organizationId', constraint: 'notFound', message: `organization ${id} does not exist` });
    else if (org.archivedAt) problems.push({ field: 'organizationId', constraint: 'parentArchived', message: 'the organization is archived' });
  }

  private async person(em: EntityManager, id: string, problems: FieldProblem[]): Promise<void> {
    const person = (await personInScope(em, this.actor, id))?.person;
    if (!person) problems.push({ field: 'personId', constraint: 'notFound', message: `person ${id} does not exist` });
    else if (await em.countBy(User, { personId: person.id })) problems.push({ field: 'personId', constraint: 'taken', message: `${person.name} already has an account` });
  }
}

