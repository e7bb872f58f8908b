import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { FocusArea } from './focus-area';
import { Names } from '../db/references';
import { Organization } from '../organizations';

@ObjectType({ simpleResolvers: true, description: 'A target of a responsibility letter' })
export class LetterTarget {
  @Field(() => FocusArea)
  area: FocusArea;

  @Field()
  target: string;
}

@ObjectType({ simpleResolvers: true, description: 'A chamber\'s party-building responsibility letter (党建工作责任书) for a year' })
@Entity('responsibility_letter')
@Index('IDX_letter_chamber_year', ['chamberId', 'year'], { unique: true })
export class ResponsibilityLetter {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Organization, 'letters')
  chamberId: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field()
  @Column({ type: 'date' })
  signedOn: string;

  @Field({ description: 'Who signed for the chamber' })
  @Column({ type: 'varchar', length: 50 })
  signatory: string;

  @Field(() => [LetterTarget])
  @Column({ type: 'simple-json' })
  targets: LetterTarget[];

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
