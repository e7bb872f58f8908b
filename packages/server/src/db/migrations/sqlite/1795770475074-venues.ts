import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Venues1795770475074 implements MigrationInterface {
  name = 'Venues1795770475074';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "venue" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "standard" varchar CHECK( "standard" IN ('FOUR_HAVES','FULL','MASS_ROOM') ) NOT NULL, "name" varchar(100) NOT NULL, "address" varchar(200), "areaSqm" integer, "checkedOn" date, "checks" text NOT NULL, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_venue_org" ON "venue" ("organizationId") `);
    await queryRunner.query(`CREATE TABLE "venue_checklist_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "standard" varchar CHECK( "standard" IN ('FOUR_HAVES','FULL','MASS_ROOM') ) NOT NULL, "code" varchar(40) NOT NULL, "label" varchar(100) NOT NULL, "sortOrder" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_checklist_unique" ON "venue_checklist_item" ("standard", "code") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_checklist_unique"`);
    await queryRunner.query(`DROP TABLE "venue_checklist_item"`);
    await queryRunner.query(`DROP INDEX "IDX_venue_org"`);
    await queryRunner.query(`DROP TABLE "venue"`);
  }
}
