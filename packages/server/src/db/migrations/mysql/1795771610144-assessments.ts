import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1795771610144 implements MigrationInterface {
  name = 'Assessments1795771610144';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`assessment_weight\` (\`id\` int NOT NULL AUTO_INCREMENT, \`year\` int NOT NULL, \`area\` enum ('SYSTEM', 'TRAINING', 'SUPPORT', 'ROLE', 'ATMOSPHERE') NOT NULL, \`weight\` int NOT NULL, UNIQUE INDEX \`IDX_assessment_weight_year_area\` (\`year\`, \`area\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`assessment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`chamberId\` int NOT NULL, \`year\` int NOT NULL, \`assessedOn\` date NOT NULL, \`scores\` text NOT NULL, \`totalHundredths\` int NOT NULL, \`assessorId\` int NULL, \`comment\` varchar(500) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_assessment_year_total\` (\`year\`, \`totalHundredths\`), UNIQUE INDEX \`IDX_assessment_chamber_year\` (\`chamberId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_assessment_chamber_year\` ON \`assessment\``);
    await queryRunner.query(`DROP INDEX \`IDX_assessment_year_total\` ON \`assessment\``);
    await queryRunner.query(`DROP TABLE \`assessment\``);
    await queryRunner.query(`DROP INDEX \`IDX_assessment_weight_year_area\` ON \`assessment_weight\``);
    await queryRunner.query(`DROP TABLE \`assessment_weight\``);
  }
}
