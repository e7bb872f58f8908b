import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@ObjectType({ simpleResolvers: true, description: 'A personal API token for scripts; sent as `Authorization: Bearer <token>`' })
@Entity('api_token')
@Index('IDX_api_token_user', ['userId'])
export class ApiToken {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  userId: number;

  @Field()
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Field({ description: 'The first characters of the token, to tell tokens apart' })
  @Column({ type: 'varchar', length: 12 })
  prefix: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  /** Not stored: set on the token `createApiToken` answers with, and nowhere else. */
  @Field(() => String, { nullable: true, description: 'The token itself, only in the answer of createApiToken: shown this once, never stored and never read again' })
  token?: string | null;

  @Field()
  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'datetime', precision: 6, nullable: true })
  revokedAt: Date | null;
}
