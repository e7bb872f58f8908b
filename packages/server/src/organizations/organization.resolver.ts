import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { columnsAsked, columnsOfFields, requestedFields } from '../kernel/selection';
import { ListMetadata } from '../kernel/list-metadata';
import { CreateOrganizationArgs, OrganizationListArgs, UpdateOrganizationArgs } from './organization.args';
import { Organization, OrganizationKind, TermState, termStateOn } from './organization.entity';
import { SetJointEnterprisesArgs } from './joint-branch.args';
import { OrganizationRules, SetOrganizationRulesArgs } from './organization.rules-settings';
import { todayInChina } from '../common/dates';
import { actorSees, requirePermission } from '../access/scope';
import { visibleOrganizationId } from './organization.loaders';
import { ENTERPRISE_HOLDING_KINDS } from './organization.rules';
import { ancestorIds, parentPath } from '../kernel/paths';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { prefetched } from '../kernel/prefetch';

/** The columns each field resolver below reads (the list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  parent: ['parentId'],
  parentId: ['parentId', 'path'],
  host: ['hostId'],
  hostId: ['hostId'],
  ancestors: ['path'],
  termState: ['kind', 'termEndsOn', 'termDueSoonOn'],
  jointEnterprises: ['kind'],
  childCount: [],
  enterpriseCount: ['kind', 'path'],
};

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { nullable: true, description: 'One organization; NOT_FOUND when it does not exist' })
  Organization(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.services.organizations.get(id);
  }

  @Query(() => [Organization])
  async allOrganizations(@Args() args: OrganizationListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Organization[]> {
    const fields = requestedFields(info);
    const withParent = fields.has('parent');
    const withHost = fields.has('host');
    const page = await ctx.services.organizations.listPage(args, {
      parent: withParent,
      host: withHost,
      childCount: fields.has('childCount'),
      enterpriseCount: fields.has('enterpriseCount'),
      columns: columnsOfFields(fields, COLUMNS_READ),
      parentColumns: withParent ? columnsAsked(info, COLUMNS_READ, 'parent') : null,
      hostColumns: withHost ? columnsAsked(info, COLUMNS_READ, 'host') : null,
    });
    // What the page statement already read answers those fields without more SQL or their resolvers.
    // Rows hold only the columns this query asked for, so they are not shared with the loaders of other paths.
    return page.map(({ row, parent, host, childCount, enterpriseCount }) =>
      prefetched(row, { parent: withParent ? parent : undefined, host, childCount, enterpriseCount }),
    );
  }

  @Query(() => ListMetadata)
  async _allOrganizationsMeta(@Args() args: OrganizationListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.organizations.count(args.filter) };
  }

  @Mutation(() => Organization)
  createOrganization(@Args() args: CreateOrganizationArgs, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.services.organizations.create(args);
  }

  @Mutation(() => Organization)
  updateOrganization(@Args() args: UpdateOrganizationArgs, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.services.organizations.update(args);
  }

  @Mutation(() => Organization, { description: 'Deletes an organization nothing refers to; otherwise CONFLICT: archive it instead' })
  deleteOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'When given, a stale version is a CONFLICT' }) version: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization> {
    return ctx.services.organizations.delete(id, version);
  }

  @Mutation(() => Organization, { description: 'Takes an organization out of the active lists; its sub-organizations must be archived first' })
  archiveOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization> {
    return ctx.services.organizations.archive(id, version);
  }

  @Mutation(() => Organization)
  restoreOrganization(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Organization> {
    return ctx.services.organizations.restore(id, version);
  }

  @FieldResolver(() => Organization, { nullable: true })
  parent(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | Organization | null {
    return org.parentId === null ? null : ctx.loaders.organizations.byId.load(org.parentId);
  }

  // An id the reader cannot follow reads null, as its object does (docs/api.md, "Resources").
  @FieldResolver(() => ID, { nullable: true })
  parentId(@Root() org: Organization, @Ctx() ctx: GraphQLContext): number | null {
    return org.parentId !== null && actorSees(ctx.actor, parentPath(org.path)) ? org.parentId : null;
  }

  @FieldResolver(() => ID, { nullable: true })
  hostId(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<number | null> | null {
    return visibleOrganizationId(ctx, org.hostId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  host(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | Organization | null {
    return org.hostId === null ? null : ctx.loaders.organizations.byId.load(org.hostId);
  }

  @FieldResolver(() => [Organization], { description: 'The chain of parents from the root down to the direct parent' })
  async ancestors(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    const rows = await ctx.loaders.organizations.byId.loadMany(ancestorIds(org.path));
    return rows.filter((row): row is Organization => row instanceof Organization);
  }

  @FieldResolver(() => TermState, { description: 'Where the present term stands today: CURRENT, DUE_SOON (within the months of notice), OVERDUE, or NONE' })
  termState(@Root() org: Organization): TermState {
    return termStateOn(org, todayInChina());
  }

  @Query(() => OrganizationRules, { description: 'The rules on organizations in force (thresholds, term lengths, limits)' })
  organizationRules(@Ctx() ctx: GraphQLContext): Promise<OrganizationRules> {
    requirePermission(ctx.actor, 'organization:read');
    return ctx.services.rules.get();
  }

  @Mutation(() => OrganizationRules, { description: 'Changes rules on organizations (administrators); stored term ends follow in the same transaction' })
  setOrganizationRules(@Args() args: SetOrganizationRulesArgs, @Ctx() ctx: GraphQLContext): Promise<OrganizationRules> {
    return ctx.services.rules.set(args);
  }

  @FieldResolver(() => [Organization], { description: 'Joint branches: the member enterprises it takes in (at most the rules\' limit, 5 by default)' })
  jointEnterprises(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<Organization[]> | Organization[] {
    return org.kind === OrganizationKind.JOINT_BRANCH ? ctx.services.jointBranches.enterprisesOf(org.id) : [];
  }

  @Mutation(() => Organization, { description: 'Sets the member enterprises a joint branch takes in: of its chamber, without a party organization of their own, in no other joint branch, at most the rules\' limit (GUARD_FAILED jointBranchLimit)' })
  setJointBranchEnterprises(@Args() args: SetJointEnterprisesArgs, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.services.jointBranches.set(args);
  }

  @FieldResolver(() => Int, { description: 'Active direct sub-organizations' })
  childCount(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<number> | number {
    return ctx.loaders.organizations.childCount.load(org.id);
  }

  @FieldResolver(() => Int, { description: 'Active member enterprises in the whole subtree' })
  enterpriseCount(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<number> | number {
    return ENTERPRISE_HOLDING_KINDS.includes(org.kind) ? ctx.loaders.organizations.enterpriseCount.load(org.path) : 0;
  }
}
