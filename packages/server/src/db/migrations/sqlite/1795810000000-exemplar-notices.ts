import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An exemplar's notice is a public notice (stage EXEMPLAR): the notice names its profile
 * (exemplarId) and the approved revision names its notice (noticeId), so the public reads it and
 * reports on it as on any notice (docs/api.md, "Exemplars").
 */
export class ExemplarNotices1795810000000 implements MigrationInterface {
  name = 'ExemplarNotices1795810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "exemplar_revision" ADD COLUMN "noticeId" integer`);
    // SQLite keeps an enum as a CHECK: the table is rebuilt with the new stage and the new column.
    await queryRunner.query(`DROP INDEX "IDX_notice_org"`);
    await queryRunner.query(`DROP INDEX "IDX_notice_published"`);
    await queryRunner.query(`CREATE TABLE "temporary_public_notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "stage" varchar CHECK( "stage" IN ('DEVELOPMENT_TARGET','ADMISSION','CONVERSION','EXEMPLAR') ) NOT NULL, "title" varchar(100) NOT NULL, "body" varchar(2000), "startsOn" date NOT NULL, "lengthDays" integer NOT NULL DEFAULT (10), "dayType" varchar CHECK( "dayType" IN ('CALENDAR','WORKING') ) NOT NULL DEFAULT ('CALENDAR'), "endsOn" date NOT NULL, "hotline" varchar(50) NOT NULL, "suggestionBox" varchar(200) NOT NULL, "publishedAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "publishedById" integer, "publishedByName" varchar(100), "postedOnPaper" boolean NOT NULL DEFAULT (0), "paperReason" varchar(500), "paperEvidence" varchar(500), "exemplarId" integer)`);
    await queryRunner.query(`INSERT INTO "temporary_public_notice"("id", "organizationId", "stage", "title", "body", "startsOn", "lengthDays", "dayType", "endsOn", "hotline", "suggestionBox", "publishedAt", "version", "createdAt", "updatedAt", "publishedById", "publishedByName", "postedOnPaper", "paperReason", "paperEvidence") SELECT "id", "organizationId", "stage", "title", "body", "startsOn", "lengthDays", "dayType", "endsOn", "hotline", "suggestionBox", "publishedAt", "version", "createdAt", "updatedAt", "publishedById", "publishedByName", "postedOnPaper", "paperReason", "paperEvidence" FROM "public_notice"`);
    await queryRunner.query(`DROP TABLE "public_notice"`);
    await queryRunner.query(`ALTER TABLE "temporary_public_notice" RENAME TO "public_notice"`);
    await queryRunner.query(`CREATE INDEX "IDX_notice_org" ON "public_notice" ("organizationId", "startsOn")`);
    await queryRunner.query(`CREATE INDEX "IDX_notice_published" ON "public_notice" ("publishedAt", "endsOn")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Exemplar notices have no place in the old schema; their reports stay, without the notice.
    await queryRunner.query(`DELETE FROM "public_notice" WHERE "stage" = 'EXEMPLAR'`);
    await queryRunner.query(`DROP INDEX "IDX_notice_org"`);
    await queryRunner.query(`DROP INDEX "IDX_notice_published"`);
    await queryRunner.query(`CREATE TABLE "temporary_public_notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "stage" varchar CHECK( "stage" IN ('DEVELOPMENT_TARGET','ADMISSION','CONVERSION') ) NOT NULL, "title" varchar(100) NOT NULL, "body" varchar(2000), "startsOn" date NOT NULL, "lengthDays" integer NOT NULL DEFAULT (10), "dayType" varchar CHECK( "dayType" IN ('CALENDAR','WORKING') ) NOT NULL DEFAULT ('CALENDAR'), "endsOn" date NOT NULL, "hotline" varchar(50) NOT NULL, "suggestionBox" varchar(200) NOT NULL, "publishedAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "publishedById" integer, "publishedByName" varchar(100), "postedOnPaper" boolean NOT NULL DEFAULT (0), "paperReason" varchar(500), "paperEvidence" varchar(500))`);
    await queryRunner.query(`INSERT INTO "temporary_public_notice"("id", "organizationId", "stage", "title", "body", "startsOn", "lengthDays", "dayType", "endsOn", "hotline", "suggestionBox", "publishedAt", "version", "createdAt", "updatedAt", "publishedById", "publishedByName", "postedOnPaper", "paperReason", "paperEvidence") SELECT "id", "organizationId", "stage", "title", "body", "startsOn", "lengthDays", "dayType", "endsOn", "hotline", "suggestionBox", "publishedAt", "version", "createdAt", "updatedAt", "publishedById", "publishedByName", "postedOnPaper", "paperReason", "paperEvidence" FROM "public_notice"`);
    await queryRunner.query(`DROP TABLE "public_notice"`);
    await queryRunner.query(`ALTER TABLE "temporary_public_notice" RENAME TO "public_notice"`);
    await queryRunner.query(`CREATE INDEX "IDX_notice_org" ON "public_notice" ("organizationId", "startsOn")`);
    await queryRunner.query(`CREATE INDEX "IDX_notice_published" ON "public_notice" ("publishedAt", "endsOn")`);
    await queryRunner.query(`ALTER TABLE "exemplar_revision" DROP COLUMN "noticeId"`);
  }
}
