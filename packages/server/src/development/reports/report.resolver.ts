import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DevelopmentCase } from '../cases/case.entity';
import { Ctx, type GraphQLContext } from '../../kernel/context';
import { columnsAsked } from '../../kernel/selection';
import { ListMetadata } from '../../kernel/list-metadata';
import { PublicNotice } from '../notices/notice.entity';
import { CloseReportArgs, ConcludeReportArgs, RecordReportArgs, ReportListArgs, ReportStepArgs } from './report.args';
import { Report } from './report.entity';

/** The columns each field resolver of Report reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  reporterContact: ['reporterContactSealed'],
  notice: ['noticeId'],
  case: ['caseId'],
};

@Resolver(() => Report)
export class ReportResolver {
  @Query(() => Report, { nullable: true, description: 'One Report; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  Report(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Report> {
    return ctx.services.reports.get(id);
  }

  @Query(() => [Report])
  allReports(@Args() args: ReportListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Report[]> {
    return ctx.services.reports.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allReportsMeta(@Args() args: ReportListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.reports.count(args.filter) };
  }

  @Mutation(() => Report, { description: 'Records a report that came in by hotline, suggestion box, letter or visit' })
  recordReport(@Args() args: RecordReportArgs, @Ctx() ctx: GraphQLContext): Promise<Report> {
    return ctx.services.reports.record(args);
  }

  @Mutation(() => Report, { description: 'RECEIVED → VERIFYING' })
  startReportVerification(@Args() args: ReportStepArgs, @Ctx() ctx: GraphQLContext): Promise<Report> {
    return ctx.services.reports.startVerification(args);
  }

  @Mutation(() => Report, { description: 'VERIFYING → SUBSTANTIATED or UNSUBSTANTIATED' })
  concludeReport(@Args() args: ConcludeReportArgs, @Ctx() ctx: GraphQLContext): Promise<Report> {
    return ctx.services.reports.conclude(args);
  }

  @Mutation(() => Report, { description: 'Closes a concluded report; a substantiated one with the committee\'s decision' })
  closeReport(@Args() args: CloseReportArgs, @Ctx() ctx: GraphQLContext): Promise<Report> {
    return ctx.services.reports.close(args);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The reporter\'s phone or e-mail; only for those who verify reports' })
  reporterContact(@Root() report: Report, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.services.reports.contactFor(report);
  }

  @FieldResolver(() => PublicNotice, { nullable: true })
  notice(@Root() report: Report, @Ctx() ctx: GraphQLContext): Promise<PublicNotice | null> | null {
    return report.noticeId === null ? null : ctx.loaders.notices.byId.load(report.noticeId);
  }

  @FieldResolver(() => DevelopmentCase, { nullable: true })
  case(@Root() report: Report, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase | null> | null {
    return report.caseId === null ? null : ctx.loaders.cases.byId.load(report.caseId);
  }
}
