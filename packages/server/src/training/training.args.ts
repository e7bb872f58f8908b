import { READ_ONLY, VERSION_READ } from '../db/versioned';
import { ArrayMaxSize, ArrayMinSize, IsInt, Matches, Max, Min, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ListArgs } from '../common/list';
import { IsLocalDate, IsPlainText } from '../common/validation';
import { ClassStatus, EnrollmentStatus } from './training.entity';

@InputType()
export class TrainingProgramFilter {
  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => Int, { nullable: true })
  year?: number | null;

  @Field(() => ID, { nullable: true })
  organizerId?: string | null;

  @Field(() => Boolean, { nullable: true })
  archived?: boolean | null;
}

@ArgsType()
export class TrainingProgramListArgs extends ListArgs(TrainingProgramFilter) {}

@ArgsType()
export class CreateTrainingProgramArgs {
  @Field()
  @IsPlainText({ max: 100 })
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @Field(() => ID)
  organizerId: string;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 1000, multiLine: true, allowBlank: true })
  description?: string | null;
}

@ArgsType()
export class UpdateTrainingProgramArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100 })
  title?: string | null;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 1000, multiLine: true, allowBlank: true })
  description?: string | null;
}

@InputType()
export class TrainingClassFilter {
  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  programId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Classes this organization runs' })
  organizerId?: string | null;

  @Field(() => ClassStatus, { nullable: true })
  status?: ClassStatus | null;

  @Field(() => Boolean, { nullable: true, description: 'Classes whose enrollment window contains today' })
  enrollmentOpen?: boolean | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  startsOn_gte?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  startsOn_lte?: string | null;
}

@ArgsType()
export class TrainingClassListArgs extends ListArgs(TrainingClassFilter) {}

@InputType({ description: 'One session of a class' })
export class SessionInput {
  @Field()
  @IsLocalDate()
  date: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(12)
  hours: number;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200, allowBlank: true })
  topic?: string | null;

  // What a read of the session gives beside its fields, accepted back and ignored (docs/api.md, "Updates").
  @Field(() => ID, { nullable: true, description: READ_ONLY })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: READ_ONLY })
  classId?: string | null;

  @Field(() => String, { nullable: true, description: READ_ONLY })
  checkInCode?: string | null;
}

@InputType({ description: 'Seats reserved for one chamber' })
export class QuotaInput {
  @Field(() => ID)
  chamberId: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(10_000)
  seats: number;

  @Field(() => ID, { nullable: true, description: READ_ONLY })
  id?: string | null;

  @Field(() => ID, { nullable: true, description: READ_ONLY })
  classId?: string | null;
}

@ArgsType()
export class ClassFieldArgs {
  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200, allowBlank: true })
  audience?: string | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 200, allowBlank: true })
  venue?: string | null;

  @Field(() => Boolean, { nullable: true })
  online?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  waitlist?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Default: the hours of all sessions' })
  @IsInt()
  @Min(1)
  @Max(2000)
  requiredHours?: number | null;

  @Field(() => [SessionInput], { nullable: true, description: 'Replaces the sessions' })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  sessions?: SessionInput[] | null;

  @Field(() => [QuotaInput], { nullable: true, description: 'Replaces the quotas; with quotas, only the chambers named may take seats, each up to its quota' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  quotas?: QuotaInput[] | null;
}

@ArgsType()
export class CreateTrainingClassArgs extends ClassFieldArgs {
  @Field(() => ID)
  programId: string;

  @Field()
  @IsPlainText({ max: 100 })
  title: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity: number;

  @Field()
  @IsLocalDate()
  enrollmentOpensOn: string;

  @Field()
  @IsLocalDate()
  enrollmentClosesOn: string;
}

@ArgsType()
export class UpdateTrainingClassArgs extends ClassFieldArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { nullable: true, description: VERSION_READ })
  version?: number | null;

  @Field(() => String, { nullable: true })
  @IsPlainText({ max: 100 })
  title?: string | null;

  @Field(() => Int, { nullable: true })
  @IsInt()
  @Min(1)
  @Max(10_000)
  capacity?: number | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  enrollmentOpensOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsLocalDate()
  enrollmentClosesOn?: string | null;
}

@InputType()
export class EnrollmentFilter {
  @Field(() => String, { nullable: true, description: 'Search in the person\'s name and initials' })
  @IsPlainText({ max: 50, allowBlank: true })
  q?: string | null;

  @Field(() => [ID], { nullable: true })
  @ArrayMaxSize(1000)
  ids?: string[] | null;

  @Field(() => ID, { nullable: true })
  classId?: string | null;

  @Field(() => ID, { nullable: true })
  personId?: string | null;

  @Field(() => ID, { nullable: true })
  chamberId?: string | null;

  @Field(() => EnrollmentStatus, { nullable: true })
  status?: EnrollmentStatus | null;

  @Field(() => [EnrollmentStatus], { nullable: true })
  status_in?: EnrollmentStatus[] | null;

  @Field(() => Boolean, { nullable: true })
  completed?: boolean | null;
}

@ArgsType()
export class EnrollmentListArgs extends ListArgs(EnrollmentFilter) {}

@ArgsType()
export class EnrollmentIdsArgs {
  @Field(() => [ID])
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  ids: string[];
}

@ArgsType()
export class MarkAttendanceArgs extends EnrollmentIdsArgs {
  @Field(() => ID)
  sessionId: string;
}

@ArgsType()
export class CheckInArgs {
  @Field(() => ID)
  sessionId: string;

  @Field({ description: 'The six-digit code announced at the session' })
  @Matches(/^\d{6}$/, { message: 'the code is six digits' })
  code: string;
}
