import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createCoverageTriggers, dropCoverageTriggers, recountCoverage } from '../../../oversight';

/**
 * Coverage kept per enterprise and per parent by triggers on people, organizations and
 * joint-branch links (docs/adr/0004-home-page-figures-per-chamber.md): the tables are counted
 * from what is there, then the triggers keep them with every write.
 */
export class CoverageTallies1795920000000 implements MigrationInterface {
  name = 'CoverageTallies1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`enterprise_coverage\` (\`organizationId\` int NOT NULL, \`members\` int NOT NULL DEFAULT '0', \`inParty\` int NOT NULL DEFAULT '0', \`liaisons\` int NOT NULL DEFAULT '0', \`ownOrganizations\` int NOT NULL DEFAULT '0', \`jointBranches\` int NOT NULL DEFAULT '0', PRIMARY KEY (\`organizationId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`chamber_coverage\` (\`chamberId\` int NOT NULL, \`enterprises\` int NOT NULL DEFAULT '0', \`withMembers\` int NOT NULL DEFAULT '0', \`organizationCovered\` int NOT NULL DEFAULT '0', \`workCovered\` int NOT NULL DEFAULT '0', INDEX \`IDX_chamber_coverage_enterprises\` (\`enterprises\`), PRIMARY KEY (\`chamberId\`)) ENGINE=InnoDB`);
    await recountCoverage(queryRunner.manager);
    await createCoverageTriggers(queryRunner.manager, 'mysql');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropCoverageTriggers(queryRunner.manager, 'mysql');
    await queryRunner.query(`DROP INDEX \`IDX_chamber_coverage_enterprises\` ON \`chamber_coverage\``);
    await queryRunner.query(`DROP TABLE \`chamber_coverage\``);
    await queryRunner.query(`DROP TABLE \`enterprise_coverage\``);
  }
}
