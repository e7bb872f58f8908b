import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Room for a group robot's address and secret sealed under the data key (docs/operations.md, "Reminders"); the server seals those stored before at start. */
export class SealedRobotCredentials1795880000000 implements MigrationInterface {
  name = 'SealedRobotCredentials1795880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "temporary_reminder_webhook" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer, "kind" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "url" varchar(1000) NOT NULL, "secret" varchar(400), "enabled" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))');
    await queryRunner.query('INSERT INTO "temporary_reminder_webhook"("id", "organizationId", "kind", "name", "url", "secret", "enabled", "version", "createdAt", "updatedAt") SELECT "id", "organizationId", "kind", "name", "url", "secret", "enabled", "version", "createdAt", "updatedAt" FROM "reminder_webhook"');
    await queryRunner.query('DROP TABLE "reminder_webhook"');
    await queryRunner.query('ALTER TABLE "temporary_reminder_webhook" RENAME TO "reminder_webhook"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE "temporary_reminder_webhook" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer, "kind" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "url" varchar(500) NOT NULL, "secret" varchar(200), "enabled" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))');
    await queryRunner.query('INSERT INTO "temporary_reminder_webhook"("id", "organizationId", "kind", "name", "url", "secret", "enabled", "version", "createdAt", "updatedAt") SELECT "id", "organizationId", "kind", "name", "url", "secret", "enabled", "version", "createdAt", "updatedAt" FROM "reminder_webhook"');
    await queryRunner.query('DROP TABLE "reminder_webhook"');
    await queryRunner.query('ALTER TABLE "temporary_reminder_webhook" RENAME TO "reminder_webhook"');
  }
}
