import { createHmac } from 'node:crypto';
import nodemailer from 'nodemailer';
import { In, IsNull, LessThan, LessThanOrEqual, MoreThan, Not, Or } from 'typeorm';
import type { Database } from '../db/database';
import { insertNew } from '../db/insert-new';
import { subtreeRange } from '../kernel/paths';
import { todayInChina } from '../common/dates';
import { inBatches } from '../common/list';
import { User } from '../accounts';
import { Organization } from '../organizations';
import type { PersonalDataCipher } from '../people';
import { DeliveryChannel, DeliveryStatus, Reminder, ReminderDelivery, ReminderKind, ReminderSubject, ReminderWebhook, WebhookKind } from './reminder.entity';
import { DUE_WORDS, REMINDER_NAMES } from './reminder.rules';
import { rulesInForce } from './reminder.settings';

/** A digest as it is sent: a title and a line per reminder. */
export interface Digest {
  title: string;
  lines: string[];
  /** Where the reminders are read in full. */
  link: string;
  /** The newest reminder it carries. */
  throughId: number;
}

/** Sends one e-mail. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

/** E-mail over SMTP through nodemailer: `smtp://` (STARTTLS when the server offers it) or `smtps://`. */
export function smtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}

/** What the channels need besides the database. */
export interface ChannelSettings {
  mailer: Mailer | null;
  /** The hour (China time) from which a day's digests go. */
  digestHour: number;
  /** The dashboard's address, for the link in each digest. */
  publicUrl: string;
  /** Opens the robots' sealed addresses and secrets. */
  cipher: PersonalDataCipher;
  /** Posts a webhook; the global fetch unless a test gives another. */
  fetch?: typeof fetch;
}

/** Attempts a digest gets, and the wait before each retry: a minute, five, a quarter, an hour. */
export const RETRY_DELAYS_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];
const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** How long a server holds a digest it is sending before another may try it. */
const CLAIM_MS = 2 * 60_000;

/** The hour of `now` in China (UTC+8, no daylight saving). */
const chinaHour = (now: Date) => (now.getUTCHours() + 8) % 24;

/** What a robot's secret reads as: that there is one, never what it is. */
export const SECRET_MASK = '********';

/** A robot's address as it is read: where it goes, its keys masked (they are its credentials). */
export function maskedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()]) parsed.searchParams.set(key, '****');
    return `${parsed.origin}${parsed.pathname}${parsed.search.replace(/%2A/g, '*')}`;
  } catch {
    return '****';
  }
}

/** The purposes a robot's address and secret are sealed for (docs/operations.md, "Reminders"). */
const URL_PURPOSE = 'reminder-webhook.url';
const SECRET_PURPOSE = 'reminder-webhook.secret';

/** A robot's address as it is stored: sealed under the data key, as national ids are. */
export const sealUrl = (cipher: PersonalDataCipher, url: string) => cipher.seal(url, URL_PURPOSE);
/** A robot's signing secret as it is stored, sealed. */
export const sealSecret = (cipher: PersonalDataCipher, secret: string | null) => (secret === null ? null : cipher.seal(secret, SECRET_PURPOSE));

/** A robot's address and secret as they are stored. */
export function sealCredentials(cipher: PersonalDataCipher, plain: { url: string; secret: string | null }): { url: string; secret: string | null } {
  return { url: sealUrl(cipher, plain.url), secret: sealSecret(cipher, plain.secret) };
}

/** A stored value that is not sealed yet (written before robots' credentials were): taken as it is. */
const isSealed = (value: string) => value.startsWith('v1.');

/** The robot with its address and secret opened, for sending and for comparing what an update gives. */
export function openCredentials<T extends Pick<ReminderWebhook, 'url' | 'secret'>>(cipher: PersonalDataCipher, hook: T): T {
  return {
    ...hook,
    url: isSealed(hook.url) ? cipher.open(hook.url, URL_PURPOSE) : hook.url,
    secret: hook.secret === null ? null : isSealed(hook.secret) ? cipher.open(hook.secret, SECRET_PURPOSE) : hook.secret,
  };
}

