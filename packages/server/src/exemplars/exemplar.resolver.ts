import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { columnsAsked } from '../kernel/selection';
import { ListMetadata } from '../kernel/list-metadata';
import { Organization } from '../organizations';
import { Person } from '../people';
import { ApproveExemplarArgs, CreateExemplarArgs, ExemplarListArgs, ExemplarStepArgs, PublishedExemplarArgs, UpdateExemplarArgs } from './exemplar.args';
import { Exemplar, ExemplarCategory, ExemplarRevision, ExemplarState, exemplarState, Photo, PublicityItem, shownRevisionId } from './exemplar.entity';
import {  PublicChamber, PublishedExemplar } from './public-exemplar.service';

@ObjectType({ simpleResolvers: true, description: 'One field that differs between two revisions' })
export class RevisionChange {
  @Field()
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

/** The columns each field resolver of Exemplar reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  state: ['withdrawnAt', 'workingRevisionId'],
  workingRevision: ['workingRevisionId'],
  ...Object.fromEntries(['category', 'title', 'citation', 'story', 'awards', 'publicity'].map((field) => [field, ['workingRevisionId', 'publishedRevisionId']])),
  publishedRevision: ['publishedRevisionId'],
  revisions: [],
  person: ['personId'],
  subjectOrganization: ['subjectOrganizationId'],
  ownerOrganization: ['ownerOrganizationId'],
};

@Resolver(() => Exemplar)
export class ExemplarResolver {
  @Query(() => Exemplar, { nullable: true, description: 'One Exemplar; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  Exemplar(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Exemplar> {
    return ctx.services.exemplars.get(id);
  }

  @Query(() => [Exemplar])
  allExemplars(@Args() args: ExemplarListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Exemplar[]> {
    return ctx.services.exemplars.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allExemplarsMeta(@Args() args: ExemplarListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.exemplars.count(args.filter) };
  }

  @Query(() => [RevisionChange], { description: 'Field by field, what changed between two revisions of a profile' })
  exemplarRevisionDiff(
    @Arg('id', () => ID) id: string,
    @Arg('from', () => Int) from: number,
    @Arg('to', () => Int) to: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<RevisionChange[]> {
    return ctx.services.exemplars.diff(id, from, to);
  }

  @Mutation(() => Exemplar, { description: 'A draft profile of a person or an organization' })
  createExemplar(@Args() args: CreateExemplarArgs, @Ctx() ctx: GraphQLContext): Promise<Exemplar> {
    return ctx.services.exemplars.create(args);
  }

  @Mutation(() => Exemplar, { description: 'Edits the draft; a published profile gets a new revision and the public keeps the published one until it is published' })
  updateExemplar(@Args() args: UpdateExemplarArgs, @Ctx() ctx: GraphQLContext): Promise<Exemplar> {
    return ctx.services.exemplars.update(args);
  }

  @Mutation(() => Exemplar, { description: 'DRAFT → IN_REVIEW' })
  submitExemplarForReview(@Args() args: ExemplarStepArgs, @Ctx() ctx: GraphQLContext): Promise<Exemplar> {
    return ctx.services.exemplars.submit(args);
  }

  @Mutation(() => Exemplar, {
    description: 'IN_REVIEW → NOTICE: opens the public notice (a PublicNotice of stage EXEMPLAR, on /public/notices) with the hotline and suggestion box given; it starts today and runs 10 days',
  })
  approveExemplar(@Args() args: ApproveExemplarArgs, @Ctx() ctx: GraphQLContext): Promise<Exemplar> {
    return ctx.services.exemplars.approve(args);
  }

  @Mutation(() => Exemplar, { description: 'IN_REVIEW or NOTICE → DRAFT, with the reason' })
  returnExemplarToDraft(@Args() args: ExemplarStepArgs, @Ctx() ctx: GraphQLContext): Promise<Exemplar> {
    return ctx.services.exemplars.returnToDraft(args);
  }

  @Mutation(() => Exemplar, { description: 'NOTICE → PUBLISHED once the notice has ended' })
  publishExemplar(@Args() args: ExemplarStepArgs, @Ctx() ctx: GraphQLContext): Promise<Exemplar> {
    return ctx.services.exemplars.publish(args);
  }

  @Mutation(() => Exemplar, { description: 'Takes a published profile off the public site, with the reason' })
  withdrawExemplar(@Args() args: ExemplarStepArgs, @Ctx() ctx: GraphQLContext): Promise<Exemplar> {
    return ctx.services.exemplars.withdraw(args);
  }

  @FieldResolver(() => ExemplarState, { description: 'Withdrawn, else the working revision\'s state, else published' })
  async state(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<ExemplarState> {
    return exemplarState(e, e.workingRevisionId ? await ctx.loaders.exemplars.revisions.load(e.workingRevisionId) : null);
  }

  // The text updateExemplar edits, on the profile itself, so a client that sends back what it read
  // edits it (docs/api.md, "Updates"): the working revision's, else the published one's.
  @FieldResolver(() => ExemplarCategory, { description: 'The current text\'s (working revision, else published)' })
  async category(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<ExemplarCategory> {
    return (await currentText(e, ctx)).category;
  }

  @FieldResolver(() => String, { description: 'The current text\'s (working revision, else published)' })
  async title(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await currentText(e, ctx)).title;
  }

  @FieldResolver(() => String, { description: 'The current text\'s citation, plain text' })
  async citation(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await currentText(e, ctx)).citation;
  }

  @FieldResolver(() => String, { description: 'The current text\'s story, as sanitized HTML' })
  async story(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<string> {
    return (await currentText(e, ctx)).story;
  }

  @FieldResolver(() => [String], { description: 'The current text\'s awards and honours' })
  async awards(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<string[]> {
    return (await currentText(e, ctx)).awards;
  }

  @FieldResolver(() => [PublicityItem], { description: 'The current text\'s publicity' })
  async publicity(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<PublicityItem[]> {
    return publicityOf(await currentText(e, ctx));
  }

  @FieldResolver(() => ExemplarRevision, { nullable: true, description: 'The revision being written or reviewed' })
  workingRevision(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<ExemplarRevision | null> | null {
    return e.workingRevisionId ? ctx.loaders.exemplars.revisions.load(e.workingRevisionId) : null;
  }

  @FieldResolver(() => ExemplarRevision, { nullable: true, description: 'What the public sees (unless withdrawn)' })
  publishedRevision(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<ExemplarRevision | null> | null {
    return e.publishedRevisionId ? ctx.loaders.exemplars.revisions.load(e.publishedRevisionId) : null;
  }

  @FieldResolver(() => [ExemplarRevision], { description: 'Every revision, newest first' })
  revisions(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<ExemplarRevision[]> {
    return ctx.services.exemplars.revisions(e.id);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<Person | null> | null {
    return e.personId ? ctx.loaders.people.byId.load(e.personId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  subjectOrganization(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | null {
    return e.subjectOrganizationId ? ctx.loaders.organizations.byId.load(e.subjectOrganizationId) : null;
  }

  @FieldResolver(() => Organization, { nullable: true })
  ownerOrganization(@Root() e: Exemplar, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(e.ownerOrganizationId);
  }
}

/** The revision a profile's own text fields show: the one being written, else the published one. */
async function currentText(e: Exemplar, ctx: GraphQLContext): Promise<ExemplarRevision> {
  return (await ctx.loaders.exemplars.revisions.load(shownRevisionId(e)))!;
}

/** A revision's publicity items, each with an id (the revision and its place) so clients can tell them apart. */
function publicityOf(r: ExemplarRevision): PublicityItem[] {
  return r.publicity.map((item, index) => ({ ...item, id: `${r.id}-${index}` }));
}

@Resolver(() => ExemplarRevision)
export class ExemplarRevisionResolver {
  @FieldResolver(() => [PublicityItem])
  publicity(@Root() r: ExemplarRevision): PublicityItem[] {
    return publicityOf(r);
  }

