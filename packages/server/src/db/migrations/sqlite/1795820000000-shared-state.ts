import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files in the database, in pieces (stored_file, stored_file_chunk), and where a
 * username was held back (sign_in_hold); the same tables as on MySQL / MariaDB, whose limiter
 * counters SQLite, one server process, keeps in memory. Photos kept on disk before are moved
 * in at start-up (root/legacy-photos.ts).
 */
export class SharedState1795820000000 implements MigrationInterface {
  name = 'SharedState1795820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stored_file" ("key" varchar(120) PRIMARY KEY NOT NULL, "contentType" varchar(100) NOT NULL, "byteSize" integer NOT NULL, "sha256" varchar(64) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`,
    );
    await queryRunner.query('CREATE TABLE "stored_file_chunk" ("fileKey" varchar(120) NOT NULL, "n" integer NOT NULL, "data" blob NOT NULL, PRIMARY KEY ("fileKey", "n"))');
    await queryRunner.query('CREATE TABLE "sign_in_hold" ("nameHash" varchar(64) NOT NULL, "address" varchar(64) NOT NULL, "until" datetime(6) NOT NULL, PRIMARY KEY ("nameHash", "address"))');
    await queryRunner.query('CREATE INDEX "IDX_sign_in_hold_until" ON "sign_in_hold" ("until")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_sign_in_hold_until"');
    await queryRunner.query('DROP TABLE "sign_in_hold"');
    await queryRunner.query('DROP TABLE "stored_file_chunk"');
    await queryRunner.query('DROP TABLE "stored_file"');
  }
}
