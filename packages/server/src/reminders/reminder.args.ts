import { ArrayMaxSize, IsEnum, IsInt, Max, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { OverdueKind } from '../oversight';
import { ReminderRecipient } from './reminder.entity';
import { OFFSET_DAYS_MAX, REPEAT_DAYS_MAX } from './reminder.rules';

@ArgsType()
export class UpdateReminderRuleArgs {
  @Field(() => OverdueKind)
  kind: OverdueKind;

  @Field()
  enabled: boolean;

  @Field(() => Int, { description: `Days after the record joins the overdue list; negative: before (−${OFFSET_DAYS_MAX} to ${OFFSET_DAYS_MAX})` })
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
  @ArrayMaxSize(2)
  @IsEnum(ReminderRecipient, { each: true })
  recipients: ReminderRecipient[];
}
