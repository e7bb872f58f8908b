import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Assessments1795771609331 implements MigrationInterface {
  name = 'Assessments1795771609331';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "assessment_weight" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "area" varchar CHECK( "area" IN ('SYSTEM','TRAINING','SUPPORT','ROLE','ATMOSPHERE') ) NOT NULL, "weight" integer NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_assessment_weight_year_area" ON "assessment_weight" ("year", "area") `);
    await queryRunner.query(`CREATE TABLE "assessment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "chamberId" integer NOT NULL, "year" integer NOT NULL, "assessedOn" date NOT NULL, "scores" text NOT NULL, "totalHundredths" integer NOT NULL, "assessorId" integer, "comment" varchar(500), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_assessment_year_total" ON "assessment" ("year", "totalHundredths") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_assessment_chamber_year" ON "assessment" ("chamberId", "year") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_assessment_chamber_year"`);
    await queryRunner.query(`DROP INDEX "IDX_assessment_year_total"`);
    await queryRunner.query(`DROP TABLE "assessment"`);
    await queryRunner.query(`DROP INDEX "IDX_assessment_weight_year_area"`);
    await queryRunner.query(`DROP TABLE "assessment_weight"`);
  }
}
