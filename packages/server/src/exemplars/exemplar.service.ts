import { effectiveChanges, expectVersion, writeVersioned } from '../db/versioned';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { requirePermission, scopeCondition, withinOrganization } from '../access/scope';
import { AuditService } from '../audit/audit.service';
import { addDays, todayInChina } from '../common/dates';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { ListEngine } from '../db/list-engine';
import { BadInputError, ConflictError, GuardFailedError, NotFoundError } from '../kernel/errors';
import { NoticeService } from '../development';
import { Organization, OrganizationKind, namedOrganization } from '../organizations';
import { namedPerson } from '../people';
import type { ApproveExemplarArgs, CreateExemplarArgs, ExemplarContentArgs, ExemplarFilter, ExemplarStepArgs, PublishedExemplarArgs, UpdateExemplarArgs } from './exemplar.args';
import { chambersWithExemplars, listPublished, publicViews, publishedQuery, type PublicChamber, type PublishedExemplar } from './public-exemplar.service';
import { Exemplar, ExemplarCategory, ExemplarRevision, ExemplarState, Photo, shownRevisionId, type PublicityItem } from './exemplar.entity';
import { processPhoto } from './photos';
import type { FileStore } from '../db/file-store';
import { MAX_STORY_CHARS, sanitizeStory, storyText } from './story';

const RECORD = 'Exemplar';
const CONTENT_FIELDS = ['category', 'title', 'citation', 'story', 'photoId', 'awards', 'publicity'] as const;
type Content = Pick<ExemplarRevision, (typeof CONTENT_FIELDS)[number]>;

const SORTS: Record<string, string[]> = { id: ['e.id'], updatedAt: ['e.updatedAt'], title: ['r.title'], createdAt: ['e.createdAt'] };

export interface FieldChange {
  field: string;
  before: string | null;
  after: string | null;
}

/** What each state of the working revision may move to, and who moves it. */
const STEPS = {
  submit: { from: [ExemplarState.DRAFT], to: ExemplarState.IN_REVIEW, permission: 'exemplar:write' },
  approve: { from: [ExemplarState.IN_REVIEW], to: ExemplarState.NOTICE, permission: 'exemplar:review' },
  return: { from: [ExemplarState.IN_REVIEW, ExemplarState.NOTICE], to: ExemplarState.DRAFT, permission: 'exemplar:review' },
} as const;

