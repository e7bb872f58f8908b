import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { Names } from '../db/references';
import { Organization } from '../organizations';

export enum RectificationState {
  IDENTIFIED = 'IDENTIFIED',
  RECTIFYING = 'RECTIFYING',
  ACCEPTANCE = 'ACCEPTANCE',
  CLOSED = 'CLOSED',
}
registerEnumType(RectificationState, {
  name: 'RectificationState',
  valuesConfig: { IDENTIFIED: { description: '已认定' }, RECTIFYING: { description: '整顿中' }, ACCEPTANCE: { description: '待验收' }, CLOSED: { description: '已销号' } },
});

@ObjectType({ simpleResolvers: true, description: 'The rectification of a weak or lax party organization (软弱涣散基层党组织整顿)' })
@Entity('rectification_case')
@Index('IDX_rectification_org', ['organizationId', 'state'])
export class RectificationCase {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Organization, 'rectifications')
  organizationId: number;

  @Field(() => RectificationState)
  @Column({ type: 'simple-enum', enum: RectificationState, default: RectificationState.IDENTIFIED })
  state: RectificationState;

  @Field({ description: 'What was found weak or lax' })
  @Column({ type: 'varchar', length: 1000 })
  problems: string;

  @Field(() => String, { nullable: true, description: 'The measures taken' })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  measures: string | null;

  @Field()
  @Column({ type: 'date' })
  identifiedOn: string;

  @Field(() => String, { nullable: true, description: 'When the acceptance was passed' })
  @Column({ type: 'date', nullable: true })
  acceptedOn: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 1000, nullable: true })
  acceptanceNote: string | null;

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
