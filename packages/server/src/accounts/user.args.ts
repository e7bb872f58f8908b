import { VERSION_READ } from '../db/versioned';
import { ArrayMaxSize, IsEmail, Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { IsPlainText } from '../common/validation';
import { UserRole } from '../access/roles';

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Search in usernames and display names' })
  @IsPlainText({ max: 50, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => UserRole, { nullable: true })
  role?: UserRole | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The account of this person' })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;
}

@ArgsType()
export class UserListArgs extends ListArgs(UserFilter) {}

const USERNAME = /^[a-z0-9][a-z0-9._-]{1,49}$/;

@ArgsType()
export class CreateUserArgs {
  @Field({ description: 'Lower-case letters, digits, dot, dash and underscore; 2 to 50 characters' })
  @Matches(USERNAME, { message: 'username: 2–50 lower-case letters, digits, dots, dashes or underscores' })
  @MaxLength(50)
  username: string;

  @Field()
  @IsPlainText({ max: 50 })
  displayName: string;

  @Field(() => UserRole)
  role: UserRole;

  @Field(() => ID)
  organizationId: string;

  @Field(() => ID, { nullable: true, description: 'The person this account is' })
  personId?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the daily digest of reminders goes' })
  @MaxLength(254)
  @IsEmail({}, { message: 'an e-mail address, such as name@example.com' })
  email?: string | null;

  @Field({ description: 'The initial password' })
  password: string;
}

@ArgsType()
export class UpdateUserArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50 })
  displayName?: string | null;

  @Field(() => UserRole, { nullable: true })
  role?: UserRole | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The person this account is; null unlinks' })
  personId?: string | null;

  @Field(() => Boolean, { nullable: true })
  disabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Where the daily digest of reminders goes; null removes it' })
  @MaxLength(254)
  @IsEmail({}, { message: 'an e-mail address, such as name@example.com' })
  email?: string | null;
}
