import { ArrayMaxSize, IsEnum, IsInt, Matches, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import { IsPlainText } from '../common/validation';
import { VERSION_READ } from '../db/versioned';
import { DeliveryChannel, ReminderKind, ReminderRecipient, WebhookKind } from './reminder.entity';
import { OFFSET_DAYS_MAX, REPEAT_DAYS_MAX } from './reminder.rules';

@ArgsType()
export class UpdateReminderRuleArgs {
  @Field(() => ReminderKind)
  kind: ReminderKind;

  @Field()
  enabled: boolean;

  @Field(() => Int, { description: `Days after the record joins the overdue list (or after its day, for a day in a record's life); negative: before (−${OFFSET_DAYS_MAX} to ${OFFSET_DAYS_MAX})` })
  @IsInt()
  @Min(-OFFSET_DAYS_MAX)
  @Max(OFFSET_DAYS_MAX)
  offsetDays: number;

  @Field(() => Int, { description: `Days between reminders while the record stays on the list; 0: once (at most ${REPEAT_DAYS_MAX})` })
  @IsInt()
  @Min(0)
  @Max(REPEAT_DAYS_MAX)
  repeatDays: number;

  @Field(() => [ReminderRecipient])
  @ArrayMaxSize(3)
  @IsEnum(ReminderRecipient, { each: true })
  recipients: ReminderRecipient[];

  @Field(() => [DeliveryChannel], { description: 'Besides the inbox: in the day\'s digest by e-mail (EMAIL), to the group robots (WEBHOOK); empty: the inbox only' })
  @ArrayMaxSize(2)
  @IsEnum(DeliveryChannel, { each: true })
  channels: DeliveryChannel[];
}

/** A robot's address: https, or http to this machine only (a local relay). */
export const WEBHOOK_URL = /^(https:\/\/[^\s/?#]+|http:\/\/(127\.0\.0\.1|localhost)(:\d+)?)(\/[^\s#]*)?$/;

@ArgsType()
export class CreateReminderWebhookArgs {
  @Field(() => ID, { nullable: true, description: 'The chamber whose reminders it receives; none: the department\'s counts' })
  organizationId?: string | null;

  @Field(() => WebhookKind)
  @IsEnum(WebhookKind)
  kind: WebhookKind;

  @Field()
  @IsPlainText({ max: 50 })
  name: string;

  @Field({ description: 'The robot\'s address as the group chat gives it (https); never read back' })
  @MaxLength(500)
  @Matches(WEBHOOK_URL, { message: 'the robot\'s https address (or http to this machine)' })
  url: string;

  @Field(() => String, { nullable: true, description: '钉钉\'s signing secret (加签), if the robot has one; never read back' })
  @MaxLength(200)
  @IsPlainText({ max: 200 })
  secret?: string | null;
}

@ArgsType()
export class UpdateReminderWebhookArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50 })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'A new address; left out, or sent back masked as it was read: the one it has' })
  @MaxLength(500)
  @Matches(WEBHOOK_URL, { message: 'the robot\'s https address (or http to this machine)' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'A new signing secret; left out, or sent back masked as it was read: the one it has; empty: none' })
  @MaxLength(200)
  @IsPlainText({ max: 200, allowBlank: true })
  secret?: string | null;

  @Field(() => Boolean, { nullable: true })
  enabled?: boolean | null;
}
