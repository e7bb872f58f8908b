import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Room for a group robot's address and secret sealed under the data key (docs/operations.md, "Reminders"); the server seals those stored before at start. */
export class SealedRobotCredentials1795880000000 implements MigrationInterface {
  name = 'SealedRobotCredentials1795880000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `reminder_webhook` MODIFY `url` varchar(1000) NOT NULL, MODIFY `secret` varchar(400) NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `reminder_webhook` MODIFY `url` varchar(500) NOT NULL, MODIFY `secret` varchar(200) NULL');
  }
}
