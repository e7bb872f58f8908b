import { expectVersion, writeVersioned } from '../../db/versioned';
import { randomInt } from 'node:crypto';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { refusedBy } from '../../db/limiters';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../access/actor';
import { actorSees, requirePermission, scopeCondition, withinOrganization } from '../../access/scope';
import { AuditService, diffChanges } from '../../audit/audit.service';
import { todayInChina } from '../../common/dates';
import { checkedArgs } from '../../common/validation';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../../common/list';
import { Conditions } from '../../db/conditions';
import type { Database } from '../../db/database';
import { ListEngine } from '../../db/list-engine';
import { DevelopmentCase } from '../cases/case.entity';
import { BadInputError, ConflictError, GuardFailedError, RateLimitedError } from '../../kernel/errors';
import { NoticeCase, PublicNotice } from '../notices/notice.entity';
import { Organization } from '../../organizations';
import type { PersonalDataCipher } from '../../people';
import { FileReportArgs, type CloseReportArgs, type ConcludeReportArgs, type RecordReportArgs, type ReportContentArgs, type ReportFilter, type ReportStepArgs } from './report.args';
import { Report, ReportChannel, ReportFinding, ReportStatus } from './report.entity';

const RECORD = 'Report';
const CONTACT = 'reporterContact';
const AUDITED_FIELDS = ['noticeId', 'caseId', 'channel', 'anonymous', 'reporterName', 'receivedOn', 'status', 'finding', 'findingNote', 'decision', 'closedOn'] as const;

const SORTS: Record<string, string[]> = {
  id: ['r.id'],
  receivedOn: ['r.receivedOn'],
  status: ['r.status', 'r.receivedOn'],
  channel: ['r.channel', 'r.receivedOn'],
  updatedAt: ['r.updatedAt'],
};

export interface ReportReceiptShape {
  reference: string;
  receivedOn: string;
}

const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A receipt number the reporter can quote: `JB20261127-7K3QX2`. */
function newReference(today: string): string {
  let tail = '';
  for (let i = 0; i < 6; i += 1) tail += REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)];
  return `JB${today.replace(/-/g, '')}-${tail}`;
}

