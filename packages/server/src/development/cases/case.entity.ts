import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../../db/references';
import { Organization } from '../../organizations';
import { Person } from '../../people';

export enum CaseStage {
  APPLICANT = 'APPLICANT',
  ACTIVIST = 'ACTIVIST',
  DEVELOPMENT_TARGET = 'DEVELOPMENT_TARGET',
  PROBATIONARY = 'PROBATIONARY',
  FULL = 'FULL',
  CANCELLED = 'CANCELLED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(CaseStage, {
  name: 'CaseStage',
  valuesConfig: {
    APPLICANT: { description: '入党申请人' },
    ACTIVIST: { description: '入党积极分子' },
    DEVELOPMENT_TARGET: { description: '发展对象' },
    PROBATIONARY: { description: '预备党员' },
    FULL: { description: '正式党员: converted, the case is closed' },
    CANCELLED: { description: '取消预备党员资格: the case is closed' },
    WITHDRAWN: { description: 'Ended before admission (withdrawn or not pursued): the case is closed' },
  },
});

/** Each stage as Chinese documents name it (the public notice pages, the printed dossier). */
export const CASE_STAGE_NAMES: Record<CaseStage, string> = {
  [CaseStage.APPLICANT]: '入党申请人',
  [CaseStage.ACTIVIST]: '入党积极分子',
  [CaseStage.DEVELOPMENT_TARGET]: '发展对象',
  [CaseStage.PROBATIONARY]: '预备党员',
  [CaseStage.FULL]: '正式党员',
  [CaseStage.CANCELLED]: '已取消预备党员资格',
  [CaseStage.WITHDRAWN]: '已终止',
};

export const OPEN_STAGES: readonly CaseStage[] = [CaseStage.APPLICANT, CaseStage.ACTIVIST, CaseStage.DEVELOPMENT_TARGET, CaseStage.PROBATIONARY];

@ObjectType({ simpleResolvers: true, description: 'A member-development case (发展党员): one person through the time-guarded pipeline' })
@Entity('development_case')
@Index('IDX_case_org_stage', ['organizationId', 'stage'])
@Index('IDX_case_person', ['personId'])
@Index('IDX_case_stage', ['stage', 'appliedOn'])
export class DevelopmentCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Person, 'cases')
  personId: number;

  @Field(() => ID, { description: 'The party organization developing the person' })
  @Column({ type: 'int' })
  @Names(() => Organization, 'cases')
  organizationId: number;

  @Field(() => CaseStage)
  @Column({ type: 'simple-enum', enum: CaseStage })
  stage: CaseStage;

  @Field({ description: 'Date of the written application, YYYY-MM-DD' })
  @Column({ type: 'date' })
  appliedOn: string;

  @Field(() => String, { nullable: true, description: 'Date of the talk with the applicant (due within a month of the application)' })
  @Column({ type: 'date', nullable: true })
  talkedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Determined as an activist' })
  @Column({ type: 'date', nullable: true })
  activistOn: string | null;

  @Field(() => String, { nullable: true, description: 'Determined as a development target' })
  @Column({ type: 'date', nullable: true })
  targetOn: string | null;

  @Field(() => String, { nullable: true, description: 'Political review (政审) passed' })
  @Column({ type: 'date', nullable: true })
  politicalReviewOn: string | null;

  @Field(() => Int, { description: 'Days of pre-admission training completed' })
  @Column({ type: 'int', default: 0 })
  trainingDays: number;

  @Field(() => Int, { description: 'Hours of pre-admission training completed' })
  @Column({ type: 'int', default: 0 })
  trainingHours: number;

  @Field(() => String, { nullable: true, description: 'Date of the branch meeting resolution admitting the person; probation starts here' })
  @Column({ type: 'date', nullable: true })
  admittedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Approval of the admission by the higher party committee (due within three months)' })
  @Column({ type: 'date', nullable: true })
  approvedOn: string | null;

  @Field(() => String, { nullable: true, description: 'The day probation completes, extension included (the anniversary of admission, plus any extension): conversion, or an extension, from that day' })
  @Column({ type: 'date', nullable: true })
  probationEndsOn: string | null;

  @Field(() => Int, { nullable: true, description: 'Months of the one allowed extension of probation' })
  @Column({ type: 'int', nullable: true })
  extensionMonths: number | null;

  @Field(() => String, { nullable: true, description: 'When the case closed: converted, cancelled or withdrawn' })
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

