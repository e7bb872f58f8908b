import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../db/references';
import { Organization } from '../organizations';

/**
 * What a reminder is of: the home page's overdue kinds that are sent (the same names, so a
 * reminder opens the list it counts), and the days in a record's life that someone must hear of.
 */
export enum ReminderKind {
  TALK_OVERDUE = 'TALK_OVERDUE',
  APPROVAL_OVERDUE = 'APPROVAL_OVERDUE',
  CONVERSION_DUE = 'CONVERSION_DUE',
  MEETING_NOT_HELD = 'MEETING_NOT_HELD',
  LETTER_MISSING = 'LETTER_MISSING',
  ASSESSMENT_MISSING = 'ASSESSMENT_MISSING',
  TERM_DUE_SOON = 'TERM_DUE_SOON',
  TERM_OVERDUE = 'TERM_OVERDUE',
  NOTICE_ENDING = 'NOTICE_ENDING',
  CLASS_STARTING = 'CLASS_STARTING',
  SEAT_GIVEN = 'SEAT_GIVEN',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description: 'What a reminder is of: an overdue kind of the home page (same name), or a day in a record\'s life',
  valuesConfig: {
    TALK_OVERDUE: { description: 'Applicants not talked to within a month (OverdueKind TALK_OVERDUE)' },
    APPROVAL_OVERDUE: { description: 'Admissions not approved within three months (OverdueKind APPROVAL_OVERDUE)' },
    CONVERSION_DUE: { description: 'Probation ended, conversion due (OverdueKind CONVERSION_DUE)' },
    MEETING_NOT_HELD: { description: 'Planned meetings past their day and not recorded (OverdueKind MEETING_NOT_HELD)' },
    LETTER_MISSING: { description: 'Chambers without the year\'s responsibility letter (OverdueKind LETTER_MISSING)' },
    ASSESSMENT_MISSING: { description: 'Chambers without the year\'s assessment (OverdueKind ASSESSMENT_MISSING)' },
    TERM_DUE_SOON: { description: 'Party organizations whose term ends within their months of notice (OverdueKind TERM_DUE_SOON)' },
    TERM_OVERDUE: { description: 'Party organizations past the end of their term (OverdueKind TERM_OVERDUE)' },
    NOTICE_ENDING: { description: '公示即将期满: a published notice\'s last day (due on it), for the outcome to be recorded' },
    CLASS_STARTING: { description: '培训班即将开班: a published class\'s first day (due on it), to the trainees with a seat' },
    SEAT_GIVEN: { description: '候补转正: a seat given from the waiting line (listed from that day, due on the class\'s first day), to the trainee' },
  },
});

/** Who a reminder goes to. */
export enum ReminderRecipient {
  /** The coordinators of the organizations above the record, up to its chamber: each about each record. */
  COORDINATORS = 'COORDINATORS',
  /** The department's administrators: one reminder a day per kind, counting the records, opening the list. */
  ADMINISTRATORS = 'ADMINISTRATORS',
  /** The trainee a class's reminder is about: the accounts linked to the enrolled person. */
  TRAINEE = 'TRAINEE',
}
registerEnumType(ReminderRecipient, {
  name: 'ReminderRecipient',
  valuesConfig: {
    COORDINATORS: { description: 'The coordinators whose organization holds the record (商会协调员), one reminder per record' },
    ADMINISTRATORS: { description: 'The department\'s administrators, one reminder per kind and day with the count' },
    TRAINEE: { description: 'The trainee a class\'s reminder is about (the accounts linked to the enrolled person); kinds not about a trainee send them nothing' },
  },
});

/** How a reminder leaves the platform besides the inbox, in the day's digest. */
export enum DeliveryChannel {
  EMAIL = 'EMAIL',
  WEBHOOK = 'WEBHOOK',
}
registerEnumType(DeliveryChannel, { name: 'DeliveryChannel', valuesConfig: { EMAIL: { description: '电子邮件' }, WEBHOOK: { description: '群机器人' } } });

/**
 * When and to whom a kind of overdue work is sent (docs/api.md, "Reminders"). The kinds are the
 * home page's overdue kinds: a reminder lists what the overdue list shows, `offsetDays` moved.
 */
@ObjectType({ simpleResolvers: true, description: 'A reminder rule: when a kind of overdue work is sent, how often, and to whom' })
@Entity('reminder_rule')
export class ReminderRule {
  @Field(() => ReminderKind)
  @PrimaryColumn({ type: 'varchar', length: 40 })
  kind: ReminderKind;

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

