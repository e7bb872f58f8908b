import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OrganizationKind, Organization } from '../organizations';
import { Names } from '../db/references';

export enum MeetingType {
  MEMBERS_MEETING = 'MEMBERS_MEETING',
  COMMITTEE_MEETING = 'COMMITTEE_MEETING',
  GROUP_MEETING = 'GROUP_MEETING',
  PARTY_LECTURE = 'PARTY_LECTURE',
  THEME_DAY = 'THEME_DAY',
}
registerEnumType(MeetingType, {
  name: 'MeetingType',
  valuesConfig: {
    MEMBERS_MEETING: { description: '支部党员大会' },
    COMMITTEE_MEETING: { description: '支部委员会会议' },
    GROUP_MEETING: { description: '党小组会' },
    PARTY_LECTURE: { description: '党课' },
    THEME_DAY: { description: '主题党日' },
  },
});

export enum MeetingPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  HALF_YEAR = 'HALF_YEAR',
  YEAR = 'YEAR',
}
registerEnumType(MeetingPeriod, {
  name: 'MeetingPeriod',
  valuesConfig: { MONTH: { description: '每月' }, QUARTER: { description: '每季度' }, HALF_YEAR: { description: '每半年' }, YEAR: { description: '每年' } },
});

export enum MeetingStatus {
  PLANNED = 'PLANNED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesConfig: { PLANNED: { description: '计划' }, HELD: { description: '已召开' }, CANCELLED: { description: '已取消' } },
});

@ObjectType({ simpleResolvers: true, description: 'A meeting of a party organization (三会一课, 主题党日): planned, then held with its attendance and minutes' })
@Entity('meeting')
@Index('IDX_meeting_status', ['status', 'plannedOn'])
// An organization's meetings by day; covers the home page's pass over a year's held meetings (regularity).
@Index('IDX_meeting_org_held', ['organizationId', 'heldOn', 'status', 'type'])
export class Meeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Organization, 'meetings')
  organizationId: number;

  @Field(() => MeetingType)
  @Column({ type: 'simple-enum', enum: MeetingType })
  type: MeetingType;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  topic: string;

  @Field({ description: 'The day it is (or was) planned for' })
  @Column({ type: 'date' })
  plannedOn: string;

  @Field(() => String, { nullable: true, description: 'The day it was held' })
  @Column({ type: 'date', nullable: true })
  heldOn: string | null;

  @Field(() => MeetingStatus)
  @Column({ type: 'simple-enum', enum: MeetingStatus, default: MeetingStatus.PLANNED })
  status: MeetingStatus;

  @Field(() => Int, { nullable: true, description: 'Members expected' })
  @Column({ type: 'int', nullable: true })
  expectedCount: number | null;

  @Field(() => Int, { nullable: true, description: 'Members who attended' })
  @Column({ type: 'int', nullable: true })
  attendedCount: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true, description: 'Minutes (会议记录), plain text' })
  @Column({ type: 'text', nullable: true })
  minutes: string | null;

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

@ObjectType({ simpleResolvers: true, description: 'How often a kind of party organization must hold a kind of meeting' })
@Entity('meeting_requirement')
@Index('IDX_requirement_unique', ['organizationKind', 'type'], { unique: true })
export class MeetingRequirement {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => OrganizationKind)
  @Column({ type: 'simple-enum', enum: OrganizationKind })
  organizationKind: OrganizationKind;

  @Field(() => MeetingType)
  @Column({ type: 'simple-enum', enum: MeetingType })
  type: MeetingType;

  @Field(() => MeetingPeriod)
  @Column({ type: 'simple-enum', enum: MeetingPeriod })
  period: MeetingPeriod;

  @Field(() => Int, { description: 'Meetings held per period at least' })
  @Column({ type: 'int', default: 1 })
  minCount: number;
}

/**
 * An organization's held meetings of one year, kept by every write that holds or moves a meeting
 * (docs/adr/0004-home-page-figures-per-chamber.md): which periods had their meetings (`tallyOf`
 * in meeting.rules.ts), and the first and last day one was held. The home page and the regularity
 * list read these instead of grouping the year's meetings; a year without a held meeting has no row.
 */
@Entity('meeting_year')
export class MeetingYear {
  @PrimaryColumn({ type: 'int' })
  organizationId: number;

  @PrimaryColumn({ type: 'int' })
  year: number;

  /** Twelve flags per party kind and meeting type (meeting.rules.ts, `slotStart`). */
  @Column({ type: 'varchar', length: 240 })
  met: string;

  @Column({ type: 'int' })
  held: number;

  @Column({ type: 'date' })
  firstHeld: string;

  @Column({ type: 'date' })
  lastHeld: string;
}

/**
 * The whole country's party organizations with a tally (`MeetingYear`) banded by regularity, for
 * each count of the year's ended months (0–12): how many of kind `kind` had `compliant` periods
 * met among those ended, and of them how many held every meeting of the year on one day. Kept
 * by the writes that move a tally or an organization's kind or archiving
 * (docs/adr/0004-home-page-figures-per-chamber.md, meeting.bands.ts); the home page reads the
 * rows of the day's count of ended months instead of a row per organization. Organizations
 * without a tally are counted from the organizations themselves (none of their periods met).
 */
@Entity('meeting_band')
export class MeetingBand {
  @PrimaryColumn({ type: 'int' })
  year: number;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  kind: OrganizationKind;

  /** How many of the year's months have ended (the day's place in the year). */
  @PrimaryColumn({ type: 'int' })
  monthsEnded: number;

  @PrimaryColumn({ type: 'int' })
  compliant: number;

  @Column({ type: 'int', default: 0 })
  organizations: number;

  @Column({ type: 'int', default: 0 })
  annualOnly: number;
}
