import { randomUUID } from 'node:crypto';
import { In, IsNull, type EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, type Actor } from '../access/actor';
import { UserRole } from '../access/roles';
import { requirePermission, requireViewer } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { inBatches, parseId, validIds } from '../common/list';
import type { Database } from '../db/database';
import { User } from '../accounts';
import { BadInputError, NotFoundError } from '../kernel/errors';
import { expectVersion, writeVersioned } from '../db/versioned';
import { insertNew } from '../db/insert-new';
import { pageOf, type ReportRows, type ReportWindow } from '../kernel/report-page';
import { Organization, OrganizationKind, namedOrganization } from '../organizations';
import { DeliveryStatus, JobLease, Reminder, ReminderDelivery, ReminderRecipient, ReminderRule, ReminderSubject, ReminderWebhook } from './reminder.entity';
import { REMINDED_KINDS, listedAsOf, occurrenceOn, type RuleSettings } from './reminder.rules';
import { rulesInForce } from './reminder.settings';
import { dueItems, type DueItem } from './reminder.sources';
import { SECRET_MASK, deliverDigests, maskedUrl, openCredentials, sealCredentials, sealSecret, sealUrl, type ChannelSettings } from './reminder.channels';
import type { PersonalDataCipher } from '../people';
import type { CreateReminderWebhookArgs, UpdateReminderRuleArgs, UpdateReminderWebhookArgs } from './reminder.args';

