import type { GraphQLResolveInfo } from 'graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { Arg, Args, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ALL_COLUMNS, columnsAsked } from '../../kernel/selection';
import { Ctx, type GraphQLContext } from '../../kernel/context';
import { ListMetadata } from '../../kernel/list-metadata';
import { PublicNotice } from '../notices/notice.entity';
import { Organization, OrganizationKind } from '../../organizations';
import { ancestorIds } from '../../kernel/paths';
import { Person } from '../../people';
import {
  AssignSponsorsArgs,
  CaseDecisionArgs,
  CaseStepArgs,
  DevelopmentCaseListArgs,
  ExtendProbationArgs,
  OpenDevelopmentCaseArgs,
  RecordAssessmentArgs,
  RecordTrainingArgs,
} from './case.args';
import { CaseAction, CaseAssessment, CaseEvent, CaseStage, DevelopmentCase, SponsorRole } from './case.entity';
import { CaseAlertKind } from './case.rules';

@ObjectType({ simpleResolvers: true, description: 'A rule a step does not pass yet' })
export class GuardFailureView {
  @Field()
  rule: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'Where time is the obstacle: the first day the rule passes' })
  earliestDate: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What the rule names, as the error\'s failures give it (materialMissing: { material, name, step })' })
  params?: Record<string, string | number> | null;
}

@ObjectType({ simpleResolvers: true, description: 'A step open to a case now, and whether its rules pass today' })
export class CaseNextStep {
  @Field(() => CaseAction)
  action: CaseAction;

  @Field(() => CaseStage, { nullable: true })
  toStage: CaseStage | null;

  @Field()
  ready: boolean;

  @Field(() => [GuardFailureView])
  failures: GuardFailureView[];
}

@ObjectType({ simpleResolvers: true, description: 'Something late on a case' })
export class CaseAlert {
  @Field(() => CaseAlertKind)
  kind: CaseAlertKind;

  @Field({ description: 'The day it was due' })
  dueOn: string;
}

@ObjectType({ simpleResolvers: true, description: 'Open cases at one stage in one chamber' })
export class PipelineCount {
  @Field(() => ID, { description: 'The chamber (or, outside chambers, the party organization) the cases belong to' })
  organizationId: number;

  @Field()
  organizationName: string;

  @Field(() => CaseStage)
  stage: CaseStage;

  @Field(() => Int)
  count: number;
}

@ObjectType({ simpleResolvers: true, description: 'Training attended in classes' })
export class AttendedTraining {
  @Field(() => Int, { description: 'Distinct days with a check-in' })
  days: number;

  @Field(() => Int)
  hours: number;
}

