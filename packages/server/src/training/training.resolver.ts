import { Arg, Args, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { Ctx, type GraphQLContext } from '../kernel/context';
import { ListMetadata } from '../kernel/list-metadata';
import { Organization } from '../organizations';
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
import { Attendance, ClassQuota, ClassSession, ClassStatus, Enrollment, EnrollmentStatus, SEATED, TrainingClass, TrainingProgram } from './training.entity';

@ObjectType({ simpleResolvers: true, description: 'One chamber\'s part in a class' })
export class ChamberClassStats {
  @Field(() => ID, { nullable: true })
  chamberId: number | null;

  @Field()
  chamberName: string;

  @Field(() => Int, { nullable: true, description: 'Its quota, when the class has quotas' })
  quota: number | null;

  @Field(() => Int)
  seated: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  completed: number;
}

@ObjectType({ simpleResolvers: true, description: 'Fill, attendance and completion of a class' })
export class ClassStats {
  @Field(() => Int)
  capacity: number;

  @Field(() => Int, { description: 'Places holding a seat' })
  seated: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Float, { description: 'Seated / capacity' })
  fillRate: number;

  @Field(() => Float, { description: 'Check-ins / (seated × sessions held so far)' })
  attendanceRate: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Float, { description: 'Completed / seated' })
  completionRate: number;

  @Field(() => [ChamberClassStats])
  byChamber: ChamberClassStats[];
}

@ObjectType({ simpleResolvers: true, description: 'Training of one chamber over a program or a year' })
export class ChamberTrainingStats {
  @Field(() => ID, { nullable: true })
  chamberId: number | null;

  @Field()
  chamberName: string;

  @Field(() => Int, { description: 'Places holding a seat' })
  seated: number;

  @Field(() => Int)
  waitlisted: number;

  @Field(() => Int)
  attended: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int, { description: 'Hours credited' })
  hours: number;

  @Field(() => Float)
  attendanceRate: number;

  @Field(() => Float)
  completionRate: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 1000) / 1000);