export class ReportService {
  private readonly audit = new AuditService();
  private readonly engine: ListEngine<Report, ReportFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly cipher: PersonalDataCipher,
    private readonly publicLimiter: RateLimiterAbstract,
    private readonly today: () => string = () => todayInChina(),
  ) {
    this.engine = new ListEngine(db, RECORD, {
      entity: Report,
      alias: 'r',
      joins: [{ entity: Organization, alias: 'ro', on: 'ro.id = r.organizationId' }],
      sorts: SORTS,
      defaultSort: 'receivedOn',
      where: (filter) => this.conditions(filter),
    });
  }

  async get(id: string | number): Promise<Report> {
    requirePermission(this.actor, 'report:read');
    return this.engine.get(id);
  }

  async list(args: ListArgsShape<ReportFilter>, columns?: ReadonlySet<string> | null): Promise<Report[]> {
    requirePermission(this.actor, 'report:read');
    return this.engine.rows(args, columns);
  }

  async count(filter: ReportFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'report:read');
    return this.engine.count(filter);
  }

  /** The reporter's contact, for those who verify reports; nobody else sees it. */
  contactFor(report: Report): string | null {
    if (!report.reporterContactSealed) return null;
    if (!this.actor.system && !this.actor.viewer?.can('report:verify')) return null;
    return this.cipher.open(report.reporterContactSealed, CONTACT);
  }

  /** The one place report filters become SQL, on the alias `r` with the organization `ro` it is filed with, the viewer's scope included. */
  private conditions(filter: ReportFilter): Conditions {
    const where = scopeCondition(new Conditions(), 'ro.path', this.actor);
    const q = filter.q?.trim();
    if (q) where.add(`(r.content LIKE ? ${LIKE_ESCAPE} OR r.reference = ?)`, likeContains(q), q.toUpperCase());
    if (filter.noticeId !== undefined && filter.noticeId !== null) where.add('r.noticeId = ?', parseId(filter.noticeId) ?? -1);
    if (filter.caseId !== undefined && filter.caseId !== null) where.add('r.caseId = ?', parseId(filter.caseId) ?? -1);
    if (filter.withinOrganization !== undefined && filter.withinOrganization !== null) {
      where.and(withinOrganization(this.db, 'ro.path', parseId(filter.withinOrganization) ?? -1));
    }
    if (filter.status) where.add('r.status = ?', filter.status);
    if (filter.status_in) {
      if (filter.status_in.length === 0) where.add('1 = 0');
      else where.add(`r.status IN (${Conditions.placeholders(filter.status_in.length)})`, ...filter.status_in);
    }
    if (filter.channel) where.add('r.channel = ?', filter.channel);
    if (filter.receivedOn_gte) where.add('r.receivedOn >= ?', filter.receivedOn_gte);
    if (filter.receivedOn_lte) where.add('r.receivedOn <= ?', filter.receivedOn_lte);
    return where;
  }

  /** A report that came in by hotline, suggestion box, letter or visit, recorded by a coordinator. */
  async record(args: RecordReportArgs): Promise<Report> {
    requirePermission(this.actor, 'report:record');
    if (args.channel === ReportChannel.ONLINE) throw BadInputError.field('channel', 'online', 'online reports are filed by the reporters themselves');
    const today = this.today();
    if (args.receivedOn > today) throw BadInputError.field('receivedOn', 'future', `${args.receivedOn} is in the future (today is ${today})`);
    return this.db.write(async (em) => {
      const subject = await this.subject(em, args, (path) => actorSees(this.actor, path));
      return this.insert(em, args, subject, args.channel, args.receivedOn, 'report.record');
    });
  }

  /**
   * A report filed online by anyone, against a notice while it runs. Limited per address;
   * a filled-in honeypot gets a receipt that looks real and nothing is stored.
   */
  async file(args: FileReportArgs, ip: string | null): Promise<ReportReceiptShape> {
    try {
      await this.publicLimiter.consume(ip ?? 'unknown');
    } catch (rejection) {
      const seconds = Math.ceil(refusedBy(rejection).msBeforeNext / 1000);
      throw new RateLimitedError(`too many reports from your address; try again in ${Math.ceil(seconds / 60)} minutes`, seconds);
    }
    const today = this.today();
    if (args.website && args.website.trim() !== '') return { reference: newReference(today), receivedOn: today };
    // The public form reaches here without GraphQL's checks: the same ones, on the same text step.
    args = await checkedArgs(FileReportArgs, args);
    if (!args.noticeId) throw BadInputError.field('noticeId', 'required', 'choose the notice the report is about');
    return this.db.write(async (em) => {
      // The public sees published notices only; anything else does not exist for them.
      const subject = await this.subject(em, args, () => true, true);
      const notice = subject.notice!;
      if (notice.startsOn > today || notice.endsOn < today) {
        throw new ConflictError('noticeNotRunning', `the notice runs from ${notice.startsOn} to ${notice.endsOn}; call the hotline ${notice.hotline} instead`);
      }
      const saved = await this.insert(em, args, subject, ReportChannel.ONLINE, today, 'report.file');
      return { reference: saved.reference, receivedOn: saved.receivedOn };
    });
  }

  startVerification(args: ReportStepArgs): Promise<Report> {
    return this.step(args, 'report.startVerification', (current) => {
      this.assertStatus(current, [ReportStatus.RECEIVED]);
      return { status: ReportStatus.VERIFYING };
    });
  }

  conclude(args: ConcludeReportArgs): Promise<Report> {
    return this.step(args, 'report.conclude', (current) => {
      this.assertStatus(current, [ReportStatus.VERIFYING]);
      return {
        status: args.finding === ReportFinding.SUBSTANTIATED ? ReportStatus.SUBSTANTIATED : ReportStatus.UNSUBSTANTIATED,
        finding: args.finding,
        findingNote: args.note.trim(),
      };
    });
  }

  close(args: CloseReportArgs): Promise<Report> {
    return this.step(args, 'report.close', (current) => {
      this.assertStatus(current, [ReportStatus.SUBSTANTIATED, ReportStatus.UNSUBSTANTIATED]);
      const decision = args.decision?.trim() || null;
      if (current.status === ReportStatus.SUBSTANTIATED && !decision) {
        throw BadInputError.field('decision', 'required', 'a substantiated report is closed by the committee\'s decision; record it');
      }
      const today = this.today();
      if (args.on > today) throw BadInputError.field('on', 'future', `${args.on} is in the future (today is ${today})`);
      if (args.on < current.receivedOn) throw BadInputError.field('on', 'beforeReceived', `the report came in on ${current.receivedOn}`, { date: current.receivedOn });
      return { status: ReportStatus.CLOSED, decision, closedOn: args.on };
    });
  }

  private async step(args: ReportStepArgs, action: string, decide: (current: Report) => Partial<Report>): Promise<Report> {
    requirePermission(this.actor, 'report:verify');
    return this.db.write(async (em) => {
      const current = await this.engine.locked(em, args.id);
      expectVersion('report', current, args.version);
      await writeVersioned(em, Report, 'report', current, decide(current), true);
      const updated = await em.findOneByOrFail(Report, { id: current.id });
      await this.audit.record(em, this.actor, { action, recordType: RECORD, recordId: current.id, organizationId: current.organizationId, changes: diffChanges(current, updated, AUDITED_FIELDS) });
      return updated;
    });
  }

  private assertStatus(current: Report, allowed: ReportStatus[]): void {
    if (!allowed.includes(current.status)) {
      throw new GuardFailedError([{ rule: 'statusOrder', message: `the report is ${current.status}; this step needs ${allowed.join(' or ')}` }]);
    }
  }

  /** The notice and case a report is about, checked: visible, and the case covered by the notice. */
  private async subject(em: EntityManager, args: ReportContentArgs, visible: (path: string) => boolean, publishedOnly = false) {
    if (!args.noticeId && !args.caseId) throw BadInputError.field('noticeId', 'subjectRequired', 'a report is about a notice or a case');
    let notice: PublicNotice | null = null;
    let noticeOrg: Organization | null = null;
    if (args.noticeId) {
      const id = parseId(args.noticeId);
      notice = id === null ? null : await em.findOneBy(PublicNotice, { id });
      noticeOrg = notice ? await em.findOneBy(Organization, { id: notice.organizationId }) : null;
      if (!notice || !noticeOrg || !visible(noticeOrg.path) || (publishedOnly && !notice.publishedAt)) {
        throw BadInputError.field('noticeId', 'notFound', `notice ${args.noticeId} does not exist`);
      }
    }
    let kase: DevelopmentCase | null = null;
    if (args.caseId) {
      const id = parseId(args.caseId);
      kase = id === null ? null : await em.findOneBy(DevelopmentCase, { id });
      const caseOrg = kase ? await em.findOneBy(Organization, { id: kase.organizationId }) : null;
      const covered = kase && notice ? await em.countBy(NoticeCase, { noticeId: notice.id, caseId: kase.id }) : 1;
      // Online, a case is only known through the notice that names it.
      if (!kase || !caseOrg || (!publishedOnly && !visible(caseOrg.path)) || covered === 0) {
        throw BadInputError.field('caseId', 'notFound', notice ? `case ${args.caseId} is not covered by the notice` : `case ${args.caseId} does not exist`);
      }
    }
    return { notice, kase, organizationId: kase?.organizationId ?? notice!.organizationId };
  }

  private async insert(
    em: EntityManager,
    args: ReportContentArgs,
    subject: { notice: PublicNotice | null; kase: DevelopmentCase | null; organizationId: number },
    channel: ReportChannel,
    receivedOn: string,
    action: string,
  ): Promise<Report> {
    const anonymous = args.anonymous === true;
    const name = anonymous ? null : args.reporterName?.trim() || null;
    const contact = anonymous ? null : args.reporterContact?.trim() || null;
    const saved = await em.save(
      em.create(Report, {
        reference: newReference(receivedOn),
        organizationId: subject.organizationId,
        noticeId: subject.notice?.id ?? null,
        caseId: subject.kase?.id ?? null,
        channel,
        anonymous,
        reporterName: name,
        reporterContactSealed: contact ? this.cipher.seal(contact, CONTACT) : null,
        content: args.content.trim(),
        receivedOn,
        status: ReportStatus.RECEIVED,
      }),
    );
    await this.audit.record(em, this.actor, {
      action,
      recordType: RECORD,
      recordId: saved.id,
      organizationId: saved.organizationId,
      // What a reporter wrote and who they are stay in the report itself, not in the trail.
      changes: diffChanges(null, saved, ['noticeId', 'caseId', 'channel', 'anonymous', 'receivedOn', 'status']),
    });
    return saved;
  }
}

