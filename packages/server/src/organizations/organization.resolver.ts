import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requestedFields } from '../graphql/selection';
import { ListMetadata } from '../graphql/list-metadata';
import { CreateOrganizationArgs, OrganizationListArgs, UpdateOrganizationArgs } from './organization.args';
import { Organization } from './organization.entity';
import { ENTERPRISE_HOLDING_KINDS, ancestorIds } from './organization.rules';
import { Ctx, type GraphQLContext } from '../graphql/context';

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => Organization, { description: 'One organization; NOT_FOUND when it does not exist' })
  Organization(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Organization> {
    return ctx.services.organizations.get(id);
  }

  @Query(() => [Organization])
  async allOrganizations(@Args() args: OrganizationListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Organization[]> {
    const fields = requestedFields(info);
    const page = await ctx.services.organizations.listPage(args, {
      parent: fields.has('parent'),
      childCount: fields.has('childCount'),
      enterpriseCount: fields.has('enterpriseCount'),
    });
    // What the page statement already fetched answers the field resolvers without more SQL.
    const loaders = ctx.loaders.organizations;
    for (const { row, parent, childCount, enterpriseCount } of page) {
      loaders.byId.prime(row.id, row);
      if (parent) loaders.byId.prime(parent.id, parent);
      if (childCount !== undefined) loaders.childCount.prime(row.id, childCount);
      if (enterpriseCount !== undefined) loaders.enterpriseCount.prime(row.path, enterpriseCount);
    }
    return page.map(({ row }) => row);
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
  parent(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | null {
    return org.parentId === null ? null : ctx.loaders.organizations.byId.load(org.parentId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  host(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | null {
    return org.hostId === null ? null : ctx.loaders.organizations.byId.load(org.hostId);
  }

  @FieldResolver(() => [Organization], { description: 'The chain of parents from the root down to the direct parent' })
  async ancestors(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    const rows = await ctx.loaders.organizations.byId.loadMany(ancestorIds(org.path));
    return rows.filter((row): row is Organization => row instanceof Organization);
  }

  @FieldResolver(() => Int, { description: 'Active direct sub-organizations' })
  childCount(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<number> {
    return ctx.loaders.organizations.childCount.load(org.id);
  }

  @FieldResolver(() => Int, { description: 'Active member enterprises in the whole subtree' })
  enterpriseCount(@Root() org: Organization, @Ctx() ctx: GraphQLContext): Promise<number> | number {
    return ENTERPRISE_HOLDING_KINDS.includes(org.kind) ? ctx.loaders.organizations.enterpriseCount.load(org.path) : 0;
  }
}
