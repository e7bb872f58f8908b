import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An exemplar's notice is a public notice (stage EXEMPLAR): the notice names its profile
 * (exemplarId) and the approved revision names its notice (noticeId), so the public reads it and
 * reports on it as on any notice (docs/api.md, "Exemplars").
 */
export class ExemplarNotices1795810000000 implements MigrationInterface {
  name = 'ExemplarNotices1795810000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `public_notice` CHANGE `stage` `stage` enum ('DEVELOPMENT_TARGET', 'ADMISSION', 'CONVERSION', 'EXEMPLAR') NOT NULL");
    await queryRunner.query('ALTER TABLE `public_notice` ADD `exemplarId` int NULL');
    await queryRunner.query('ALTER TABLE `exemplar_revision` ADD `noticeId` int NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Exemplar notices have no place in the old schema; their reports stay, without the notice.
    await queryRunner.query("DELETE FROM `public_notice` WHERE `stage` = 'EXEMPLAR'");
    await queryRunner.query('ALTER TABLE `exemplar_revision` DROP COLUMN `noticeId`');
    await queryRunner.query('ALTER TABLE `public_notice` DROP COLUMN `exemplarId`');
    await queryRunner.query("ALTER TABLE `public_notice` CHANGE `stage` `stage` enum ('DEVELOPMENT_TARGET', 'ADMISSION', 'CONVERSION') NOT NULL");
  }
}