/** The inbox of the signed-in user, and the rules administrators set. */
export class ReminderService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly channels: { emailConfigured: boolean; digestHour: number },
    private readonly cipher: PersonalDataCipher,
  ) {}

  /** Your reminders, newest first; only the unread ones when asked. */
  async mine(unreadOnly: boolean, window: ReportWindow): Promise<ReportRows<Reminder>> {
    const userId = requireViewer(this.actor).user.id;
    const where = { userId, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    return pageOf(await this.db.manager.countBy(Reminder, where), window, ({ offset, limit }) => this.db.manager.find(Reminder, { where, order: { id: 'DESC' }, skip: offset, take: limit }));
  }

  async unreadCount(): Promise<number> {
    return this.unreadOf(requireViewer(this.actor).user.id);
  }

  /** The unread count of the account a viewer's own answer names (`me`, the sign-in's answer). */
  unreadOf(userId: number): Promise<number> {
    return this.db.manager.countBy(Reminder, { userId, readAt: IsNull() });
  }

  /** Marks your reminders read; ids that are not yours, or not reminders, change nothing. Answers how many were marked. */
  async markRead(ids: readonly string[]): Promise<number> {
    const userId = requireViewer(this.actor).user.id;
    if (ids.length > 100) throw BadInputError.field('ids', 'tooMany', `at most 100 ids at once; ${ids.length} were given`, { max: 100 });
    const numeric = validIds(ids);
    if (!numeric.length) return 0;
    return this.db.write(async (em) => {
      const result = await em.update(Reminder, { id: In(numeric), userId, readAt: IsNull() }, { readAt: new Date() });
      const marked = result.affected ?? 0;
      if (marked) await this.audit.record(em, this.actor, { action: 'reminder.read', recordType: 'Reminder', recordId: null, changes: { read: [null, marked] } });
      return marked;
    });
  }

  /** Every reminded kind with its rule in force. */
  async rules(): Promise<ReminderRule[]> {
    requirePermission(this.actor, 'oversight:read');
    const inForce = await rulesInForce(this.db.manager);
    const saved = new Map((await this.db.manager.find(ReminderRule)).map((r) => [r.kind, r]));
    return REMINDED_KINDS.map((kind) => Object.assign(new ReminderRule(), { version: 0, updatedAt: null }, saved.get(kind) ?? {}, { kind, ...inForce.get(kind)! }));
  }

  /** Changes a kind's rule (administrators). */
  async updateRule(args: UpdateReminderRuleArgs): Promise<ReminderRule> {
    requirePermission(this.actor, 'oversight:configure');
    const recipients = [...new Set(args.recipients)];
    const channels = [...new Set(args.channels)];
    return this.db.write(async (em) => {
      const before = (await rulesInForce(em)).get(args.kind)!;
      const after: RuleSettings = { enabled: args.enabled, offsetDays: args.offsetDays, repeatDays: args.repeatDays, recipients, channels };
      const existing = await em.findOneBy(ReminderRule, { kind: args.kind });
      if (existing) await em.update(ReminderRule, { kind: args.kind }, after);
      else await em.insert(ReminderRule, { kind: args.kind, ...after });
      const changed = (Object.keys(after) as (keyof RuleSettings)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      if (changed.length) {
        await this.audit.record(em, this.actor, { action: 'reminder.rule', recordType: 'ReminderRule', recordId: null, changes: Object.fromEntries(changed.map((k) => [`${args.kind}.${k}`, [before[k], after[k]]])) });
      }
      return em.findOneByOrFail(ReminderRule, { kind: args.kind });
    });
  }

  /** How reminders leave the platform: e-mail configured or not, and the digest hour (administrators). */
  channelSettings(): { emailConfigured: boolean; digestHour: number } {
    requirePermission(this.actor, 'oversight:configure');
    return { ...this.channels };
  }

  async webhooks(): Promise<ReminderWebhook[]> {
    requirePermission(this.actor, 'oversight:configure');
    return (await this.db.manager.find(ReminderWebhook, { order: { id: 'ASC' } })).map((h) => openCredentials(this.cipher, h));
  }

  /** Adds a group chat robot for a chamber, or for the department (administrators). */
  async createWebhook(args: CreateReminderWebhookArgs): Promise<ReminderWebhook> {
    requirePermission(this.actor, 'oversight:configure');
    return this.db.write(async (em) => {
      let organizationId: number | null = null;
      if (args.organizationId !== undefined && args.organizationId !== null) {
        const chamber = await namedOrganization(em, this.actor, 'organizationId', args.organizationId);
        if (chamber.kind !== OrganizationKind.CHAMBER) throw BadInputError.field('organizationId', 'chamber', 'a robot receives a chamber\'s reminders, or the department\'s');
        organizationId = chamber.id;
      }
      const sealed = sealCredentials(this.cipher, { url: args.url.trim(), secret: args.secret?.trim() || null });
      const saved = openCredentials(this.cipher, await em.save(em.create(ReminderWebhook, { organizationId, kind: args.kind, name: args.name.trim(), ...sealed, enabled: true })));
      await this.audit.record(em, this.actor, { action: 'reminder.webhook.create', recordType: 'ReminderWebhook', recordId: saved.id, organizationId, changes: { name: [null, saved.name], kind: [null, saved.kind] } });
      return saved;
    });
  }

  async updateWebhook(args: UpdateReminderWebhookArgs): Promise<ReminderWebhook> {
    requirePermission(this.actor, 'oversight:configure');
    return this.db.write(async (em) => {
      const current = await this.webhook(em, args.id);
      expectVersion('robot', current, args.version);
      if (args.name === null) throw BadInputError.field('name', 'required', 'a robot has a name');
      if (args.url === null) throw BadInputError.field('url', 'required', 'a robot has an address');
      const opened = openCredentials(this.cipher, current);
      const changes: Partial<ReminderWebhook> = {};
      if (args.name) changes.name = args.name.trim();
      // The address and secret sent back as they were read (masked), or unchanged, stay as they are; a new one is sealed.
      const url = args.url?.trim();
      if (url && url !== maskedUrl(opened.url) && url !== opened.url) changes.url = sealUrl(this.cipher, url);
      const secret = args.secret === undefined || args.secret === SECRET_MASK ? undefined : args.secret?.trim() || null;
      if (secret !== undefined && secret !== opened.secret) changes.secret = sealSecret(this.cipher, secret);
      if (typeof args.enabled === 'boolean') changes.enabled = args.enabled;
      const written = await writeVersioned(em, ReminderWebhook, 'robot', current, changes);
      if (!written) return opened;
      const after = openCredentials(this.cipher, await em.findOneByOrFail(ReminderWebhook, { id: current.id }));
      // The address and the secret are credentials: the audit says they changed, not what to.
      const audited = diffChanges(current, after, ['name', 'enabled']);
      if (written.url) audited.url = ['(hidden)', '(changed)'];
      if (written.secret !== undefined) audited.secret = ['(hidden)', '(changed)'];
      await this.audit.record(em, this.actor, { action: 'reminder.webhook.update', recordType: 'ReminderWebhook', recordId: current.id, organizationId: current.organizationId, changes: audited });
      return after;
    });
  }

  async deleteWebhook(id: string, version: number | null | undefined): Promise<ReminderWebhook> {
    requirePermission(this.actor, 'oversight:configure');
    return this.db.write(async (em) => {
      const current = await this.webhook(em, id);
      expectVersion('robot', current, version);
      await em.delete(ReminderWebhook, { id: current.id });
      await this.audit.record(em, this.actor, { action: 'reminder.webhook.delete', recordType: 'ReminderWebhook', recordId: current.id, organizationId: current.organizationId, changes: { name: [current.name, null] } });
      return openCredentials(this.cipher, current);
    });
  }

  private async webhook(em: EntityManager, id: string): Promise<ReminderWebhook> {
    const found = await em.findOneBy(ReminderWebhook, { id: parseId(id) ?? -1 });
    if (!found) throw new NotFoundError('ReminderWebhook', id);
    return found;
  }

  /** The digests sent and being sent, newest first; only those in a state when asked (administrators). */
  async deliveries(status: DeliveryStatus | null, window: ReportWindow): Promise<ReportRows<ReminderDelivery>> {
    requirePermission(this.actor, 'oversight:configure');
    const where = status ? { status } : {};
    return pageOf(await this.db.manager.countBy(ReminderDelivery, where), window, ({ offset, limit }) => this.db.manager.find(ReminderDelivery, { where, order: { id: 'DESC' }, skip: offset, take: limit }));
  }
}

interface Recipient {
  id: number;
  role: UserRole;
  path: string | null;
}

type NewReminder = Pick<Reminder, 'userId' | 'kind' | 'subjectType' | 'subjectId' | 'organizationId' | 'label' | 'dueOn' | 'occurrence'>;

/**
 * Sends what is due on `today`: for each reminded kind whose rule is on, the records its overdue
 * list shows as of the day the rule's offset names (or whose day it is, for a day in a record's
 * life); each coordinator above a record gets one reminder of it per occurrence, each trainee it
 * is about one, each administrator one count of the kind per occurrence. The
 * reminder's unique key makes every one go once, however often this runs and on however many
 * servers; what a run adds is one transaction per kind, audited.
 */
export async function sendDueReminders(db: Database, today: string): Promise<Record<string, number>> {
  const rules = await rulesInForce(db.manager);
  const recipients: Recipient[] = (
    await db.manager
      .createQueryBuilder(User, 'u')
      // An administrator hears of everything, wherever their account is placed.
      .leftJoin(Organization, 'o', 'o.id = u.organizationId')
      .select(['u.id AS id', 'u.role AS role', 'o.path AS path'])
      .where('u.disabled = :no AND u.role IN (:...roles)', { no: false, roles: [UserRole.ADMIN, UserRole.COORDINATOR] })
      .getRawMany<{ id: number | string; role: UserRole; path: string | null }>()
  ).map((r) => ({ id: Number(r.id), role: r.role, path: r.path ?? null }));
  const coordinators = recipients.filter((r): r is Recipient & { path: string } => r.role === UserRole.COORDINATOR && r.path !== null);
  const administrators = recipients.filter((r) => r.role === UserRole.ADMIN);
  const sent: Record<string, number> = {};
  for (const kind of REMINDED_KINDS) {
    const rule = rules.get(kind)!;
    if (!rule.enabled || !rule.recipients.length) continue;
    const items = await dueItems(db, kind, listedAsOf(today, rule.offsetDays), today);
    if (!items.length) continue;
    const rows: NewReminder[] = [];
    // One reminder of a record to one user, at the occurrence the rule gives on the day.
    const reminderOf = (item: DueItem, userId: number): NewReminder => ({
      userId,
      kind,
      subjectType: item.subjectType,
      subjectId: item.subjectId,
      organizationId: item.organizationId,
      label: item.label.slice(0, 200),
      dueOn: item.dueOn,
      occurrence: occurrenceOn(today, item.listedFrom, rule),
    });
    if (rule.recipients.includes(ReminderRecipient.COORDINATORS) && coordinators.length) {
      const ids = [...new Set(items.map((i) => i.organizationId))];
      const organizations = await inBatches(ids, (batch) => db.manager.find(Organization, { select: { id: true, path: true }, where: { id: In(batch) } }));
      const paths = new Map(organizations.map((o) => [o.id, o.path]));
      for (const item of items) {
        const path = paths.get(item.organizationId);
        if (!path) continue;
        for (const c of coordinators) if (path.startsWith(c.path)) rows.push(reminderOf(item, c.id));
      }
    }
    if (rule.recipients.includes(ReminderRecipient.TRAINEE)) {
      // The accounts linked to the people a class's reminder is about, whatever their role.
      const people = [...new Set(items.flatMap((i) => i.people ?? []))];
      const users = await inBatches(people, (batch) => db.manager.find(User, { select: { id: true, personId: true }, where: { personId: In(batch), disabled: false } }));
      const accounts = new Map<number, number[]>();
      for (const u of users) accounts.set(u.personId!, [...(accounts.get(u.personId!) ?? []), u.id]);
      for (const item of items) {
        for (const userId of (item.people ?? []).flatMap((p) => accounts.get(p) ?? [])) rows.push(reminderOf(item, userId));
      }
    }
    if (rule.recipients.includes(ReminderRecipient.ADMINISTRATORS)) {
      // The count goes with the earliest record's cadence: again each repeat while the list stays.
      const first = items.reduce((a, b) => (b.listedFrom < a.listedFrom ? b : a));
      const occurrence = occurrenceOn(today, first.listedFrom, rule);
      for (const a of administrators) rows.push({ userId: a.id, kind, subjectType: ReminderSubject.LIST, subjectId: 0, organizationId: null, label: String(items.length), dueOn: first.listedFrom, occurrence });
    }
    if (!rows.length) continue;
    sent[kind] = await db.write(async (em) => {
      const added = await insertNew(em, Reminder, rows, { kind });
      if (added > 0) await new AuditService().record(em, SYSTEM_ACTOR, { action: 'reminder.send', recordType: 'Reminder', recordId: null, changes: { [kind]: [null, added] } });
      return added;
    });
  }
  return sent;
}

/**
 * Takes or renews the lease on a job for `ms`: true when this holder has it. One row per job;
 * the update succeeds only for the holder or once the lease has run out, so of servers asking
 * at the same moment one gets it.
 */
export async function takeLease(db: Database, name: string, holder: string, ms: number): Promise<boolean> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ms);
  return db.write(async (em) => {
    const taken = await em.createQueryBuilder().update(JobLease).set({ holder, expiresAt }).where('name = :name AND (holder = :holder OR expiresAt < :now)', { name, holder, now }).execute();
    if ((taken.affected ?? 0) > 0) return true;
    // No row yet, or another holder's lease still running: the first insert wins.
    await em.createQueryBuilder().insert().into(JobLease).values({ name, holder, expiresAt }).orIgnore().updateEntity(false).execute();
    return (await em.findOneBy(JobLease, { name }))?.holder === holder;
  });
}

