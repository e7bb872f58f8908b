import { VERSION_READ } from '../../db/versioned';
import { ArrayMaxSize, IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { IsLocalDate, IsPlainText } from '../../common/validation';
import { CalendarDayKind, DayType, NoticeStage, NoticeState } from './notice.entity';

export const MAX_NOTICE_DAYS = 60;

@InputType({ description: 'Filters of the notice list' })
export class PublicNoticeFilter {
  @Field(() => String, { nullable: true, description: 'Search in titles' })
  @IsPlainText({ max: 100, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Notices of organizations anywhere in this subtree, itself included' })
  withinOrganization?: string | null;

  @Field(() => NoticeStage, { nullable: true })
  stage?: NoticeStage | null;

  @Field(() => NoticeState, { nullable: true, description: 'The state today' })
  state?: NoticeState | null;

  @Field(() => ID, { nullable: true, description: 'Notices covering this case' })
  caseId?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  startsOn_gte?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  startsOn_lte?: string | null;
}

@ArgsType()
export class PublicNoticeListArgs extends ListArgs(PublicNoticeFilter) {}

@ArgsType()
export class NoticeFieldArgs {
  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 2000, multiLine: true, allowBlank: true })
  body?: string | null;

  @Field(() => Int, { nullable: true, description: 'Default 10' })
  @IsInt()
  @Min(1)
  @Max(MAX_NOTICE_DAYS)
  lengthDays?: number | null;

  @Field(() => DayType, { nullable: true, description: 'Default CALENDAR' })
  dayType?: DayType | null;

  @Field(() => [ID], { nullable: true, description: 'The cases the notice covers, all at the stage the notice is for' })
  @ArrayMaxSize(200)
  caseIds?: string[] | null;
}

@ArgsType()
export class CreatePublicNoticeArgs extends NoticeFieldArgs {
  @Field(() => ID)
  organizationId: string;

  @Field(() => NoticeStage)
  stage: NoticeStage;

  @Field()
  @IsPlainText({ max: 100 })
  title: string;

  @Field()
  @IsLocalDate()
  startsOn: string;

  @Field()
  @IsPlainText({ max: 50 })
  hotline: string;

  @Field()
  @IsPlainText({ max: 200 })
  suggestionBox: string;
}

@ArgsType()
export class UpdatePublicNoticeArgs extends NoticeFieldArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100 })
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  startsOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50 })
  hotline?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200 })
  suggestionBox?: string | null;
}

@ArgsType()
export class RecordPaperNoticeArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field({ description: 'Why the notice is recorded after the fact (e.g. posted on the board before the chamber used this service)' })
  @IsPlainText({ max: 500, multiLine: true })
  reason: string;

  @Field({ description: 'What shows it was posted for its whole period: a photograph of the board, a file number' })
  @IsPlainText({ max: 500, multiLine: true })
  evidence: string;
}

@ArgsType()
export class NoticeEndArgs {
  @Field()
  @IsLocalDate()
  startsOn: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(MAX_NOTICE_DAYS)
  lengthDays: number;

  @Field(() => DayType)
  dayType: DayType;
}

@ArgsType()
export class SetCalendarDayArgs {
  @Field()
  @IsLocalDate()
  date: string;

  @Field(() => CalendarDayKind)
  kind: CalendarDayKind;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100, allowBlank: true })
  note?: string | null;
}

@InputType()
export class CalendarDayFilter {
  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  date_gte?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  date_lte?: string | null;
}

@ArgsType()
export class CalendarDayListArgs extends ListArgs(CalendarDayFilter) {}
