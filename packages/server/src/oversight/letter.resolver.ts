import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../kernel/list-metadata';
import { ReportPageArgs, reportWindow, type ReportRows } from '../kernel/report-page';
import { ChamberPage } from './chamber-year';
import { columnsAsked } from '../kernel/selection';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { Organization } from '../organizations';
import { ResponsibilityLetter } from './letter.entity';
import { ResponsibilityLetterListArgs, SignLetterArgs } from './letter.args';

/** The columns each field resolver of ResponsibilityLetter reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  chamber: ['chamberId'],
};

@Resolver(() => ResponsibilityLetter)
export class LetterResolver {
  @Query(() => [ResponsibilityLetter], {
    description: 'Responsibility letters in your scope, of a year or all, newest year first, then by chamber',
    deprecationReason: 'Every letter at once; use allResponsibilityLetters, which pages',
  })
  responsibilityLetters(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() ctx: GraphQLContext): Promise<ResponsibilityLetter[]> {
    return ctx.services.letters.list(year);
  }

  @Query(() => ResponsibilityLetter, { nullable: true, description: 'One; NOT_FOUND when it does not exist or lies outside your scope' })
  ResponsibilityLetter(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<ResponsibilityLetter> {
    return ctx.services.letters.get(id);
  }

  @Query(() => [ResponsibilityLetter], { description: 'In the list grammar: every year, filtered, sorted and paged' })
  allResponsibilityLetters(@Args() args: ResponsibilityLetterListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<ResponsibilityLetter[]> {
    return ctx.services.letters.page(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allResponsibilityLettersMeta(@Args() args: ResponsibilityLetterListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.letters.count(args.filter) };
  }

  @Query(() => ChamberPage, { description: 'A page of the chambers in your scope that have not signed their letter for the year, by name' })
  chambersWithoutLetterPage(@Arg('year', () => Int) year: number, @Args() page: ReportPageArgs, @Ctx() ctx: GraphQLContext): Promise<ReportRows<Organization>> {
    return ctx.services.letters.missingPage(year, reportWindow(page));
  }

  @Query(() => [Organization], {
    description: 'Chambers in your scope that have not signed their letter for the year, all at once',
    deprecationReason: 'Every chamber at once; use chambersWithoutLetterPage',
  })
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
