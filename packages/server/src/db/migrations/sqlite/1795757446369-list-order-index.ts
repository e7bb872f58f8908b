import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ListOrderIndex1795757446369 implements MigrationInterface {
  name = 'ListOrderIndex1795757446369';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_organization_archived_pinyin" ON "organization" ("archivedAt", "namePinyin") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organization_archived_pinyin"`);
  }
}
