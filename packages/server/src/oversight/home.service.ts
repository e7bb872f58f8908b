import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Actor } from '../access/actor';
import { requirePermission } from '../access/scope';
import { CaseStage } from '../development';
import { CaseAlertKind } from '../development';
import type { Services } from '../kernel/context';
import { requireReportYear } from './chamber-year';
import { TermState } from '../organizations';
import { notHeldBy } from './meeting.rules';

export enum OverdueKind {
  TALK_OVERDUE = 'TALK_OVERDUE',
  APPROVAL_OVERDUE = 'APPROVAL_OVERDUE',
  CONVERSION_DUE = 'CONVERSION_DUE',
  MEETING_NOT_HELD = 'MEETING_NOT_HELD',
  ANNUAL_ONLY = 'ANNUAL_ONLY',
  LETTER_MISSING = 'LETTER_MISSING',
  ASSESSMENT_MISSING = 'ASSESSMENT_MISSING',
  VENUE_NONCOMPLIANT = 'VENUE_NONCOMPLIANT',
  RECTIFICATION_OPEN = 'RECTIFICATION_OPEN',
  TERM_OVERDUE = 'TERM_OVERDUE',
  TERM_DUE_SOON = 'TERM_DUE_SOON',
}

registerEnumType(OverdueKind, {
  name: 'OverdueKind',
  description: 'Work that is late or needs attention, each with a list to drill down to',
  valuesConfig: {
    TALK_OVERDUE: { description: 'Applicants not talked to within a month (development cases, alert TALK_OVERDUE)' },
    APPROVAL_OVERDUE: { description: 'Admissions not approved within three months (alert APPROVAL_OVERDUE)' },
    CONVERSION_DUE: { description: 'Probation ended, conversion due (alert CONVERSION_DUE)' },
    MEETING_NOT_HELD: { description: 'Meetings planned for a day now past and not recorded as held or cancelled' },
    ANNUAL_ONLY: { description: 'Party organizations whose meetings this year all fell on one day ("one meeting a year")' },
    LETTER_MISSING: { description: 'Chambers without a responsibility letter for the year' },
    ASSESSMENT_MISSING: { description: 'Chambers not yet assessed for the year' },
    VENUE_NONCOMPLIANT: { description: 'Units whose activity venue falls short of the standard they need' },
    RECTIFICATION_OPEN: { description: 'Weak or lax organizations whose rectification is not closed' },
    TERM_OVERDUE: { description: 'Party organizations whose term has ended without an election (逾期未换届)' },
    TERM_DUE_SOON: { description: 'Party organizations whose term ends within the months of notice' },
  },
});

/** Each overdue kind in Chinese: the annual report's summary and the reminders' digests name them so. */
export const OVERDUE_NAMES: Record<OverdueKind, string> = {
  [OverdueKind.TALK_OVERDUE]: '入党申请超过一个月未谈话',
  [OverdueKind.APPROVAL_OVERDUE]: '接收预备党员超过三个月未审批',
  [OverdueKind.CONVERSION_DUE]: '预备期已满待转正',
  [OverdueKind.MEETING_NOT_HELD]: '计划会议逾期未记录',
  [OverdueKind.ANNUAL_ONLY]: '组织生活“一年一次”',
  [OverdueKind.LETTER_MISSING]: '商会未签订责任书',
  [OverdueKind.ASSESSMENT_MISSING]: '商会未完成年度考核',
  [OverdueKind.VENUE_NONCOMPLIANT]: '活动场所未达标',
  [OverdueKind.RECTIFICATION_OPEN]: '软弱涣散整顿未销号',
  [OverdueKind.TERM_OVERDUE]: '党组织逾期未换届',
  [OverdueKind.TERM_DUE_SOON]: '党组织任期即将届满',
};

@ObjectType({ simpleResolvers: true })
export class OverdueItem {
  @Field(() => OverdueKind)
  kind: OverdueKind;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'A figure per chamber, for the charts' })
export class ChamberFigure {
  @Field(() => ID)
  chamberId: number;

