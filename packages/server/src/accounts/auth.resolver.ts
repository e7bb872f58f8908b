import { Max, Min } from 'class-validator';
import { Arg, Args, ArgsType, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../access/scope';
import type { Viewer } from '../access/viewer';
import { IsPlainText } from '../common/validation';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { ApiToken } from './api-token.entity';
import { TOKEN_DEFAULT_DAYS, TOKEN_MAX_DAYS } from './auth.service';
import { User } from './user.entity';

@ObjectType({ simpleResolvers: true, description: 'The signed-in user and what they may do' })
export class ViewerInfo {
  @Field(() => User)
  user: User;

  @Field(() => [String], { description: 'e.g. organization:read, organization:write, user:manage, audit:read' })
  permissions: string[];
}

@ArgsType()
class CreateApiTokenArgs {
  @Field({ description: 'What the token is for, e.g. 年度报表脚本' })
  @IsPlainText({ max: 50 })
  name: string;

  @Field({ description: 'The password of the signed-in user, given again' })
  password: string;

  @Field(() => Int, { nullable: true, defaultValue: TOKEN_DEFAULT_DAYS, description: `Days until it expires: 1 to ${TOKEN_MAX_DAYS}; every token expires` })
  @Min(1)
  @Max(TOKEN_MAX_DAYS)
  expiresInDays?: number | null;
}

/** The viewer as the API shows it: the auth service makes every viewer from a `User` row, which it keeps as the viewer's account. */
function infoOf(viewer: Viewer): ViewerInfo {
  return { user: viewer.user as User, permissions: [...viewer.permissions] };
}

function viewerInfo(ctx: GraphQLContext): ViewerInfo {
  return infoOf(requireViewer(ctx.actor));
}

@Resolver()
export class AuthResolver {
  @Query(() => ViewerInfo, { nullable: true, description: 'The signed-in user, or null' })
  async me(@Ctx() ctx: GraphQLContext): Promise<ViewerInfo | null> {
    if (!ctx.viewer) return null;
    const info = viewerInfo(ctx);
    return { ...info, user: (await ctx.loaders.users.account.load(ctx.viewer.user.id)) ?? info.user };
  }

  @Mutation(() => ViewerInfo, { description: 'Signs in and sets the session cookie (HttpOnly, SameSite=Strict)' })
  async signIn(
    @Arg('username') username: string,
    @Arg('password') password: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ViewerInfo> {
    const { viewer, token, expiresAt } = await ctx.services.auth.signIn(ctx.actor, username.slice(0, 100), password.slice(0, 200));
    ctx.session.set(token, expiresAt);
    // The answer is read as the user now signed in: their organization, in their scope, as \`me\` gives it.
    // (On the context this resolver was given: Apollo Server hands resolvers a copy of the one made for the request.)
    Object.assign(ctx, ctx.session.actingAs(viewer));
    return infoOf(viewer);
  }

  @Mutation(() => Boolean)
  async signOut(@Ctx() ctx: GraphQLContext): Promise<boolean> {
    await ctx.services.auth.signOut(ctx.actor, ctx.session.token);
    ctx.session.clear();
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes your own password; your other sessions end' })
  async changePassword(
    @Arg('currentPassword') currentPassword: string,
    @Arg('newPassword') newPassword: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<boolean> {
    await ctx.services.auth.changePassword(ctx.actor, currentPassword, newPassword, ctx.session.token);
    return true;
  }

  @Query(() => [ApiToken])
  myApiTokens(@Ctx() ctx: GraphQLContext): Promise<ApiToken[]> {
    return ctx.services.auth.listApiTokens(ctx.actor);
  }

  @Mutation(() => ApiToken, { description: 'A new API token, its `token` shown in this answer only; only from a signed-in session (not with a token), with the password again' })
  async createApiToken(@Args() args: CreateApiTokenArgs, @Ctx() ctx: GraphQLContext): Promise<ApiToken> {
    const { token, apiToken } = await ctx.services.auth.createApiToken(ctx.actor, args.name, args.password.slice(0, 200), args.expiresInDays);
    return Object.assign(apiToken, { token });
  }

  @Mutation(() => ApiToken)
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ApiToken> {
    return ctx.services.auth.revokeApiToken(ctx.actor, id);
  }
}
