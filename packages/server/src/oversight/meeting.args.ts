import { VERSION_READ } from '../db/versioned';
import { ArrayMaxSize, IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { IsLocalDate, IsPlainText } from '../common/validation';
import { OrganizationKind } from '../organizations';
import { MeetingPeriod, MeetingStatus, MeetingType } from './meeting.entity';

@InputType()
export class MeetingFilter {
  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Meetings of organizations anywhere in this subtree, itself included' })
  withinOrganization?: string | null;

  @Field(() => MeetingType, { nullable: true })
  type?: MeetingType | null;

  @Field(() => MeetingStatus, { nullable: true })
  status?: MeetingStatus | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  plannedOn_gte?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  plannedOn_lte?: string | null;
}

@ArgsType()
export class MeetingListArgs extends ListArgs(MeetingFilter) {}

@ArgsType()
export class MeetingFieldArgs {
  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200, allowBlank: true })
  location?: string | null;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(0)
  @Max(100_000)
  expectedCount?: number | null;
}

@ArgsType()
export class CreateMeetingArgs extends MeetingFieldArgs {
  @Field(() => ID)
  organizationId: string;

  @Field(() => MeetingType)
  type: MeetingType;

  @Field()
  @IsPlainText({ max: 100 })
  topic: string;

  @Field()
  @IsLocalDate()
  plannedOn: string;
}

@ArgsType()
export class UpdateMeetingArgs extends MeetingFieldArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100 })
  topic?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  plannedOn?: string | null;
}

@ArgsType()
export class RecordMeetingArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field({ description: 'The day it was held: not in the future' })
  @IsLocalDate()
  heldOn: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100_000)
  attendedCount: number;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(0)
  @Max(100_000)
  expectedCount?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 20_000, multiLine: true, allowBlank: true })
  minutes?: string | null;
}

@ArgsType()
export class SetRequirementArgs {
  @Field(() => OrganizationKind)
  organizationKind: OrganizationKind;

  @Field(() => MeetingType)
  type: MeetingType;

  @Field(() => MeetingPeriod)
  period: MeetingPeriod;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(31)
  minCount: number;
}
