import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { ListMetadata } from '../kernel/list-metadata';
import { ReportPageArgs, ReportPageOf, reportWindow, type ReportRows } from '../kernel/report-page';
import { columnsAsked } from '../kernel/selection';
import { Organization } from '../organizations';
import { ChecklistItemInput, CreateVenueArgs, InspectVenueArgs, VenueListArgs } from './venue.args';
import { Venue, VenueChecklistItem, VenueCompliance, VenuePhoto, VenueStandard } from './venue.entity';

/** The columns each field resolver of Venue reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  photos: [],
  organization: ['organizationId'],
};

const VenueCompliancePage = ReportPageOf(VenueCompliance, 'VenueCompliancePage', 'A page of venue compliance, with the total');

@Resolver(() => Venue)
export class VenueResolver {
  @Query(() => [VenueChecklistItem], { description: 'The checklist of a venue standard in force' })
  async venueChecklist(@Arg('standard', () => VenueStandard) standard: VenueStandard, @Ctx() ctx: GraphQLContext): Promise<VenueChecklistItem[]> {
    const items = await ctx.services.venues.checklistInForce(standard);
    return items.map((item, i) => Object.assign(new VenueChecklistItem(), { id: i + 1, standard, code: item.code, label: item.label, sortOrder: i }));
  }

  @Query(() => Venue, { nullable: true, description: 'One venue; NOT_FOUND when it does not exist or lies outside your scope' })
  Venue(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Venue> {
    return ctx.services.venues.get(id);
  }

  @Query(() => [Venue], { description: 'Activity venues in your scope' })
  allVenues(@Args() args: VenueListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Venue[]> {
    return ctx.services.venues.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allVenuesMeta(@Args() args: VenueListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.venues.count(args.filter) };
  }

  @Query(() => VenueCompliancePage, { description: 'A page of the units held to a venue standard in your scope (or below an organization): those short of it first, then by name' })
  venueCompliancePage(
    @Arg('withinOrganization', () => ID, { nullable: true }) within: string | null,
    @Arg('shortOnly', () => Boolean, { nullable: true, description: 'Only the units short of their standard' }) shortOnly: boolean | null,
    @Args() page: ReportPageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReportRows<VenueCompliance>> {
    return ctx.services.venues.compliancePage(within, shortOnly ?? false, reportWindow(page));
  }

  @Query(() => [VenueCompliance], {
    description: 'For each party organization and each enterprise without one: the venue standard it needs and whether it meets it, all at once',
    deprecationReason: 'Every unit in scope at once; use venueCompliancePage',
  })
  venueCompliance(@Arg('withinOrganization', () => ID, { nullable: true }) within: string | null, @Ctx() ctx: GraphQLContext): Promise<VenueCompliance[]> {
    return ctx.services.venues.compliance(within);
  }

  @Mutation(() => Venue)
  createVenue(@Args() args: CreateVenueArgs, @Ctx() ctx: GraphQLContext): Promise<Venue> {
    return ctx.services.venues.create(args);
  }

  @Mutation(() => Venue, { description: 'Records an inspection against the venue\'s checklist' })
  inspectVenue(@Args() args: InspectVenueArgs, @Ctx() ctx: GraphQLContext): Promise<Venue> {
    return ctx.services.venues.inspect(args);
  }

  @Mutation(() => [VenueChecklistItem], { description: 'Replaces a standard\'s checklist (administrators)' })
  async setVenueChecklist(
    @Arg('standard', () => VenueStandard) standard: VenueStandard,
    @Arg('items', () => [ChecklistItemInput]) items: ChecklistItemInput[],
    @Ctx() ctx: GraphQLContext,
  ): Promise<VenueChecklistItem[]> {
    const saved = await ctx.services.venues.setChecklist(standard, items);
    return saved.map((item, i) => Object.assign(new VenueChecklistItem(), { id: i + 1, standard, code: item.code, label: item.label, sortOrder: i }));
  }

  @FieldResolver(() => [VenuePhoto], { description: 'Evidence photos, oldest first (at most 12)' })
  photos(@Root() v: Venue, @Ctx() ctx: GraphQLContext): Promise<VenuePhoto[]> {
    return ctx.services.venues.photoLoader.load(v.id);
  }

  @Mutation(() => Venue, { description: 'Removes an evidence photo (those who record venues); upload with POST /venues/:id/photos' })
  removeVenuePhoto(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Venue> {
    return ctx.services.venues.removePhoto(id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() v: Venue, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(v.organizationId);
  }
}
