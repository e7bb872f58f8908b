import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TermsAndRules1795773216333 implements MigrationInterface {
  name = 'TermsAndRules1795773216333';

  // SQLite adds nullable columns in place; no need to copy the organization table.
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rule_setting" ("name" varchar(40) PRIMARY KEY NOT NULL, "value" integer NOT NULL)`);
    await queryRunner.query(`ALTER TABLE "organization" ADD COLUMN "termStartedOn" date`);
    await queryRunner.query(`ALTER TABLE "organization" ADD COLUMN "termEndsOn" date`);
    await queryRunner.query(`ALTER TABLE "organization" ADD COLUMN "termDueSoonOn" date`);
    await queryRunner.query(`CREATE INDEX "IDX_organization_term_ends" ON "organization" ("termEndsOn") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organization_term_ends"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "termDueSoonOn"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "termEndsOn"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "termStartedOn"`);
    await queryRunner.query(`DROP TABLE "rule_setting"`);
  }
}
