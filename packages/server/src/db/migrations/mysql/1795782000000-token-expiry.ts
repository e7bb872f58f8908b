import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Every API token expires: tokens made without an expiry get one a year from the upgrade. */
export class TokenExpiry1795782000000 implements MigrationInterface {
  name = 'TokenExpiry1795782000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('UPDATE `api_token` SET `expiresAt` = UTC_TIMESTAMP(6) + INTERVAL 365 DAY WHERE `expiresAt` IS NULL');
  }

  async down(): Promise<void> {
    // The tokens that had no expiry cannot be told from the others; they keep the one they got.
  }
}