/** The columns each field resolver below reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  person: ['personId'],
  organization: ['organizationId'],
  events: [],
  contacts: [],
  introducers: [],
  assessments: [],
  notices: [],
  classTraining: ['personId'],
  alerts: ALL_COLUMNS,
  nextSteps: ALL_COLUMNS,
};

@Resolver(() => DevelopmentCase)
export class DevelopmentCaseResolver {
  @Query(() => DevelopmentCase, { nullable: true, description: 'One DevelopmentCase; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  DevelopmentCase(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.get(id);
  }

  @Query(() => [DevelopmentCase])
  allDevelopmentCases(@Args() args: DevelopmentCaseListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<DevelopmentCase[]> {
    return ctx.services.cases.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allDevelopmentCasesMeta(@Args() args: DevelopmentCaseListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.cases.count(args.filter) };
  }

  @Query(() => [PipelineCount], { description: 'Open cases per stage per chamber: the pipeline chart' })
  async developmentPipeline(
    @Arg('withinOrganization', () => ID, { nullable: true }) within: string | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PipelineCount[]> {
    const rows = await ctx.services.cases.pipeline(within);
    const orgs = await ctx.loaders.organizations.byId.loadMany([...new Set(rows.map((r) => r.organizationId))]);
    const byId = new Map(orgs.filter((o): o is Organization => o instanceof Organization).map((o) => [o.id, o]));
    const ancestors = await ctx.loaders.organizations.byId.loadMany([...new Set([...byId.values()].flatMap((o) => ancestorIds(o.path)))]);
    const chambers = new Map(ancestors.filter((o): o is Organization => o instanceof Organization && o.kind === OrganizationKind.CHAMBER).map((o) => [o.id, o]));
    const totals = new Map<string, PipelineCount>();
    for (const row of rows) {
      const org = byId.get(row.organizationId);
      if (!org) continue;
      const chamber = ancestorIds(org.path).map((id) => chambers.get(id)).find(Boolean) ?? org;
      const key = `${chamber.id}:${row.stage}`;
      const entry = totals.get(key) ?? { organizationId: chamber.id, organizationName: chamber.shortName ?? chamber.name, stage: row.stage, count: 0 };
      entry.count += row.count;
      totals.set(key, entry);
    }
    return [...totals.values()].sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'zh-CN') || a.stage.localeCompare(b.stage));
  }

  @Mutation(() => DevelopmentCase, { description: 'Opens a case on a written application; the applicant must be 18' })
  openDevelopmentCase(@Args() args: OpenDevelopmentCaseArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.open(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Records the talk with the applicant' })
  recordCaseTalk(@Args() args: CaseStepArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.recordTalk(args);
  }

  @Mutation(() => DevelopmentCase, {
    description: 'Moves the case to its next stage (activist, development target, probationary, full member); GUARD_FAILED or NOTICE_OPEN names the rule that stops it',
  })
  advanceDevelopmentCase(@Args() args: CaseDecisionArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.advance(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Names the 1–2 full members who cultivate the activist' })
  assignCultivationContacts(@Args() args: AssignSponsorsArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.assignContacts(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Names the 2 full members who introduce the development target' })
  assignIntroducers(@Args() args: AssignSponsorsArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.assignIntroducers(args);
  }

  @Mutation(() => DevelopmentCase)
  recordCaseAssessment(@Args() args: RecordAssessmentArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.recordAssessment(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Records that the political review was passed' })
  recordPoliticalReview(@Args() args: CaseStepArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.recordPoliticalReview(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Records the pre-admission training completed so far (totals)' })
  recordCaseTraining(@Args() args: RecordTrainingArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.recordTraining(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Records the higher committee\'s approval of the admission' })
  approveAdmission(@Args() args: CaseDecisionArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.approveAdmission(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Extends probation once, by 6 to 12 months' })
  extendProbation(@Args() args: ExtendProbationArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.extendProbation(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Cancels the probationary membership; the case closes' })
  cancelProbation(@Args() args: CaseDecisionArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.cancelProbation(args);
  }

  @Mutation(() => DevelopmentCase, { description: 'Ends a case before admission (withdrawn or not pursued); the note says why' })
  withdrawDevelopmentCase(@Args() args: CaseStepArgs, @Ctx() ctx: GraphQLContext): Promise<DevelopmentCase> {
    return ctx.services.cases.withdraw(args);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The candidate; null when kept outside your scope' })
  person(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<Person | null> {
    return ctx.loaders.people.byId.load(c.personId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organization(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(c.organizationId);
  }

  @FieldResolver(() => [CaseEvent], { description: 'Every step, oldest first' })
  events(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<CaseEvent[]> {
    return ctx.loaders.cases.events.load(c.id);
  }

  @FieldResolver(() => [Person], { description: 'Cultivation contacts (培养联系人)' })
  async contacts(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<Person[]> {
    return this.sponsors(c, SponsorRole.CONTACT, ctx);
  }

  @FieldResolver(() => [Person], { description: 'Introducers (入党介绍人)' })
  async introducers(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<Person[]> {
    return this.sponsors(c, SponsorRole.INTRODUCER, ctx);
  }

  @FieldResolver(() => [CaseAssessment])
  assessments(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<CaseAssessment[]> {
    return ctx.loaders.cases.assessments.load(c.id);
  }

  @FieldResolver(() => [PublicNotice], { description: 'Notices covering the case' })
  async notices(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<PublicNotice[]> {
    const ids = await ctx.loaders.cases.noticeIds.load(c.id);
    const rows = await ctx.loaders.notices.byId.loadMany(ids);
    return rows.filter((n): n is PublicNotice => n instanceof PublicNotice);
  }

  @FieldResolver(() => AttendedTraining, { description: 'Training the candidate attended in classes; it counts towards the admission rule alongside the recorded totals' })
  classTraining(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<AttendedTraining> {
    return ctx.services.cases.attendedTraining(c.personId);
  }

  @FieldResolver(() => [CaseAlert], { description: 'What is late today' })
  alerts(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): CaseAlert[] {
    return ctx.services.cases.alerts(c);
  }

  @FieldResolver(() => [CaseNextStep], { description: 'The steps open now, each with the rules it fails today' })
  async nextSteps(@Root() c: DevelopmentCase, @Ctx() ctx: GraphQLContext): Promise<CaseNextStep[]> {
    const steps = await ctx.services.cases.nextSteps(c);
    return steps.map((s) => ({ ...s, failures: s.failures.map((f) => ({ rule: f.rule, message: f.message, earliestDate: f.earliestDate ?? null, params: f.params ?? null })) }));
  }

  private async sponsors(c: DevelopmentCase, role: SponsorRole, ctx: GraphQLContext): Promise<Person[]> {
    const sponsors = (await ctx.loaders.cases.sponsors.load(c.id)).filter((s) => s.role === role);
    const people = await ctx.loaders.people.byId.loadMany(sponsors.map((s) => s.personId));
    return people.filter((p): p is Person => p instanceof Person);
  }
}

@Resolver(() => CaseEvent)
export class CaseEventResolver {
  @FieldResolver(() => String, { nullable: true, description: "The recording account's display name now (the name it had then when it is gone); null for steps the server recorded" })
  async actorDisplayName(@Root() event: CaseEvent, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    if (event.actorId === null) return event.actorName === 'system' ? null : event.actorName;
    return (await ctx.loaders.users.displayName.load(event.actorId)) ?? event.actorName;
  }
}
