import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../db/references';
import { Organization } from '../organizations';

export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}
registerEnumType(Gender, { name: 'Gender', valuesConfig: { MALE: { description: '男' }, FEMALE: { description: '女' } } });

export enum Education {
  PRIMARY = 'PRIMARY',
  JUNIOR_HIGH = 'JUNIOR_HIGH',
  SENIOR_HIGH = 'SENIOR_HIGH',
  SECONDARY_VOCATIONAL = 'SECONDARY_VOCATIONAL',
  JUNIOR_COLLEGE = 'JUNIOR_COLLEGE',
  BACHELOR = 'BACHELOR',
  MASTER = 'MASTER',
  DOCTOR = 'DOCTOR',
}
registerEnumType(Education, {
  name: 'Education',
  valuesConfig: {
    PRIMARY: { description: '小学' },
    JUNIOR_HIGH: { description: '初中' },
    SENIOR_HIGH: { description: '高中' },
    SECONDARY_VOCATIONAL: { description: '中专' },
    JUNIOR_COLLEGE: { description: '大专' },
    BACHELOR: { description: '本科' },
    MASTER: { description: '硕士研究生' },
    DOCTOR: { description: '博士研究生' },
  },
});

export enum MembershipStatus {
  NON_MEMBER = 'NON_MEMBER',
  APPLICANT = 'APPLICANT',
  ACTIVIST = 'ACTIVIST',
  DEVELOPMENT_TARGET = 'DEVELOPMENT_TARGET',
  PROBATIONARY = 'PROBATIONARY',
  FULL = 'FULL',
  LEFT = 'LEFT',
}
registerEnumType(MembershipStatus, {
  name: 'MembershipStatus',
  valuesConfig: {
    NON_MEMBER: { description: '群众: not in the pipeline (e.g. a chamber leader attending training)' },
    APPLICANT: { description: '入党申请人' },
    ACTIVIST: { description: '入党积极分子' },
    DEVELOPMENT_TARGET: { description: '发展对象' },
    PROBATIONARY: { description: '预备党员' },
    FULL: { description: '正式党员' },
    LEFT: { description: '已离开 (left, transferred out or probation cancelled)' },
  },
});

export enum MembershipRelation {
  REGISTERED = 'REGISTERED',
  FLOW_IN = 'FLOW_IN',
}
registerEnumType(MembershipRelation, {
  name: 'MembershipRelation',
  valuesConfig: {
    REGISTERED: { description: '组织关系在此: votes here' },
    FLOW_IN: { description: '流动党员: joins activities here, votes where the relation is kept' },
  },
});

@ObjectType({ simpleResolvers: true, description: 'A person: party member, someone in the development pipeline, or a trainee' })
@Entity('person')
@Index('IDX_person_org_pinyin', ['organizationId', 'namePinyin'])
@Index('IDX_person_pinyin', ['namePinyin'])
@Index('IDX_person_initials', ['nameInitials'])
@Index('IDX_person_employer', ['employerId'])
@Index('IDX_person_status', ['membershipStatus', 'organizationId'])
// Covers counting members per keeping organization and per employer (home page, venues, coverage).
@Index('IDX_person_seated', ['membershipStatus', 'archivedAt', 'organizationId', 'employerId'])
// Most people hold no post: finding liaisons (党建联络员) reads only those who do.
@Index('IDX_person_posts', ['posts', 'employerId'])
export class Person {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field({ description: 'Name in pinyin, the key of pinyin ordering' })
  @Column({ type: 'varchar', length: 200 })
  namePinyin: string;

  @Column({ type: 'varchar', length: 50 })
  nameInitials: string;

  @Field(() => Gender, { nullable: true })
  @Column({ type: 'simple-enum', enum: Gender, nullable: true })
  gender: Gender | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  birthDate: string | null;

  @Field(() => String, { nullable: true, description: '民族, e.g. 汉族' })
  @Column({ type: 'varchar', length: 20, nullable: true })
  ethnicity: string | null;

  @Field(() => Education, { nullable: true })
  @Column({ type: 'simple-enum', enum: Education, nullable: true })
  education: Education | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  /** The national id sealed with the data key (people/personal-data.ts); never selected into GraphQL directly. */
  @Column({ type: 'varchar', length: 120, nullable: true })
  nationalIdSealed: string | null;

  /** Keyed hash of the national id: uniqueness and exact lookups without the value in clear. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  nationalIdIndex: string | null;

  @Field(() => ID, { description: 'The organization that keeps this person: a party branch, committee, chamber or enterprise' })
  @Column({ type: 'int' })
  @Names(() => Organization, 'people')
  organizationId: number;

  @Field(() => ID, { nullable: true, description: 'The member enterprise the person works for' })
  @Column({ type: 'int', nullable: true })
  @Names(() => Organization, 'people')
  employerId: number | null;

  @Field(() => String, { nullable: true, description: 'Posts held in the chamber, e.g. 常务副会长、党委委员' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  posts: string | null;

  @Field(() => MembershipStatus)
  @Column({ type: 'simple-enum', enum: MembershipStatus, default: MembershipStatus.NON_MEMBER })
  membershipStatus: MembershipStatus;

  @Field(() => MembershipRelation)
  @Column({ type: 'simple-enum', enum: MembershipRelation, default: MembershipRelation.REGISTERED })
  relation: MembershipRelation;

  @Field(() => String, { nullable: true, description: 'Admitted as a probationary member (branch resolution), YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  admittedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Full member since, YYYY-MM-DD' })
  @Column({ type: 'date', nullable: true })
  fullMemberSince: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  archivedAt: Date | null;

  @Field(() => Int, { description: 'Send it back with updates; a stale version is a CONFLICT' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

/** Members who vote: full members whose organization relation is kept here. */
export function votes(person: Pick<Person, 'membershipStatus' | 'relation'>): boolean {
  return person.membershipStatus === MembershipStatus.FULL && person.relation === MembershipRelation.REGISTERED;
}
