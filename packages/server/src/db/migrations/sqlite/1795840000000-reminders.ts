import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders (reminders/; docs/api.md, "Reminders"): the rules administrators set per kind, the
 * reminders each user receives (the unique key sends each one once, however many servers run the
 * scheduler), and the lease that lets one server at a time run it.
 */
export class Reminders1795840000000 implements MigrationInterface {
  name = 'Reminders1795840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reminder_rule" ("kind" varchar(40) PRIMARY KEY NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "offsetDays" integer NOT NULL DEFAULT (0), "repeatDays" integer NOT NULL DEFAULT (0), "recipients" text NOT NULL, "version" integer NOT NULL, "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE TABLE "reminder" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(40) NOT NULL, "subjectType" varchar(20) NOT NULL, "subjectId" integer NOT NULL, "organizationId" integer, "label" varchar(200) NOT NULL, "dueOn" date NOT NULL, "occurrence" integer NOT NULL DEFAULT (0), "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "readAt" datetime(6))`);
    await queryRunner.query('CREATE INDEX "IDX_reminder_inbox" ON "reminder" ("userId", "readAt", "id")');
    await queryRunner.query('CREATE UNIQUE INDEX "UQ_reminder_once" ON "reminder" ("userId", "kind", "subjectType", "subjectId", "dueOn", "occurrence")');
    await queryRunner.query('CREATE TABLE "job_lease" ("name" varchar(40) PRIMARY KEY NOT NULL, "holder" varchar(60) NOT NULL, "expiresAt" datetime(6) NOT NULL)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "job_lease"');
    await queryRunner.query('DROP INDEX "UQ_reminder_once"');
    await queryRunner.query('DROP INDEX "IDX_reminder_inbox"');
    await queryRunner.query('DROP TABLE "reminder"');
    await queryRunner.query('DROP TABLE "reminder_rule"');
  }
}
