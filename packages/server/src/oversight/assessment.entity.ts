import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { FOCUS_AREAS, FocusArea } from './focus-area';
import { Names } from '../db/references';
import { Organization } from '../organizations';

/** Equal weights unless the administrators set others for the year. */
export const DEFAULT_WEIGHT = 100 / FOCUS_AREAS.length;

@ObjectType({ simpleResolvers: true, description: 'The weight of a focus area in a year\'s assessments, in percent' })
@Entity('assessment_weight')
@Index('IDX_assessment_weight_year_area', ['year', 'area'], { unique: true })
export class AssessmentWeight {
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field(() => FocusArea)
  @Column({ type: 'simple-enum', enum: FocusArea })
  area: FocusArea;

  @Field(() => Int)
  @Column({ type: 'int' })
  weight: number;
}

@ObjectType({ simpleResolvers: true, description: 'The score of one focus area' })
export class AreaScore {
  @Field(() => ID, { description: 'The assessment and the area, e.g. 12-ORGANIZATION' })
  id?: string;

  @Field(() => FocusArea)
  area: FocusArea;

  @Field(() => Int, { description: '0–100' })
  score: number;

  @Field(() => Int, { description: 'The weight it carried, in percent' })
  weight: number;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@ObjectType({ simpleResolvers: true, description: 'A chamber\'s annual party-building assessment (年度考核), scored per focus area against its responsibility letter' })
@Entity('assessment')
@Index('IDX_assessment_chamber_year', ['chamberId', 'year'], { unique: true })
@Index('IDX_assessment_year_total', ['year', 'totalHundredths'])
export class Assessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Organization, 'assessments')
  chamberId: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field()
  @Column({ type: 'date' })
  assessedOn: string;

  @Field(() => [AreaScore], { description: 'One per focus area, with the weight of the year when scored' })
  @Column({ type: 'simple-json' })
  scores: AreaScore[];

  /** Σ score × weight: the weighted total times 100, kept as an integer to sort and rank exactly. */
  @Column({ type: 'int' })
  totalHundredths: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  assessorId: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 500, nullable: true })
  comment: string | null;

  @Field(() => Int)
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime', precision: 6 })
  updatedAt: Date;

  @Field(() => Float, { description: 'The weighted total, 0–100' })
  get total(): number {
    return this.totalHundredths / 100;
  }
}
