import { ArrayMaxSize } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ListArgs } from '../common/list';
import { IsPlainText } from '../common/validation';

@InputType()
export class AuditEntryFilter {
  @Field(() => String, { nullable: true, description: 'Search in actions, actor names and record ids' })
  @IsPlainText({ max: 50, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50 })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50 })
  recordType?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50 })
  recordId?: string | null;

  @Field(() => Date, { nullable: true })
  at_gte?: Date | null;

  @Field(() => Date, { nullable: true })
  at_lte?: Date | null;
}

@ArgsType()
export class AuditEntryListArgs extends ListArgs(AuditEntryFilter) {}
