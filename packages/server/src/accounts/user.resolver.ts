import { Arg, Args, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../graphql/context';
import { ListMetadata } from '../graphql/list-metadata';
import { Organization } from '../organizations/organization.entity';
import { CreateUserArgs, UpdateUserArgs, UserListArgs } from './user.args';
import { User } from './user.entity';

@Resolver(() => User)
export class UserResolver {
  @Query(() => User)
  User(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.get(id);
  }

  @Query(() => [User])
  allUsers(@Args() args: UserListArgs, @Ctx() ctx: GraphQLContext): Promise<User[]> {
    return ctx.services.users.list(args);
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

  @Mutation(() => User, { description: 'Sets a new password, lifts a lockout and ends the user\'s sessions' })
  resetUserPassword(@Arg('id', () => ID) id: string, @Arg('newPassword') newPassword: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.resetPassword(id, newPassword);
  }

  @Mutation(() => User, { description: 'Lifts a lockout after failed sign-ins' })
  unlockUser(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<User> {
    return ctx.services.users.unlock(id);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() user: User, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(user.organizationId);
  }
}
