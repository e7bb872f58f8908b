import { Arg, Args, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { ReportPageArgs, ReportPageOf, reportWindow, type ReportRows } from '../kernel/report-page';
import { CoverageGap, organizationCovered, workCovered } from './coverage.service';

@ObjectType({ simpleResolvers: true, description: 'The two coverages of a set of member enterprises' })
export class CoverageView {
  @Field(() => Int)
  enterprises: number;

  @Field(() => Int, { description: 'Enterprises with party members (full or probationary)' })
  enterprisesWithMembers: number;

  @Field(() => Int)
  organizationCovered: number;

  @Field(() => Float, { description: 'Organization coverage: enterprises whose members sit in a party organization / enterprises with party members' })
  organizationCoverage: number;

  @Field(() => Int)
  workCovered: number;

  @Field(() => Float, { description: 'Work coverage: enterprises reached by a party organization or a liaison (党建联络员) / all member enterprises' })
  workCoverage: number;
}

@ObjectType({ simpleResolvers: true, description: 'Coverage of one chamber' })
export class ChamberCoverage extends CoverageView {
  @Field(() => ID)
  chamberId: number;

  @Field()
  chamberName: string;

  @Field({ description: 'The chamber has a party organization' })
  hasPartyOrganization: boolean;
}

@ObjectType({ simpleResolvers: true, description: 'Coverage overall, chamber coverage and the figures per chamber' })
export class CoverageReport extends CoverageView {
  @Field(() => Int)
  chambers: number;

  @Field(() => Int)
  chambersWithPartyOrganization: number;

  @Field(() => Float, { description: 'Chamber coverage: chambers with a party organization / chambers supervised' })
  chamberCoverage: number;

  @Field(() => [ChamberCoverage])
  byChamber: ChamberCoverage[];
}

@ObjectType({ simpleResolvers: true, description: 'A member enterprise party work does not reach, or not fully' })
export class UncoveredEnterprise {
  @Field(() => ID)
  id: number;

  @Field()
  name: string;

  @Field(() => ID)
  chamberId: number;

  @Field(() => Int)
  members: number;

  @Field({ description: 'Not covered by a party organization although it has party members' })
  missingOrganization: boolean;

  @Field({ description: 'Neither a party organization nor a liaison reaches it' })
  missingWork: boolean;
}

const UncoveredEnterprisePage = ReportPageOf(UncoveredEnterprise, 'UncoveredEnterprisePage', 'A page of uncovered member enterprises, with the total');

@Resolver()
export class CoverageResolver {
  @Query(() => CoverageReport, { description: 'Organization, work and chamber coverage in your scope (or below an organization)' })
  async coverage(@Arg('withinOrganization', () => ID, { nullable: true }) within: string | null, @Ctx() ctx: GraphQLContext): Promise<CoverageReport> {
    // Counted by the database per chamber: the same figures as the enterprise list gives, at any size.
    const { chambers, overall, chambersWithParty } = await ctx.services.coverage.summary(within);
    return {
      ...overall,
      chambers: chambers.length,
      chambersWithPartyOrganization: chambersWithParty,
      chamberCoverage: chambers.length ? Math.round((chambersWithParty / chambers.length) * 1000) / 1000 : 0,
      byChamber: chambers.map((c) => ({ chamberId: c.id, chamberName: c.name, hasPartyOrganization: c.hasPartyOrganization, ...c.figures })),
    };
  }

  @Query(() => UncoveredEnterprisePage, { description: 'A page of the drill-down: member enterprises not covered, in your scope (or below an organization), by name' })
  uncoveredEnterprisePage(
    @Arg('withinOrganization', () => ID, { nullable: true }) within: string | null,
    @Arg('missing', () => CoverageGap, { nullable: true, description: 'Only the enterprises with this gap' }) missing: CoverageGap | null,
    @Args() page: ReportPageArgs,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ReportRows<UncoveredEnterprise>> {
    return ctx.services.coverage.uncoveredPage(within, missing, reportWindow(page));
  }

  @Query(() => [UncoveredEnterprise], {
    description: 'The drill-down: member enterprises not covered, in your scope (or below an organization), all at once',
    deprecationReason: 'Every enterprise in scope at once; use uncoveredEnterprisePage',
  })
  async uncoveredEnterprises(@Arg('withinOrganization', () => ID, { nullable: true }) within: string | null, @Ctx() ctx: GraphQLContext): Promise<UncoveredEnterprise[]> {
    const { enterprises } = await ctx.services.coverage.enterprises(within);
    return enterprises
      .filter((e) => (e.members > 0 && !organizationCovered(e)) || !workCovered(e))
      .map((e) => ({ id: e.id, name: e.name, chamberId: e.chamberId, members: e.members, missingOrganization: e.members > 0 && !organizationCovered(e), missingWork: !workCovered(e) }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }
}
