import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Where each kind of reminder goes besides the inbox (docs/api.md, "Reminders"); none set: every channel. */
export class ReminderRuleChannels1795860000000 implements MigrationInterface {
  name = 'ReminderRuleChannels1795860000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reminder_rule" ADD COLUMN "channels" text');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "reminder_rule" DROP COLUMN "channels"');
  }
}
