import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, FieldResolver, ID, Info, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { ALL_COLUMNS, columnsAsked } from '../kernel/selection';
import { ListMetadata } from '../kernel/list-metadata';
import { ChamberTrainingStats, ClassStats } from './training.stats';
import { Organization, visibleOrganizationId } from '../organizations';
import { Person } from '../people';
import {
  CheckInArgs,
  CreateTrainingClassArgs,
  CreateTrainingProgramArgs,
  EnrollmentIdsArgs,
  EnrollmentListArgs,
  MarkAttendanceArgs,
  TrainingClassListArgs,
  TrainingProgramListArgs,
  UpdateTrainingClassArgs,
  UpdateTrainingProgramArgs,
} from './training.args';
import { Attendance, ClassQuota, ClassSession, ClassStatus, Enrollment, EnrollmentStatus, TrainingClass, TrainingProgram } from './training.entity';

/** The columns each field resolver of TrainingProgram reads (a list reads only the columns a query needs: kernel/selection.ts). */
const TRAINING_PROGRAM_COLUMNS: Record<string, readonly string[]> = {
  organizer: ['organizerId'],
  organizerId: ['organizerId'],
};

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Query(() => TrainingProgram, { nullable: true, description: 'One TrainingProgram; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  TrainingProgram(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TrainingProgram> {
    return ctx.services.training.getProgram(id);
  }

  @Query(() => [TrainingProgram])
  allTrainingPrograms(@Args() args: TrainingProgramListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<TrainingProgram[]> {
    return ctx.services.training.listPrograms(args, columnsAsked(info, TRAINING_PROGRAM_COLUMNS));
  }

  @Query(() => ListMetadata)
  async _allTrainingProgramsMeta(@Args() args: TrainingProgramListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.training.countPrograms(args.filter) };
  }

  @Mutation(() => TrainingProgram)
  createTrainingProgram(@Args() args: CreateTrainingProgramArgs, @Ctx() ctx: GraphQLContext): Promise<TrainingProgram> {
    return ctx.services.training.createProgram(args);
  }

  @Mutation(() => TrainingProgram)
  updateTrainingProgram(@Args() args: UpdateTrainingProgramArgs, @Ctx() ctx: GraphQLContext): Promise<TrainingProgram> {
    return ctx.services.training.updateProgram(args);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organizer(@Root() p: TrainingProgram, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(p.organizerId);
  }

  @FieldResolver(() => ID, { nullable: true })
  async organizerId(@Root() p: TrainingProgram, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return visibleOrganizationId(ctx, p.organizerId);
  }
}

/** The columns each field resolver of TrainingClass reads (a list reads only the columns a query needs: kernel/selection.ts). */
const TRAINING_CLASS_COLUMNS: Record<string, readonly string[]> = {
  program: ['programId'],
  organizer: ['organizerId'],
  organizerId: ['organizerId'],
  sessions: [],
  quotas: [],
  seated: [],
  waitlisted: [],
  totalHours: [],
  stats: ALL_COLUMNS,
};

@Resolver(() => TrainingClass)
export class TrainingClassResolver {
  @Query(() => TrainingClass, { nullable: true, description: 'One TrainingClass; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  TrainingClass(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TrainingClass> {
    return ctx.services.training.getClass(id);
  }

  @Query(() => [TrainingClass])
  allTrainingClasses(@Args() args: TrainingClassListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<TrainingClass[]> {
    return ctx.services.training.listClasses(args, columnsAsked(info, TRAINING_CLASS_COLUMNS));
  }

  @Query(() => ListMetadata)
  async _allTrainingClassesMeta(@Args() args: TrainingClassListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.training.countClasses(args.filter) };
  }

  @Mutation(() => TrainingClass, { description: 'A draft class with its sessions and quotas' })
  createTrainingClass(@Args() args: CreateTrainingClassArgs, @Ctx() ctx: GraphQLContext): Promise<TrainingClass> {
    return ctx.services.training.createClass(args);
  }

  @Mutation(() => TrainingClass)
  updateTrainingClass(@Args() args: UpdateTrainingClassArgs, @Ctx() ctx: GraphQLContext): Promise<TrainingClass> {
    return ctx.services.training.updateClass(args);
  }

  @Mutation(() => TrainingClass, { description: 'Opens the class for enrollment in its window' })
  publishTrainingClass(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: GraphQLContext): Promise<TrainingClass> {
    return ctx.services.training.setClassStatus(id, version, ClassStatus.PUBLISHED);
  }

  @Mutation(() => TrainingClass)
  cancelTrainingClass(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() ctx: GraphQLContext): Promise<TrainingClass> {
    return ctx.services.training.setClassStatus(id, version, ClassStatus.CANCELLED);
  }

  @FieldResolver(() => TrainingProgram, { nullable: true })
  program(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<TrainingProgram | null> {
    return ctx.loaders.training.programs.load(c.programId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  organizer(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(c.organizerId);
  }

  @FieldResolver(() => ID, { nullable: true })
  async organizerId(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    return visibleOrganizationId(ctx, c.organizerId);
  }

  @FieldResolver(() => [ClassSession])
  sessions(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<ClassSession[]> {
    return ctx.loaders.training.sessions.load(c.id);
  }

  @FieldResolver(() => [ClassQuota])
  quotas(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<ClassQuota[]> {
    return ctx.services.training.quotasOf(c.id);
  }

  @FieldResolver(() => Int, { description: 'Places holding a seat' })
  async seated(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.training.statusCounts.load(c.id)).seated;
  }

  @FieldResolver(() => Int)
  async waitlisted(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.training.statusCounts.load(c.id)).waitlisted;
  }

  @FieldResolver(() => Int, { description: 'Hours of all sessions' })
  async totalHours(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await ctx.loaders.training.sessions.load(c.id)).reduce((sum, s) => sum + s.hours, 0);
  }

  @FieldResolver(() => ClassStats)
  async stats(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<ClassStats> {
    return ctx.services.training.classStats(c, await ctx.loaders.training.sessions.load(c.id));
  }
}

@Resolver(() => ClassSession)
export class ClassSessionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The code trainees check in with; shown to those who run the class' })
  async checkInCode(@Root() s: ClassSession, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    // The class and its organizer come through the request's loaders: a session costs no statement of its own.
    const klass = await ctx.loaders.training.classes.load(s.classId);
    const organizer = klass ? await ctx.loaders.organizations.byId.load(klass.organizerId) : null;
    return organizer && ctx.services.training.canSeeCodes(organizer.path) ? s.checkInCode : null;
  }
}

/** The columns each field resolver of Enrollment reads (a list reads only the columns a query needs: kernel/selection.ts). */
const ENROLLMENT_COLUMNS: Record<string, readonly string[]> = {
  person: ['personId'],
  class: ['classId'],
  chamber: ['chamberId'],
  waitlistPosition: ['status', 'classId'],
  certificateCode: ['certificateCode'],
  attendances: [],
};

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => Enrollment, { nullable: true, description: 'One Enrollment; null, with NOT_FOUND in the errors, when it does not exist or lies outside your scope' })
  Enrollment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Enrollment> {
    return ctx.services.enrollments.get(id);
  }

  @Query(() => [Enrollment], { description: 'Places you see: of people in your scope, in classes you run; a trainee\'s own' })
  allEnrollments(@Args() args: EnrollmentListArgs, @Ctx() ctx: GraphQLContext, @Info() info: GraphQLResolveInfo): Promise<Enrollment[]> {
    return ctx.services.enrollments.list(args, columnsAsked(info, ENROLLMENT_COLUMNS));
  }

  @Query(() => ListMetadata)
  async _allEnrollmentsMeta(@Args() args: EnrollmentListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.enrollments.count(args.filter) };
  }

  @Query(() => [ChamberTrainingStats], { description: 'Places per chamber over a program\'s classes or a year\'s, as far as you see them' })
  trainingByChamber(
    @Arg('programId', () => ID, { nullable: true }) programId: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChamberTrainingStats[]> {
    return ctx.services.enrollments.byChamber(programId, year);
  }

  @Mutation(() => Enrollment, { description: 'A seat, or a place in line; CAPACITY_FULL without a waitlist, ALREADY_ENROLLED for a second place' })
  enroll(@Arg('classId', () => ID) classId: string, @Arg('personId', () => ID) personId: string, @Ctx() ctx: GraphQLContext): Promise<Enrollment> {
    return ctx.services.enrollments.enroll(classId, personId);
  }

  @Mutation(() => Enrollment, { description: 'A trainee enrolls themself' })
  enrollMyself(@Arg('classId', () => ID) classId: string, @Ctx() ctx: GraphQLContext): Promise<Enrollment> {
    return ctx.services.enrollments.enrollSelf(classId);
  }

  @Mutation(() => Enrollment, { description: 'Gives up a place; a freed seat goes to the first in line' })
  cancelEnrollment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Enrollment> {
    return ctx.services.enrollments.cancel(id);
  }

  @Mutation(() => [Enrollment])
  confirmEnrollments(@Args() args: EnrollmentIdsArgs, @Ctx() ctx: GraphQLContext): Promise<Enrollment[]> {
    return ctx.services.enrollments.confirm(args.ids);
  }

  @Mutation(() => [Enrollment])
  markEnrollmentsAbsent(@Args() args: EnrollmentIdsArgs, @Ctx() ctx: GraphQLContext): Promise<Enrollment[]> {
    return ctx.services.enrollments.markAbsent(args.ids);
  }

  @Mutation(() => [Enrollment], { description: 'Checks places in at a session' })
  markAttendance(@Args() args: MarkAttendanceArgs, @Ctx() ctx: GraphQLContext): Promise<Enrollment[]> {
    return ctx.services.enrollments.markAttendance(args.sessionId, args.ids);
  }

  @Mutation(() => Enrollment, { description: 'A trainee checks in with the session\'s code on its day' })
  checkIn(@Args() args: CheckInArgs, @Ctx() ctx: GraphQLContext): Promise<Enrollment> {
    return ctx.services.enrollments.checkInWithCode(args.sessionId, args.code);
  }

  @Mutation(() => Enrollment)
  revokeCertificate(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Enrollment> {
    return ctx.services.enrollments.revokeCertificate(id);
  }

  @FieldResolver(() => Person, { nullable: true })
  person(@Root() e: Enrollment, @Ctx() ctx: GraphQLContext): Promise<Person | null> {
    return ctx.loaders.training.people.load(e.personId);
  }

  @FieldResolver(() => TrainingClass, { nullable: true })
  class(@Root() e: Enrollment, @Ctx() ctx: GraphQLContext): Promise<TrainingClass | null> {
    return ctx.loaders.training.classes.load(e.classId);
  }

  @FieldResolver(() => Organization, { nullable: true })
  chamber(@Root() e: Enrollment, @Ctx() ctx: GraphQLContext): Promise<Organization | null> | null {
    return e.chamberId === null ? null : ctx.loaders.organizations.byId.load(e.chamberId);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Place in the waiting line, 1 first; null when not waiting' })
  async waitlistPosition(@Root() e: Enrollment, @Ctx() ctx: GraphQLContext): Promise<number | null> {
    if (e.status !== EnrollmentStatus.WAITLISTED) return null;
    const line = await ctx.loaders.training.waitlists.load(e.classId);
    return line.indexOf(e.id) + 1 || null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Verification code of the completion certificate' })
  certificateCode(@Root() e: Enrollment): string | null {
    return e.certificateCode;
  }

  @FieldResolver(() => [Attendance])
  attendances(@Root() e: Enrollment, @Ctx() ctx: GraphQLContext): Promise<Attendance[]> {
    return ctx.loaders.training.attendances.load(e.id);
  }
}