export enum CaseAction {
  OPEN = 'OPEN',
  RECORD_TALK = 'RECORD_TALK',
  ASSIGN_CONTACTS = 'ASSIGN_CONTACTS',
  RECORD_ASSESSMENT = 'RECORD_ASSESSMENT',
  ASSIGN_INTRODUCERS = 'ASSIGN_INTRODUCERS',
  RECORD_POLITICAL_REVIEW = 'RECORD_POLITICAL_REVIEW',
  RECORD_TRAINING = 'RECORD_TRAINING',
  ADVANCE = 'ADVANCE',
  APPROVE_ADMISSION = 'APPROVE_ADMISSION',
  EXTEND_PROBATION = 'EXTEND_PROBATION',
  CONVERT = 'CONVERT',
  CANCEL = 'CANCEL',
  WITHDRAW = 'WITHDRAW',
}
registerEnumType(CaseAction, {
  name: 'CaseAction',
  valuesConfig: {
    OPEN: { description: '提出入党申请' },
    RECORD_TALK: { description: '谈话' },
    ASSIGN_CONTACTS: { description: '确定培养联系人' },
    RECORD_ASSESSMENT: { description: '半年考察' },
    ASSIGN_INTRODUCERS: { description: '确定入党介绍人' },
    RECORD_POLITICAL_REVIEW: { description: '政治审查' },
    RECORD_TRAINING: { description: '集中培训' },
    ADVANCE: { description: 'Moved to the next stage' },
    APPROVE_ADMISSION: { description: '上级党委审批' },
    EXTEND_PROBATION: { description: '延长预备期' },
    CONVERT: { description: '转为正式党员' },
    CANCEL: { description: '取消预备党员资格' },
    WITHDRAW: { description: 'Ended before admission' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'One step of a case, appended and never changed' })
@Entity('case_event')
@Index('IDX_case_event_case', ['caseId', 'id'])
export class CaseEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  caseId: number;

  @Field(() => CaseAction)
  @Column({ type: 'simple-enum', enum: CaseAction })
  action: CaseAction;

  @Field({ description: 'The date the step took effect (meeting, talk, decision), YYYY-MM-DD' })
  @Column({ type: 'date' })
  effectiveOn: string;

  @Field(() => CaseStage, { nullable: true })
  @Column({ type: 'simple-enum', enum: CaseStage, nullable: true })
  fromStage: CaseStage | null;

  @Field(() => CaseStage, { nullable: true })
  @Column({ type: 'simple-enum', enum: CaseStage, nullable: true })
  toStage: CaseStage | null;

  @Field(() => String, { nullable: true, description: 'Reference of the decision: meeting minutes, resolution or approval number' })
  @Column({ type: 'varchar', length: 100, nullable: true })
  decisionRef: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Field(() => ID, { nullable: true, description: 'The public notice the step relied on (moving on to development target, probationary or full member)' })
  @Column({ type: 'int', nullable: true })
  noticeId: number | null;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  actorName: string | null;

  @Field({ description: 'When the step was recorded' })
  @Column({ type: 'datetime', precision: 6 })
  recordedAt: Date;
}

export enum SponsorRole {
  CONTACT = 'CONTACT',
  INTRODUCER = 'INTRODUCER',
}
registerEnumType(SponsorRole, {
  name: 'SponsorRole',
  valuesConfig: { CONTACT: { description: '培养联系人 (1–2 full members)' }, INTRODUCER: { description: '入党介绍人 (2 full members)' } },
});

@ObjectType({ simpleResolvers: true, description: 'A full member who cultivates or introduces the candidate' })
@Entity('case_sponsor')
@Index('IDX_case_sponsor_unique', ['caseId', 'role', 'personId'], { unique: true })
@Index('IDX_case_sponsor_person', ['personId'])
export class CaseSponsor {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  caseId: number;

  @Field(() => SponsorRole)
  @Column({ type: 'simple-enum', enum: SponsorRole })
  role: SponsorRole;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Person, 'cases')
  personId: number;

  @Field()
  @Column({ type: 'date' })
  assignedOn: string;
}

export enum AssessmentResult {
  EXCELLENT = 'EXCELLENT',
  GOOD = 'GOOD',
  PASS = 'PASS',
  FAIL = 'FAIL',
}
registerEnumType(AssessmentResult, {
  name: 'AssessmentResult',
  valuesConfig: { EXCELLENT: { description: '优秀' }, GOOD: { description: '良好' }, PASS: { description: '合格' }, FAIL: { description: '不合格' } },
});

@ObjectType({ simpleResolvers: true, description: 'The half-yearly assessment of an activist or development target' })
@Entity('case_assessment')
@Index('IDX_case_assessment_period', ['caseId', 'period'], { unique: true })
export class CaseAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  caseId: number;

  @Field({ description: 'The half-year assessed, e.g. 2026H1' })
  @Column({ type: 'varchar', length: 6 })
  period: string;

  @Field(() => AssessmentResult)
  @Column({ type: 'simple-enum', enum: AssessmentResult })
  result: AssessmentResult;

  @Field()
  @Column({ type: 'date' })
  assessedOn: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
