import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { UserRole } from '../access/roles';
import { Names } from '../db/references';
import { Organization } from '../organizations';
import { Person } from '../people';

@ObjectType({ simpleResolvers: true, description: 'A person who signs in, bound to the organization whose subtree they work in' })
@Entity('user')
@Index('IDX_user_organization', ['organizationId'])
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Column({ type: 'varchar', length: 50, unique: true })
  username: string;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Field(() => UserRole)
  @Column({ type: 'simple-enum', enum: UserRole })
  role: UserRole;

  @Field(() => ID)
  @Column({ type: 'int' })
  @Names(() => Organization, 'accounts')
  organizationId: number;

  @Field(() => String, { nullable: true, description: 'Where the daily digest of reminders is sent (docs/api.md, "Reminders"); none without one' })
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Field(() => ID, { nullable: true, description: 'The person this account is (a trainee enrolls and checks in as this person)' })
  @Column({ type: 'int', nullable: true })
  @Names(() => Person, 'accounts')
  personId: number | null;

  @Field()
  @Column({ type: 'boolean', default: false })
  disabled: boolean;

  @Field(() => Int, { description: 'Failed sign-ins (and wrong passwords given again) since the last success, from any address' })
  @Column({ type: 'int', default: 0 })
  failedSignIns: number;

  @Field(() => Date, { nullable: true, description: 'Until then sign-in under this username is refused from an address that failed too often; other addresses are not affected' })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  lockedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  lastSignInAt: Date | null;

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
