import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { OverdueKind } from '../oversight';

/** Who a reminder goes to. */
export enum ReminderRecipient {
  /** The coordinators of the organizations above the record, up to its chamber: each about each record. */
  COORDINATORS = 'COORDINATORS',
  /** The department's administrators: one reminder a day per kind, counting the records, opening the list. */
  ADMINISTRATORS = 'ADMINISTRATORS',
}
registerEnumType(ReminderRecipient, {
  name: 'ReminderRecipient',
  valuesConfig: {
    COORDINATORS: { description: 'The coordinators whose organization holds the record (商会协调员), one reminder per record' },
    ADMINISTRATORS: { description: 'The department\'s administrators, one reminder per kind and day with the count' },
  },
});

/**
 * When and to whom a kind of overdue work is sent (docs/api.md, "Reminders"). The kinds are the
 * home page's overdue kinds: a reminder lists what the overdue list shows, `offsetDays` moved.
 */
@ObjectType({ simpleResolvers: true, description: 'A reminder rule: when a kind of overdue work is sent, how often, and to whom' })
@Entity('reminder_rule')
export class ReminderRule {
  @Field(() => OverdueKind)
  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: OverdueKind;

  @Field()
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

  @Field(() => Int, { description: 'Days after the record joins the overdue list that the reminder goes; negative: that many days before' })
  @Column({ type: 'int', default: 0 })
  offsetDays: number;

  @Field(() => Int, { description: 'Days between reminders while the record stays on the list; 0: once' })
  @Column({ type: 'int', default: 0 })
  repeatDays: number;

  @Field(() => [ReminderRecipient])
  @Column({ type: 'simple-json' })
  recipients: ReminderRecipient[];

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field(() => Date, { nullable: true, description: 'When an administrator last changed it; null while the default holds' })
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date | null;
}

/** What a reminder is about. */
export enum ReminderSubject {
  DEVELOPMENT_CASE = 'DEVELOPMENT_CASE',
  MEETING = 'MEETING',
  ORGANIZATION = 'ORGANIZATION',
  /** An administrator's count of a kind: the list itself. */
  LIST = 'LIST',
}
registerEnumType(ReminderSubject, { name: 'ReminderSubject', description: 'What a reminder is about: the record it opens' });

/**
 * One reminder to one user: the inbox item. The unique key is what makes a reminder go once: a
 * second run on the same day, or another server running at the same time, inserts nothing.
 */
@ObjectType({ simpleResolvers: true, description: 'A reminder in your inbox' })
@Entity('reminder')
@Index('UQ_reminder_once', ['userId', 'kind', 'subjectType', 'subjectId', 'dueOn', 'occurrence'], { unique: true })
@Index('IDX_reminder_inbox', ['userId', 'readAt', 'id'])
export class Reminder {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Field(() => OverdueKind)
  @Column({ type: 'varchar', length: 40 })
  kind: OverdueKind;

  @Field(() => ReminderSubject)
  @Column({ type: 'varchar', length: 20 })
  subjectType: ReminderSubject;

  @Field(() => ID, { description: 'The record it opens (0 for a list)' })
  @Column({ type: 'int' })
  subjectId: number;

  @Field(() => ID, { nullable: true, description: 'The organization the record belongs to' })
  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @Field({ description: 'What it is about, in a few words: a name, or the count' })
  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Field({ description: 'The day the work was or is due' })
  @Column({ type: 'date' })
  dueOn: string;

  @Field(() => Int, { description: '0 for the first reminder of this due day, then one more for each repeat' })
  @Column({ type: 'int', default: 0 })
  occurrence: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  readAt: Date | null;
}

/** A job only one server runs at a time: held by `holder` until `expiresAt`. */
@Entity('job_lease')
export class JobLease {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  name: string;

  @Column({ type: 'varchar', length: 60 })
  holder: string;

  @Column({ type: 'datetime', precision: 6 })
  expiresAt: Date;
}