@Resolver(() => TrainingProgram)
export class TrainingProgramResolver {
  @Query(() => TrainingProgram)
  TrainingProgram(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TrainingProgram> {
    return ctx.services.training.getProgram(id);
  }

  @Query(() => [TrainingProgram])
  allTrainingPrograms(@Args() args: TrainingProgramListArgs, @Ctx() ctx: GraphQLContext): Promise<TrainingProgram[]> {
    return ctx.services.training.listPrograms(args);
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
}

@Resolver(() => TrainingClass)
export class TrainingClassResolver {
  @Query(() => TrainingClass)
  TrainingClass(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<TrainingClass> {
    return ctx.services.training.getClass(id);
  }

  @Query(() => [TrainingClass])
  allTrainingClasses(@Args() args: TrainingClassListArgs, @Ctx() ctx: GraphQLContext): Promise<TrainingClass[]> {
    return ctx.services.training.listClasses(args);
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
  async program(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<TrainingProgram | null> {
    return ctx.db.manager.findOneBy(TrainingProgram, { id: c.programId });
  }

  @FieldResolver(() => Organization, { nullable: true })
  organizer(@Root() c: TrainingClass, @Ctx() ctx: GraphQLContext): Promise<Organization | null> {
    return ctx.loaders.organizations.byId.load(c.organizerId);
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
    const em = ctx.db.manager;
    const rows = await em.find(Enrollment, { where: { classId: c.id }, select: { id: true, status: true, chamberId: true, completedAt: true } });
    const sessions = await ctx.loaders.training.sessions.load(c.id);
    const held = sessions.filter((s) => s.date <= ctx.services.training.today()).length;
    const checkIns = rows.length ? await em.count(Attendance, { where: { enrollmentId: In(rows.map((r) => r.id)) } }) : 0;
    const quotas = await ctx.services.training.quotasOf(c.id);
    const seatedRows = rows.filter((r) => SEATED.includes(r.status));
    const chamberIds = [...new Set([...rows.map((r) => r.chamberId), ...quotas.map((q) => q.chamberId)])];
    const chambers = await ctx.loaders.organizations.byId.loadMany(chamberIds.filter((id): id is number => id !== null));
    const names = new Map(chambers.filter((o): o is Organization => o instanceof Organization).map((o) => [o.id, o.shortName ?? o.name]));
    const completed = rows.filter((r) => r.completedAt).length;
    return {
      capacity: c.capacity,
      seated: seatedRows.length,
      waitlisted: rows.filter((r) => r.status === EnrollmentStatus.WAITLISTED).length,
      cancelled: rows.filter((r) => r.status === EnrollmentStatus.CANCELLED).length,
      fillRate: ratio(seatedRows.length, c.capacity),
      attendanceRate: ratio(checkIns, seatedRows.length * held),
      completed,
      completionRate: ratio(completed, seatedRows.length),
      byChamber: chamberIds
        .filter((id) => id === null || names.has(id))
        .map((chamberId) => {
          const mine = rows.filter((r) => r.chamberId === chamberId);
          return {
            chamberId,
            chamberName: chamberId === null ? '其他' : names.get(chamberId)!,
            quota: quotas.length ? (quotas.find((q) => q.chamberId === chamberId)?.seats ?? 0) : null,
            seated: mine.filter((r) => SEATED.includes(r.status)).length,
            waitlisted: mine.filter((r) => r.status === EnrollmentStatus.WAITLISTED).length,
            attended: mine.filter((r) => r.status === EnrollmentStatus.ATTENDED).length,
            completed: mine.filter((r) => r.completedAt).length,
          };
        })
        .sort((a, b) => a.chamberName.localeCompare(b.chamberName, 'zh-CN')),
    };
  }
}

@Resolver(() => ClassSession)
export class ClassSessionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The code trainees check in with; shown to those who run the class' })
  async checkInCode(@Root() s: ClassSession, @Ctx() ctx: GraphQLContext): Promise<string | null> {
    const klass = await ctx.db.manager.findOneBy(TrainingClass, { id: s.classId });
    const organizer = klass ? await ctx.loaders.organizations.byId.load(klass.organizerId) : null;
    return organizer && ctx.services.training.canSeeCodes(organizer.path) ? s.checkInCode : null;
  }
}

@Resolver(() => Enrollment)
export class EnrollmentResolver {
  @Query(() => Enrollment)
  Enrollment(@Arg('id', () => ID) id: string, @Ctx() ctx: GraphQLContext): Promise<Enrollment> {
    return ctx.services.enrollments.get(id);
  }

  @Query(() => [Enrollment], { description: 'Places you see: of people in your scope, in classes you run; a trainee\'s own' })
  allEnrollments(@Args() args: EnrollmentListArgs, @Ctx() ctx: GraphQLContext): Promise<Enrollment[]> {
    return ctx.services.enrollments.list(args);
  }

  @Query(() => ListMetadata)
  async _allEnrollmentsMeta(@Args() args: EnrollmentListArgs, @Ctx() ctx: GraphQLContext): Promise<ListMetadata> {
    return { count: await ctx.services.enrollments.count(args.filter) };
  }

  @Query(() => [ChamberTrainingStats], { description: 'Places per chamber over a program\'s classes or a year\'s, as far as you see them' })
  async trainingByChamber(
    @Arg('programId', () => ID, { nullable: true }) programId: string | null,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ChamberTrainingStats[]> {
    const rows = await ctx.services.enrollments.byChamber(programId, year);
    const chambers = await ctx.loaders.organizations.byId.loadMany(rows.map((r) => r.chamberId).filter((id): id is number => id !== null));
    const names = new Map(chambers.filter((o): o is Organization => o instanceof Organization).map((o) => [o.id, o.shortName ?? o.name]));
    return rows
      .map((r) => ({
        ...r,
        chamberName: r.chamberId === null ? '其他' : (names.get(r.chamberId) ?? '—'),
        attendanceRate: ratio(r.attended, r.seated),
        completionRate: ratio(r.completed, r.seated),
      }))
      .sort((a, b) => a.chamberName.localeCompare(b.chamberName, 'zh-CN'));
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
