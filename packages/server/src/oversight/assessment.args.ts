import { READ_ONLY, VERSION_READ } from '../db/versioned';
import { ArrayMaxSize, IsEnum, IsInt, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { ChamberYearFilter } from './chamber-year';
import { IsLocalDate, IsPlainText } from '../common/validation';
import { FocusArea } from './focus-area';

@InputType()
export class AreaWeightInput {
  @Field(() => FocusArea)
  @IsEnum(FocusArea)
  area: FocusArea;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  weight: number;
}

@InputType()
export class AreaScoreInput {
  @Field(() => FocusArea)
  @IsEnum(FocusArea)
  area: FocusArea;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(100)
  score: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText({ max: 200, multiLine: true })
  note?: string | null;

  // What a read of the score gives beside its fields (docs/api.md, "Updates").
  @Field(() => ID, { nullable: true, description: READ_ONLY })
  id?: string | null;

  @Field(() => Int, { nullable: true, description: `${READ_ONLY}: the weight comes from the year's weights` })
  weight?: number | null;
}

@ArgsType()
export class SetWeightsArgs {
  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => [AreaWeightInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  weights: AreaWeightInput[];
}

@ArgsType()
export class RecordAssessmentArgs {
  @Field(() => ID)
  chamberId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field()
  @IsLocalDate()
  assessedOn: string;

  @Field(() => [AreaScoreInput])
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  scores: AreaScoreInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText({ max: 500, multiLine: true })
  comment?: string | null;
}

@ArgsType()
export class UpdateAssessmentArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsLocalDate()
  assessedOn?: string;

  @Field(() => [AreaScoreInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  scores?: AreaScoreInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsPlainText({ max: 500, multiLine: true })
  comment?: string | null;
}

@InputType({ description: 'Filters of allAssessments' })
export class AssessmentFilter extends ChamberYearFilter {}

@ArgsType()
export class AssessmentListArgs extends ListArgs(AssessmentFilter) {}
