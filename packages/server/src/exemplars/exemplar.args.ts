import { READ_ONLY, VERSION_READ } from '../db/versioned';
import { ArrayMaxSize, IsUrl, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { IsLocalDate, IsPlainText } from '../common/validation';
import { ExemplarCategory, ExemplarState } from './exemplar.entity';
import { MAX_STORY_CHARS } from './story';

@InputType()
export class PublicityInput {
  @Field()
  @IsPlainText({ max: 100 })
  outlet: string;

  @Field()
  @IsPlainText({ max: 20 })
  mediaType: string;

  @Field(() => String, { nullable: true })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'link must be an http(s) address' })
  @MaxLength(500)
  link?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  date?: string | null;

  @Field(() => ID, { nullable: true, description: READ_ONLY })
  id?: string | null;
}

@ArgsType()
export class ExemplarContentArgs {
  @Field(() => ExemplarCategory, { nullable: true })
  category?: ExemplarCategory | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100 })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Short citation, plain text' })
  @IsPlainText({ max: 500, multiLine: true })
  citation?: string | null;

  @Field(() => String, { nullable: true, description: 'The story as HTML; scripts, styles and anything else unsafe are removed' })
  @MaxLength(MAX_STORY_CHARS * 2)
  story?: string | null;

  @Field(() => [String], { nullable: true })
  @ArrayMaxSize(50)
  @IsPlainText({ max: 100 }, { each: true })
  awards?: string[] | null;

  @Field(() => [PublicityInput], { nullable: true })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  publicity?: PublicityInput[] | null;
}

@ArgsType()
export class CreateExemplarArgs extends ExemplarContentArgs {
  @Field(() => ID, { nullable: true, description: 'For a person: the person' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For an organization: the organization' })
  subjectOrganizationId?: string | null;
}

@ArgsType()
export class UpdateExemplarArgs extends ExemplarContentArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;
}

@ArgsType()
export class ExemplarStepArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 500, multiLine: true, allowBlank: true })
  note?: string | null;
}

@ArgsType()
export class ApproveExemplarArgs extends ExemplarStepArgs {
  @Field({ description: 'The notice\'s telephone hotline for opinions and reports' })
  @IsPlainText({ max: 50 })
  hotline: string;

  @Field({ description: 'Where the notice\'s suggestion box stands' })
  @IsPlainText({ max: 200 })
  suggestionBox: string;
}

@InputType()
export class ExemplarFilter {
  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ExemplarCategory, { nullable: true })
  category?: ExemplarCategory | null;

  @Field(() => ExemplarState, { nullable: true, description: 'State of the working revision, or PUBLISHED / WITHDRAWN for the profile' })
  state?: ExemplarState | null;

  @Field(() => ID, { nullable: true })
  withinOrganization?: string | null;

  @Field(() => ID, { nullable: true, description: 'Profiles of this person' })
  personId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Profiles of this organization' })
  subjectOrganizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Profiles this organization keeps' })
  ownerOrganizationId?: string | null;
}

@ArgsType()
export class ExemplarListArgs extends ListArgs(ExemplarFilter) {}

@ArgsType()
export class PublishedExemplarArgs {
  @Field(() => ExemplarCategory, { nullable: true })
  category?: ExemplarCategory | null;

  @Field(() => ID, { nullable: true, description: 'Exemplars of this chamber' })
  chamberId?: string | null;

  @Field(() => Int, { nullable: true })
  page?: number | null;

  @Field(() => Int, { nullable: true })
  perPage?: number | null;
}