  @Field()
  chamberName: string;

  @Field(() => Float)
  value: number;

  @Field(() => Float, { nullable: true, description: 'A second series where the chart has one' })
  second: number | null;
}

@ObjectType({ simpleResolvers: true })
export class StageCount {
  @Field(() => CaseStage)
  stage: CaseStage;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'Party organizations by their meeting regularity this year' })
export class RegularityBands {
  @Field(() => Int)
  organizations: number;

  @Field(() => Float, { description: 'Mean regularity (compliant / elapsed periods) over the organizations' })
  average: number;

  @Field(() => Int, { description: 'Every elapsed period compliant' })
  regular: number;

  @Field(() => Int, { description: 'At least 60 % but not all' })
  partial: number;

  @Field(() => Int, { description: 'Under 60 %' })
  irregular: number;

  @Field(() => Int)
  annualOnly: number;
}

@ObjectType({ simpleResolvers: true, description: 'The coordination group\'s home dashboard for a year, over your scope' })
export class HomeDashboard {
  @Field(() => Int)
  year: number;

  @Field({ description: 'The day the figures were computed for (China time)' })
  asOf: string;

  @Field(() => Int)
  chambers: number;

  @Field(() => Float)
  organizationCoverage: number;

  @Field(() => Float)
  workCoverage: number;

  @Field(() => Float)
  chamberCoverage: number;

  @Field(() => RegularityBands)
  meetings: RegularityBands;

  @Field(() => Int, { description: 'Open development cases' })
  openCases: number;

  @Field(() => [StageCount])
  pipeline: StageCount[];

  @Field(() => Int, { description: 'Seats taken in the year\'s classes' })
  trainingSeats: number;

  @Field(() => Int)
  trainingCompleted: number;

  @Field(() => Float)
  trainingCompletionRate: number;

  @Field(() => Int)
  lettersSigned: number;

  @Field(() => Int)
  assessed: number;

  @Field(() => Float, { nullable: true, description: 'Mean total of the year\'s assessments' })
  averageAssessment: number | null;

  @Field(() => Int, { description: 'Units held to a venue standard' })
  venueUnits: number;

  @Field(() => Int)
  venuesCompliant: number;

  @Field(() => [OverdueItem], { description: 'Every kind, with its count (0 included)' })
  overdue: OverdueItem[];

  @Field(() => [ChamberFigure], { description: 'Organization coverage (value) and work coverage (second) per chamber; beyond 30 chambers, the 30 lowest' })
  coverageByChamber: ChamberFigure[];

  @Field(() => [ChamberFigure], { description: 'Seats (value) and completions (second) per chamber in the year\'s classes, most first (at most 30)' })
  trainingByChamber: ChamberFigure[];

  @Field(() => [ChamberFigure], { description: 'Assessment totals, best first (at most 30)' })
  assessmentByChamber: ChamberFigure[];
}

/** Chambers a chart shows at most; with more, `series` keeps those that most need a look. */
export const CHART_CHAMBERS = 30;

export function series(rows: ChamberFigure[], worstFirst: ((a: ChamberFigure, b: ChamberFigure) => number) | null): ChamberFigure[] {
  if (rows.length <= CHART_CHAMBERS) return rows;
  return (worstFirst ? [...rows].sort(worstFirst) : rows).slice(0, CHART_CHAMBERS);
}

const ratio = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 1000 : 0);

