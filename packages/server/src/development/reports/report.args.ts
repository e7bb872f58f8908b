import { ArrayMaxSize } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../../common/list';
import { IsLocalDate, IsPlainText } from '../../common/validation';
import { ReportChannel, ReportFinding, ReportStatus } from './report.entity';

export const MAX_REPORT_CHARS = 2000;

@InputType({ description: 'Filters of the report list' })
export class ReportFilter {
  @Field(() => String, { nullable: true, description: 'Search in the content and the receipt number' })
  @IsPlainText({ max: 100, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  noticeId?: string | null;

  @Field(() => ID, { nullable: true })
  caseId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reports concerning organizations anywhere in this subtree, itself included' })
  withinOrganization?: string | null;

  @Field(() => ReportStatus, { nullable: true })
  status?: ReportStatus | null;

  @Field(() => [ReportStatus], { nullable: true })
  status_in?: ReportStatus[] | null;

  @Field(() => ReportChannel, { nullable: true })
  channel?: ReportChannel | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  receivedOn_gte?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  receivedOn_lte?: string | null;
}

@ArgsType()
export class ReportListArgs extends ListArgs(ReportFilter) {}

@ArgsType()
export class ReportContentArgs {
  @Field(() => ID, { nullable: true, description: 'The notice the report is about' })
  noticeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The case the report is about' })
  caseId?: string | null;

  @Field({ description: 'What the reporter says' })
  @IsPlainText({ max: MAX_REPORT_CHARS, multiLine: true })
  content: string;

  @Field(() => Boolean, { nullable: true, description: 'Anonymous reports keep no name or contact' })
  anonymous?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 50, allowBlank: true })
  reporterName?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone or e-mail, for a reply; stored sealed' })
  @IsPlainText({ max: 100, allowBlank: true })
  reporterContact?: string | null;
}

@ArgsType()
export class RecordReportArgs extends ReportContentArgs {
  @Field(() => ReportChannel, { description: 'How it came in: hotline, suggestion box, letter or visit' })
  channel: ReportChannel;

  @Field({ description: 'The day it came in' })
  @IsLocalDate()
  receivedOn: string;
}

@ArgsType()
export class FileReportArgs extends ReportContentArgs {
  @Field(() => String, { nullable: true, description: 'Leave empty (a field people do not see; machines fill it in)' })
  website?: string | null;
}

@ArgsType()
export class ReportStepArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;
}

@ArgsType()
export class ConcludeReportArgs extends ReportStepArgs {
  @Field(() => ReportFinding)
  finding: ReportFinding;

  @Field({ description: 'What the verification found' })
  @IsPlainText({ max: 1000, multiLine: true })
  note: string;
}

@ArgsType()
export class CloseReportArgs extends ReportStepArgs {
  @Field({ description: 'The day the report was closed' })
  @IsLocalDate()
  on: string;

  @Field(() => String, { nullable: true, description: 'The decision; required for substantiated reports (the committee\'s)' })
  @IsPlainText({ max: 1000, multiLine: true, allowBlank: true })
  decision?: string | null;
}
