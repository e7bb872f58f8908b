import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A name is unique under its parent, now kept by a unique index as well as by the check that
 * explains a refusal (docs/architecture.md, "Writes"): two requests at once could both pass the
 * check on MySQL / MariaDB and save the same name twice. Such a name already saved twice keeps
 * it on the older organization; the later ones get their id appended, （id）, so the index can
 * be made. Organizations at the top (no parent) are not covered: the database counts no two
 * empty parents as equal.
 */
const RENAME_LATER_TWINS = `UPDATE organization o INNER JOIN (SELECT DISTINCT later.id FROM organization later INNER JOIN organization earlier ON earlier.parentId = later.parentId AND earlier.name = later.name AND earlier.id < later.id) d ON d.id = o.id
  SET o.name = CONCAT(LEFT(o.name, 100 - CHAR_LENGTH(o.id) - 2), '（', o.id, '）'), o.version = o.version + 1`;

export class SiblingNames1795990000000 implements MigrationInterface {
  name = 'SiblingNames1795990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(RENAME_LATER_TWINS);
    await queryRunner.query('CREATE UNIQUE INDEX `IDX_organization_parent_name` ON `organization` (`parentId`, `name`)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_organization_parent_name` ON `organization`');
  }
}