  @Field(() => [DeliveryChannel], { description: 'Besides the inbox, where the kind goes in the day\'s digest: by e-mail, to the group robots' })
  @Column({ type: 'simple-json', nullable: true })
  channels: DeliveryChannel[] | null;

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
  PUBLIC_NOTICE = 'PUBLIC_NOTICE',
  TRAINING_CLASS = 'TRAINING_CLASS',
  ENROLLMENT = 'ENROLLMENT',
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

  @Field(() => ReminderKind)
  @Column({ type: 'varchar', length: 40 })
  kind: ReminderKind;

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

/** A group chat robot's message format. */
export enum WebhookKind {
  /** 企业微信群机器人: the key is in the address. */
  WECOM = 'WECOM',
  /** 钉钉群机器人: signed with the robot's secret (加签). */
  DINGTALK = 'DINGTALK',
}
registerEnumType(WebhookKind, {
  name: 'WebhookKind',
  valuesConfig: { WECOM: { description: '企业微信群机器人' }, DINGTALK: { description: '钉钉群机器人 (signed with its secret)' } },
});

/** A group chat robot that receives a chamber's daily digest, or the department's. */
@ObjectType({ simpleResolvers: true, description: 'A group chat robot that receives the daily digest of a chamber (or of the department)' })
@Entity('reminder_webhook')
export class ReminderWebhook {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { nullable: true, description: 'The chamber whose reminders it receives; null: the department\'s counts' })
  @Column({ type: 'int', nullable: true })
  @Names(() => Organization, 'reminderWebhooks')
  organizationId: number | null;

  @Field(() => WebhookKind)
  @Column({ type: 'varchar', length: 20 })
  kind: WebhookKind;

  @Field({ description: 'What the administrators call it' })
  @Column({ type: 'varchar', length: 50 })
  name: string;

  /** The robot's address, which carries its key: stored sealed, never read back through the API. */
  @Column({ type: 'varchar', length: 1000 })
  url: string;

  /** 钉钉's signing secret: stored sealed, never read back through the API. */
  @Column({ type: 'varchar', length: 400, nullable: true })
  secret: string | null;

  @Field()
  @Column({ type: 'boolean', default: true })
  enabled: boolean;

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


export enum DeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, {
  name: 'DeliveryStatus',
  valuesConfig: { PENDING: { description: '待发送 (or waiting to try again)' }, SENT: { description: '已发送' }, FAILED: { description: '发送失败: every attempt failed' } },
});

/**
 * One daily digest to one address or robot: made once per day and recipient (its unique key),
 * tried until sent or out of attempts, each attempt's outcome kept.
 */
@ObjectType({ simpleResolvers: true, description: 'A daily digest sent (or being sent) by e-mail or to a group chat robot' })
@Entity('reminder_delivery')
@Index('UQ_delivery_once', ['channel', 'recipientKey', 'day'], { unique: true })
@Index('IDX_delivery_due', ['status', 'nextAttemptAt'])
export class ReminderDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => DeliveryChannel)
  @Column({ type: 'varchar', length: 10 })
  channel: DeliveryChannel;

  /** `user:<id>` or `webhook:<id>`: with the day, what makes a digest go once. */
  @Column({ type: 'varchar', length: 40 })
  recipientKey: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  userId: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  webhookId: number | null;

  @Field({ description: 'Who it went to: the address, or the robot\'s name' })
  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Field({ description: 'The day of the digest (China time)' })
  @Column({ type: 'date' })
  day: string;

  @Field(() => Int, { description: 'Reminders in the digest as it was last tried' })
  @Column({ type: 'int', default: 0 })
  reminderCount: number;

  /** The newest reminder it carried: the next digest starts after it. */
  @Column({ type: 'int', nullable: true })
  throughReminderId: number | null;

  @Field(() => DeliveryStatus)
  @Column({ type: 'varchar', length: 10 })
  status: DeliveryStatus;

  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Field(() => Date, { nullable: true, description: 'When it is tried next, while pending' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why the last attempt failed' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  sentAt: Date | null;

  /** The server trying it now, and until when: another leaves it alone meanwhile. */
  @Column({ type: 'varchar', length: 60, nullable: true })
  claimedBy: string | null;

  @Column({ type: 'datetime', precision: 6, nullable: true })
  claimedUntil: Date | null;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}
