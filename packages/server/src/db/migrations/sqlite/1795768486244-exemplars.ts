import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Exemplars1795768486244 implements MigrationInterface {
  name = 'Exemplars1795768486244';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "exemplar" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer, "subjectOrganizationId" integer, "ownerOrganizationId" integer NOT NULL, "publishedRevisionId" integer, "workingRevisionId" integer, "withdrawnAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_exemplar_published" ON "exemplar" ("publishedRevisionId", "withdrawnAt") `);
    await queryRunner.query(`CREATE INDEX "IDX_exemplar_owner" ON "exemplar" ("ownerOrganizationId") `);
    await queryRunner.query(`CREATE TABLE "exemplar_revision" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "exemplarId" integer NOT NULL, "number" integer NOT NULL, "state" varchar CHECK( "state" IN ('DRAFT','IN_REVIEW','NOTICE','PUBLISHED','WITHDRAWN','SUPERSEDED') ) NOT NULL, "category" varchar CHECK( "category" IN ('PARTY_MEMBER','PARTY_WORKER','PARTY_ORGANIZATION','ENTREPRENEUR','INSTRUCTOR') ) NOT NULL, "title" varchar(100) NOT NULL, "citation" varchar(500) NOT NULL, "story" text NOT NULL, "photoId" integer, "awards" text NOT NULL, "publicity" text NOT NULL, "noticeStartsOn" date, "noticeEndsOn" date, "reviewNote" varchar(500), "authorName" varchar(100), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_revision_exemplar" ON "exemplar_revision" ("exemplarId", "number") `);
    await queryRunner.query(`CREATE TABLE "photo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "exemplarId" integer NOT NULL, "storageKey" varchar(64) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_c519dd02de85a51df58fb879934" UNIQUE ("storageKey"))`);
    await queryRunner.query(`CREATE INDEX "IDX_photo_exemplar" ON "photo" ("exemplarId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_photo_exemplar"`);
    await queryRunner.query(`DROP TABLE "photo"`);
    await queryRunner.query(`DROP INDEX "IDX_revision_exemplar"`);
    await queryRunner.query(`DROP TABLE "exemplar_revision"`);
    await queryRunner.query(`DROP INDEX "IDX_exemplar_owner"`);
    await queryRunner.query(`DROP INDEX "IDX_exemplar_published"`);
    await queryRunner.query(`DROP TABLE "exemplar"`);
  }
}
