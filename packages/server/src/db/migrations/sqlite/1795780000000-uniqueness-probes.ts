import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UniquenessProbes1795780000000 implements MigrationInterface {
  name = 'UniquenessProbes1795780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "uniqueness_probe" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "at" datetime(6) NOT NULL, "field" varchar(30) NOT NULL, "candidates" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_uniqueness_probe_user" ON "uniqueness_probe" ("userId", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_uniqueness_probe_user"`);
    await queryRunner.query(`DROP TABLE "uniqueness_probe"`);
  }
}
