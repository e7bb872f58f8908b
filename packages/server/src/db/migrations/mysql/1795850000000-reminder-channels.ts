import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders by e-mail and group chat robots (docs/api.md, "Reminders"): each account's address for
 * the daily digest, the robots that receive a chamber's or the department's, and every digest
 * sent with its attempts (one per day and recipient, by its unique key).
 */
export class ReminderChannels1795850000000 implements MigrationInterface {
  name = 'ReminderChannels1795850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `user` ADD `email` varchar(254) NULL');
    await queryRunner.query('CREATE TABLE `reminder_webhook` (`id` int NOT NULL AUTO_INCREMENT, `organizationId` int NULL, `kind` varchar(20) NOT NULL, `name` varchar(50) NOT NULL, `url` varchar(500) NOT NULL, `secret` varchar(200) NULL, `enabled` tinyint NOT NULL DEFAULT 1, `version` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`id`)) ENGINE=InnoDB');
    await queryRunner.query("CREATE TABLE `reminder_delivery` (`id` int NOT NULL AUTO_INCREMENT, `channel` varchar(10) NOT NULL, `recipientKey` varchar(40) NOT NULL, `userId` int NULL, `webhookId` int NULL, `recipient` varchar(254) NOT NULL, `day` date NOT NULL, `reminderCount` int NOT NULL DEFAULT '0', `throughReminderId` int NULL, `status` varchar(10) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime(6) NULL, `lastError` varchar(500) NULL, `sentAt` datetime(6) NULL, `claimedBy` varchar(60) NULL, `claimedUntil` datetime(6) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_delivery_due` (`status`, `nextAttemptAt`), UNIQUE INDEX `UQ_delivery_once` (`channel`, `recipientKey`, `day`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `reminder_delivery`');
    await queryRunner.query('DROP TABLE `reminder_webhook`');
    await queryRunner.query('ALTER TABLE `user` DROP COLUMN `email`');
  }
}
