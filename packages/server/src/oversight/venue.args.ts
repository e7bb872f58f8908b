import { ArrayMaxSize, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { IsLocalDate, IsPlainText } from '../common/validation';
import { VenueStandard } from './venue.entity';

@InputType()
export class VenueCheckInput {
  @Field()
  @IsPlainText({ max: 40 })
  code: string;

  @Field()
  ok: boolean;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200, allowBlank: true })
  note?: string | null;
}

@ArgsType()
export class CreateVenueArgs {
  @Field(() => ID)
  organizationId: string;

  @Field(() => VenueStandard)
  standard: VenueStandard;

  @Field()
  @IsPlainText({ max: 100 })
  name: string;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200, allowBlank: true })
  address?: string | null;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(1)
  @Max(100_000)
  areaSqm?: number | null;
}

@ArgsType()
export class InspectVenueArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  @IsLocalDate()
  checkedOn: string;

  @Field(() => [VenueCheckInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  checks: VenueCheckInput[];
}

@InputType()
export class ChecklistItemInput {
  @Field()
  @IsPlainText({ max: 40 })
  code: string;

  @Field()
  @IsPlainText({ max: 100 })
  label: string;
}

@InputType({ description: 'Filters of allVenues' })
export class VenueFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or the address' })
  @IsPlainText({ max: 50, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Venues of this organization' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Venues of organizations in this subtree' })
  withinOrganization?: string | null;

  @Field(() => VenueStandard, { nullable: true })
  standard?: VenueStandard | null;
}

@ArgsType()
export class VenueListArgs extends ListArgs(VenueFilter) {}
