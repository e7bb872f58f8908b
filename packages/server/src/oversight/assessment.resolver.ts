import { Arg, Args, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { Organization } from '../organizations';
import { Assessment, AssessmentWeight } from './assessment.entity';
import { RecordAssessmentArgs, SetWeightsArgs, UpdateAssessmentArgs } from './assessment.args';
import { FocusArea } from './focus-area';
import { ResponsibilityLetter } from './letter.entity';

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => [Assessment], { description: 'The year\'s assessments of the chambers in your scope, best total first' })
  assessments(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<Assessment[]> {
    return ctx.services.assessments.list(year);
  }

  @Query(() => [Organization], { description: 'Chambers in your scope not yet assessed for the year' })
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
