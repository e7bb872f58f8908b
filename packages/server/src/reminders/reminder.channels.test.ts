// Reminders leave the platform as daily digests: by e-mail through a real SMTP server started here,
// and to group chat robots through a local HTTP receiver that checks 钉钉's signature the way
// 钉钉 does. Each digest goes once a day and recipient, is tried again after a failure, and is
// reported once out of attempts.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { UserRole } from '../access/roles';
import { Database } from '../db/database';
import { DIALECTS } from '../test/databases';
import { freshCase } from '../test/development-fixtures';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';
import { loadConfig } from '../config';
import { PersonalDataCipher } from '../people';
import { RETRY_DELAYS_MS, deliverDigests, openCredentials, sealStoredCredentials, smtpMailer, type ChannelSettings } from './reminder.channels';
import { DeliveryStatus, ReminderDelivery } from './reminder.entity';
import { sendDueReminders } from './reminder.service';

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** A real SMTP server on a free port, keeping what it receives. */
async function startSmtp(): Promise<{ url: string; mails: Mail[]; close(): Promise<void> }> {
  const mails: Mail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, done) {
      simpleParser(stream)
        .then((parsed) => {
          mails.push({ to: (Array.isArray(parsed.to) ? parsed.to[0] : parsed.to)?.text ?? '', subject: parsed.subject ?? '', text: parsed.text ?? '' });
          done();
        })
        .catch(done);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, mails, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Posted {
  path: string;
  query: URLSearchParams;
  body: { msgtype: string; markdown: { content?: string; title?: string; text?: string } };
}

/** A robot's endpoint: answers as 企业微信 and 钉钉 do, refusing a bad signature, or failing when told to. */
async function startReceiver(dingSecret: string): Promise<{ url: string; posted: Posted[]; failing: { on: boolean }; close(): Promise<void> }> {
  const posted: Posted[] = [];
  const failing = { on: false };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const answer = (status: number, body: object) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      if (failing.on) return answer(502, { errcode: -1, errmsg: 'bad gateway' });
      if (url.pathname === '/robot/send') {
        // 钉钉: the timestamp within an hour, and sign = base64(HMAC-SHA256(secret, timestamp + "\n" + secret)).
        const timestamp = Number(url.searchParams.get('timestamp'));
        const expected = createHmac('sha256', dingSecret).update(`${timestamp}\n${dingSecret}`).digest('base64');
        if (Math.abs(Date.now() - timestamp) > 3_600_000 || url.searchParams.get('sign') !== expected) return answer(200, { errcode: 310000, errmsg: 'sign not match' });
      }
      posted.push({ path: url.pathname, query: url.searchParams, body: JSON.parse(raw) });
      answer(200, { errcode: 0, errmsg: 'ok' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, posted, failing, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** 09:00 in China on a day: after the default digest hour. */
const chinaTime = (day: string, hour: number, minutes = 0) => new Date(Date.parse(`${day}T00:00:00Z`) + (hour - 8) * 3_600_000 + minutes * 60_000);

describe.each(DIALECTS)('reminder digests by e-mail and group chat robots on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let settings: ChannelSettings;
  let cipher: PersonalDataCipher;
  let hunan: Gql;
  const DING_SECRET = 'SEC0123456789abcdef-test-secret';

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    smtp = await startSmtp();
    receiver = await startReceiver(DING_SECRET);
    // The test server's data key: the robots' credentials are sealed under it.
    cipher = new PersonalDataCipher(loadConfig({}).dataKey);
    settings = { mailer: smtpMailer(smtp.url, '党建平台 <dj@example.gov.cn>'), digestHour: 9, publicUrl: 'https://dj.example.gov.cn', cipher };
    const coordinator = await t.userFor(UserRole.COORDINATOR, tree.hunan.id, 'hunan-digest');
    hunan = coordinator.gql;
    const set = await t.gql(`mutation($id: ID!, $v: Int!, $e: String) { updateUser(id: $id, version: $v, email: $e) { email } }`, { id: String(coordinator.user.id), v: coordinator.user.version, e: 'Hunan.Coordinator@Example.GOV.cn' });
    expect(set.errors).toBeUndefined();
    expect(set.data!.updateUser).toEqual({ email: 'Hunan.Coordinator@example.gov.cn' });
    // Only the talk reminder, once, on the day the case joins the list.
    for (const kind of ['APPROVAL_OVERDUE', 'CONVERSION_DUE', 'MEETING_NOT_HELD', 'LETTER_MISSING', 'ASSESSMENT_MISSING', 'TERM_DUE_SOON', 'TERM_OVERDUE', 'NOTICE_ENDING', 'CLASS_STARTING', 'SEAT_GIVEN']) {
      await t.gql(`mutation($k: ReminderKind!) { updateReminderRule(kind: $k, enabled: false, offsetDays: 0, repeatDays: 0, recipients: [COORDINATORS], channels: [EMAIL, WEBHOOK]) { kind } }`, { k: kind });
    }
    await t.gql(`mutation { updateReminderRule(kind: TALK_OVERDUE, enabled: true, offsetDays: 0, repeatDays: 0, recipients: [COORDINATORS], channels: [EMAIL, WEBHOOK]) { kind } }`);
  });
  afterAll(async () => {
    await t.stop();
    await smtp.close();
    await receiver.close();
  });

  const ROBOT = `mutation($o: ID, $k: WebhookKind!, $n: String!, $u: String!, $s: String) { createReminderWebhook(organizationId: $o, kind: $k, name: $n, url: $u, secret: $s) { id name kind organizationId enabled version } }`;

  it('takes a robot\'s https address from administrators only, and never reads it or its secret back', async () => {
    const ok = { o: tree.hunan.id, k: 'DINGTALK', n: '湖南商会党建群', u: `${receiver.url}/robot/send?access_token=abc`, s: DING_SECRET };
    expect((await hunan(ROBOT, ok)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const [bad, field] of [[{ u: 'ftp://oapi.dingtalk.com/robot' }, 'url'], [{ u: 'http://example.com/robot/send' }, 'url'], [{ o: tree.enterprises[0].id }, 'organizationId'], [{ n: ' ' }, 'name']] as const) {
      const res = await t.gql(ROBOT, { ...ok, ...bad });
      expect({ field, code: res.errors?.[0].extensions?.code }).toEqual({ field, code: 'BAD_USER_INPUT' });
    }
    const made = await t.gql(ROBOT, ok);
    expect(made.data!.createReminderWebhook).toMatchObject({ name: '湖南商会党建群', kind: 'DINGTALK', organizationId: tree.hunan.id, enabled: true });
    // Read back masked: where it goes, not its key or secret.
    const read = (await t.gql(`{ reminderWebhooks { id version name url secret enabled } }`)).data!.reminderWebhooks[0];
    expect(read).toMatchObject({ url: `${receiver.url}/robot/send?access_token=****`, secret: '********' });
    expect(JSON.stringify(read)).not.toContain(DING_SECRET);
    // Sent back whole as read, it changes nothing: the key and secret stay.
    const back = await t.gql(`mutation($id: ID!, $version: Int, $name: String, $url: String, $secret: String, $enabled: Boolean) { updateReminderWebhook(id: $id, version: $version, name: $name, url: $url, secret: $secret, enabled: $enabled) { version url } }`, read);
    expect(back.data!.updateReminderWebhook).toEqual({ version: read.version, url: read.url });
    // Stored sealed under the data key, as national ids are: a copy of the database does not give the robot away.
    const [stored] = await t.dataSource.query(`SELECT url, secret FROM reminder_webhook WHERE id = ?`, [Number(read.id)]);
    expect(JSON.stringify(stored)).not.toContain('access_token');
    expect(JSON.stringify(stored)).not.toContain(DING_SECRET);
    expect(openCredentials(cipher, stored)).toEqual({ url: ok.u, secret: DING_SECRET });
    // A new secret replaces it, sealed; the same address given again in full changes nothing.
    const same = await t.gql(`mutation($id: ID!, $url: String, $secret: String) { updateReminderWebhook(id: $id, url: $url, secret: $secret) { version } }`, { id: read.id, url: ok.u, secret: 'SEC-another' });
    expect(same.data!.updateReminderWebhook.version).toBe(read.version + 1);
    const [changed] = await t.dataSource.query(`SELECT url, secret FROM reminder_webhook WHERE id = ?`, [Number(read.id)]);
    expect(changed.url).toBe(stored.url);
    expect(openCredentials(cipher, changed).secret).toBe('SEC-another');
    await t.gql(`mutation($id: ID!, $secret: String) { updateReminderWebhook(id: $id, secret: $secret) { version } }`, { id: read.id, secret: DING_SECRET });
    // One stored before robots' credentials were sealed is sealed when a server starts.
    await t.dataSource.query(`UPDATE reminder_webhook SET url = ?, secret = ? WHERE id = ?`, [ok.u, DING_SECRET, Number(read.id)]);
    expect(await sealStoredCredentials(t.db, cipher)).toBe(1);
    expect(await sealStoredCredentials(t.db, cipher)).toBe(0);
    const [resealed] = await t.dataSource.query(`SELECT url, secret FROM reminder_webhook WHERE id = ?`, [Number(read.id)]);
    expect(JSON.stringify(resealed)).not.toContain(DING_SECRET);
    expect(openCredentials(cipher, resealed)).toEqual({ url: ok.u, secret: DING_SECRET });
    const wecom = await t.gql(ROBOT, { o: null, k: 'WECOM', n: '商务厅党建工作群', u: `${receiver.url}/cgi-bin/webhook/send?key=abc`, s: null });
    expect(wecom.data!.createReminderWebhook).toMatchObject({ organizationId: null, kind: 'WECOM' });
    expect((await t.gql(`{ reminderChannels { emailConfigured digestHour } }`)).data!.reminderChannels).toEqual({ emailConfigured: false, digestHour: 8 });
  });

  it('sends each day\'s digest once from the digest hour: the coordinator\'s e-mail and the chamber\'s robot, signed', async () => {
    const c = await freshCase(t.gql, tree.branch.id, '2025-03-10', '赵摘要');
    await sendDueReminders(t.db, '2025-04-11');
    // Before the hour, nothing leaves.
    expect(await deliverDigests(t.db, chinaTime('2025-04-11', 8, 59), settings, 'a')).toEqual({ created: 0, sent: 0, failed: 0 });
    expect(smtp.mails).toEqual([]);
    const sent = await deliverDigests(t.db, chinaTime('2025-04-11', 9), settings, 'a');
    expect(sent).toEqual({ created: 2, sent: 2, failed: 0 });
    expect(smtp.mails).toEqual([{ to: 'Hunan.Coordinator@example.gov.cn', subject: '党建工作提醒（2025-04-11）：1 项待办', text: expect.stringContaining('入党申请超过一个月未谈话：赵摘要（应于 2025-04-10 完成）') }]);
    expect(smtp.mails[0].text).toContain('https://dj.example.gov.cn/#/reminders');
    // The chamber's robot: 钉钉's markdown, signed (the receiver refuses a wrong signature).
    expect(receiver.posted.map((p) => [p.path, p.body.msgtype, p.body.markdown.title])).toEqual([['/robot/send', 'markdown', '湖南商会党建群党建工作提醒（2025-04-11）：1 项']]);
    expect(receiver.posted[0].body.markdown.text).toContain('赵摘要');
    // The department's robot has no count to send: the administrators' counts are off in this rule.
    // Again the same day, and the next day with nothing new: nothing more.
    expect(await deliverDigests(t.db, chinaTime('2025-04-11', 15), settings, 'a')).toEqual({ created: 0, sent: 0, failed: 0 });
    await sendDueReminders(t.db, '2025-04-12');
    expect(await deliverDigests(t.db, chinaTime('2025-04-12', 10), settings, 'a')).toEqual({ created: 0, sent: 0, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    expect(receiver.posted).toHaveLength(1);
    void c;
  });

  it('tries a failing robot again after a wait, then reports it failed with why', async () => {
    await freshCase(t.gql, tree.branch.id, '2025-04-01', '钱重试');
    await sendDueReminders(t.db, '2025-05-02');
    receiver.failing.on = true;
    let now = chinaTime('2025-05-02', 9);
    expect(await deliverDigests(t.db, now, settings, 'a')).toEqual({ created: 2, sent: 1, failed: 0 });
    const robot = () => t.dataSource.getRepository(ReminderDelivery).findOneByOrFail({ channel: 'WEBHOOK' as never, day: '2025-05-02' });
    expect(await robot()).toMatchObject({ status: DeliveryStatus.PENDING, attempts: 1, lastError: 'the robot answered HTTP 502' });
    // Not before its wait is up; then each retry after a longer wait, and out of attempts it is failed.
    expect((await deliverDigests(t.db, new Date(now.getTime() + RETRY_DELAYS_MS[0] - 1000), settings, 'a')).sent).toBe(0);
    expect((await robot()).attempts).toBe(1);
    for (const wait of RETRY_DELAYS_MS) {
      now = new Date(now.getTime() + wait);
      await deliverDigests(t.db, now, settings, 'a');
    }
    expect(await robot()).toMatchObject({ status: DeliveryStatus.FAILED, attempts: 5, lastError: 'the robot answered HTTP 502', nextAttemptAt: null });
    const report = await t.gql(`{ reminderDeliveries(status: FAILED) { total items { channel recipient day status attempts lastError } } }`);
    expect(report.data!.reminderDeliveries).toEqual({ total: 1, items: [{ channel: 'WEBHOOK', recipient: '湖南商会党建群', day: '2025-05-02', status: 'FAILED', attempts: 5, lastError: 'the robot answered HTTP 502' }] });
    expect((await hunan(`{ reminderDeliveries { total } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The robot back: the next day's digest carries what the failed one did not deliver.
    receiver.failing.on = false;
    await deliverDigests(t.db, chinaTime('2025-05-03', 9), settings, 'a');
    expect(receiver.posted.at(-1)!.body.markdown.text).toContain('钱重试');
  });

  it('sends nothing by e-mail when e-mail is not configured; the robots still go, the department\'s with the counts', async () => {
    await t.gql(`mutation { updateReminderRule(kind: TALK_OVERDUE, enabled: true, offsetDays: 0, repeatDays: 0, recipients: [COORDINATORS, ADMINISTRATORS], channels: [EMAIL, WEBHOOK]) { kind } }`);
    await freshCase(t.gql, tree.branch.id, '2025-05-01', '孙无邮');
    await sendDueReminders(t.db, '2025-06-02');
    const [mails, posts] = [smtp.mails.length, receiver.posted.length];
    expect(await deliverDigests(t.db, chinaTime('2025-06-02', 9), { ...settings, mailer: null }, 'a')).toEqual({ created: 2, sent: 2, failed: 0 });
    expect(smtp.mails.length).toBe(mails);
    const [department, chamber] = receiver.posted.slice(posts).sort((a, b) => a.path.localeCompare(b.path));
    expect(chamber.path).toBe('/robot/send');
    expect(chamber.body.markdown.text).toContain('孙无邮');
    // The department's 企业微信 robot: markdown content, the key in the address; the count of the
    // kind as the administrators get it (the three cases not talked to so far).
    expect(department.path).toBe('/cgi-bin/webhook/send');
    expect(department.query.get('key')).toBe('abc');
    expect(department.body).toEqual({ msgtype: 'markdown', markdown: { content: expect.stringContaining('入党申请超过一个月未谈话：共 3 项') } });
    await t.gql(`mutation { updateReminderRule(kind: TALK_OVERDUE, enabled: true, offsetDays: 0, repeatDays: 0, recipients: [COORDINATORS], channels: [EMAIL, WEBHOOK]) { kind } }`);
  });

  it('leaves out of the digests a kind whose rule keeps it to the inbox', async () => {
    await t.gql(`mutation { updateReminderRule(kind: TALK_OVERDUE, enabled: true, offsetDays: 0, repeatDays: 0, recipients: [COORDINATORS], channels: []) { kind } }`);
    await freshCase(t.gql, tree.branch.id, '2025-05-15', '吴站内');
    await sendDueReminders(t.db, '2025-06-16');
    expect((await hunan(`{ myReminders(perPage: 5) { items { label } } }`)).data!.myReminders.items[0]).toEqual({ label: '吴站内' });
    const [mails, posts] = [smtp.mails.length, receiver.posted.length];
    expect(await deliverDigests(t.db, chinaTime('2025-06-16', 9), settings, 'a')).toEqual({ created: 0, sent: 0, failed: 0 });
    expect([smtp.mails.length, receiver.posted.length]).toEqual([mails, posts]);
    await t.gql(`mutation { updateReminderRule(kind: TALK_OVERDUE, enabled: true, offsetDays: 0, repeatDays: 0, recipients: [COORDINATORS], channels: [EMAIL, WEBHOOK]) { kind } }`);
  });

  it('sends each digest once when three servers send at the same moment', async () => {
    const others = dialect === 'mysql' ? await Promise.all([1, 2].map(async () => new Database(await new DataSource({ ...t.dataSource.options, name: undefined } as never).initialize()))) : [];
    try {
      await freshCase(t.gql, tree.branch.id, '2025-06-01', '周并发');
      await sendDueReminders(t.db, '2025-07-02');
      const [mails, posts] = [smtp.mails.length, receiver.posted.length];
      const databases = others.length ? [t.db, ...others] : [t.db, t.db, t.db];
      const runs = await Promise.all(databases.map((db, i) => deliverDigests(db, chinaTime('2025-07-02', 9), settings, `server-${i}`)));
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(2);
      expect(smtp.mails.length - mails).toBe(1);
      expect(receiver.posted.length - posts).toBe(1);
    } finally {
      await Promise.all(others.map((db) => db.dataSource.destroy()));
    }
  });
});
