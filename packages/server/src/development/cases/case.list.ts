import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../access/actor';
import { scopeCondition, withinOrganization } from '../../access/scope';
import { addMonths } from '../../common/dates';
import { LIKE_ESCAPE, likeContains, parseId, type ListArgsShape } from '../../common/list';
import { Conditions } from '../../db/conditions';
import type { Database } from '../../db/database';
import { ListEngine } from '../../db/list-engine';
import { Organization } from '../../organizations';
import { Person } from '../../people';
import type { DevelopmentCaseFilter } from './case.args';
import { CaseStage, DevelopmentCase, OPEN_STAGES } from './case.entity';
import { APPROVAL_DUE_MONTHS, CaseAlertKind, TALK_DUE_MONTHS } from './case.rules';

const SORTS: Record<string, string[]> = {
  id: ['c.id'],
  appliedOn: ['c.appliedOn'],
  stage: ['c.stage', 'c.appliedOn'],
  updatedAt: ['c.updatedAt'],
  personName: ['cp.namePinyin'],
  probationEndsOn: ['c.probationEndsOn'],
};

/** The list of development cases on the list engine: its filters (the keeping organization's scope included) and sorts. */
export class DevelopmentCaseList {
  private readonly engine: ListEngine<DevelopmentCase, DevelopmentCaseFilter>;

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly today: () => string,
  ) {
    this.engine = new ListEngine(db, 'DevelopmentCase', {
      entity: DevelopmentCase,
      alias: 'c',
      joins: [
        // Every case has its organization and its person (neither can be deleted while a case names
        // it, db/references.ts): only the statements that read them join them — the scope below the
        // whole tree, a search by name, a sort.
        { entity: Organization, alias: 'co', on: 'co.id = c.organizationId', whenRead: true },
        { entity: Person, alias: 'cp', on: 'cp.id = c.personId', whenRead: true },
      ],
      sorts: SORTS,
      defaultSort: 'appliedOn',
      where: (filter) => this.conditions(filter),
    });
  }

  get(id: string | number): Promise<DevelopmentCase> {
    return this.engine.get(id);
  }

  locked(manager: EntityManager, id: string | number): Promise<DevelopmentCase> {
    return this.engine.locked(manager, id);
  }

  rows(args: ListArgsShape<DevelopmentCaseFilter>, columns?: ReadonlySet<string> | null): Promise<DevelopmentCase[]> {
    return this.engine.rows(args, columns);
  }

  count(filter: DevelopmentCaseFilter | null | undefined): Promise<number> {
    return this.engine.count(filter);
  }

  query(filter: DevelopmentCaseFilter, manager?: EntityManager): SelectQueryBuilder<DevelopmentCase> {
    return this.engine.query(filter, manager);
  }

  /** The one place case filters become SQL, on the alias `c` with the keeping organization `co` and the person `cp`. */
  private conditions(filter: DevelopmentCaseFilter): Conditions {
    const where = scopeCondition(new Conditions(), 'co.path', this.actor);
    const q = filter.q?.trim();
    if (q) where.add(`(cp.name LIKE ? ${LIKE_ESCAPE} OR cp.nameInitials LIKE ? ${LIKE_ESCAPE})`, likeContains(q), likeContains(q.toLowerCase()).slice(1));
    if (filter.personId !== undefined && filter.personId !== null) where.add('c.personId = ?', parseId(filter.personId) ?? -1);
    if (filter.organizationId !== undefined && filter.organizationId !== null) where.add('c.organizationId = ?', parseId(filter.organizationId) ?? -1);
    if (filter.withinOrganization !== undefined && filter.withinOrganization !== null) {
      where.and(withinOrganization(this.db, 'co.path', parseId(filter.withinOrganization) ?? -1));
    }
    if (filter.stage) where.add('c.stage = ?', filter.stage);
    if (filter.stage_in) {
      if (filter.stage_in.length === 0) where.add('1 = 0');
      else where.add(`c.stage IN (${Conditions.placeholders(filter.stage_in.length)})`, ...filter.stage_in);
    }
    if (filter.open === true) where.add(`c.stage IN (${Conditions.placeholders(OPEN_STAGES.length)})`, ...OPEN_STAGES);
    if (filter.open === false) where.add(`c.stage NOT IN (${Conditions.placeholders(OPEN_STAGES.length)})`, ...OPEN_STAGES);
    if (filter.alert) {
      const today = this.today();
      if (filter.alert === CaseAlertKind.TALK_OVERDUE) {
        where.add(`c.stage = '${CaseStage.APPLICANT}' AND c.talkedOn IS NULL AND c.appliedOn < ?`, addMonths(today, -TALK_DUE_MONTHS));
      } else if (filter.alert === CaseAlertKind.APPROVAL_OVERDUE) {
        where.add(`c.stage = '${CaseStage.PROBATIONARY}' AND c.approvedOn IS NULL AND c.admittedOn < ?`, addMonths(today, -APPROVAL_DUE_MONTHS));
      } else {
        where.add(`c.stage = '${CaseStage.PROBATIONARY}' AND c.probationEndsOn <= ?`, today);
      }
    }
    if (filter.noticeId !== undefined && filter.noticeId !== null) where.add('c.id IN (SELECT nc.caseId FROM notice_case nc WHERE nc.noticeId = ?)', parseId(filter.noticeId) ?? -1);
    if (filter.appliedOn_gte) where.add('c.appliedOn >= ?', filter.appliedOn_gte);
    if (filter.appliedOn_lte) where.add('c.appliedOn <= ?', filter.appliedOn_lte);
    return where;
  }
}