  @FieldResolver(() => Photo, { nullable: true })
  photo(@Root() r: ExemplarRevision, @Ctx() ctx: GraphQLContext): Promise<Photo | null> | null {
    return r.photoId ? ctx.loaders.exemplars.photos.load(r.photoId) : null;
  }
}

@Resolver(() => Photo)
export class PhotoResolver {
  @FieldResolver({ description: 'Address of the web size (1200 px)' })
  url(@Root() p: Photo): string {
    return `/photos/${p.id}/1200.webp`;
  }

  @FieldResolver({ description: 'Address of the thumbnail (400 px)' })
  thumbnailUrl(@Root() p: Photo): string {
    return `/photos/${p.id}/400.webp`;
  }
}

@Resolver()
export class PublicExemplarResolver {
  @Query(() => [PublishedExemplar], { description: 'Published exemplars, newest first; no account needed' })
  publishedExemplars(@Args() args: PublishedExemplarArgs, @Ctx() ctx: GraphQLContext): Promise<PublishedExemplar[]> {
    return ctx.services.exemplars.published(args);
  }

  @Query(() => ListMetadata)
  async _publishedExemplarsMeta(@Args() args: PublishedExemplarArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.exemplars.countPublished(args) };
  }

  @Query(() => PublishedExemplar, { description: 'One published exemplar; NOT_FOUND for anything unpublished or withdrawn' })
  publishedExemplar(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<PublishedExemplar> {
    return ctx.services.exemplars.publishedOne(id);
  }

  @Query(() => [PublicChamber], { description: 'Chambers with published exemplars' })
  exemplarChambers(@Ctx() ctx: GraphQLContext): Promise<PublicChamber[]> {
    return ctx.services.exemplars.chambersWithPublished();
  }
}
