import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditChanges = Record<string, unknown>;

@ObjectType({ simpleResolvers: true, description: 'One change, sign-in or denial; entries are never changed or removed' })
@Entity('audit_entry')
@Index('IDX_audit_at', ['at'])
@Index('IDX_audit_record', ['recordType', 'recordId'])
@Index('IDX_audit_organization', ['organizationId', 'at'])
@Index('IDX_audit_actor', ['actorId', 'at'])
@Index('IDX_audit_action', ['action', 'at'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'datetime', precision: 6 })
  at: Date;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'int', nullable: true })
  actorId: number | null;

  @Field(() => String, { nullable: true, description: 'The actor\'s username at the time' })
  @Column({ type: 'varchar', length: 50, nullable: true })
  actorName: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization the record belongs to' })
  @Column({ type: 'int', nullable: true })
  organizationId: number | null;

  @Field({ description: 'e.g. organization.update, auth.signInFailed, access.denied' })
  @Column({ type: 'varchar', length: 50 })
  action: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  recordType: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 50, nullable: true })
  recordId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Changed fields as { field: [before, after] }, personal data masked' })
  @Column({ type: 'simple-json', nullable: true })
  changes: AuditChanges | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;
}
