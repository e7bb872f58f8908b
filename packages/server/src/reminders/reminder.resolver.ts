import { Arg, Args, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { ReportPageArgs, ReportPageOf, reportWindow, type ReportRows } from '../kernel/report-page';
import { Reminder, ReminderRule } from './reminder.entity';
import { UpdateReminderRuleArgs } from './reminder.args';

const ReminderPage = ReportPageOf(Reminder, 'ReminderPage', 'A page of your reminders, newest first, with the total');

@ObjectType({ simpleResolvers: true })
class RemindersMarked {
  @Field(() => Int, { description: 'Reminders marked read' })
  marked: number;

  @Field(() => Int, { description: 'Your unread reminders left' })
  unread: number;
}

@Resolver()
export class ReminderResolver {
  @Query(() => ReminderPage, { description: 'Your reminders, newest first; only the unread ones when asked' })
  myReminders(@Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null, @Args() page: ReportPageArgs, @Ctx() ctx: GraphQLContext): Promise<ReportRows<Reminder>> {
    return ctx.services.reminders.mine(unreadOnly ?? false, reportWindow(page));
  }

  @Query(() => Int, { description: 'How many of your reminders are unread' })
  myUnreadReminderCount(@Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.reminders.unreadCount();
  }

  @Mutation(() => RemindersMarked, { description: 'Marks reminders of yours read (at most 100 ids); others\' ids change nothing' })
  async markRemindersRead(@Arg('ids', () => [ID]) ids: string[], @Ctx() ctx: GraphQLContext): Promise<RemindersMarked> {
    const marked = await ctx.services.reminders.markRead(ids);
    return { marked, unread: await ctx.services.reminders.unreadCount() };
  }

  @Query(() => [ReminderRule], { description: 'Each kind of overdue work sent as a reminder, with its rule in force' })
  reminderRules(@Ctx() ctx: GraphQLContext): Promise<ReminderRule[]> {
    return ctx.services.reminders.rules();
  }

  @Mutation(() => ReminderRule, { description: 'Changes when, how often and to whom a kind is sent (administrators)' })
  updateReminderRule(@Args() args: UpdateReminderRuleArgs, @Ctx() ctx: GraphQLContext): Promise<ReminderRule> {
    return ctx.services.reminders.updateRule(args);
  }
}
