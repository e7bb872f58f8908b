import { ArrayMaxSize, IsInt, Matches, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { IsLocalDate, IsPlainText } from '../../common/validation';
import { AssessmentResult, CaseStage } from './case.entity';
import { CaseAlertKind, EXTENSION_MONTHS } from './case.rules';

registerEnumType(CaseAlertKind, {
  name: 'CaseAlertKind',
  valuesConfig: {
    TALK_OVERDUE: { description: '谈话逾期: no talk a month after the application' },
    APPROVAL_OVERDUE: { description: '审批逾期: no approval by the higher committee three months after admission' },
    CONVERSION_DUE: { description: '预备期已满: probation has ended, conversion is due' },
  },
});

@InputType({ description: 'Filters of the development case list' })
export class DevelopmentCaseFilter {
  @Field(() => String, { nullable: true, description: 'Search in the candidate\'s name and its pinyin initials' })
  @IsPlainText({ max: 50, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Cases of party organizations anywhere in this organization\'s subtree, itself included' })
  withinOrganization?: string | null;

  @Field(() => CaseStage, { nullable: true })
  stage?: CaseStage | null;

  @Field(() => [CaseStage], { nullable: true })
  stage_in?: CaseStage[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: cases still in the pipeline; false: closed ones' })
  open?: boolean | null;

  @Field(() => CaseAlertKind, { nullable: true, description: 'Cases with this alert today' })
  alert?: CaseAlertKind | null;

  @Field(() => ID, { nullable: true, description: 'Cases covered by this notice' })
  noticeId?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  appliedOn_gte?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  appliedOn_lte?: string | null;
}

@ArgsType()
export class DevelopmentCaseListArgs extends ListArgs(DevelopmentCaseFilter) {}

@ArgsType()
export class OpenDevelopmentCaseArgs {
  @Field(() => ID)
  personId: string;

  @Field(() => ID, { description: 'The party organization (committee, general branch, branch or joint branch) developing the person' })
  organizationId: string;

  @Field({ description: 'Date of the written application' })
  @IsLocalDate()
  appliedOn: string;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 500, multiLine: true, allowBlank: true })
  note?: string | null;
}

/** What every step of a case carries: the case, the version read, the day it took effect, a note. */
@ArgsType()
export class CaseStepArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version the client read' })
  version: number;

  @Field({ description: 'The day the step took effect (meeting, talk, decision); not in the future, not before the previous step' })
  @IsLocalDate()
  on: string;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 500, multiLine: true, allowBlank: true })
  note?: string | null;
}

@ArgsType()
export class CaseDecisionArgs extends CaseStepArgs {
  @Field(() => String, { nullable: true, description: 'Reference of the resolution or approval, e.g. 湘商党支〔2026〕3号' })
  @IsPlainText({ max: 100, allowBlank: true })
  decisionRef?: string | null;
}

@ArgsType()
export class AssignSponsorsArgs extends CaseStepArgs {
  @Field(() => [ID], { description: 'Full members, not the candidate' })
  @ArrayMaxSize(5)
  personIds: string[];
}

@ArgsType()
export class RecordAssessmentArgs extends CaseStepArgs {
  @Field({ description: 'The half-year assessed, e.g. 2026H1' })
  @Matches(/^(19|20|21)\d\dH[12]$/, { message: 'period must be a half-year such as 2026H1' })
  period: string;

  @Field(() => AssessmentResult)
  result: AssessmentResult;
}

@ArgsType()
export class RecordTrainingArgs extends CaseStepArgs {
  @Field(() => Int, { description: 'Total days of pre-admission training completed' })
  @IsInt()
  @Min(0)
  @Max(365)
  days: number;

  @Field(() => Int, { description: 'Total hours of pre-admission training completed' })
  @IsInt()
  @Min(0)
  @Max(2000)
  hours: number;
}

@ArgsType()
export class ExtendProbationArgs extends CaseDecisionArgs {
  @Field(() => Int, { description: `${EXTENSION_MONTHS.min} to ${EXTENSION_MONTHS.max} months` })
  @IsInt()
  @Min(EXTENSION_MONTHS.min)
  @Max(EXTENSION_MONTHS.max)
  months: number;
}
