import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../../db/references';
import { Organization } from '../../organizations';

export enum ReportChannel {
  HOTLINE = 'HOTLINE',
  SUGGESTION_BOX = 'SUGGESTION_BOX',
  ONLINE = 'ONLINE',
  LETTER = 'LETTER',
  VISIT = 'VISIT',
}
registerEnumType(ReportChannel, {
  name: 'ReportChannel',
  valuesConfig: {
    HOTLINE: { description: '热线电话' },
    SUGGESTION_BOX: { description: '意见箱' },
    ONLINE: { description: '网上提交' },
    LETTER: { description: '来信' },
    VISIT: { description: '来访' },
  },
});

export enum ReportStatus {
  RECEIVED = 'RECEIVED',
  VERIFYING = 'VERIFYING',
  SUBSTANTIATED = 'SUBSTANTIATED',
  UNSUBSTANTIATED = 'UNSUBSTANTIATED',
  CLOSED = 'CLOSED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  valuesConfig: {
    RECEIVED: { description: '已受理' },
    VERIFYING: { description: '核查中' },
    SUBSTANTIATED: { description: '情况属实: blocks the case until the committee decides' },
    UNSUBSTANTIATED: { description: '情况不属实' },
    CLOSED: { description: '已办结' },
  },
});

export enum ReportFinding {
  SUBSTANTIATED = 'SUBSTANTIATED',
  UNSUBSTANTIATED = 'UNSUBSTANTIATED',
}
registerEnumType(ReportFinding, { name: 'ReportFinding' });

@ObjectType({ simpleResolvers: true, description: 'An opinion or report (举报/意见) about a notice or a case' })
@Entity('report')
@Index('IDX_report_notice', ['noticeId', 'status'])
@Index('IDX_report_case', ['caseId', 'status'])
@Index('IDX_report_org', ['organizationId', 'receivedOn'])
export class Report {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Receipt number given to the reporter' })
  @Column({ type: 'varchar', length: 20, unique: true })
  reference: string;

  @Field(() => ID, { description: 'The organization whose notice or case the report concerns' })
  @Column({ type: 'int' })
  @Names(() => Organization, 'reports')
  organizationId: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  noticeId: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  caseId: number | null;

  @Field(() => ReportChannel)
  @Column({ type: 'simple-enum', enum: ReportChannel })
  channel: ReportChannel;

  @Field()
  @Column({ type: 'boolean', default: false })
  anonymous: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  reporterName: string | null;

  /** Phone or e-mail of the reporter, sealed with the data key. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  reporterContactSealed: string | null;

  @Field({ description: 'What the reporter said' })
  @Column({ type: 'text' })
  content: string;

  @Field()
  @Column({ type: 'date' })
  receivedOn: string;

  @Field(() => ReportStatus)
  @Column({ type: 'simple-enum', enum: ReportStatus, default: ReportStatus.RECEIVED })
  status: ReportStatus;

  @Field(() => ReportFinding, { nullable: true })
  @Column({ type: 'simple-enum', enum: ReportFinding, nullable: true })
  finding: ReportFinding | null;

  @Field(() => String, { nullable: true, description: 'What the verification found' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  findingNote: string | null;

  @Field(() => String, { nullable: true, description: 'The decision closing the report (for substantiated reports, the committee\'s)' })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  decision: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'date', nullable: true })
  closedOn: string | null;

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

/** A report no longer stands in a case's way: closed after it was found unsubstantiated. */
export function clearedReport(report: Pick<Report, 'status' | 'finding'>): boolean {
  return report.status === ReportStatus.CLOSED && report.finding === ReportFinding.UNSUBSTANTIATED;
}
