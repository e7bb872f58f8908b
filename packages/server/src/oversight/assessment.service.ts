import { effectiveChanges, expectVersion, writeVersioned } from '../db/versioned';
import DataLoader from 'dataloader';
import type { Actor } from '../access/actor';
import { actorSees, requirePermission } from '../access/scope';
import { AuditService, diffChanges } from '../audit/audit.service';
import { todayInChina } from '../common/dates';
import { parseId, type ListArgsShape } from '../common/list';
import type { Database } from '../db/database';
import { BadInputError, ConflictError } from '../kernel/errors';
import { Organization, OrganizationKind } from '../organizations';
import { FOCUS_AREAS, FocusArea } from './focus-area';
import { ResponsibilityLetter } from './letter.entity';
import { DEFAULT_WEIGHT, AssessmentWeight, AreaScore, Assessment } from './assessment.entity';
import { AreaScoreInput, type AssessmentFilter, SetWeightsArgs, RecordAssessmentArgs, UpdateAssessmentArgs } from './assessment.args';
import { chamberYearConditions, chambersWithout, pageOfChambers, requireReportYear } from './chamber-year';
import { ListEngine } from '../db/list-engine';
import type { ReportRows, ReportWindow } from '../kernel/report-page';

/** Every focus area exactly once, or the field's error. */
function eachAreaOnce<T extends { area: FocusArea }>(field: string, items: T[]): Map<FocusArea, T> {
  const byArea = new Map<FocusArea, T>();
  for (const item of items) {
    if (byArea.has(item.area)) throw BadInputError.field(field, 'duplicateArea', `${item.area} is given twice`);
    byArea.set(item.area, item);
  }
  const missing = FOCUS_AREAS.filter((a) => !byArea.has(a));
  if (missing.length) throw BadInputError.field(field, 'missingArea', `every focus area needs one: ${missing.join(', ')} missing`);
  return byArea;
}

const AUDITED: (keyof Assessment)[] = ['year', 'assessedOn', 'totalHundredths', 'comment'];

/** Annual assessments of the chambers and the weights of the focus areas. */
export class AssessmentService {
  private readonly audit = new AuditService();

  constructor(
    private readonly db: Database,
    private readonly actor: Actor,
    private readonly today: () => string = () => todayInChina(),
  ) {
    this.assessments = new ListEngine(db, 'Assessment', {
      entity: Assessment,
      alias: 'a',
      joins: [{ entity: Organization, alias: 'ac', on: 'ac.id = a.chamberId', whenRead: true }],
      sorts: { id: ['a.id'], year: ['a.year', 'ac.namePinyin'], total: ['a.totalHundredths'], chamber: ['ac.namePinyin', 'a.year'], assessedOn: ['a.assessedOn'], updatedAt: ['a.updatedAt'] },
      defaultSort: 'year',
      defaultOrder: 'DESC',
      where: (filter) => chamberYearConditions(this.db, this.actor, 'a', 'ac', filter),
    });
  }

  private readonly assessments: ListEngine<Assessment, AssessmentFilter>;

  /** Letters by chamber and year, batched per request ("chamberId:year" keys). */
  readonly letters = new DataLoader<string, ResponsibilityLetter | null>(async (keys) => {
    const pairs = keys.map((k) => k.split(':').map(Number) as [number, number]);
    const rows = await this.db.manager
      .createQueryBuilder(ResponsibilityLetter, 'l')
      .where('l.chamberId IN (:...chambers)', { chambers: [...new Set(pairs.map((p) => p[0]))] })
      .andWhere('l.year IN (:...years)', { years: [...new Set(pairs.map((p) => p[1]))] })
      .getMany();
    const found = new Map(rows.map((l) => [`${l.chamberId}:${l.year}`, l]));
    return keys.map((k) => found.get(k) ?? null);
  });

  /** The year's weights: the administrators' if set, else equal. */
  async weights(year: number, em = this.db.manager): Promise<{ area: FocusArea; weight: number }[]> {
    requirePermission(this.actor, 'oversight:read');
    const rows = await em.findBy(AssessmentWeight, { year });
    const set = new Map(rows.map((r) => [r.area, r.weight]));
    return FOCUS_AREAS.map((area) => ({ area, weight: set.get(area) ?? DEFAULT_WEIGHT }));
  }

  async setWeights(args: SetWeightsArgs): Promise<{ area: FocusArea; weight: number }[]> {
    requirePermission(this.actor, 'oversight:configure');
    const byArea = eachAreaOnce('weights', args.weights);
    const sum = [...byArea.values()].reduce((s, w) => s + w.weight, 0);
    if (sum !== 100) throw BadInputError.field('weights', 'sum', `the weights add up to ${sum}, not 100`);
    return this.db.write(async (em) => {
      const scored = await em.countBy(Assessment, { year: args.year });
      if (scored) throw new ConflictError('assessmentsExist', `${scored} chambers were already assessed for ${args.year} with the present weights`);
      const before = await this.weights(args.year, em);
      await em.delete(AssessmentWeight, { year: args.year });
      await em.insert(AssessmentWeight, FOCUS_AREAS.map((area) => ({ year: args.year, area, weight: byArea.get(area)!.weight })));
      const after = await this.weights(args.year, em);
      await this.audit.record(em, this.actor, {
        action: 'assessment.weights',
        recordType: 'AssessmentWeight',
        recordId: args.year,
        changes: Object.fromEntries(FOCUS_AREAS.map((a, i) => [a, [before[i].weight, after[i].weight]])),
      });
      return after;
    });
  }

  /** The year's assessments in scope, best first. */
  async list(year: number): Promise<Assessment[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.assessments.query({ year }, undefined, 'ac.namePinyin').orderBy('a.totalHundredths', 'DESC').addOrderBy('ac.namePinyin', 'ASC').getMany();
  }