export class ExemplarService {
  private readonly audit = new AuditService();
  private readonly engine: ListEngine<Exemplar, ExemplarFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly files: FileStore,
    /** The time now: it decides today's day (China time) and stamps the notice an approval opens. */
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.engine = new ListEngine(db, RECORD, {
      entity: Exemplar,
      alias: 'e',
      joins: [
        { entity: Organization, alias: 'eo', on: 'eo.id = e.ownerOrganizationId' },
        // The revision a list shows: the one being worked on, else the published one.
        { entity: ExemplarRevision, alias: 'r', on: 'r.id = COALESCE(e.workingRevisionId, e.publishedRevisionId)', optional: true },
      ],
      sorts: SORTS,
      defaultSort: 'updatedAt',
      where: (filter) => this.conditions(filter),
    });
  }

  /** Published profiles as the public sees them, newest first (no account needed). */
  async published(args: PublishedExemplarArgs): Promise<PublishedExemplar[]> {
    return publicViews(this.db, (await listPublished(this.db, args)).rows);
  }

  async countPublished(args: PublishedExemplarArgs): Promise<number> {
    return (await listPublished(this.db, { ...args, page: 0, perPage: 1 })).total;
  }

  /** One published profile; NOT_FOUND for anything unpublished or withdrawn. */
  async publishedOne(id: string): Promise<PublishedExemplar> {
    const found = /^\d{1,12}$/.test(id) ? await publishedQuery(this.db).andWhere('e.id = :id', { id: Number(id) }).getOne() : null;
    if (!found) throw new NotFoundError(RECORD, id);
    return (await publicViews(this.db, [found]))[0];
  }

  /** Chambers with published profiles, for the public filter. */
  chambersWithPublished(): Promise<PublicChamber[]> {
    return chambersWithExemplars(this.db);
  }

  async get(id: string | number): Promise<Exemplar> {
    requirePermission(this.actor, 'exemplar:read');
    return this.engine.get(id);
  }

  async list(args: ListArgsShape<ExemplarFilter>, columns?: ReadonlySet<string> | null): Promise<Exemplar[]> {
    requirePermission(this.actor, 'exemplar:read');
    return this.engine.rows(args, columns);
  }

  async count(filter: ExemplarFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'exemplar:read');
    return this.engine.count(filter);
  }

  /** The one place exemplar filters become SQL, on the alias `e` with the owning organization `eo` (the scope) and the revision shown `r`. */
  private conditions(filter: ExemplarFilter): Conditions {
    const where = scopeCondition(new Conditions(), 'eo.path', this.actor);
    if (filter.q?.trim()) {
      const contains = likeContains(filter.q.trim());
      where.add(`(r.title LIKE ? ${LIKE_ESCAPE} OR r.citation LIKE ? ${LIKE_ESCAPE})`, contains, contains);
    }
    if (filter.category) where.add('r.category = ?', filter.category);
    if (filter.personId) where.add('e.personId = ?', parseId(filter.personId) ?? -1);
    if (filter.subjectOrganizationId) where.add('e.subjectOrganizationId = ?', parseId(filter.subjectOrganizationId) ?? -1);
    if (filter.ownerOrganizationId) where.add('e.ownerOrganizationId = ?', parseId(filter.ownerOrganizationId) ?? -1);
    if (filter.state === ExemplarState.WITHDRAWN) where.add('e.withdrawnAt IS NOT NULL');
    else if (filter.state === ExemplarState.PUBLISHED) where.add('e.withdrawnAt IS NULL AND e.publishedRevisionId IS NOT NULL AND e.workingRevisionId IS NULL');
    else if (filter.state) where.add('e.withdrawnAt IS NULL AND e.workingRevisionId IS NOT NULL AND r.state = ?', filter.state);
    if (filter.withinOrganization) {
      where.and(withinOrganization(this.db, 'eo.path', parseId(filter.withinOrganization) ?? -1));
    }
    return where;
  }

  async create(args: CreateExemplarArgs): Promise<Exemplar> {
    requirePermission(this.actor, 'exemplar:write');
    return this.db.write(async (em) => {
      const owner = await this.subject(em, args);
      const content = this.content({} as Content, args, true);
      assertCategoryFits(content.category, Boolean(args.personId));
      const saved = await em.save(em.create(Exemplar, { personId: parseId(args.personId), subjectOrganizationId: parseId(args.subjectOrganizationId), ownerOrganizationId: owner.id }));
      const revision = await em.save(em.create(ExemplarRevision, { ...content, exemplarId: saved.id, number: 1, state: ExemplarState.DRAFT, authorName: this.actorName() }));
      await em.update(Exemplar, { id: saved.id }, { workingRevisionId: revision.id });
      await this.audited(em, 'exemplar.create', saved.id, owner.id, { title: [null, content.title], category: [null, content.category] });
      return em.findOneByOrFail(Exemplar, { id: saved.id });
    });
  }

  /** Edits the working revision; a published profile gets a new one, and the public keeps the published text meanwhile. */
  async update(args: UpdateExemplarArgs): Promise<Exemplar> {
    requirePermission(this.actor, 'exemplar:write');
    return this.db.write(async (em) => {
      const current = await this.locked(em, args.id, args.version);
      // The text as the profile reads now, which a new draft copies: a record sent back as it was read changes nothing.
      const shown = await em.findOneByOrFail(ExemplarRevision, { id: shownRevisionId(current) });
      const content = this.content(shown, args, false);
      if (Object.keys(effectiveChanges(shown, content)).length === 0) return current;
      const working = await this.workingDraft(em, current, shown);
      assertCategoryFits(content.category, current.personId !== null);
      const before = { ...working };
      await em.update(ExemplarRevision, { id: working.id }, { ...content, authorName: this.actorName() });
      await this.bump(em, current, { workingRevisionId: working.id });
      const after = await em.findOneByOrFail(ExemplarRevision, { id: working.id });
      await this.audited(em, 'exemplar.update', current.id, current.ownerOrganizationId, Object.fromEntries(diffRevisions(before, after).map((c) => [c.field, [c.before, c.after]])));
      return em.findOneByOrFail(Exemplar, { id: current.id });
    });
  }

  /** Today, China time. */
  today(): string {
    return todayInChina(this.clock());
  }

  submit(args: ExemplarStepArgs) {
    return this.step(args, 'submit');
  }

  /** IN_REVIEW → NOTICE: opens the profile's public notice, with the hotline and suggestion box given. */
  approve(args: ApproveExemplarArgs) {
    return this.step(args, 'approve');
  }

  returnToDraft(args: ExemplarStepArgs) {
    return this.step(args, 'return');
  }

  private async step(args: ExemplarStepArgs, name: keyof typeof STEPS): Promise<Exemplar> {
    const step = STEPS[name];
    requirePermission(this.actor, step.permission);
    return this.db.write(async (em) => {
      const current = await this.locked(em, args.id, args.version);
      const working = current.workingRevisionId ? await em.findOneByOrFail(ExemplarRevision, { id: current.workingRevisionId }) : null;
      if (!working || !(step.from as readonly ExemplarState[]).includes(working.state)) {
        throw new GuardFailedError([{ rule: 'stateOrder', message: `the profile is ${working?.state ?? 'PUBLISHED'}; this step needs ${step.from.join(' or ')}` }]);
      }
      if (name === 'return' && !args.note?.trim()) throw BadInputError.field('note', 'required', 'say why it goes back');
      const changes: Partial<ExemplarRevision> = { state: step.to };
      if (name === 'approve') {
        const { hotline, suggestionBox } = args as ApproveExemplarArgs;
        const notice = await new NoticeService(this.db, this.actor, this.clock).openExemplarNotice(em, {
          exemplarId: current.id,
          organizationId: current.ownerOrganizationId,
          title: `先进典型公示：${working.title}`,
          body: working.citation,
          hotline,
          suggestionBox,
        });
        changes.noticeId = notice.id;
        changes.noticeStartsOn = notice.startsOn;
        changes.noticeEndsOn = notice.endsOn;
        changes.reviewNote = null;
      }
      if (name === 'return') {
        changes.reviewNote = args.note!.trim();
        changes.noticeId = null;
        changes.noticeStartsOn = null;
        changes.noticeEndsOn = null;
      }
      await em.update(ExemplarRevision, { id: working.id }, changes);
      await this.bump(em, current, {});
      await this.audited(em, `exemplar.${name}`, current.id, current.ownerOrganizationId, { state: [working.state, step.to], ...(args.note ? { note: [null, args.note] } : {}) });
      return em.findOneByOrFail(Exemplar, { id: current.id });
    });
  }

  /** Publishes the revision that went through its notice: from now on the public sees it. */
  async publish(args: ExemplarStepArgs): Promise<Exemplar> {
    requirePermission(this.actor, 'exemplar:publish');
    return this.db.write(async (em) => {
      const current = await this.locked(em, args.id, args.version);
      const working = current.workingRevisionId ? await em.findOneByOrFail(ExemplarRevision, { id: current.workingRevisionId }) : null;
      if (!working || working.state !== ExemplarState.NOTICE) {
        throw new GuardFailedError([{ rule: 'stateOrder', message: 'only a profile that went through its public notice is published' }]);
      }
      if (working.noticeEndsOn && working.noticeEndsOn >= this.today()) {
        throw new GuardFailedError([{ rule: 'noticeRunning', code: 'NOTICE_OPEN', message: `the notice runs until ${working.noticeEndsOn}`, earliestDate: addDays(working.noticeEndsOn, 1) }]);
      }
      // Reports on the notice stand in the way until each is closed as unsubstantiated, as for a case (docs/api.md, "Exemplars").
      const uncleared = working.noticeId ? ((await new NoticeService(this.db, this.actor, this.clock).unclearedReports([working.noticeId], em)).get(working.noticeId) ?? 0) : 0;
      if (uncleared > 0) throw new GuardFailedError([{ rule: 'reportsUnresolved', message: `${uncleared} report(s) on the notice are not closed as unsubstantiated` }]);
      if (current.publishedRevisionId) await em.update(ExemplarRevision, { id: current.publishedRevisionId }, { state: ExemplarState.SUPERSEDED });
      await em.update(ExemplarRevision, { id: working.id }, { state: ExemplarState.PUBLISHED });
      await this.bump(em, current, { publishedRevisionId: working.id, workingRevisionId: null, withdrawnAt: null });
      await this.audited(em, 'exemplar.publish', current.id, current.ownerOrganizationId, { publishedRevision: [current.publishedRevisionId, working.id] });
      return em.findOneByOrFail(Exemplar, { id: current.id });
    });
  }

  /** Takes a published profile off the public site. */
  async withdraw(args: ExemplarStepArgs): Promise<Exemplar> {
    requirePermission(this.actor, 'exemplar:publish');
    return this.db.write(async (em) => {
      const current = await this.locked(em, args.id, args.version);
      if (!current.publishedRevisionId) throw new GuardFailedError([{ rule: 'stateOrder', message: 'the profile was never published' }]);
      if (current.withdrawnAt) throw new ConflictError('withdrawn', 'the profile is already withdrawn');
      if (!args.note?.trim()) throw BadInputError.field('note', 'required', 'say why it is withdrawn');
      await this.bump(em, current, { withdrawnAt: new Date() });
      await this.audited(em, 'exemplar.withdraw', current.id, current.ownerOrganizationId, { withdrawn: [null, args.note.trim()] });
      return em.findOneByOrFail(Exemplar, { id: current.id });
    });
  }

  /** Stores an uploaded photo in web sizes and puts it on the working revision. */
  async attachPhoto(id: string, version: number, upload: Buffer): Promise<{ exemplar: Exemplar; photo: Photo }> {
    requirePermission(this.actor, 'exemplar:write');
    // Checked and converted before the transaction: nothing is written for a refused upload.
    await this.get(id);
    const processed = await processPhoto(upload);
    const key = randomUUID();
    return this.db.write(async (em) => {
      const current = await this.locked(em, id, version);
      const working = await this.workingDraft(em, current);
      // The sizes are stored in the change's transaction: a refused change keeps none of them.
      for (const { size, data } of processed.sizes) await this.files.put(em, `${key}-${size}.webp`, data, 'image/webp');
      const photo = await em.save(em.create(Photo, { exemplarId: current.id, storageKey: key, width: processed.width, height: processed.height }));
      await em.update(ExemplarRevision, { id: working.id }, { photoId: photo.id });
      await this.bump(em, current, { workingRevisionId: working.id });
      await this.audited(em, 'exemplar.photo', current.id, current.ownerOrganizationId, { photoId: [working.photoId, photo.id] });
      return { exemplar: await em.findOneByOrFail(Exemplar, { id: current.id }), photo };
    });
  }

  async revisions(exemplarId: number): Promise<ExemplarRevision[]> {
    return this.db.manager.find(ExemplarRevision, { where: { exemplarId }, order: { number: 'DESC' } });
  }

  /** Field by field, what changed from one revision of a profile to another. */
  async diff(exemplarId: string, from: number, to: number): Promise<FieldChange[]> {
    const e = await this.get(exemplarId);
    const a = await this.db.manager.findOneBy(ExemplarRevision, { exemplarId: e.id, number: from });
    const b = await this.db.manager.findOneBy(ExemplarRevision, { exemplarId: e.id, number: to });
    if (!a || !b) throw new NotFoundError('ExemplarRevision', !a ? from : to);
    return diffRevisions(a, b);
  }

  private content(base: Content, args: ExemplarContentArgs, creating: boolean): Content {
    const problems = [];
    for (const field of ['category', 'title', 'citation', 'story'] as const) {
      if ((creating && !args[field]) || args[field] === null) problems.push({ field, constraint: 'required', message: `${field} is required` });
    }
    const story = args.story !== undefined && args.story !== null ? sanitizeStory(args.story) : base.story;
    if (story !== undefined && [...storyText(story)].length > MAX_STORY_CHARS) problems.push({ field: 'story', constraint: 'maxChars', message: `story must be at most ${MAX_STORY_CHARS} characters` });
    if (args.story && !storyText(story ?? '')) problems.push({ field: 'story', constraint: 'notBlank', message: 'the story has no text left once unsafe markup is removed' });
    if (problems.length) throw new BadInputError(problems);
    return {
      category: (args.category ?? base.category) as ExemplarCategory,
      title: args.title?.trim() ?? base.title,
      citation: args.citation?.trim() ?? base.citation,
      story: story as string,
      photoId: base.photoId ?? null,
      awards: args.awards ? args.awards.map((a) => a.trim()).filter(Boolean) : (base.awards ?? []),
      publicity: args.publicity
        ? args.publicity.map((p): PublicityItem => ({ outlet: p.outlet.trim(), mediaType: p.mediaType.trim(), link: p.link?.trim() || null, date: p.date || null }))
        : (base.publicity ?? []),
    };
  }

  /**
   * The revision to edit: the working draft, or a new draft copied from the published one; `shown`
   * is the profile's shown revision (`shownRevisionId`) when the caller has read it already.
   */
  private async workingDraft(em: EntityManager, current: Exemplar, shown?: ExemplarRevision): Promise<ExemplarRevision> {
    const revision = shown ?? (await em.findOneByOrFail(ExemplarRevision, { id: shownRevisionId(current) }));
    if (current.workingRevisionId) {
      if (revision.state !== ExemplarState.DRAFT) throw new ConflictError('inReview', `the profile is ${revision.state}; it is edited again once it is returned to draft`);
      return revision;
    }
    const published = revision;
    const last = await em.createQueryBuilder(ExemplarRevision, 'r').select('MAX(r.number)', 'n').where('r.exemplarId = :id', { id: current.id }).getRawOne<{ n: number }>();
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = published;
    return em.save(
      em.create(ExemplarRevision, { ...copy, number: Number(last?.n ?? 0) + 1, state: ExemplarState.DRAFT, noticeStartsOn: null, noticeEndsOn: null, reviewNote: null, authorName: this.actorName() }),
    );
  }

  private async subject(em: EntityManager, args: CreateExemplarArgs): Promise<Organization> {
    if (Boolean(args.personId) === Boolean(args.subjectOrganizationId)) {
      throw BadInputError.field('personId', 'subject', 'a profile is about one person or one organization');
    }
    if (args.personId) {
      const { keeper } = await namedPerson(em, this.actor, 'personId', args.personId);
      return keeper;
    }
    const org = await namedOrganization(em, this.actor, 'subjectOrganizationId', args.subjectOrganizationId);
    if (org.kind === OrganizationKind.AGENCY || org.kind === OrganizationKind.COORDINATION_GROUP) {
      throw BadInputError.field('subjectOrganizationId', 'subjectKind', 'exemplars are chambers, enterprises or their party and mass organizations');
    }
    return org;
  }

  private async locked(em: EntityManager, id: string, version: number | null | undefined): Promise<Exemplar> {
    const found = await this.engine.locked(em, id);
    expectVersion('profile', found, version);
    return found;
  }

  /** Raises the version with the change, the revision beside it counting as a change. */
  private async bump(em: EntityManager, current: Exemplar, changes: Partial<Exemplar>): Promise<void> {
    await writeVersioned(em, Exemplar, 'profile', current, changes, true);
  }

  private async audited(em: EntityManager, action: string, id: number, organizationId: number, changes: Record<string, [unknown, unknown]>): Promise<void> {
    await this.audit.record(em, this.actor, { action, recordType: RECORD, recordId: id, organizationId, changes: changes as never });
  }

  private actorName(): string | null {
    return this.actor.viewer?.user.displayName ?? (this.actor.system ? '系统' : null);
  }
}

/** 先进基层党组织 is for organizations; the other categories are for people. */
function assertCategoryFits(category: ExemplarCategory, person: boolean): void {
  if ((category === ExemplarCategory.PARTY_ORGANIZATION) === person) {
    throw BadInputError.field('category', 'categorySubject', person ? 'a person is not a 先进基层党组织' : 'an organization is a 先进基层党组织');
  }
}

/** Field-by-field differences between two revisions; the story compared as its text, so markup alone is no change. */
export function diffRevisions(a: Content, b: Content): FieldChange[] {
  const show = (field: string, value: unknown): string | null => {
    if (value === null || value === undefined) return null;
    if (field === 'awards') return (value as string[]).join('；');
    if (field === 'story') return storyText(String(value));
    if (field === 'publicity') return (value as PublicityItem[]).map((p) => `${p.outlet}（${p.mediaType}${p.date ? `，${p.date}` : ''}）`).join('；');
    return String(value);
  };
  return CONTENT_FIELDS.map((field) => ({ field, before: show(field, a[field]), after: show(field, b[field]) })).filter((c) => c.before !== c.after);
}