/** Seals the robots' addresses and secrets still stored as written before they were sealed; run at start. */
export async function sealStoredCredentials(db: Database, cipher: PersonalDataCipher): Promise<number> {
  const plain = (await db.manager.find(ReminderWebhook)).filter((h) => !isSealed(h.url) || (h.secret !== null && !isSealed(h.secret)));
  if (!plain.length) return 0;
  await db.write(async (em) => {
    for (const hook of plain) await em.update(ReminderWebhook, { id: hook.id }, sealCredentials(cipher, openCredentials(cipher, hook)));
  });
  return plain.length;
}

/** 钉钉's signature of a request: HMAC-SHA256 of `timestamp\nsecret` under the secret, in base64. */
export function dingTalkSignature(secret: string, timestamp: number): string {
  return createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
}

/** The robot's message: 企业微信 and 钉钉 both take markdown, 钉钉 signed in the address. */
export function webhookRequest(hook: Pick<ReminderWebhook, 'kind' | 'url' | 'secret'>, digest: Digest, now: number): { url: string; body: unknown } {
  const text = [`### ${digest.title}`, ...digest.lines.map((line) => `- ${line}`), '', `[打开平台查看](${digest.link})`].join('\n');
  if (hook.kind === WebhookKind.WECOM) return { url: hook.url, body: { msgtype: 'markdown', markdown: { content: text } } };
  const url = new URL(hook.url);
  if (hook.secret) {
    url.searchParams.set('timestamp', String(now));
    url.searchParams.set('sign', dingTalkSignature(hook.secret, now));
  }
  return { url: url.toString(), body: { msgtype: 'markdown', markdown: { title: digest.title, text } } };
}

/** Posts to a robot; both answer 200 with `errcode` 0 when they took the message. */
async function postWebhook(hook: ReminderWebhook, digest: Digest, fetchImpl: typeof fetch): Promise<void> {
  const { url, body } = webhookRequest(hook, digest, Date.now());
  const res = await fetchImpl(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(10_000) });
  const answer = (await res.json().catch(() => null)) as { errcode?: number; errmsg?: string } | null;
  if (!res.ok) throw new Error(`the robot answered HTTP ${res.status}`);
  if (!answer || answer.errcode !== 0) throw new Error(`the robot refused the message: ${answer?.errmsg ?? 'no answer'} (errcode ${answer?.errcode ?? '?'})`);
}

const line = (r: Pick<Reminder, 'kind' | 'subjectType' | 'label' | 'dueOn'>) =>
  r.subjectType === ReminderSubject.LIST ? `${REMINDER_NAMES[r.kind]}：共 ${r.label} 项` : `${REMINDER_NAMES[r.kind]}：${r.label}（${DUE_WORDS[r.kind].replace('%s', r.dueOn)}）`;

/** The reminders a digest carries: those after the newest the recipient's last digest carried. */
async function userDigest(db: Database, userId: number, afterId: number, day: string, publicUrl: string, kinds: ReminderKind[]): Promise<Digest | null> {
  if (!kinds.length) return null;
  const reminders = await db.manager.find(Reminder, { where: { userId, id: MoreThan(afterId), kind: In(kinds) }, order: { id: 'ASC' }, take: 200 });
  if (!reminders.length) return null;
  return { title: `党建工作提醒（${day}）：${reminders.length} 项待办`, lines: reminders.map(line), link: `${publicUrl}/#/reminders`, throughId: reminders[reminders.length - 1].id };
}

