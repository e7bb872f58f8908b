import { Arg, Args, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../graphql/context';
import { ListMetadata } from '../graphql/list-metadata';
import { Organization } from '../organizations/organization.entity';
import { AuditEntryListArgs } from './audit.args';
import { AuditEntry } from './audit-entry.entity';

/** Read-only: the API has no way to change or remove an audit entry. */
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntry)
  AuditEntry(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<AuditEntry> {
    return ctx.services.audit.get(id);
  }

  @Query(() => [AuditEntry])
  allAuditEntries(@Args() args: AuditEntryListArgs, @Ctx() ctx: GraphQLContext): Promise<AuditEntry[]> {
    return ctx.services.audit.list(args);
  }

  @Query(() => ListMetadata)
  async _allAuditEntriesMeta(@Args() args: AuditEntryListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.audit.count(args.filter) };
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() entry: AuditEntry, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | null {
    return entry.organizationId === null ? null : ctx.loaders.organizations.byId.load(entry.organizationId);
  }
}
