import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Field, FieldResolver, Float, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { columnsAsked } from '../kernel/selection';
import { ListMetadata } from '../kernel/list-metadata';
import { ReportPageArgs, ReportPageOf, reportWindow, type ReportRows } from '../kernel/report-page';
import { Organization, OrganizationKind } from '../organizations';
import { CreateMeetingArgs, MeetingListArgs, RecordMeetingArgs, SetRequirementArgs, UpdateMeetingArgs } from './meeting.args';
import { Meeting, MeetingPeriod, MeetingType } from './meeting.entity';

@ObjectType({ simpleResolvers: true, description: 'A meeting requirement in force' })
export class RequirementView {
  @Field(() => OrganizationKind)
  organizationKind: OrganizationKind;

  @Field(() => MeetingType)
  type: MeetingType;

  @Field(() => MeetingPeriod)
  period: MeetingPeriod;

  @Field(() => Int)
  minCount: number;
}

@ObjectType({ simpleResolvers: true, description: 'Periods elapsed and met for one kind of meeting' })
export class TypeRegularity {
  @Field(() => MeetingType)
  type: MeetingType;

  @Field(() => MeetingPeriod)
  period: MeetingPeriod;

  @Field(() => Int)
  elapsed: number;

  @Field(() => Int)
  compliant: number;
}

@ObjectType({ simpleResolvers: true, description: 'How regularly a party organization met in a year: compliant periods / elapsed periods' })
export class MeetingRegularity {
  @Field(() => ID)
  organizationId: number;

  @Field()
  organizationName: string;

  @Field(() => OrganizationKind)
  organizationKind: OrganizationKind;

  @Field(() => Int)
  elapsedPeriods: number;

  @Field(() => Int)
  compliantPeriods: number;

  @Field(() => Float, { description: 'compliant / elapsed (1 when no period has ended yet)' })
  regularity: number;

  @Field(() => Int)
  heldMeetings: number;

  @Field({ description: 'All meetings of the year on one day, or none: "one meeting a year"' })
  annualOnly: boolean;

  @Field(() => [TypeRegularity])
  byType: TypeRegularity[];
}

const MeetingRegularityPage = ReportPageOf(MeetingRegularity, 'MeetingRegularityPage', 'A page of meeting regularity, with the total');

/** The columns each field resolver of Meeting reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  organization: ['organizationId'],
  attendanceRate: ['attendedCount', 'expectedCount'],
};

@Resolver(() => Meeting)
export class MeetingResolver {
  @Query(() => Meeting, { nullable: true, description: 'One Meeting; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  Meeting(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Meeting> {
    return ctx.services.meetings.get(id);
  }

  @Query(() => [Meeting])
  allMeetings(@Args() args: MeetingListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Meeting[]> {
    return ctx.services.meetings.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allMeetingsMeta(@Args() args: MeetingListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.meetings.count(args.filter) };
  }

  @Query(() => [RequirementView], { description: 'How often each kind of party organization must meet (三会一课), as configured' })
  meetingRequirements(@Ctx() ctx: GraphQLContext): Promise<RequirementView[]> {
    return ctx.services.meetings.requirementsInForce();
  }

  @Query(() => MeetingRegularityPage, { description: 'A page of regularity in a year over your scope (or below an organization), least regular first, then by name' })
  meetingRegularityPage(
    @Arg('year', () => Int) year: number,
    @Arg('withinOrganization', () => ID, { nullable: true }) within: string | null,
    @Arg('annualOnly', () => Boolean, { nullable: true, description: 'Only organizations whose meetings of the year all fell on one day' }) annualOnly: boolean | null,
    @Args() page: ReportPageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReportRows<MeetingRegularity>> {
    return ctx.services.meetings.regularityPage(year, within, annualOnly ?? false, reportWindow(page));
  }

  @Query(() => [MeetingRegularity], {
    description: 'Regularity of each party organization in your scope (or below an organization) in a year, all at once',
    deprecationReason: 'Every organization in scope at once; use meetingRegularityPage',
  })
  meetingRegularity(
    @Arg('year', () => Int) year: number,
    @Arg('withinOrganization', () => ID, { nullable: true }) within: string | null,
    @Arg('organizationId', () => ID, { nullable: true }) organizationId: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<MeetingRegularity[]> {
    return ctx.services.meetings.regularity(year, within, organizationId);
  }

  @Mutation(() => Meeting, { description: 'Plans a meeting' })
  createMeeting(@Args() args: CreateMeetingArgs, @Ctx() ctx: GraphQLContext): Promise<Meeting> {
    return ctx.services.meetings.create(args);
  }

  @Mutation(() => Meeting)
  updateMeeting(@Args() args: UpdateMeetingArgs, @Ctx() ctx: GraphQLContext): Promise<Meeting> {
    return ctx.services.meetings.update(args);
  }

  @Mutation(() => Meeting, { description: 'Records that the meeting was held: the day, attendance and minutes' })
  recordMeetingHeld(@Args() args: RecordMeetingArgs, @Ctx() ctx: GraphQLContext): Promise<Meeting> {
    return ctx.services.meetings.recordHeld(args);
  }

  @Mutation(() => Meeting)
  cancelMeeting(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: GraphQLContext): Promise<Meeting> {
    return ctx.services.meetings.cancel(id, version);
  }

  @Mutation(() => [RequirementView], { description: 'Sets how often a kind of party organization must hold a kind of meeting (administrators)' })
  setMeetingRequirement(@Args() args: SetRequirementArgs, @Ctx() ctx: GraphQLContext): Promise<RequirementView[]> {
    return ctx.services.meetings.setRequirement(args);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() m: Meeting, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(m.organizationId);
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Attended / expected' })
  attendanceRate(@Root() m: Meeting): number | null {
    return m.attendedCount !== null && m.expectedCount ? Math.round((m.attendedCount / m.expectedCount) * 1000) / 1000 : null;
  }
}
