import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What several servers share lives in the database (docs/operations.md, "Several servers"):
 * uploaded files in pieces (stored_file, stored_file_chunk), the limiters' counters in
 * rate-limiter-flexible's table (rate_limit: key, points, expire in ms), and where a username
 * was held back (sign_in_hold). Photos kept on disk before are moved in at start-up
 * (root/legacy-photos.ts).
 */
export class SharedState1795820000000 implements MigrationInterface {
  name = 'SharedState1795820000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `stored_file` (`key` varchar(120) NOT NULL, `contentType` varchar(100) NOT NULL, `byteSize` int NOT NULL, `sha256` varchar(64) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`key`)) ENGINE=InnoDB',
    );
    await queryRunner.query('CREATE TABLE `stored_file_chunk` (`fileKey` varchar(120) NOT NULL, `n` int NOT NULL, `data` blob NOT NULL, PRIMARY KEY (`fileKey`, `n`)) ENGINE=InnoDB');
    await queryRunner.query(
      'CREATE TABLE `sign_in_hold` (`nameHash` varchar(64) NOT NULL, `address` varchar(64) NOT NULL, `until` datetime(6) NOT NULL, INDEX `IDX_sign_in_hold_until` (`until`), PRIMARY KEY (`nameHash`, `address`)) ENGINE=InnoDB',
    );
    await queryRunner.query('CREATE TABLE `rate_limit` (`key` varchar(255) NOT NULL, `points` int NOT NULL DEFAULT 0, `expire` bigint UNSIGNED NULL, PRIMARY KEY (`key`)) ENGINE=InnoDB');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `rate_limit`');
    await queryRunner.query('DROP TABLE `sign_in_hold`');
    await queryRunner.query('DROP TABLE `stored_file_chunk`');
    await queryRunner.query('DROP TABLE `stored_file`');
  }
}
