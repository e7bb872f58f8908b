import { Arg, Args, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../../kernel/context';
import { ListMetadata } from '../../kernel/list-metadata';
import { FileReportArgs } from '../reports/report.args';
import { PublishedNotice, PublishedNoticeListArgs, ReportReceipt } from './public.service';

@Resolver()
export class PublicResolver {
  @Query(() => [PublishedNotice], { description: 'Published notices, newest first; no account needed' })
  publishedNotices(@Args() args: PublishedNoticeListArgs, @Ctx() ctx: GraphQLContext): Promise<PublishedNotice[]> {
    return ctx.services.notices.publishedViews(args);
  }

  @Query(() => ListMetadata)
  async _publishedNoticesMeta(@Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.notices.countPublished() };
  }

  @Query(() => PublishedNotice, { description: 'One published notice; NOT_FOUND for drafts and unknown ids' })
  publishedNotice(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<PublishedNotice> {
    return ctx.services.notices.publishedView(id);
  }

  @Mutation(() => ReportReceipt, { description: 'Files an opinion or report against a running notice; no account needed, anonymous allowed, limited per address' })
  fileReport(@Args() args: FileReportArgs, @Ctx() ctx: GraphQLContext): Promise<ReportReceipt> {
    return ctx.services.reports.file(args, ctx.actor.ip);
  }
}
