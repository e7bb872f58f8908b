import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../../db/references';
import { Organization } from '../../organizations';

export enum NoticeStage {
  DEVELOPMENT_TARGET = 'DEVELOPMENT_TARGET',
  ADMISSION = 'ADMISSION',
  CONVERSION = 'CONVERSION',
  EXEMPLAR = 'EXEMPLAR',
}
registerEnumType(NoticeStage, {
  name: 'NoticeStage',
  valuesConfig: {
    DEVELOPMENT_TARGET: { description: '发展对象公示: before activists become development targets' },
    ADMISSION: { description: '拟接收预备党员公示: before admission' },
    CONVERSION: { description: '预备党员转正公示: before conversion' },
    EXEMPLAR: { description: '先进典型公示: an exemplar profile\'s 10 days, opened when it is approved (exemplarId); not created by hand' },
  },
});

export enum DayType {
  CALENDAR = 'CALENDAR',
  WORKING = 'WORKING',
}
registerEnumType(DayType, {
  name: 'DayType',
  valuesConfig: {
    CALENDAR: { description: '自然日' },
    WORKING: { description: '工作日: the official holiday and make-up workday calendar, with local overrides' },
  },
});

export enum NoticeState {
  DRAFT = 'DRAFT',
  UPCOMING = 'UPCOMING',
  PUBLISHED = 'PUBLISHED',
  ENDED_CLEAN = 'ENDED_CLEAN',
  ENDED_WITH_OBJECTIONS = 'ENDED_WITH_OBJECTIONS',
}
registerEnumType(NoticeState, {
  name: 'NoticeState',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    UPCOMING: { description: '即将公示: published, the first day still to come (China time)' },
    PUBLISHED: { description: '公示中: published and running today (China time)' },
    ENDED_CLEAN: { description: 'Ended, and every report on it was closed as unsubstantiated' },
    ENDED_WITH_OBJECTIONS: { description: 'Ended, with reports still open or substantiated' },
  },
});

/** Where a published notice stands on a day: before its first day, between its first and last day, after. */
export enum NoticePhase {
  UPCOMING = 'UPCOMING',
  RUNNING = 'RUNNING',
  ENDED = 'ENDED',
}
registerEnumType(NoticePhase, {
  name: 'NoticePhase',
  valuesConfig: { UPCOMING: { description: '即将公示' }, RUNNING: { description: '公示中' }, ENDED: { description: '公示期满' } },
});

/**
 * A published notice's phase on `today` (YYYY-MM-DD in China time): the one rule behind both the
 * coordinators' `state` and the public page's `phase`, and the state filter's SQL.
 */
export function noticePhase(notice: Pick<PublicNotice, 'startsOn' | 'endsOn'>, today: string): NoticePhase {
  if (today < notice.startsOn) return NoticePhase.UPCOMING;
  return today <= notice.endsOn ? NoticePhase.RUNNING : NoticePhase.ENDED;
}

/**
 * Whether the public saw every day of a published notice, so it counts for a stage (docs/api.md,
 * "Public notices"): published online on or before its first day (China time), or a paper notice
 * recorded after the fact. Publishing online with a first day already past is refused; this
 * reads notices published before that rule.
 */
export function noticeSeenInFull(notice: { startsOn: string; publishedOn: string; postedOnPaper: boolean }): boolean {
  return notice.postedOnPaper || notice.publishedOn <= notice.startsOn;
}

/** Default length of a notice: the interview's ten days. */
export const DEFAULT_NOTICE_DAYS = 10;

@ObjectType({ simpleResolvers: true, description: 'A public notice (张榜公示) of cases at one stage, open to supervision and reports' })
@Entity('public_notice')
@Index('IDX_notice_org', ['organizationId', 'startsOn'])
@Index('IDX_notice_published', ['publishedAt', 'endsOn'])
export class PublicNotice {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { description: 'The party organization posting the notice' })
  @Column({ type: 'int' })
  @Names(() => Organization, 'notices')
  organizationId: number;

  @Field(() => NoticeStage)
  @Column({ type: 'simple-enum', enum: NoticeStage })
  stage: NoticeStage;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Text of the notice shown to the public (plain text)' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  body: string | null;

  @Field({ description: 'First day of the notice, YYYY-MM-DD' })
  @Column({ type: 'date' })
  startsOn: string;

  @Field(() => Int, { description: 'Length in days of the day type' })
  @Column({ type: 'int', default: DEFAULT_NOTICE_DAYS })
  lengthDays: number;

  @Field(() => DayType)
  @Column({ type: 'simple-enum', enum: DayType, default: DayType.CALENDAR })
  dayType: DayType;

  @Field({ description: 'Last day of the notice, computed from the start, the length and the day type' })
  @Column({ type: 'date' })
  endsOn: string;

  @Field({ description: 'Telephone hotline for opinions and reports' })
  @Column({ type: 'varchar', length: 50 })
  hotline: string;

  @Field({ description: 'Where the suggestion box stands' })
  @Column({ type: 'varchar', length: 200 })
  suggestionBox: string;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  publishedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'For an EXEMPLAR notice: the profile it puts before the public' })
  @Column({ type: 'int', nullable: true })
  exemplarId: number | null;

  @Field(() => ID, { nullable: true, description: 'The account that published the notice, or recorded it after the fact' })
  @Column({ type: 'int', nullable: true })
  publishedById: number | null;

  @Field(() => String, { nullable: true, description: 'Its name then' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  publishedByName: string | null;

  @Field({ description: 'A notice posted on paper (on the chamber\'s board) and recorded here after the fact, with why and what shows it (recordPaperNotice)' })
  @Column({ type: 'boolean', default: false })
  postedOnPaper: boolean;

  @Field(() => String, { nullable: true, description: 'Why a paper notice was recorded after the fact' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  paperReason: string | null;

  @Field(() => String, { nullable: true, description: 'What shows the paper notice was posted for its whole period: a photograph of the board, a file number' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  paperEvidence: string | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

/** Which cases a notice covers. */
@Entity('notice_case')
@Index('IDX_notice_case_unique', ['noticeId', 'caseId'], { unique: true })
@Index('IDX_notice_case_case', ['caseId'])
export class NoticeCase {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  noticeId: number;

  @Column({ type: 'int' })
  caseId: number;
}

export enum CalendarDayKind {
  WORKDAY = 'WORKDAY',
  HOLIDAY = 'HOLIDAY',
}
registerEnumType(CalendarDayKind, {
  name: 'CalendarDayKind',
  valuesConfig: { WORKDAY: { description: '工作日 (e.g. a make-up workday)' }, HOLIDAY: { description: '休息日 (e.g. a local holiday)' } },
});

@ObjectType({ simpleResolvers: true, description: 'A local override of the official working-day calendar' })
@Entity('calendar_day')
export class CalendarDay {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'YYYY-MM-DD' })
  @Column({ type: 'date', unique: true })
  date: string;

  @Field(() => CalendarDayKind)
  @Column({ type: 'simple-enum', enum: CalendarDayKind })
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  note: string | null;
}
