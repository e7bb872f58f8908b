import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The credentials epoch: one row every change that ends or changes a credential moves, which
 * each server reads at most once a second to forget the credentials it keeps
 * (accounts/credential-cache.ts; docs/api.md, "Signing in").
 */
export class CredentialEpoch1795830000000 implements MigrationInterface {
  name = 'CredentialEpoch1795830000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "credential_epoch" ("id" integer PRIMARY KEY NOT NULL, "value" integer NOT NULL)');
    await queryRunner.query('INSERT INTO "credential_epoch" ("id", "value") VALUES (1, 0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "credential_epoch"');
  }
}
