import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';
import { ListArgs } from '../common/list';
import { IsLocalDate, IsPlainText } from '../common/validation';
import { RectificationState } from './rectification.entity';

@InputType()
export class RectificationFilter {
  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => RectificationState, { nullable: true })
  state?: RectificationState | null;

  @Field(() => Boolean, { nullable: true, description: 'true: not closed yet; false: closed' })
  open?: boolean | null;
}

@ArgsType()
export class RectificationListArgs extends ListArgs(RectificationFilter) {}

@ArgsType()
export class RectificationStepArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 2000, multiLine: true, allowBlank: true })
  note?: string | null;
}

@ArgsType()
export class OpenRectificationArgs {
  @Field(() => ID)
  organizationId: string;

  @Field()
  @IsPlainText({ max: 1000, multiLine: true })
  problems: string;

  @Field()
  @IsLocalDate()
  identifiedOn: string;
}