/**
 * Runs `sendDueReminders` and then the day's digests (reminder.channels.ts) every `intervalMs` on
 * whichever server holds the lease (docs/operations.md, "Reminders").
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;
  readonly holder = `${process.pid}-${randomUUID()}`;
  private readonly now: () => Date;

  constructor(
    private readonly db: Database,
    private readonly intervalMs: number,
    private readonly options: { channels?: ChannelSettings | null; now?: () => Date; onError?: (error: unknown) => void } = {},
  ) {
    this.now = options.now ?? (() => new Date());
  }

  start(): void {
    if (this.timer || this.intervalMs <= 0) return;
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref();
    void this.tick();
  }

  /** One pass, if this server holds the lease: what it sent per kind, or null when another server holds it. */
  async tick(): Promise<Record<string, number> | null> {
    if (this.running) return null;
    const run = (async () => {
      try {
        if (!(await takeLease(this.db, 'reminders', this.holder, Math.max(this.intervalMs, 60_000)))) return null;
        const now = this.now();
        const sent = await sendDueReminders(this.db, todayInChina(now));
        if (this.options.channels) await deliverDigests(this.db, now, this.options.channels, this.holder);
        return sent;
      } catch (error) {
        (this.options.onError ?? ((e) => console.error('reminders:', e)))(error);
        return null;
      }
    })();
    this.running = run;
    try {
      return await run;
    } finally {
      this.running = null;
    }
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
