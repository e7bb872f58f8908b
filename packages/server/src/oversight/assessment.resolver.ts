import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../kernel/list-metadata';
import { ReportPageArgs, reportWindow, type ReportRows } from '../kernel/report-page';
import { ChamberPage } from './chamber-year';
import { columnsAsked } from '../kernel/selection';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { Organization } from '../organizations';
import { AreaScore, Assessment, AssessmentWeight } from './assessment.entity';
import { AssessmentListArgs, RecordAssessmentArgs, SetWeightsArgs, UpdateAssessmentArgs } from './assessment.args';
import { FocusArea } from './focus-area';
import { ResponsibilityLetter } from './letter.entity';

/** The columns each field resolver of Assessment reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  chamber: ['chamberId'],
  letter: ['chamberId', 'year'],
};

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => [Assessment], {
    description: 'The year\'s assessments of the chambers in your scope, best total first',
    deprecationReason: 'Every assessment of the year at once; use allAssessments(sortField: "total", sortOrder: "DESC"), which pages',
  })
  assessments(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<Assessment[]> {
    return ctx.services.assessments.list(year);
  }

  @Query(() => Assessment, { nullable: true, description: 'One; NOT_FOUND when it does not exist or lies outside your scope' })
  Assessment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Assessment> {
    return ctx.services.assessments.get(id);
  }

  @Query(() => [Assessment], { description: 'In the list grammar: every year, filtered, sorted and paged' })
  allAssessments(@Args() args: AssessmentListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Assessment[]> {
    return ctx.services.assessments.page(args, columnsAsked(info, COLUMNS_READ));
  }

  @FieldResolver(() => [AreaScore])
  scores(@Root() a: Assessment): AreaScore[] {
    return a.scores.map((score) => ({ ...score, id: `${a.id}-${score.area}` }));
  }

  @Query(() => ListMetadata)
  async _allAssessmentsMeta(@Args() args: AssessmentListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.assessments.count(args.filter) };
  }

  @Query(() => ChamberPage, { description: 'A page of the chambers in your scope not yet assessed for the year, by name' })
  chambersNotAssessedPage(@Arg('year', () => Int) year: number, @Args() page: ReportPageArgs, @Ctx() ctx: GraphQLContext): Promise<ReportRows<Organization>> {
    return ctx.services.assessments.missingPage(year, reportWindow(page));
  }

  @Query(() => [Organization], {
    description: 'Chambers in your scope not yet assessed for the year, all at once',
    deprecationReason: 'Every chamber at once; use chambersNotAssessedPage',
  })
  chambersNotAssessed(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    return ctx.services.assessments.missing(year);
  }

  @Query(() => [AssessmentWeight], { description: 'The weight of each focus area in the year\'s assessments: the administrators\' if set, else equal' })
  assessmentWeights(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<{ area: FocusArea; weight: number }[]> {
    return ctx.services.assessments.weights(year).then((ws) => ws.map((w) => ({ ...w, year })));
  }

  @Mutation(() => [AssessmentWeight], { description: 'Sets the weights of the focus areas for a year (administrators): each area once, adding up to 100, before any chamber is assessed that year' })
  setAssessmentWeights(@Args() args: SetWeightsArgs, @Ctx() ctx: GraphQLContext): Promise<{ area: FocusArea; weight: number }[]> {
    return ctx.services.assessments.setWeights(args).then((ws) => ws.map((w) => ({ ...w, year: args.year })));
  }

  @Mutation(() => Assessment, { description: 'Scores a chamber\'s year in each focus area (assessors, administrators), against its responsibility letter' })
  recordAssessment(@Args() args: RecordAssessmentArgs, @Ctx() ctx: GraphQLContext): Promise<Assessment> {
    return ctx.services.assessments.record(args);
  }

  @Mutation(() => Assessment, { description: 'Corrects an assessment; the weights stay those it was scored under' })
  updateAssessment(@Args() args: UpdateAssessmentArgs, @Ctx() ctx: GraphQLContext): Promise<Assessment> {
    return ctx.services.assessments.update(args);
  }

  @FieldResolver(() => Organization, { nullable: true })
  chamber(@Root() a: Assessment, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(a.chamberId);
  }

  @FieldResolver(() => ResponsibilityLetter, { nullable: true, description: 'The letter whose targets the year was assessed against' })
  letter(@Root() a: Assessment, @Ctx() ctx: GraphQLContext): Promise<ResponsibilityLetter | null> {
    return ctx.services.assessments.letters.load(`${a.chamberId}:${a.year}`);
  }
}
