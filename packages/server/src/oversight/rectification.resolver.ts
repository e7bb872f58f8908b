import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { columnsAsked } from '../kernel/selection';
import { ListMetadata } from '../kernel/list-metadata';
import { Organization } from '../organizations';
import { OpenRectificationArgs, RectificationListArgs, RectificationStepArgs } from './rectification.args';
import { RectificationCase } from './rectification.entity';

/** The columns each field resolver of RectificationCase reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  organization: ['organizationId'],
};

@Resolver(() => RectificationCase)
export class RectificationResolver {
  @Query(() => RectificationCase, { nullable: true, description: 'One; NOT_FOUND when it does not exist or lies outside your scope' })
  RectificationCase(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<RectificationCase> {
    return ctx.services.rectifications.get(id);
  }

  @Query(() => [RectificationCase])
  allRectificationCases(@Args() args: RectificationListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<RectificationCase[]> {
    return ctx.services.rectifications.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allRectificationCasesMeta(@Args() args: RectificationListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.rectifications.count(args.filter) };
  }

  @Mutation(() => RectificationCase, { description: 'Opens the rectification of an organization marked weak or lax' })
  openRectification(@Args() args: OpenRectificationArgs, @Ctx() ctx: GraphQLContext): Promise<RectificationCase> {
    return ctx.services.rectifications.open(args);
  }

  @Mutation(() => RectificationCase, { description: 'IDENTIFIED → RECTIFYING, with the measures (note)' })
  startRectification(@Args() args: RectificationStepArgs, @Ctx() ctx: GraphQLContext): Promise<RectificationCase> {
    return ctx.services.rectifications.start(args);
  }

  @Mutation(() => RectificationCase, { description: 'RECTIFYING → ACCEPTANCE' })
  submitRectificationForAcceptance(@Args() args: RectificationStepArgs, @Ctx() ctx: GraphQLContext): Promise<RectificationCase> {
    return ctx.services.rectifications.submit(args);
  }

  @Mutation(() => RectificationCase, { description: 'Acceptance passed (the coordination group)' })
  passRectificationAcceptance(@Args() args: RectificationStepArgs, @Ctx() ctx: GraphQLContext): Promise<RectificationCase> {
    return ctx.services.rectifications.accept(args, true);
  }

  @Mutation(() => RectificationCase, { description: 'Acceptance failed: back to rectifying, with what is missing (note)' })
  failRectificationAcceptance(@Args() args: RectificationStepArgs, @Ctx() ctx: GraphQLContext): Promise<RectificationCase> {
    return ctx.services.rectifications.accept(args, false);
  }

  @Mutation(() => RectificationCase, { description: 'ACCEPTANCE (passed) → CLOSED; the organization is normal again' })
  closeRectification(@Args() args: RectificationStepArgs, @Ctx() ctx: GraphQLContext): Promise<RectificationCase> {
    return ctx.services.rectifications.close(args);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() c: RectificationCase, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(c.organizationId);
  }
}

