import { type EntityManager } from 'typeorm';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission, scopeToSubtree } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { pageWindow, parseId, resolveSort, type ListArgsShape, filterByIds } from '../common/list';
import type { Database } from '../db/database';
import { BadInputError, ConflictError, GuardFailedError, NotFoundError } from '../kernel/errors';
import { Organization, OrganizationStatus, PARTY_KINDS } from '../organizations';
import { RectificationState, RectificationCase } from './rectification.entity';
import { RectificationFilter, RectificationStepArgs, OpenRectificationArgs } from './rectification.args';

const RECORD = 'RectificationCase';
const AUDITED = ['state', 'problems', 'measures', 'identifiedOn', 'acceptedOn', 'acceptanceNote', 'closedOn'] as const;

/**
 * identified → rectifying → acceptance → closed. The coordinators carry the rectification; the
 * coordination group accepts it (or sends it back); only an accepted case closes, and closing
 * returns the organization's status to normal.
 */
export class RectificationService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly today: () => string = () => todayInChina(),
  ) {}

  query(filter: RectificationFilter, manager: EntityManager = this.db.manager) {
    const qb = manager.createQueryBuilder(RectificationCase, 'c').innerJoin(Organization, 'co', 'co.id = c.organizationId');
    scopeToSubtree(qb, 'co.path', this.actor);
    if (filter.ids) filterByIds(qb, 'c.id', filter.ids);
    if (filter.organizationId) qb.andWhere('c.organizationId = :o', { o: parseId(filter.organizationId) ?? -1 });
    if (filter.state) qb.andWhere('c.state = :state', { state: filter.state });
    if (typeof filter.open === 'boolean') qb.andWhere(filter.open ? 'c.state <> :closed' : 'c.state = :closed', { closed: RectificationState.CLOSED });
    return qb;
  }

  async list(args: ListArgsShape<RectificationFilter>) {
    requirePermission(this.actor, 'oversight:read');
    const sort = resolveSort(args.sortField, args.sortOrder, { id: ['c.id'], identifiedOn: ['c.identifiedOn'], state: ['c.state', 'c.identifiedOn'] }, 'identifiedOn');
    const { offset, limit } = pageWindow(args);
    const qb = this.query(args.filter ?? {});
    sort.columns.forEach((c, i) => (i === 0 ? qb.orderBy(c, sort.direction) : qb.addOrderBy(c, sort.direction)));
    return qb.addOrderBy('c.id', sort.direction).offset(offset).limit(limit).getMany();
  }

  async count(filter: RectificationFilter | null | undefined) {
    requirePermission(this.actor, 'oversight:read');
    return this.query(filter ?? {}).getCount();
  }

  async open(args: OpenRectificationArgs): Promise<RectificationCase> {
    requirePermission(this.actor, 'rectification:write');
    return this.db.write(async (em) => {
      const id = parseId(args.organizationId);
      const org = id === null ? null : await em.findOneBy(Organization, { id });
      if (!org || !actorSees(this.actor, org.path)) throw BadInputError.field('organizationId', 'notFound', `organization ${args.organizationId} does not exist`);
      if (!PARTY_KINDS.includes(org.kind)) throw BadInputError.field('organizationId', 'partyKind', 'rectification is of a party organization');
      if (org.status !== OrganizationStatus.WEAK_LAX) throw new GuardFailedError([{ rule: 'notWeakLax', message: `${org.name} is not marked weak or lax`, params: { organization: org.name } }]);
      if (args.identifiedOn > this.today()) throw BadInputError.field('identifiedOn', 'future', 'the day is in the future');
      const open = await em.createQueryBuilder(RectificationCase, 'c').where('c.organizationId = :id AND c.state <> :closed', { id: org.id, closed: RectificationState.CLOSED }).getCount();
      if (open) throw new ConflictError('caseOpen', `${org.name} already has a rectification under way`);
      const saved = await em.save(em.create(RectificationCase, { organizationId: org.id, problems: args.problems.trim(), identifiedOn: args.identifiedOn }));
      await this.audit.record(em, this.actor, { action: 'rectification.open', recordType: RECORD, recordId: saved.id, organizationId: org.id, changes: diffChanges(null, saved, AUDITED) });
      return saved;
    });
  }

  start(args: RectificationStepArgs) {
    return this.step(args, 'rectification:write', [RectificationState.IDENTIFIED], 'rectification.start', () => {
      if (!args.note?.trim()) throw BadInputError.field('note', 'required', 'describe the measures');
      return { state: RectificationState.RECTIFYING, measures: args.note.trim() };
    });
  }

  submit(args: RectificationStepArgs) {
    return this.step(args, 'rectification:write', [RectificationState.RECTIFYING], 'rectification.submit', () => ({ state: RectificationState.ACCEPTANCE }));
  }

  /** The coordination group's acceptance: passed, or back to rectifying with the reason. */
  accept(args: RectificationStepArgs, passed: boolean) {
    return this.step(args, 'rectification:accept', [RectificationState.ACCEPTANCE], passed ? 'rectification.accept' : 'rectification.reject', () => {
      if (!passed && !args.note?.trim()) throw BadInputError.field('note', 'required', 'say what is still missing');
      return passed
        ? { acceptedOn: this.today(), acceptanceNote: args.note?.trim() || null }
        : { state: RectificationState.RECTIFYING, acceptanceNote: args.note!.trim() };
    });
  }

  /** Closes an accepted case (销号), and the organization is normal again. Never without acceptance. */
  close(args: RectificationStepArgs) {
    return this.step(args, 'rectification:write', [RectificationState.ACCEPTANCE], 'rectification.close', (current) => {
      if (!current.acceptedOn) throw new GuardFailedError([{ rule: 'acceptanceRequired', message: 'a rectification closes only after it passed acceptance' }]);
      return { state: RectificationState.CLOSED, closedOn: this.today() };
    });
  }

  private async step(
    args: RectificationStepArgs,
    permission: 'rectification:write' | 'rectification:accept',
    from: RectificationState[],
    action: string,
    decide: (current: RectificationCase) => Partial<RectificationCase>,
  ): Promise<RectificationCase> {
    requirePermission(this.actor, permission);
    return this.db.write(async (em) => {
      const numeric = parseId(args.id);
      const qb = this.query({ ids: [String(numeric ?? -1)] }, em);
      if (this.db.dialect === 'mysql') qb.setLock('pessimistic_write');
      const current = numeric === null ? null : await qb.getOne();
      if (!current) throw new NotFoundError(RECORD, args.id);
      if (current.version !== args.version) throw new ConflictError('staleVersion', 'someone else changed this case since you read it; reload and try again', { currentVersion: current.version });
      if (!from.includes(current.state)) {
        throw new GuardFailedError([{ rule: 'stateOrder', message: `the case is ${current.state}; this step needs ${from.join(' or ')}` }]);
      }
      const changes = decide(current);
      await em.update(RectificationCase, { id: current.id }, { ...changes, version: current.version + 1 });
      if (changes.state === RectificationState.CLOSED) {
        await em.update(Organization, { id: current.organizationId }, { status: OrganizationStatus.NORMAL });
        await this.audit.record(em, this.actor, { action: 'organization.update', recordType: 'Organization', recordId: current.organizationId, organizationId: current.organizationId, changes: { status: [OrganizationStatus.WEAK_LAX, OrganizationStatus.NORMAL] } });
      }
      const updated = await em.findOneByOrFail(RectificationCase, { id: current.id });
      await this.audit.record(em, this.actor, { action, recordType: RECORD, recordId: current.id, organizationId: current.organizationId, changes: diffChanges(current, updated, AUDITED) });
      return updated;
    });
  }
}
