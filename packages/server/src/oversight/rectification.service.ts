import { expectVersion, writeVersioned } from '../db/versioned';
import type { Actor } from '../access/actor';
import { requirePermission, scopeCondition } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { parseId, type ListArgsShape } from '../common/list';
import { Conditions } from '../db/conditions';
import type { Database } from '../db/database';
import { ListEngine } from '../db/list-engine';
import { BadInputError, ConflictError, GuardFailedError } from '../kernel/errors';
import { Organization, OrganizationStatus, PARTY_KINDS, namedOrganization } from '../organizations';
import { RectificationState, RectificationCase } from './rectification.entity';
import { RectificationFilter, RectificationStepArgs, OpenRectificationArgs } from './rectification.args';

const RECORD = 'RectificationCase';
const AUDITED = ['state', 'problems', 'measures', 'identifiedOn', 'acceptedOn', 'acceptanceNote', 'closedOn'] as const;
const SORTS: Record<string, string[]> = { id: ['c.id'], identifiedOn: ['c.identifiedOn'], state: ['c.state', 'c.identifiedOn'] };

/**
 * identified → rectifying → acceptance → closed. The coordinators carry the rectification; the
 * coordination group accepts it (or sends it back); only an accepted case closes, and closing
 * returns the organization's status to normal.
 */
export class RectificationService {
  private readonly audit = new AuditService();
  private readonly engine: ListEngine<RectificationCase, RectificationFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly today: () => string = () => todayInChina(),
  ) {
    this.engine = new ListEngine(db, RECORD, {
      entity: RectificationCase,
      alias: 'c',
      joins: [{ entity: Organization, alias: 'co', on: 'co.id = c.organizationId', whenRead: true }],
      sorts: SORTS,
      defaultSort: 'identifiedOn',
      where: (filter) => conditions(this.actor, filter),
    });
  }

  async get(id: string | number): Promise<RectificationCase> {
    requirePermission(this.actor, 'oversight:read');
    return this.engine.get(id);
  }

  async list(args: ListArgsShape<RectificationFilter>, columns?: ReadonlySet<string> | null) {
    requirePermission(this.actor, 'oversight:read');
    return this.engine.rows(args, columns);
  }

  async count(filter: RectificationFilter | null | undefined) {
    requirePermission(this.actor, 'oversight:read');
    return this.engine.count(filter);
  }

  async open(args: OpenRectificationArgs): Promise<RectificationCase> {
    requirePermission(this.actor, 'rectification:write');
    return this.db.write(async (em) => {
      const org = await namedOrganization(em, this.actor, 'organizationId', args.organizationId);
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
      const current = await this.engine.locked(em, args.id);
      expectVersion('case', current, args.version);
      if (!from.includes(current.state)) {
        throw new GuardFailedError([{ rule: 'stateOrder', message: `the case is ${current.state}; this step needs ${from.join(' or ')}` }]);
      }
      const changes = decide(current);
      await writeVersioned(em, RectificationCase, 'case', current, changes, true);
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

/** The one place rectification filters become SQL, on the alias `c` with the organization `co`, whose place in the tree is the scope. */
function conditions(actor: Actor, filter: RectificationFilter): Conditions {
  const where = scopeCondition(new Conditions(), 'co.path', actor);
  if (filter.organizationId) where.add('c.organizationId = ?', parseId(filter.organizationId) ?? -1);
  if (filter.state) where.add('c.state = ?', filter.state);
  if (typeof filter.open === 'boolean') where.add(filter.open ? 'c.state <> ?' : 'c.state = ?', RectificationState.CLOSED);
  return where;
}
