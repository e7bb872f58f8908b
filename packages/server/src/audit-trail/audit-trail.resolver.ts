import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Field, FieldResolver, ID, Info, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { User } from '../accounts';
import { NotFoundError } from '../kernel/errors';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { columnsAsked } from '../kernel/selection';
import { ListMetadata } from '../kernel/list-metadata';
import { Organization } from '../organizations';
import { AuditEntryListArgs } from './audit-trail.args';
import { AuditEntry } from '../audit/audit-entry.entity';

@ObjectType({ simpleResolvers: true, description: 'An account whose refused candidates for sealed or out-of-scope values reached the daily budget this week' })
export class ProbingAccount {
  @Field(() => ID)
  userId: number;

  @Field(() => User, { nullable: true })
  user: User | null;

  @Field(() => Int, { description: 'Candidate values charged in the last seven days' })
  candidates: number;

  @Field()
  lastAt: Date;
}

/** Read-only: the API has no way to change or remove an audit entry. */
/** The columns each field resolver of AuditEntry reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  actorDisplayName: ['actorId', 'actorName'],
  organization: ['organizationId'],
};

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntry, { nullable: true, description: 'One AuditEntry; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  AuditEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<AuditEntry> {
    return ctx.services.audit.get(id);
  }

  @Query(() => [AuditEntry])
  allAuditEntries(@Args() args: AuditEntryListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<AuditEntry[]> {
    return ctx.services.audit.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allAuditEntriesMeta(@Args() args: AuditEntryListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.audit.count(args.filter) };
  }

  @Query(() => [ProbingAccount], { description: 'Accounts that reached the budget of values refused over records they cannot read (docs/api.md); administrators only' })
  async probingAccounts(@Ctx() ctx: GraphQLContext): Promise<ProbingAccount[]> {
    const rows = await ctx.services.audit.probingAccounts();
    return Promise.all(
      rows.map(async (r) => ({
        ...r,
        user: await ctx.services.users.get(String(r.userId)).catch((error: unknown) => {
          if (error instanceof NotFoundError) return null;
          throw error;
        }),
      })),
    );
  }

  @FieldResolver(() => String, { nullable: true, description: "The acting account's display name now; null for the server itself and for sign-ins by no account" })
  async actorDisplayName(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (entry.actorId === null) return null;
    return (await ctx.loaders.users.displayName.load(entry.actorId)) ?? entry.actorName;
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | null {
    return entry.organizationId === null ? null : ctx.loaders.organizations.byId.load(entry.organizationId);
  }
}
