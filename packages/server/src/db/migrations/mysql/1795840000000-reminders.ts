import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reminders (reminders/; docs/api.md, "Reminders"): the rules administrators set per kind, the
 * reminders each user receives (the unique key sends each one once, however many servers run the
 * scheduler), and the lease that lets one server at a time run it.
 */
export class Reminders1795840000000 implements MigrationInterface {
  name = 'Reminders1795840000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE `reminder_rule` (`kind` varchar(40) NOT NULL, `enabled` tinyint NOT NULL DEFAULT 1, `offsetDays` int NOT NULL DEFAULT '0', `repeatDays` int NOT NULL DEFAULT '0', `recipients` text NOT NULL, `version` int NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), PRIMARY KEY (`kind`)) ENGINE=InnoDB");
    await queryRunner.query("CREATE TABLE `reminder` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `kind` varchar(40) NOT NULL, `subjectType` varchar(20) NOT NULL, `subjectId` int NOT NULL, `organizationId` int NULL, `label` varchar(200) NOT NULL, `dueOn` date NOT NULL, `occurrence` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `readAt` datetime(6) NULL, INDEX `IDX_reminder_inbox` (`userId`, `readAt`, `id`), UNIQUE INDEX `UQ_reminder_once` (`userId`, `kind`, `subjectType`, `subjectId`, `dueOn`, `occurrence`), PRIMARY KEY (`id`)) ENGINE=InnoDB");
    await queryRunner.query('CREATE TABLE `job_lease` (`name` varchar(40) NOT NULL, `holder` varchar(60) NOT NULL, `expiresAt` datetime(6) NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `job_lease`');
    await queryRunner.query('DROP TABLE `reminder`');
    await queryRunner.query('DROP TABLE `reminder_rule`');
  }
}
