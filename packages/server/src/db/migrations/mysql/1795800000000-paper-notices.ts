import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who published a notice, notices that ran on paper recorded after the fact (with why and what
 * shows it), and the notice each case step relied on (docs/api.md, "Public notices").
 */
export class PaperNotices1795800000000 implements MigrationInterface {
  name = 'PaperNotices1795800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `case_event` ADD `noticeId` int NULL');
    await queryRunner.query('ALTER TABLE `public_notice` ADD `publishedById` int NULL');
    await queryRunner.query('ALTER TABLE `public_notice` ADD `publishedByName` varchar(100) NULL');
    await queryRunner.query('ALTER TABLE `public_notice` ADD `postedOnPaper` tinyint NOT NULL DEFAULT 0');
    await queryRunner.query('ALTER TABLE `public_notice` ADD `paperReason` varchar(500) NULL');
    await queryRunner.query('ALTER TABLE `public_notice` ADD `paperEvidence` varchar(500) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `public_notice` DROP COLUMN `paperEvidence`');
    await queryRunner.query('ALTER TABLE `public_notice` DROP COLUMN `paperReason`');
    await queryRunner.query('ALTER TABLE `public_notice` DROP COLUMN `postedOnPaper`');
    await queryRunner.query('ALTER TABLE `public_notice` DROP COLUMN `publishedByName`');
    await queryRunner.query('ALTER TABLE `public_notice` DROP COLUMN `publishedById`');
    await queryRunner.query('ALTER TABLE `case_event` DROP COLUMN `noticeId`');
  }
}
