import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Names } from '../db/references';
import { Organization } from './organization.entity';

/** A member enterprise taken in by a joint branch (联合党支部); an enterprise belongs to at most one. */
@Entity('joint_branch_enterprise')
@Index('IDX_joint_branch_enterprise_enterprise', ['enterpriseId'], { unique: true })
@Index('IDX_joint_branch_enterprise_branch', ['jointBranchId'])
export class JointBranchEnterprise {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'int' })
  @Names(() => Organization, 'jointBranchLinks')
  jointBranchId: number;

  @Column({ type: 'int' })
  @Names(() => Organization, 'jointBranchLinks')
  enterpriseId: number;

  @CreateDateColumn({ type: 'datetime', precision: 6 })
  createdAt: Date;
}
