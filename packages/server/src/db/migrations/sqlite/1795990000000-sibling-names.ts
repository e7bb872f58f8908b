import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A name is unique under its parent, now kept by a unique index as well as by the check that
 * explains a refusal (docs/architecture.md, "Writes"): two requests at once could both pass the
 * check on MySQL / MariaDB and save the same name twice. Such a name already saved twice keeps
 * it on the older organization; the later ones get their id appended, （id）, so the index can
 * be made. Organizations at the top (no parent) are not covered: the database counts no two
 * empty parents as equal.
 */
const RENAME_LATER_TWINS = `UPDATE organization SET name = substr(name, 1, 100 - length(id) - 2) || '（' || id || '）', version = version + 1
  WHERE EXISTS (SELECT 1 FROM organization earlier WHERE earlier.parentId = organization.parentId AND earlier.name = organization.name AND earlier.id < organization.id)`;

export class SiblingNames1795990000000 implements MigrationInterface {
  name = 'SiblingNames1795990000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(RENAME_LATER_TWINS);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_organization_parent_name" ON "organization" ("parentId", "name")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organization_parent_name"`);
  }
}
