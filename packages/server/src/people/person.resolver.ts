import { Arg, Args, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ListMetadata } from '../graphql/list-metadata';
import { Ctx, type GraphQLContext } from '../graphql/context';
import { Organization } from '../organizations/organization.entity';
import { CreatePersonArgs, PersonListArgs, UpdatePersonArgs } from './person.args';
import { Person, votes } from './person.entity';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { description: 'One person; NOT_FOUND when they do not exist or are kept outside your scope' })
  Person(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Person> {
    return ctx.services.people.get(id);
  }

  @Query(() => [Person])
  allPeople(@Args() args: PersonListArgs, @Ctx() ctx: GraphQLContext): Promise<Person[]> {
    return ctx.services.people.list(args);
  }

  @Query(() => ListMetadata)
  async _allPeopleMeta(@Args() args: PersonListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.people.count(args.filter) };
  }

  @Mutation(() => Person)
  createPerson(@Args() args: CreatePersonArgs, @Ctx() ctx: GraphQLContext): Promise<Person> {
    return ctx.services.people.create(args);
  }

  @Mutation(() => Person)
  updatePerson(@Args() args: UpdatePersonArgs, @Ctx() ctx: GraphQLContext): Promise<Person> {
    return ctx.services.people.update(args);
  }

  @Mutation(() => Person, { description: 'Deletes a person nothing refers to; otherwise CONFLICT: archive them instead' })
  deletePerson(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int, { nullable: true, description: 'When given, a stale version is a CONFLICT' }) version: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Person> {
    return ctx.services.people.delete(id, version);
  }

  @Mutation(() => Person, { description: 'Takes a person out of the active lists (moved away, deceased …)' })
  archivePerson(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: GraphQLContext): Promise<Person> {
    return ctx.services.people.archive(id, version);
  }

  @Mutation(() => Person)
  restorePerson(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: GraphQLContext): Promise<Person> {
    return ctx.services.people.restore(id, version);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Whole for roles with the right to read national ids, masked (4301************3X) for the others' })
  nationalId(@Root() person: Person, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.services.people.nationalIdFor(person);
  }

  @FieldResolver(() => Boolean, { description: 'Full member whose organization relation is kept here: votes in this organization' })
  votes(@Root() person: Person): boolean {
    return votes(person);
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'The keeping organization; null when out of your scope' })
  organization(@Root() person: Person, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(person.organizationId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  employer(@Root() person: Person, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | null {
    return person.employerId === null ? null : ctx.loaders.organizations.byId.load(person.employerId);
  }
}
