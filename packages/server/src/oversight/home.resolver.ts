import { Arg, Int, Query, Resolver } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { HomeDashboard, homeDashboard } from './home.service';

@Resolver()
export class HomeResolver {
  @Query(() => HomeDashboard, { description: 'KPIs, chart series and overdue counts of the coordination group\'s home page, over your scope, for a year (default: this year)' })
  homeDashboard(@Arg('year', () => Int, { nullable: true }) year: number | null, @Ctx() ctx: GraphQLContext): Promise<HomeDashboard> {
    const today = ctx.services.meetings.today();
    return homeDashboard(ctx.actor, ctx.services, year ?? Number(today.slice(0, 4)), today);
  }
}
