import { Arg, ID, Query, Resolver } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { UnitEligibility } from './eligibility.service';

@Resolver()
export class EligibilityResolver {
  @Query(() => [UnitEligibility], { description: 'For each chamber and member enterprise in scope: the party organization its members allow, with the reasons, and what it has' })
  organizationEligibility(@Arg('withinOrganization', () => ID, { nullable: true }) within: string | null, @Ctx() ctx: GraphQLContext): Promise<UnitEligibility[]> {
    return ctx.services.coverage.eligibility(within);
  }
}
