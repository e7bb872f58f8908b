import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../db/references';
import { Organization } from '../organizations';
import { Person } from '../people';

@ObjectType({ simpleResolvers: true, description: 'A training program, e.g. the annual plan of the department' })
@Entity('training_program')
@Index('IDX_program_org_year', ['organizerId', 'year'])
export class TrainingProgram {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => ID, { nullable: true, description: 'The organization running the program; null where it lies outside your scope (a program the department runs, to a chamber), as `organizer` is' })
  @Column({ type: 'int' })
  @Names(() => Organization, 'trainingPrograms')
  organizerId: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  description: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  archivedAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

export enum ClassStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(ClassStatus, {
  name: 'ClassStatus',
  valuesConfig: { DRAFT: { description: '筹备中' }, PUBLISHED: { description: '已发布: open for enrollment in its window' }, CANCELLED: { description: '已取消' } },
});

@ObjectType({ simpleResolvers: true, description: 'A training class: sessions, seats, per-chamber quotas and an enrollment window' })
@Entity('training_class')
@Index('IDX_class_program', ['programId', 'startsOn'])
@Index('IDX_class_start', ['startsOn'])
@Index('IDX_class_org', ['organizerId', 'startsOn'])
export class TrainingClass {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  programId: number;

  @Field(() => ID, { nullable: true, description: 'The organization running the class (from the program); null where it lies outside your scope, as `organizer` is' })
  @Column({ type: 'int' })
  @Names(() => Organization, 'trainingClasses')
  organizerId: number;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field(() => String, { nullable: true, description: 'Who it is for, e.g. 商会党组织书记、党建指导员' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  audience: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  venue: string | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  online: boolean;

  @Field()
  @Column({ type: 'date' })
  startsOn: string;

  @Field()
  @Column({ type: 'date' })
  endsOn: string;

  @Field(() => Int, { description: 'Seats' })
  @Column({ type: 'int' })
  capacity: number;

  @Field({ description: 'Whether enrollments past the seats wait in line (otherwise CAPACITY_FULL)' })
  @Column({ type: 'boolean', default: true })
  waitlist: boolean;

  @Field({ description: 'First day of enrollment' })
  @Column({ type: 'date' })
  enrollmentOpensOn: string;

  @Field({ description: 'Last day of enrollment' })
  @Column({ type: 'date' })
  enrollmentClosesOn: string;

  @Field(() => Int, { description: 'Hours of attendance that complete the class' })
  @Column({ type: 'int' })
  requiredHours: number;

  @Field(() => ClassStatus)
  @Column({ type: 'simple-enum', enum: ClassStatus, default: ClassStatus.DRAFT })
  status: ClassStatus;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

@ObjectType({ simpleResolvers: true, description: 'One session of a class' })
@Entity('class_session')
@Index('IDX_session_class', ['classId', 'date'])
export class ClassSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  classId: number;

  @Field()
  @Column({ type: 'date' })
  date: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  hours: number;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 200, nullable: true })
  topic: string | null;

  /** The code trainees type to check themselves in, on the session's day. */
  @Column({ type: 'varchar', length: 6 })
  checkInCode: string;
}

@ObjectType({ simpleResolvers: true, description: 'Seats of a class reserved for one chamber' })
@Entity('class_quota')
@Index('IDX_quota_unique', ['classId', 'chamberId'], { unique: true })
export class ClassQuota {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  classId: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Organization, 'classQuotas')
  chamberId: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  seats: number;
}

export enum EnrollmentStatus {
  WAITLISTED = 'WAITLISTED',
  REGISTERED = 'REGISTERED',
  CONFIRMED = 'CONFIRMED',
  ATTENDED = 'ATTENDED',
  ABSENT = 'ABSENT',
  CANCELLED = 'CANCELLED',
}
registerEnumType(EnrollmentStatus, {
  name: 'EnrollmentStatus',
  valuesConfig: {
    WAITLISTED: { description: '候补' },
    REGISTERED: { description: '已报名' },
    CONFIRMED: { description: '已确认' },
    ATTENDED: { description: '已参训' },
    ABSENT: { description: '缺席' },
    CANCELLED: { description: '已取消' },
  },
});

/** Statuses that hold a seat. */
export const SEATED: readonly EnrollmentStatus[] = [EnrollmentStatus.REGISTERED, EnrollmentStatus.CONFIRMED, EnrollmentStatus.ATTENDED, EnrollmentStatus.ABSENT];

@ObjectType({ simpleResolvers: true, description: 'A person\'s place in a class, or in its waiting line' })
@Entity('enrollment')
@Index('IDX_enrollment_unique', ['classId', 'personId'], { unique: true })
@Index('IDX_enrollment_class_status', ['classId', 'status', 'id'])
@Index('IDX_enrollment_person', ['personId'])
@Index('IDX_enrollment_certificate', ['certificateCode'], { unique: true })
@Index('IDX_enrollment_promoted', ['promotedAt'])
export class Enrollment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  classId: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Person, 'enrollments')
  personId: number;

  @Field(() => ID, { nullable: true, description: 'The chamber the person belongs to, whose quota the seat counts against' })
  @Column({ type: 'int', nullable: true })
  @Names(() => Organization, 'enrollments')
  chamberId: number | null;

  @Field(() => EnrollmentStatus)
  @Column({ type: 'simple-enum', enum: EnrollmentStatus })
  status: EnrollmentStatus;

  @Field({ description: 'When the person asked for a place: the order of the waiting line' })
  @Column({ type: 'datetime', precision: 6 })
  requestedAt: Date;

  @Field(() => Int, { description: 'Hours of the sessions attended' })
  @Column({ type: 'int', default: 0 })
  hoursCredited: number;

  @Field(() => Date, { nullable: true, description: 'When the attended hours reached the class\'s required hours' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  completedAt: Date | null;

  /** Code printed on the certificate, checked on the public page; set on completion. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  certificateCode: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  certificateRevokedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When a seat was given to it from the waiting line (候补转正); null for a place taken at once' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  promotedAt: Date | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

export enum CheckInMethod {
  COORDINATOR = 'COORDINATOR',
  CODE = 'CODE',
}
registerEnumType(CheckInMethod, { name: 'CheckInMethod', valuesConfig: { COORDINATOR: { description: '工作人员签到' }, CODE: { description: '学员签到码' } } });

@ObjectType({ simpleResolvers: true, description: 'A check-in at one session' })
@Entity('attendance')
@Index('IDX_attendance_unique', ['enrollmentId', 'sessionId'], { unique: true })
@Index('IDX_attendance_session', ['sessionId'])
export class Attendance {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  enrollmentId: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  sessionId: number;

  @Field(() => CheckInMethod)
  @Column({ type: 'simple-enum', enum: CheckInMethod })
  method: CheckInMethod;

  @Field()
  @Column({ type: 'datetime', precision: 6 })
  checkedInAt: Date;
}
