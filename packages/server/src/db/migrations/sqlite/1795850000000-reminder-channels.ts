import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders by e-mail and group chat robots (docs/api.md, "Reminders"): each account's address for
 * the daily digest, the robots that receive a chamber's or the department's, and every digest
 * sent with its attempts (one per day and recipient, by its unique key).
 */
export class ReminderChannels1795850000000 implements MigrationInterface {
  name = 'ReminderChannels1795850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "email" varchar(254)');
    await queryRunner.query(`CREATE TABLE "reminder_webhook" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer, "kind" varchar(20) NOT NULL, "name" varchar(50) NOT NULL, "url" varchar(500) NOT NULL, "secret" varchar(200), "enabled" boolean NOT NULL DEFAULT (1), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE TABLE "reminder_delivery" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channel" varchar(10) NOT NULL, "recipientKey" varchar(40) NOT NULL, "userId" integer, "webhookId" integer, "recipient" varchar(254) NOT NULL, "day" date NOT NULL, "reminderCount" integer NOT NULL DEFAULT (0), "throughReminderId" integer, "status" varchar(10) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime(6), "lastError" varchar(500), "sentAt" datetime(6), "claimedBy" varchar(60), "claimedUntil" datetime(6), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query('CREATE INDEX "IDX_delivery_due" ON "reminder_delivery" ("status", "nextAttemptAt")');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_delivery_once" ON "reminder_delivery" ("channel", "recipientKey", "day")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "UQ_delivery_once"');
    await queryRunner.query('DROP INDEX "IDX_delivery_due"');
    await queryRunner.query('DROP TABLE "reminder_delivery"');
    await queryRunner.query('DROP TABLE "reminder_webhook"');
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "email"');
  }
}
