import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../db/references';
import { Organization } from '../organizations';
import { Person } from '../people';

export enum ExemplarCategory {
  PARTY_MEMBER = 'PARTY_MEMBER',
  PARTY_WORKER = 'PARTY_WORKER',
  PARTY_ORGANIZATION = 'PARTY_ORGANIZATION',
  ENTREPRENEUR = 'ENTREPRENEUR',
  INSTRUCTOR = 'INSTRUCTOR',
}
registerEnumType(ExemplarCategory, {
  name: 'ExemplarCategory',
  valuesConfig: {
    PARTY_MEMBER: { description: '优秀共产党员' },
    PARTY_WORKER: { description: '优秀党务工作者' },
    PARTY_ORGANIZATION: { description: '先进基层党组织' },
    ENTREPRENEUR: { description: '优秀民营企业家' },
    INSTRUCTOR: { description: '优秀党建指导员' },
  },
});

export enum ExemplarState {
  DRAFT = 'DRAFT',
  IN_REVIEW = 'IN_REVIEW',
  NOTICE = 'NOTICE',
  PUBLISHED = 'PUBLISHED',
  WITHDRAWN = 'WITHDRAWN',
  SUPERSEDED = 'SUPERSEDED',
}
registerEnumType(ExemplarState, {
  name: 'ExemplarState',
  valuesConfig: {
    DRAFT: { description: '草稿' },
    IN_REVIEW: { description: '审核中' },
    NOTICE: { description: '公示中' },
    PUBLISHED: { description: '已发布' },
    WITHDRAWN: { description: '已撤回' },
    SUPERSEDED: { description: '已被新版本取代 (a revision published before the current one)' },
  },
});

/**
 * An exemplar (先进典型): a person or an organization held up as a model. What the public sees
 * is the published revision; edits go into a working revision with its own review.
 */
@ObjectType({ simpleResolvers: true, description: 'An exemplar profile (先进典型)' })
@Entity('exemplar')
@Index('IDX_exemplar_owner', ['ownerOrganizationId'])
@Index('IDX_exemplar_published', ['publishedRevisionId', 'withdrawnAt'])
export class Exemplar {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID, { nullable: true, description: 'The person held up as a model' })
  @Column({ type: 'int', nullable: true })
  @Names(() => Person, 'exemplars')
  personId: number | null;

  @Field(() => ID, { nullable: true, description: 'The organization held up as a model' })
  @Column({ type: 'int', nullable: true })
  @Names(() => Organization, 'exemplars')
  subjectOrganizationId: number | null;

  /** The organization whose people keep the profile: the person's keeper, or the organization itself. */
  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Organization, 'exemplars')
  ownerOrganizationId: number;

  @Field(() => ID, { nullable: true, description: 'The revision the public sees' })
  @Column({ type: 'int', nullable: true })
  publishedRevisionId: number | null;

  @Field(() => ID, { nullable: true, description: 'The revision being written or reviewed' })
  @Column({ type: 'int', nullable: true })
  workingRevisionId: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  withdrawnAt: Date | null;

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

@ObjectType({ simpleResolvers: true, description: 'An item of publicity about an exemplar' })
export class PublicityItem {
  @Field(() => ID, { description: 'The revision and the item\'s place in it, e.g. 31-0' })
  id?: string;

  @Field()
  outlet: string;

  @Field({ description: 'e.g. 报纸, 电视, 网站, 微信公众号' })
  mediaType: string;

  @Field(() => String, { nullable: true })
  link: string | null;

  @Field(() => String, { nullable: true })
  date: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'One version of an exemplar\'s content, with its place in the workflow' })
@Entity('exemplar_revision')
@Index('IDX_revision_exemplar', ['exemplarId', 'number'], { unique: true })
export class ExemplarRevision {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  exemplarId: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  number: number;

  @Field(() => ExemplarState)
  @Column({ type: 'simple-enum', enum: ExemplarState })
  state: ExemplarState;

  @Field(() => ExemplarCategory)
  @Column({ type: 'simple-enum', enum: ExemplarCategory })
  category: ExemplarCategory;

  @Field()
  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Field({ description: 'The citation (事迹简介), plain text' })
  @Column({ type: 'varchar', length: 500 })
  citation: string;

  @Field({ description: 'The story, as sanitized HTML (paragraphs, emphasis, lists, headings, quotes, links)' })
  @Column({ type: 'text' })
  story: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  photoId: number | null;

  @Field(() => [String], { description: 'Awards and honours' })
  @Column({ type: 'simple-json' })
  awards: string[];

  @Field(() => [PublicityItem])
  @Column({ type: 'simple-json' })
  publicity: PublicityItem[];

  @Field(() => String, { nullable: true, description: 'First day of the public notice' })
  @Column({ type: 'date', nullable: true })
  noticeStartsOn: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the public notice' })
  @Column({ type: 'date', nullable: true })
  noticeEndsOn: string | null;

  @Field(() => ID, { nullable: true, description: 'The public notice (stage EXEMPLAR) opened when the revision was approved: hotline, suggestion box and reports' })
  @Column({ type: 'int', nullable: true })
  noticeId: number | null;

  @Field(() => String, { nullable: true, description: 'Why a reviewer sent it back' })
  @Column({ type: 'varchar', length: 500, nullable: true })
  reviewNote: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 100, nullable: true })
  authorName: string | null;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

@ObjectType({ simpleResolvers: true, description: 'An uploaded photo, stored in web sizes without its metadata' })
@Entity('photo')
@Index('IDX_photo_exemplar', ['exemplarId'])
export class Photo {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  exemplarId: number;

  /** Storage key prefix; the sizes are `<key>-1200.webp` and `<key>-400.webp`. */
  @Column({ type: 'varchar', length: 64, unique: true })
  storageKey: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  width: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  height: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}

/**
 * The revision a profile's own text shows and an edit starts from: the one being written, else
 * the published one (every profile has one or the other: it is created with its first revision).
 */
export function shownRevisionId(e: Pick<Exemplar, 'workingRevisionId' | 'publishedRevisionId'>): number {
  return (e.workingRevisionId ?? e.publishedRevisionId)!;
}

/** Withdrawn, else the working revision's state, else published: a profile's state, from its row and its working revision. */
export function exemplarState(e: Pick<Exemplar, 'withdrawnAt'>, working: Pick<ExemplarRevision, 'state'> | null): ExemplarState {
  if (e.withdrawnAt) return ExemplarState.WITHDRAWN;
  return working ? working.state : ExemplarState.PUBLISHED;
}
