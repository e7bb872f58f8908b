import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Rectification1795769197157 implements MigrationInterface {
  name = 'Rectification1795769197157';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "rectification_case" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "state" varchar CHECK( "state" IN ('IDENTIFIED','RECTIFYING','ACCEPTANCE','CLOSED') ) NOT NULL DEFAULT ('IDENTIFIED'), "problems" varchar(1000) NOT NULL, "measures" varchar(2000), "identifiedOn" date NOT NULL, "acceptedOn" date, "acceptanceNote" varchar(1000), "closedOn" date, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_rectification_org" ON "rectification_case" ("organizationId", "state") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_rectification_org"`);
    await queryRunner.query(`DROP TABLE "rectification_case"`);
  }
}
