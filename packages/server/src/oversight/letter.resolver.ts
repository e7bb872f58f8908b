import { Arg, Args, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { Organization } from '../organizations';
import { ResponsibilityLetter } from './letter.entity';
import { SignLetterArgs } from './letter.args';

@Resolver(() => ResponsibilityLetter)
export class LetterResolver {
  @Query(() => [ResponsibilityLetter], { description: 'Responsibility letters in your scope, of a year or all' })
  responsibilityLetters(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() ctx: GraphQLContext): Promise<ResponsibilityLetter[]> {
    return ctx.services.letters.list(year);
  }

  @Query(() => [Organization], { description: 'Chambers in your scope that have not signed their letter for the year' })
  chambersWithoutLetter(@Arg('year', () => Int) year: number, @Ctx() ctx: GraphQLContext): Promise<Organization[]> {
    return ctx.services.letters.missing(year);
  }

  @Mutation(() => ResponsibilityLetter, { description: 'Records a chamber\'s signed letter for a year, with its targets (administrators); one per chamber and year' })
  signResponsibilityLetter(@Args() args: SignLetterArgs, @Ctx() ctx: GraphQLContext): Promise<ResponsibilityLetter> {
    return ctx.services.letters.sign(args);
  }

  @FieldResolver(() => Organization, { nullable: true })
  chamber(@Root() l: ResponsibilityLetter, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(l.chamberId);
  }
}
