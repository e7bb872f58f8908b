import { ArrayMaxSize, IsEnum, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { ChamberYearFilter } from './chamber-year';
import { IsLocalDate, IsPlainText } from '../common/validation';
import { FocusArea } from './focus-area';

@InputType()
export class LetterTargetInput {
  @Field(() => FocusArea)
  @IsEnum(FocusArea)
  area: FocusArea;

  @Field()
  @IsPlainText({ max: 500, multiLine: true })
  target: string;
}

@ArgsType()
export class SignLetterArgs {
  @Field(() => ID)
  chamberId: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field()
  @IsLocalDate()
  signedOn: string;

  @Field()
  @IsPlainText({ max: 50 })
  signatory: string;

  @Field(() => [LetterTargetInput])
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  targets: LetterTargetInput[];
}

@InputType({ description: 'Filters of allResponsibilityLetters' })
export class ResponsibilityLetterFilter extends ChamberYearFilter {}

@ArgsType()
export class ResponsibilityLetterListArgs extends ListArgs(ResponsibilityLetterFilter) {}
