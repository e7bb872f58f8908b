import { Arg, Args, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { VERSION_READ } from '../db/versioned';
import { SECRET_MASK, maskedUrl } from './reminder.channels';
import { ViewerInfo } from '../accounts';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { ReportPageArgs, ReportPageOf, reportWindow, type ReportRows } from '../kernel/report-page';
import { DeliveryStatus, Reminder, ReminderDelivery, ReminderRule, ReminderWebhook } from './reminder.entity';
import { CreateReminderWebhookArgs, UpdateReminderRuleArgs, UpdateReminderWebhookArgs } from './reminder.args';

const ReminderPage = ReportPageOf(Reminder, 'ReminderPage', 'A page of your reminders, newest first, with the total');
const ReminderDeliveryPage = ReportPageOf(ReminderDelivery, 'ReminderDeliveryPage', 'A page of the digests sent, newest first, with the total');

@ObjectType({ simpleResolvers: true, description: 'How reminders leave the platform besides the inbox' })
class ReminderChannels {
  @Field({ description: 'E-mail is configured (SMTP_URL): daily digests go to accounts with an address; without it none is sent' })
  emailConfigured: boolean;

  @Field(() => Int, { description: 'The hour (China time) from which each day\'s digests go out' })
  digestHour: number;
}

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

  @Query(() => ReminderChannels, { description: 'Whether e-mail is configured, and the digest hour (administrators)' })
  reminderChannels(@Ctx() ctx: GraphQLContext): ReminderChannels {
    return ctx.services.reminders.channelSettings();
  }

  @Query(() => [ReminderWebhook], { description: 'The group chat robots that receive daily digests (administrators)' })
  reminderWebhooks(@Ctx() ctx: GraphQLContext): Promise<ReminderWebhook[]> {
    return ctx.services.reminders.webhooks();
  }

  @Mutation(() => ReminderWebhook, { description: 'Adds a group chat robot for a chamber, or for the department (administrators)' })
  createReminderWebhook(@Args() args: CreateReminderWebhookArgs, @Ctx() ctx: GraphQLContext): Promise<ReminderWebhook> {
    return ctx.services.reminders.createWebhook(args);
  }

  @Mutation(() => ReminderWebhook, { description: 'Renames, readdresses, resigns, turns on or off a robot (administrators)' })
  updateReminderWebhook(@Args() args: UpdateReminderWebhookArgs, @Ctx() ctx: GraphQLContext): Promise<ReminderWebhook> {
    return ctx.services.reminders.updateWebhook(args);
  }

  @Mutation(() => ReminderWebhook, { description: 'Removes a robot (administrators); its digests stay on record' })
  deleteReminderWebhook(@Arg('id', () => ID) id: string, @Arg('version', () => Int, { nullable: true, description: VERSION_READ }) version: number | null, @Ctx() ctx: GraphQLContext): Promise<ReminderWebhook> {
    return ctx.services.reminders.deleteWebhook(id, version);
  }

  @Query(() => ReminderDeliveryPage, { description: 'The daily digests sent and being sent, newest first, with each one\'s attempts and last error (administrators)' })
  reminderDeliveries(@Arg('status', () => DeliveryStatus, { nullable: true }) status: DeliveryStatus | null, @Args() page: ReportPageArgs, @Ctx() ctx: GraphQLContext): Promise<ReportRows<ReminderDelivery>> {
    return ctx.services.reminders.deliveries(status, reportWindow(page));
  }
}

/** A robot's address and secret as they are read: masked, since they are its credentials. */
@Resolver(() => ReminderWebhook)
export class ReminderWebhookResolver {
  @FieldResolver(() => String, { description: 'The robot\'s address, its keys masked; sent back as read, it stays as it is' })
  url(@Root() hook: ReminderWebhook): string {
    return maskedUrl(hook.url);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Masked when it has a signing secret, else null; sent back as read, it stays as it is' })
  secret(@Root() hook: ReminderWebhook): string | null {
    return hook.secret ? SECRET_MASK : null;
  }
}

/** The signed-in user's unread count with who they are, so the app bar needs no request of its own. */
@Resolver(() => ViewerInfo)
export class ViewerRemindersResolver {
  @FieldResolver(() => Int, { description: 'Your unread reminders' })
  unreadReminders(@Root() viewer: ViewerInfo, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.services.reminders.unreadOf(viewer.user.id);
  }
}