/** Everything the home dashboard shows, from the services the figures' own pages use. */
export async function homeDashboard(actor: Actor, services: Services, year: number, today: string): Promise<HomeDashboard> {
  requirePermission(actor, 'oversight:read');
  requireReportYear(year);
  // Every figure at once: on MySQL / MariaDB each statement has its own connection from the pool.
  const [cover, regularity, stages, training, letters, assessed, ranking, venues, alertCounts, unheld, rectifying, termsOverdue, termsDueSoon] = await Promise.all([
    services.coverage.chart(CHART_CHAMBERS),
    services.meetings.regularitySummary(year),
    services.cases.openByStage(),
    services.enrollments.byChamber(null, year),
    services.letters.counts(year),
    services.assessments.counts(year),
    // The chart's best 30, not the whole year's ranking, with their chambers' names.
    services.assessments
      .page({ filter: { year }, sortField: 'total', sortOrder: 'DESC', perPage: CHART_CHAMBERS })
      .then(async (rows) => ({ rows, names: await services.coverage.namesOf(rows.map((a) => a.chamberId)) })),
    services.venues.summary(),
    Promise.all([CaseAlertKind.TALK_OVERDUE, CaseAlertKind.APPROVAL_OVERDUE, CaseAlertKind.CONVERSION_DUE].map((alert) => services.cases.count({ alert }))),
    services.meetings.count(notHeldBy(today)),
    services.rectifications.count({ open: true }),
    services.organizations.count({ termState: TermState.OVERDUE }),
    services.organizations.count({ termState: TermState.DUE_SOON }),
  ]);

  const overall = cover.overall;
  const seats = training.reduce((s, r) => s + r.seated, 0);
  const completed = training.reduce((s, r) => s + r.completed, 0);

  return {
    year,
    asOf: today,
    chambers: cover.chambers,
    organizationCoverage: overall.organizationCoverage,
    workCoverage: overall.workCoverage,
    chamberCoverage: ratio(cover.chambersWithParty, cover.chambers),
    meetings: regularity,
    openCases: [...stages.values()].reduce((a, b) => a + b, 0),
    pipeline: [CaseStage.APPLICANT, CaseStage.ACTIVIST, CaseStage.DEVELOPMENT_TARGET, CaseStage.PROBATIONARY].map((stage) => ({ stage, count: stages.get(stage) ?? 0 })),
    trainingSeats: seats,
    trainingCompleted: completed,
    trainingCompletionRate: ratio(completed, seats),
    lettersSigned: letters.signed,
    assessed: assessed.assessed,
    averageAssessment: assessed.meanHundredths === null ? null : Math.round(assessed.meanHundredths) / 100,
    venueUnits: venues.units,
    venuesCompliant: venues.compliant,
    overdue: [
      { kind: OverdueKind.TALK_OVERDUE, count: alertCounts[0] },
      { kind: OverdueKind.APPROVAL_OVERDUE, count: alertCounts[1] },
      { kind: OverdueKind.CONVERSION_DUE, count: alertCounts[2] },
      { kind: OverdueKind.MEETING_NOT_HELD, count: unheld },
      { kind: OverdueKind.ANNUAL_ONLY, count: regularity.annualOnly },
      { kind: OverdueKind.LETTER_MISSING, count: letters.missing },
      { kind: OverdueKind.ASSESSMENT_MISSING, count: assessed.missing },
      { kind: OverdueKind.VENUE_NONCOMPLIANT, count: venues.units - venues.compliant },
      { kind: OverdueKind.RECTIFICATION_OPEN, count: rectifying },
      { kind: OverdueKind.TERM_OVERDUE, count: termsOverdue },
      { kind: OverdueKind.TERM_DUE_SOON, count: termsDueSoon },
    ],
    // Every chamber while they fit a chart; beyond that the ones that most need a look.
    coverageByChamber: cover.lowest.map((c) => ({ chamberId: c.id, chamberName: c.name, value: c.figures.organizationCoverage, second: c.figures.workCoverage })),
    trainingByChamber: series(
      training
        .filter((r): r is typeof r & { chamberId: number; chamberName: string } => r.chamberId !== null && cover.chamberIds.has(r.chamberId))
        .map((r) => ({ chamberId: r.chamberId, chamberName: r.chamberName, value: r.seated, second: r.completed }))
        .sort((a, b) => b.value - a.value),
      null,
    ),
    assessmentByChamber: series(
      ranking.rows.map((a) => ({ chamberId: a.chamberId, chamberName: ranking.names.get(a.chamberId) ?? String(a.chamberId), value: a.total, second: null })),
      null,
    ),
  };
}
