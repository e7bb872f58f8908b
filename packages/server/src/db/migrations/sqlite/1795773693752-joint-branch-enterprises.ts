import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JointBranchEnterprises1795773693752 implements MigrationInterface {
  name = 'JointBranchEnterprises1795773693752';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "joint_branch_enterprise" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "jointBranchId" integer NOT NULL, "enterpriseId" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_joint_branch_enterprise_branch" ON "joint_branch_enterprise" ("jointBranchId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_joint_branch_enterprise_enterprise" ON "joint_branch_enterprise" ("enterpriseId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_joint_branch_enterprise_enterprise"`);
    await queryRunner.query(`DROP INDEX "IDX_joint_branch_enterprise_branch"`);
    await queryRunner.query(`DROP TABLE "joint_branch_enterprise"`);
  }
}
