import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rectification1795769198410 implements MigrationInterface {
  name = 'Rectification1795769198410';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`rectification_case\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationId\` int NOT NULL, \`state\` enum ('IDENTIFIED', 'RECTIFYING', 'ACCEPTANCE', 'CLOSED') NOT NULL DEFAULT 'IDENTIFIED', \`problems\` varchar(1000) NOT NULL, \`measures\` varchar(2000) NULL, \`identifiedOn\` date NOT NULL, \`acceptedOn\` date NULL, \`acceptanceNote\` varchar(1000) NULL, \`closedOn\` date NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_rectification_org\` (\`organizationId\`, \`state\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_rectification_org\` ON \`rectification_case\``);
    await queryRunner.query(`DROP TABLE \`rectification_case\``);
  }
}