/** A chamber's robot: its records' reminders since the last digest, each once; the department's: the counts. */
async function webhookDigest(db: Database, hook: ReminderWebhook, afterId: number, day: string, publicUrl: string, kinds: ReminderKind[]): Promise<Digest | null> {
  if (!kinds.length) return null;
  const recent = db.manager.createQueryBuilder(Reminder, 'r').where('r.id > :afterId AND r.kind IN (:...kinds)', { afterId, kinds }).orderBy('r.id', 'ASC');
  if (hook.organizationId === null) {
    recent.andWhere('r.subjectType = :list', { list: ReminderSubject.LIST });
  } else {
    const chamber = await db.manager.findOneBy(Organization, { id: hook.organizationId });
    if (!chamber) return null;
    const { low, high } = subtreeRange(chamber.path);
    recent.innerJoin(Organization, 'ro', 'ro.id = r.organizationId').andWhere('ro.path >= :low AND ro.path < :high', { low, high });
  }
  const found = await recent.take(2000).getMany();
  const seen = new Set<string>();
  const items = found.filter((r) => {
    const key = r.subjectType === ReminderSubject.LIST ? `${r.kind}` : `${r.kind}:${r.subjectType}:${r.subjectId}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!items.length) return null;
  return {
    title: `${hook.name}党建工作提醒（${day}）：${items.length} 项`,
    lines: items.slice(0, 50).map(line).concat(items.length > 50 ? [`另有 ${items.length - 50} 项`] : []),
    link: `${publicUrl}/#/reminders`,
    throughId: found[found.length - 1].id,
  };
}

/** The newest reminder a recipient's digests carried: what they carried is not sent again. */
async function carriedThrough(db: Database, recipientKey: string): Promise<number> {
  const [row] = await db.manager.createQueryBuilder(ReminderDelivery, 'd').select('MAX(d.throughReminderId)', 'id').where('d.recipientKey = :recipientKey AND d.status = :sent', { recipientKey, sent: DeliveryStatus.SENT }).getRawMany<{ id: number | string | null }>();
  return Number(row?.id ?? 0);
}

/**
 * The day's digests: from the digest hour on, one per recipient with something new — each account
 * with an address (when e-mail is configured), each robot that is on — made once by the delivery's
 * unique key; then every digest due is tried, claimed first so no two servers send it, and marked
 * sent, or tried again after a wait, or failed with why once out of attempts.
 */
export async function deliverDigests(db: Database, now: Date, settings: ChannelSettings, holder: string): Promise<{ created: number; sent: number; failed: number }> {
  const day = todayInChina(now);
  // The kinds each channel carries, as their rules say.
  const rules = await rulesInForce(db.manager);
  const kindsBy = (channel: DeliveryChannel) => [...rules].filter(([, r]) => r.channels.includes(channel)).map(([kind]) => kind);
  const kinds = { [DeliveryChannel.EMAIL]: kindsBy(DeliveryChannel.EMAIL), [DeliveryChannel.WEBHOOK]: kindsBy(DeliveryChannel.WEBHOOK) };
  let created = 0;
  if (chinaHour(now) >= settings.digestHour) {
    // Recipients already with today's digest are done; of the others, those with something new.
    const today = new Set((await db.manager.find(ReminderDelivery, { select: { recipientKey: true }, where: { day } })).map((d) => d.recipientKey));
    const carried = new Map(
      (await db.manager.createQueryBuilder(ReminderDelivery, 'd').select('d.recipientKey', 'key').addSelect('MAX(d.throughReminderId)', 'id').where('d.status = :sent', { sent: DeliveryStatus.SENT }).groupBy('d.recipientKey').getRawMany<{ key: string; id: number | string | null }>()).map((r) => [r.key, Number(r.id ?? 0)]),
    );
    const due: Partial<ReminderDelivery>[] = [];
    if (settings.mailer && kinds.EMAIL.length) {
      const users = (await db.manager.find(User, { select: { id: true, email: true }, where: { disabled: false, email: Not(IsNull()) } })).filter((u) => !today.has(`user:${u.id}`));
      const latest = await inBatches(
        users.map((u) => u.id),
        (ids) => db.manager.createQueryBuilder(Reminder, 'r').select('r.userId', 'userId').addSelect('MAX(r.id)', 'id').where({ userId: In(ids), kind: In(kinds.EMAIL) }).groupBy('r.userId').getRawMany<{ userId: number | string; id: number | string }>(),
      );
      const newest = new Map(latest.map((r) => [Number(r.userId), Number(r.id)]));
      for (const u of users) {
        if ((newest.get(u.id) ?? 0) > (carried.get(`user:${u.id}`) ?? 0)) due.push({ channel: DeliveryChannel.EMAIL, recipientKey: `user:${u.id}`, userId: u.id, recipient: u.email! });
      }
    }
    for (const hook of await db.manager.findBy(ReminderWebhook, { enabled: true })) {
      const key = `webhook:${hook.id}`;
      if (today.has(key) || !(await webhookDigest(db, hook, carried.get(key) ?? 0, day, settings.publicUrl, kinds.WEBHOOK))) continue;
      due.push({ channel: DeliveryChannel.WEBHOOK, recipientKey: key, webhookId: hook.id, recipient: hook.name });
    }
    if (due.length) {
      const rows = due.map((d) => ({ ...d, day, status: DeliveryStatus.PENDING, attempts: 0, nextAttemptAt: now }));
      created = await db.write((em) => insertNew(em, ReminderDelivery, rows, { day }));
    }
  }
  let sent = 0;
  let failed = 0;
  const pending = await db.manager.find(ReminderDelivery, { where: { status: DeliveryStatus.PENDING, nextAttemptAt: LessThanOrEqual(now) }, order: { id: 'ASC' }, take: 500 });
  for (const delivery of pending) {
    // Claim it: of servers trying at once, one gets it.
    const claimed = await db.manager
      .createQueryBuilder()
      .update(ReminderDelivery)
      .set({ claimedBy: holder, claimedUntil: new Date(now.getTime() + CLAIM_MS) })
      .where({ id: delivery.id, status: DeliveryStatus.PENDING, claimedUntil: Or(IsNull(), LessThan(now)) })
      .execute();
    if (!claimed.affected) continue;
    const outcome = await attempt(db, delivery, settings, kinds[delivery.channel]);
    const attempts = delivery.attempts + 1;
    if (outcome.error === null && outcome.throughId === null) {
      // Nothing new after all (read meanwhile, or sent in an earlier digest): nothing to send.
      await db.manager.delete(ReminderDelivery, { id: delivery.id });
      continue;
    }
    if (outcome.error === null) {
      sent += 1;
      await db.manager.update(ReminderDelivery, { id: delivery.id }, { status: DeliveryStatus.SENT, attempts, sentAt: new Date(), reminderCount: outcome.count, throughReminderId: outcome.throughId, lastError: null, nextAttemptAt: null, claimedBy: null, claimedUntil: null });
    } else {
      const out = attempts >= MAX_ATTEMPTS;
      if (out) failed += 1;
      await db.manager.update(ReminderDelivery, { id: delivery.id }, {
        status: out ? DeliveryStatus.FAILED : DeliveryStatus.PENDING,
        attempts,
        reminderCount: outcome.count,
        lastError: outcome.error.slice(0, 500),
        nextAttemptAt: out ? null : new Date(now.getTime() + RETRY_DELAYS_MS[attempts - 1]),
        claimedBy: null,
        claimedUntil: null,
      });
    }
  }
  return { created, sent, failed };
}

/** One attempt: the digest built from what is there now, then sent. */
async function attempt(db: Database, delivery: ReminderDelivery, settings: ChannelSettings, kinds: ReminderKind[]): Promise<{ count: number; throughId: number | null; error: string | null }> {
  try {
    const afterId = await carriedThrough(db, delivery.recipientKey);
    if (delivery.channel === DeliveryChannel.EMAIL) {
      if (!settings.mailer) return { count: 0, throughId: null, error: 'e-mail is not configured (SMTP_URL)' };
      const digest = await userDigest(db, delivery.userId!, afterId, delivery.day, settings.publicUrl, kinds);
      if (!digest) return { count: 0, throughId: null, error: null };
      await settings.mailer.send({ to: delivery.recipient, subject: digest.title, text: [...digest.lines.map((l) => `· ${l}`), '', `在平台中查看：${digest.link}`].join('\n') });
      return { count: digest.lines.length, throughId: digest.throughId, error: null };
    }
    const hook = await db.manager.findOneBy(ReminderWebhook, { id: delivery.webhookId! });
    if (!hook || !hook.enabled) return { count: 0, throughId: null, error: null };
    const digest = await webhookDigest(db, hook, afterId, delivery.day, settings.publicUrl, kinds);
    if (!digest) return { count: 0, throughId: null, error: null };
    await postWebhook(openCredentials(settings.cipher, hook), digest, settings.fetch ?? fetch);
    return { count: digest.lines.length, throughId: digest.throughId, error: null };
  } catch (error) {
    return { count: 0, throughId: null, error: error instanceof Error ? error.message : String(error) };
  }
}
