import type { MigrationInterface, QueryRunner } from 'typeorm';
import { todayInChina } from '../../../common/dates';

/**
 * The national rules' kinds of material become required, from the day this runs (施行日期): each
 * is required of the cases applied for from that day, so the cases already under way, whose paper
 * dossiers were kept before, are not held back (docs/api.md, "The dossier"). A built-in kind an
 * administrator has changed already (its version moved) keeps what they chose.
 */
export class MaterialRequiredFrom1795900000000 implements MigrationInterface {
  name = 'MaterialRequiredFrom1795900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `material_kind` ADD `requiredFrom` date NULL');
    await queryRunner.query('UPDATE `material_kind` SET `required` = 1, `requiredFrom` = ? WHERE `builtIn` = 1 AND `version` = 1', [todayInChina()]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE `material_kind` SET `required` = 0 WHERE `builtIn` = 1 AND `version` = 1');
    await queryRunner.query('ALTER TABLE `material_kind` DROP COLUMN `requiredFrom`');
  }
}
