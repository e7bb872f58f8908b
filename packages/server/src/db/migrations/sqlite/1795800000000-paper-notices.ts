import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who published a notice, notices that ran on paper recorded after the fact (with why and what
 * shows it), and the notice each case step relied on (docs/api.md, "Public notices").
 */
export class PaperNotices1795800000000 implements MigrationInterface {
  name = 'PaperNotices1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "case_event" ADD COLUMN "noticeId" integer');
    await queryRunner.query('ALTER TABLE "public_notice" ADD COLUMN "publishedById" integer');
    await queryRunner.query('ALTER TABLE "public_notice" ADD COLUMN "publishedByName" varchar(100)');
    await queryRunner.query('ALTER TABLE "public_notice" ADD COLUMN "postedOnPaper" boolean NOT NULL DEFAULT (0)');
    await queryRunner.query('ALTER TABLE "public_notice" ADD COLUMN "paperReason" varchar(500)');
    await queryRunner.query('ALTER TABLE "public_notice" ADD COLUMN "paperEvidence" varchar(500)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "public_notice" DROP COLUMN "paperEvidence"');
    await queryRunner.query('ALTER TABLE "public_notice" DROP COLUMN "paperReason"');
    await queryRunner.query('ALTER TABLE "public_notice" DROP COLUMN "postedOnPaper"');
    await queryRunner.query('ALTER TABLE "public_notice" DROP COLUMN "publishedByName"');
    await queryRunner.query('ALTER TABLE "public_notice" DROP COLUMN "publishedById"');
    await queryRunner.query('ALTER TABLE "case_event" DROP COLUMN "noticeId"');
  }
}
