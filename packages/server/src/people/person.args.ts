import { VERSION_READ } from '../db/versioned';
import { ArrayMaxSize } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { IsPhone } from '../common/phone';
import { IsLocalDate, IsNationalId, IsPlainText } from '../common/validation';
import { Education, Gender, MembershipRelation, MembershipStatus } from './person.entity';

@InputType({ description: 'Filters of the people list; every field narrows the result' })
export class PersonFilter {
  @Field(() => String, { nullable: true, description: 'Search in names and their pinyin initials, the name or short name of the keeping organization, phone numbers, and (for those allowed to read them) whole national ids' })
  @IsPlainText({ max: 50, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'People kept anywhere in this organization\'s subtree, itself included' })
  withinOrganization?: string | null;

  @Field(() => ID, { nullable: true })
  employerId?: string | null;

  @Field(() => MembershipStatus, { nullable: true })
  membershipStatus?: MembershipStatus | null;

  @Field(() => [MembershipStatus], { nullable: true })
  membershipStatus_in?: MembershipStatus[] | null;

  @Field(() => MembershipRelation, { nullable: true })
  relation?: MembershipRelation | null;

  @Field(() => Gender, { nullable: true })
  gender?: Gender | null;

  @Field(() => Education, { nullable: true })
  education?: Education | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  birthDate_gte?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  birthDate_lte?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false (default): active only; true: archived only' })
  archived?: boolean | null;
}

@ArgsType()
export class PersonListArgs extends ListArgs(PersonFilter) {}

@ArgsType()
export class PersonFieldArgs {
  @Field(() => Gender, { nullable: true, description: 'Taken from the national id when one is given' })
  gender?: Gender | null;

  @Field(() => String, { nullable: true, description: 'Taken from the national id when one is given' })
  @IsLocalDate()
  birthDate?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 20 })
  ethnicity?: string | null;

  @Field(() => Education, { nullable: true })
  education?: Education | null;

  @Field(() => String, { nullable: true, description: 'A mobile number (11 digits starting 13–19) or a landline with its area code; spaces, hyphens, brackets and +86 may be written' })
  @IsPlainText({ max: 30, allowBlank: true })
  @IsPhone()
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Citizen identity number; stored sealed, shown masked to roles without the right' })
  @IsNationalId()
  nationalId?: string | null;

  @Field(() => ID, { nullable: true })
  employerId?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200, allowBlank: true })
  posts?: string | null;

  @Field(() => MembershipStatus, { nullable: true, description: 'For records of existing members; a development case owns it while one is open' })
  membershipStatus?: MembershipStatus | null;

  @Field(() => MembershipRelation, { nullable: true })
  relation?: MembershipRelation | null;

  @Field(() => String, { nullable: true, description: 'Not in the future' })
  @IsLocalDate()
  admittedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Not in the future, not before admittedOn' })
  @IsLocalDate()
  fullMemberSince?: string | null;
}

@ArgsType()
export class CreatePersonArgs extends PersonFieldArgs {
  @Field()
  @IsPlainText({ max: 50 })
  name: string;

  @Field(() => ID)
  organizationId: string;
}

@ArgsType()
export class UpdatePersonArgs extends PersonFieldArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50 })
  name?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;
}
