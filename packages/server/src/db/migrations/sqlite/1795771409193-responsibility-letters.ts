import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponsibilityLetters1795771409193 implements MigrationInterface {
  name = 'ResponsibilityLetters1795771409193';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "responsibility_letter" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "chamberId" integer NOT NULL, "year" integer NOT NULL, "signedOn" date NOT NULL, "signatory" varchar(50) NOT NULL, "targets" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_letter_chamber_year" ON "responsibility_letter" ("chamberId", "year") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_letter_chamber_year"`);
    await queryRunner.query(`DROP TABLE "responsibility_letter"`);
  }
}
