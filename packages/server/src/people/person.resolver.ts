import type { GraphQLResolveInfo } from 'graphql';
import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Field, FieldResolver, ID, Info, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { IsPlainText } from '../common/validation';
import { ListMetadata } from '../kernel/list-metadata';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { columnsAsked } from '../kernel/selection';
import { Organization } from '../organizations';
import { CreatePersonArgs, PersonListArgs, UpdatePersonArgs } from './person.args';
import { Gender, MembershipRelation, MembershipStatus, Person, votes } from './person.entity';

/** The columns each field resolver of Person reads (a list reads only the columns a query needs: kernel/selection.ts). */
const COLUMNS_READ: Record<string, readonly string[]> = {
  nationalId: ['nationalIdSealed'],
  votes: ['membershipStatus', 'relation'],
  organization: ['organizationId'],
  employer: ['employerId'],
};

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person; NOT_FOUND when they do not exist or are kept outside your scope' })
  Person(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Person> {
    return ctx.services.people.get(id);
  }

  @Query(() => [Person])
  allPeople(@Args() args: PersonListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Person[]> {
    return ctx.services.people.list(args, columnsAsked(info, COLUMNS_READ));
  }

  @Query(() => ListMetadata)
  async _allPeopleMeta(@Args() args: PersonListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.people.count(args.filter) };
  }

  @Mutation(() => String, {
    nullable: true,
    description: 'The whole national id of one person (null when none is recorded), for roles with the right to read national ids; each view is an audit entry',
  })
  revealNationalId(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    return ctx.services.people.revealNationalId(id);
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

  @FieldResolver(() => String, { nullable: true, description: 'Masked for everyone (4301************3X); the whole id is revealNationalId\'s, one audited view at a time' })
  nationalId(@Root() person: Person, @Ctx() ctx: GraphQLContext): string | null {
    return ctx.services.people.maskedNationalId(person);
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

@ObjectType({ simpleResolvers: true, description: 'A row problem of a people sheet' })
export class ImportProblem {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1; 0 for the file itself)' })
  row: number;

  @Field()
  field: string;

  @Field()
  constraint: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true, description: 'The header of the template\'s column the problem is about (党员状态, 所属组织 …); null for the file as a whole' })
  column: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A data row of a people sheet as the import reads it; values that could not be read are null' })
export class ImportRow {
  @Field(() => Int, { description: 'Row number in the sheet (the header is row 1)' })
  row: number;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'The keeping organization as written in the sheet' })
  organization: string | null;

  @Field(() => String, { nullable: true, description: 'The employer as written in the sheet' })
  employer: string | null;

  @Field(() => String, { nullable: true, description: 'Masked (4301************3X) for every role, as every read of a national id is' })
  nationalId: string | null;

  @Field(() => Gender, { nullable: true })
  gender: Gender | null;

  @Field(() => String, { nullable: true })
  birthDate: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => MembershipStatus, { nullable: true })
  membershipStatus: MembershipStatus | null;

  @Field(() => MembershipRelation, { nullable: true })
  relation: MembershipRelation | null;

  @Field(() => String, { nullable: true })
  admittedOn: string | null;

  @Field(() => String, { nullable: true })
  fullMemberSince: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'What an import of a people sheet did, or would do' })
export class ImportOutcomeView {
  @Field(() => Int, { description: 'Data rows in the sheet' })
  rows: number;

  @Field(() => Int, { description: 'People created (0 for a preview)' })
  created: number;

  @Field(() => [ImportProblem], { description: 'Every problem found; an import with any writes nothing' })
  problems: ImportProblem[];

  @Field(() => [ImportRow], { description: 'Every data row as read, in sheet order, for checking before the import' })
  preview: ImportRow[];
}

@ArgsType()
export class ImportPeopleArgs {
  @Field({ description: 'Name of the file, ending in .xlsx or .csv' })
  @IsPlainText({ max: 200 })
  fileName: string;

  @Field({ description: 'The file, base64-encoded (at most about 140 KB, 2,000 rows)' })
  @MaxLength(200_000)
  contentBase64: string;
}

@Resolver()
export class PersonImportResolver {
  @Mutation(() => ImportOutcomeView, { description: 'Checks a people sheet row by row and writes nothing' })
  previewPeopleImport(@Args() args: ImportPeopleArgs, @Ctx() ctx: GraphQLContext): Promise<ImportOutcomeView> {
    return ctx.services.personImport.run(args.fileName, args.contentBase64, false);
  }

  @Mutation(() => ImportOutcomeView, { description: 'Creates everyone in a people sheet, or nobody: any problem is a BAD_USER_INPUT naming the rows' })
  importPeople(@Args() args: ImportPeopleArgs, @Ctx() ctx: GraphQLContext): Promise<ImportOutcomeView> {
    return ctx.services.personImport.run(args.fileName, args.contentBase64, true);
  }
}
