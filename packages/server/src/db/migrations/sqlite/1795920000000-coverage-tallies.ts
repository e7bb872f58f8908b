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
    await queryRunner.query(`CREATE TABLE "enterprise_coverage" ("organizationId" integer PRIMARY KEY NOT NULL, "members" integer NOT NULL DEFAULT (0), "inParty" integer NOT NULL DEFAULT (0), "liaisons" integer NOT NULL DEFAULT (0), "ownOrganizations" integer NOT NULL DEFAULT (0), "jointBranches" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`CREATE TABLE "chamber_coverage" ("chamberId" integer PRIMARY KEY NOT NULL, "enterprises" integer NOT NULL DEFAULT (0), "withMembers" integer NOT NULL DEFAULT (0), "organizationCovered" integer NOT NULL DEFAULT (0), "workCovered" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`CREATE INDEX "IDX_chamber_coverage_enterprises" ON "chamber_coverage" ("enterprises") `);
    await recountCoverage(queryRunner.manager);
    await createCoverageTriggers(queryRunner.manager, 'sqlite');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropCoverageTriggers(queryRunner.manager, 'sqlite');
    await queryRunner.query(`DROP INDEX "IDX_chamber_coverage_enterprises"`);
    await queryRunner.query(`DROP TABLE "chamber_coverage"`);
    await queryRunner.query(`DROP TABLE "enterprise_coverage"`);
  }
}
