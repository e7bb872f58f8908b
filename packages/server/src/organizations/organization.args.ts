import { VERSION_READ } from '../db/versioned';
import { ArrayMaxSize, IsInt, Max, Min, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { IsCreditCode, IsLocalDate, IsPlainText } from '../common/validation';
import { OrganizationKind, OrganizationStatus, TermState } from './organization.entity';

@InputType({ description: 'Filters of the organization list; every field narrows the result' })
export class OrganizationFilter {
  @Field(() => String, { nullable: true, description: 'Search in names, short names, pinyin initials and credit codes' })
  @IsPlainText({ max: 100, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => [OrganizationKind], { nullable: true })
  kind_in?: OrganizationKind[] | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  hostId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The whole subtree below this organization (itself excluded)' })
  descendantsOf?: string | null;

  @Field(() => OrganizationStatus, { nullable: true })
  status?: OrganizationStatus | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 10 })
  originProvince?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'false (default): active only; true: archived only' })
  archived?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  foundedOn_gte?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  foundedOn_lte?: string | null;

  @Field(() => TermState, { nullable: true, description: 'Party organizations whose term is in this state today' })
  termState?: TermState | null;

  @Field(() => Int, { nullable: true })
  employeeCount_gte?: number | null;

  @Field(() => Int, { nullable: true })
  employeeCount_lte?: number | null;
}

@ArgsType()
export class OrganizationListArgs extends ListArgs(OrganizationFilter) {}

/** The fields every kind may carry, all optional; create and update add what they need. */
@ArgsType()
export class OrganizationFieldArgs {
  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 40 })
  shortName?: string | null;

  @Field(() => ID, { nullable: true })
  parentId?: string | null;

  @Field(() => ID, { nullable: true })
  hostId?: string | null;

  @Field(() => OrganizationStatus, { nullable: true })
  status?: OrganizationStatus | null;

  @Field(() => String, { nullable: true })
  @IsCreditCode()
  @MaxLength(18)
  creditCode?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 10 })
  originProvince?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50 })
  industry?: string | null;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  employeeCount?: number | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  foundedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Party organizations: the day the present term began (the last election, 换届)' })
  @IsLocalDate()
  termStartedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200 })
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 30 })
  phone?: string | null;
}

@ArgsType()
export class CreateOrganizationArgs extends OrganizationFieldArgs {
  @Field(() => OrganizationKind)
  kind: OrganizationKind;

  @Field()
  @IsPlainText({ max: 100 })
  name: string;
}

@ArgsType()
export class UpdateOrganizationArgs extends OrganizationFieldArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => OrganizationKind, { nullable: true })
  kind?: OrganizationKind | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100 })
  name?: string | null;
}
