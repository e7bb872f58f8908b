import type { MigrationInterface, QueryRunner } from 'typeorm';

export class JointBranchEnterprises1795773694652 implements MigrationInterface {
  name = 'JointBranchEnterprises1795773694652';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`joint_branch_enterprise\` (\`id\` int NOT NULL AUTO_INCREMENT, \`jointBranchId\` int NOT NULL, \`enterpriseId\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_joint_branch_enterprise_branch\` (\`jointBranchId\`), UNIQUE INDEX \`IDX_joint_branch_enterprise_enterprise\` (\`enterpriseId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_joint_branch_enterprise_enterprise\` ON \`joint_branch_enterprise\``);
    await queryRunner.query(`DROP INDEX \`IDX_joint_branch_enterprise_branch\` ON \`joint_branch_enterprise\``);
    await queryRunner.query(`DROP TABLE \`joint_branch_enterprise\``);
  }
}
