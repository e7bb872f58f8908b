import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { columnsAsked } from '../kernel/selection';
import { ListMetadata } from '../kernel/list-metadata';
import { Organization } from '../organizations';
import { CreateUserArgs, UpdateUserArgs, UserListArgs } from './user.args';
import { User } from './user.entity';

/** The columns each field resolver of User reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  organization: ['organizationId'],
};

@Resolver(() => User)
export class UserResolver {
  @Query(() => User, { nullable: true, description: 'One User; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  User(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.get(id);
  }

  @Query(() => [User])
  allUsers(@Args() args: UserListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<User[]> {
    return ctx.services.users.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allUsersMeta(@Args() args: UserListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.users.count(args.filter) };
  }

  @Mutation(() => User)
  createUser(@Args() args: CreateUserArgs, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.create(args);
  }

  @Mutation(() => User)
  updateUser(@Args() args: UpdateUserArgs, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.update(args);
  }

  @Mutation(() => User, { description: 'Sets a new password, lifts the sign-in waits and blocks of the username and ends the user\'s sessions' })
  async resetUserPassword(@Arg('id', () => ID) id: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    const user = await ctx.services.users.resetPassword(id, newPassword);
    await ctx.services.auth.liftSignInLimits(user.username);
    return user;
  }

  @Mutation(() => User, { description: 'Lifts the waits and blocks after failed sign-ins under the username, from every address' })
  async unlockUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    const user = await ctx.services.users.unlock(id);
    await ctx.services.auth.liftSignInLimits(user.username);
    return user;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(user.organizationId);
  }
}
