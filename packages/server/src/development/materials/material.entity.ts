import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserRole } from '../../access/roles';

/**
 * Where a material sits in the dossier (入党材料): the step of the pipeline it documents, in the
 * order the dossier is filed. Each step's required materials must be in the dossier before the
 * step is recorded (docs/api.md, "The dossier").
 */
export enum DossierStep {
  APPLICATION = 'APPLICATION',
  TALK = 'TALK',
  ACTIVIST = 'ACTIVIST',
  ASSESSMENT = 'ASSESSMENT',
  DEVELOPMENT_TARGET = 'DEVELOPMENT_TARGET',
  POLITICAL_REVIEW = 'POLITICAL_REVIEW',
  TRAINING = 'TRAINING',
  ADMISSION = 'ADMISSION',
  APPROVAL = 'APPROVAL',
  CONVERSION = 'CONVERSION',
}
registerEnumType(DossierStep, {
  name: 'DossierStep',
  description: 'The step a material documents, in the dossier\'s order; its required materials are needed before the step is recorded',
  valuesConfig: {
    APPLICATION: { description: '入党申请: needed before the talk is recorded (the case exists once the application is)' },
    TALK: { description: '谈话: needed before the talk is recorded' },
    ACTIVIST: { description: '确定入党积极分子: needed before the case moves to ACTIVIST' },
    ASSESSMENT: { description: '培养考察: needed before the case moves to DEVELOPMENT_TARGET' },
    DEVELOPMENT_TARGET: { description: '确定发展对象: needed before the case moves to DEVELOPMENT_TARGET' },
    POLITICAL_REVIEW: { description: '政治审查: needed before the political review is recorded' },
    TRAINING: { description: '集中培训: needed before the training is recorded' },
    ADMISSION: { description: '接收预备党员: needed before the case moves to PROBATIONARY' },
    APPROVAL: { description: '上级党委审批: needed before the approval is recorded' },
    CONVERSION: { description: '预备党员转正: needed before the conversion' },
  },
});

/** The kinds of file a material may be. */
export enum MaterialFileType {
  PDF = 'PDF',
  JPEG = 'JPEG',
  PNG = 'PNG',
}
registerEnumType(MaterialFileType, { name: 'MaterialFileType', description: 'PDF as uploaded, or a scanned or photographed page as JPEG or PNG' });

/**
 * A kind of material a step needs (入党申请书, 谈话记录, …): the national rules' kinds are built
 * in, and administrators add their own and say which are required (docs/api.md, "The dossier").
 */
@ObjectType({ simpleResolvers: true, description: 'A kind of material a step of the pipeline needs or may have' })
@Entity('material_kind')
@Index('IDX_material_kind_code', ['code'], { unique: true })
export class MaterialKind {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'A stable name for it: capitals, digits and _, e.g. APPLICATION_LETTER' })
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Field({ description: '材料名称, as the dossier\'s table of contents gives it' })
  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Field(() => DossierStep)
  @Column({ type: 'varchar', length: 30 })
  step: DossierStep;

  @Field({ description: 'Whether the step cannot be recorded without it (of the cases `requiredFrom` names)' })
  @Column({ type: 'boolean', default: false })
  required: boolean;

  @Field(() => String, {
    nullable: true,
    description: '施行日期, YYYY-MM-DD: a required kind is required of the cases applied for on or after this day; cases begun before it may file it and are not held back. Empty: of every case',
  })
  @Column({ type: 'date', nullable: true })
  requiredFrom: string | null;

  @Field(() => [MaterialFileType], { description: 'The kinds of file it may be' })
  @Column({ type: 'simple-json' })
  fileTypes: MaterialFileType[];

  @Field(() => [UserRole], { description: 'Who may add it (besides needing to write the case)' })
  @Column({ type: 'simple-json' })
  uploadRoles: UserRole[];

  @Field(() => Int, { description: 'Its place within its step' })
  @Column({ type: 'int', default: 0 })
  sortOrder: number;

  @Field({ description: 'One of the national rules\' kinds: its code and step stay as they are' })
  @Column({ type: 'boolean', default: false })
  builtIn: boolean;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;
}

/**
 * One file of a case's dossier: a version of one kind of material. A new version replaces the
 * one before with a reason and never overwrites it; the file itself is in the file store.
 */
@ObjectType({ simpleResolvers: true, description: 'A file in a case\'s dossier: one version of one material' })
@Entity('case_material')
@Index('IDX_case_material_case', ['caseId', 'kindId', 'replacedAt'])
export class CaseMaterial {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  caseId: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  kindId: number;

  @Field(() => Int, { description: '1 for the first file of this material, then one more for each replacement' })
  @Column({ type: 'int' })
  revision: number;

  /** Where the file is in the file store. */
  @Column({ type: 'varchar', length: 120 })
  fileKey: string;

  @Field(() => MaterialFileType)
  @Column({ type: 'varchar', length: 10 })
  fileType: MaterialFileType;

  @Field({ description: 'The name it was uploaded under' })
  @Column({ type: 'varchar', length: 100 })
  fileName: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  byteSize: number;

  @Field(() => Int, { description: '页数: a PDF\'s pages; 1 for an image' })
  @Column({ type: 'int' })
  pageCount: number;

  @Field({ description: '形成时间: the day the document was made (signed, held, issued)' })
  @Column({ type: 'date' })
  formedOn: string;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  uploadedAt: Date;

  @Column({ type: 'int', nullable: true })
  uploadedById: number | null;

  @Field({ description: 'Who uploaded it, as their name was then' })
  @Column({ type: 'varchar', length: 100 })
  uploadedByName: string;

  @Field(() => Date, { nullable: true, description: 'When a newer version replaced it; null for the version in the dossier' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  replacedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was replaced' })
  @Column({ type: 'varchar', length: 200, nullable: true })
  replacedReason: string | null;
}
