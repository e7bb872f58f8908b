import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DevelopmentCase } from '../cases/case.entity';
import { Ctx, type GraphQLContext } from '../../kernel/context';
import { ALL_COLUMNS, columnsAsked } from '../../kernel/selection';
import { ListMetadata } from '../../kernel/list-metadata';
import { Organization } from '../../organizations';
import { covers } from './calendar';
import { CalendarDayListArgs, CreatePublicNoticeArgs, NoticeEndArgs, PublicNoticeListArgs, RecordPaperNoticeArgs, SetCalendarDayArgs, UpdatePublicNoticeArgs } from './notice.args';
import { CalendarDay, DayType, NoticeState, PublicNotice } from './notice.entity';
import { noticeState, onlinePublicationProblem, paperRecordProblem } from './notice.service';

@ObjectType({ simpleResolvers: true, description: 'The computed end of a notice' })
export class NoticeSpanView {
  @Field()
  endsOn: string;

  @Field({ description: 'False when a working-day notice runs into a year the official holiday schedule does not cover yet: check the local overrides' })
  calendarCovered: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'The years the official holiday and make-up workday schedule covers' })
export class OfficialCalendarYears {
  @Field(() => Int)
  from: number;

  @Field(() => Int)
  to: number;
}

/** The columns each field resolver of PublicNotice reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  state: ALL_COLUMNS,
  unclearedReports: [],
  calendarCovered: ['dayType', 'startsOn', 'endsOn'],
  publishableOnline: ['publishedAt', 'startsOn'],
  recordableOnPaper: ['publishedAt', 'startsOn'],
  organization: ['organizationId'],
  caseIds: [],
  cases: [],
};

@Resolver(() => PublicNotice)
export class PublicNoticeResolver {
  @Query(() => PublicNotice, { nullable: true, description: 'One PublicNotice; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  PublicNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<PublicNotice> {
    return ctx.services.notices.get(id);
  }

  @Query(() => [PublicNotice])
  allPublicNotices(@Args() args: PublicNoticeListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<PublicNotice[]> {
    return ctx.services.notices.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allPublicNoticesMeta(@Args() args: PublicNoticeListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.notices.count(args.filter) };
  }

  @Query(() => NoticeSpanView, { description: 'The end a notice would have with the calendar as it stands' })
  noticeEndDate(@Args() args: NoticeEndArgs, @Ctx() ctx: GraphQLContext): Promise<NoticeSpanView> {
    return ctx.services.notices.previewEnd(args);
  }

  @Mutation(() => PublicNotice, { description: 'A draft notice; the end date is computed' })
  createPublicNotice(@Args() args: CreatePublicNoticeArgs, @Ctx() ctx: GraphQLContext): Promise<PublicNotice> {
    return ctx.services.notices.create(args);
  }

  @Mutation(() => PublicNotice, { description: 'Changes a draft; published notices cannot change' })
  updatePublicNotice(@Args() args: UpdatePublicNoticeArgs, @Ctx() ctx: GraphQLContext): Promise<PublicNotice> {
    return ctx.services.notices.update(args);
  }

  @Mutation(() => PublicNotice, { description: 'Deletes a draft' })
  deletePublicNotice(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true }) version: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PublicNotice> {
    return ctx.services.notices.delete(id, version);
  }

  @Mutation(() => PublicNotice, { description: 'Publishes a draft: the public can read it and file reports while it runs. Its first day is today at the earliest (BAD_USER_INPUT startsOn beforePublication)' })
  publishNotice(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: GraphQLContext): Promise<PublicNotice> {
    return ctx.services.notices.publish(id, version);
  }

  @Mutation(() => PublicNotice, {
    description: 'Records a draft as a notice that ran on paper, after the fact: published and marked so (postedOnPaper), with why and what shows it; its first day has come',
  })
  recordPaperNotice(@Args() args: RecordPaperNoticeArgs, @Ctx() ctx: GraphQLContext): Promise<PublicNotice> {
    return ctx.services.notices.recordPaper(args);
  }

  @FieldResolver(() => NoticeState, { description: 'The state today' })
  async state(@Root() notice: PublicNotice, @Ctx() ctx: GraphQLContext): Promise<NoticeState> {
    const uncleared = notice.publishedAt ? await ctx.loaders.notices.unclearedReports.load(notice.id) : 0;
    return noticeState(notice, ctx.services.notices.today(), uncleared);
  }

  @FieldResolver(() => Int, { description: 'Reports on the notice not yet closed as unsubstantiated' })
  unclearedReports(@Root() notice: PublicNotice, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.notices.unclearedReports.load(notice.id);
  }

  @FieldResolver({ description: 'A draft publishNotice takes today: its first day is today or later' })
  publishableOnline(@Root() notice: PublicNotice, @Ctx() ctx: GraphQLContext): boolean {
    return !notice.publishedAt && onlinePublicationProblem(notice.startsOn, ctx.services.notices.today()) === null;
  }

  @FieldResolver({ description: 'A draft recordPaperNotice takes today: its first day has come' })
  recordableOnPaper(@Root() notice: PublicNotice, @Ctx() ctx: GraphQLContext): boolean {
    return !notice.publishedAt && paperRecordProblem(notice.startsOn, ctx.services.notices.today()) === null;
  }

  @FieldResolver({ description: 'False when a working-day notice runs into a year the official holiday schedule does not cover yet' })
  calendarCovered(@Root() notice: PublicNotice): boolean {
    return notice.dayType === DayType.CALENDAR || (covers(notice.startsOn) && covers(notice.endsOn));
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() notice: PublicNotice, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(notice.organizationId);
  }

  @FieldResolver(() => [ID])
  caseIds(@Root() notice: PublicNotice, @Ctx() ctx: GraphQLContext): Promise<number[]> {
    return ctx.loaders.notices.caseIds.load(notice.id);
  }

  @FieldResolver(() => [DevelopmentCase])
  async cases(@Root() notice: PublicNotice, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase[]> {
    const rows = await ctx.loaders.cases.byId.loadMany(await ctx.loaders.notices.caseIds.load(notice.id));
    return rows.filter((c): c is DevelopmentCase => c instanceof DevelopmentCase);
  }
}

@Resolver(() => CalendarDay)
export class CalendarDayResolver {
  @Query(() => [CalendarDay], { description: 'Local overrides of the working-day calendar' })
  allCalendarDays(@Args() args: CalendarDayListArgs, @Ctx() ctx: GraphQLContext): Promise<CalendarDay[]> {
    return ctx.services.notices.calendarDays(args);
  }

  @Query(() => CalendarDay, { nullable: true, description: 'One override; NOT_FOUND when there is none with this id' })
  CalendarDay(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CalendarDay> {
    return ctx.services.notices.calendarDay(id);
  }

  @Query(() => ListMetadata)
  async _allCalendarDaysMeta(@Args() args: CalendarDayListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.notices.countCalendarDays(args.filter) };
  }

  @Query(() => OfficialCalendarYears, { description: 'The years the built-in official schedule covers; later years need local overrides until it is updated' })
  officialCalendarYears(@Ctx() ctx: GraphQLContext): OfficialCalendarYears {
    return ctx.services.notices.officialYears();
  }

  @Mutation(() => CalendarDay, { description: 'Marks a day as a working day or a holiday, over the official schedule' })
  setCalendarDay(@Args() args: SetCalendarDayArgs, @Ctx() ctx: GraphQLContext): Promise<CalendarDay> {
    return ctx.services.notices.setCalendarDay(args);
  }

  @Mutation(() => CalendarDay)
  clearCalendarDay(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<CalendarDay> {
    return ctx.services.notices.clearCalendarDay(id);
  }
}