  async get(id: string | number): Promise<Assessment> {
    requirePermission(this.actor, 'oversight:read');
    return this.assessments.get(id);
  }

  /** A page of assessments in the list grammar, holding the columns asked for. */
  async page(args: ListArgsShape<AssessmentFilter>, columns?: ReadonlySet<string> | null): Promise<Assessment[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.assessments.rows(args, columns);
  }

  async count(filter: AssessmentFilter | null | undefined): Promise<number> {
    requirePermission(this.actor, 'oversight:read');
    return this.assessments.count(filter);
  }

  /** Chambers in scope not yet assessed for the year. */
  async missing(year: number): Promise<Organization[]> {
    requirePermission(this.actor, 'oversight:read');
    return this.missingQuery(year).orderBy('c.namePinyin', 'ASC').addOrderBy('c.id', 'ASC').getMany();
  }
  /** A page of `missing`, with the total. */
  async missingPage(year: number, window: ReportWindow): Promise<ReportRows<Organization>> {
    requirePermission(this.actor, 'oversight:read');
    requireReportYear(year);
    return pageOfChambers(this.missingQuery(year), window);
  }


  /** How many chambers in scope were assessed for the year, their mean total (hundredths), and how many were not. */
  async counts(year: number): Promise<{ assessed: number; meanHundredths: number | null; missing: number }> {
    requirePermission(this.actor, 'oversight:read');
    const row = await this.assessments.query({ year }).select('COUNT(*)', 'n').addSelect('SUM(a.totalHundredths)', 'total').getRawOne<{ n: number | string; total: number | string | null }>();
    const assessed = Number(row?.n ?? 0);
    return { assessed, meanHundredths: assessed ? Number(row!.total) / assessed : null, missing: await this.missingQuery(year).getCount() };
  }

  private missingQuery(year: number) {
    return chambersWithout(this.db, this.actor, 'assessment', year);
  }


  async record(args: RecordAssessmentArgs): Promise<Assessment> {
    requirePermission(this.actor, 'assessment:write');
    const byArea = eachAreaOnce('scores', args.scores);
    if (args.assessedOn > this.today()) throw BadInputError.field('assessedOn', 'future', 'the day is in the future');
    return this.db.write(async (em) => {
      const id = parseId(args.chamberId);
      const chamber = id === null ? null : await em.findOneBy(Organization, { id });
      if (!chamber || chamber.kind !== OrganizationKind.CHAMBER || !actorSees(this.actor, chamber.path)) {
        throw BadInputError.field('chamberId', 'notFound', `chamber ${args.chamberId} does not exist`);
      }
      if (!(await em.countBy(ResponsibilityLetter, { chamberId: chamber.id, year: args.year }))) {
        throw new ConflictError('letterMissing', `${chamber.name} has no responsibility letter for ${args.year} to be assessed against`);
      }
      if (await em.countBy(Assessment, { chamberId: chamber.id, year: args.year })) {
        throw new ConflictError('assessmentExists', `${chamber.name} was already assessed for ${args.year}`);
      }
      const scores = this.weighted(byArea, await this.weights(args.year, em));
      const saved = await em.save(
        em.create(Assessment, {
          chamberId: chamber.id,
          year: args.year,
          assessedOn: args.assessedOn,
          scores,
          totalHundredths: scores.reduce((s, a) => s + a.score * a.weight, 0),
          assessorId: this.actor.viewer?.user.id ?? null,
          comment: args.comment?.trim() || null,
        }),
      );
      await this.audit.record(em, this.actor, { action: 'assessment.record', recordType: 'Assessment', recordId: saved.id, organizationId: chamber.id, changes: diffChanges(null, saved, AUDITED) });
      return saved;
    });
  }

  async update(args: UpdateAssessmentArgs): Promise<Assessment> {
    requirePermission(this.actor, 'assessment:write');
    const byArea = args.scores ? eachAreaOnce('scores', args.scores) : null;
    if (args.assessedOn && args.assessedOn > this.today()) throw BadInputError.field('assessedOn', 'future', 'the day is in the future');
    return this.db.write(async (em) => {
      const current = await this.assessments.locked(em, args.id);
      expectVersion('assessment', current, args.version);
      const changes: Partial<Assessment> = {};
      if (args.assessedOn) changes.assessedOn = args.assessedOn;
      if (args.comment !== undefined) changes.comment = args.comment?.trim() || null;
      if (byArea) {
        // Rescored with the weights the assessment was made under, so a year's ranking stays comparable.
        changes.scores = this.weighted(byArea, current.scores);
        changes.totalHundredths = changes.scores.reduce((s, a) => s + a.score * a.weight, 0);
      }
      // Whoever changes the scores or the comment becomes the assessor; sending them back unchanged changes nothing.
      const effective = effectiveChanges(current, changes);
      if (Object.keys(effective).length === 0) return current;
      await writeVersioned(em, Assessment, 'assessment', current, { ...effective, assessorId: this.actor.viewer?.user.id ?? current.assessorId });
      const updated = await em.findOneByOrFail(Assessment, { id: current.id });
      await this.audit.record(em, this.actor, { action: 'assessment.update', recordType: 'Assessment', recordId: current.id, organizationId: current.chamberId, changes: diffChanges(current, updated, AUDITED) });
      return updated;
    });
  }

  private weighted(byArea: Map<FocusArea, AreaScoreInput>, weights: { area: FocusArea; weight: number }[]): AreaScore[] {
    const weightOf = new Map(weights.map((w) => [w.area, w.weight]));
    return FOCUS_AREAS.map((area) => {
      const s = byArea.get(area)!;
      return { area, score: s.score, weight: weightOf.get(area)!, note: s.note?.trim() || null };
    });
  }
}
