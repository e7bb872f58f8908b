import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When a seat was given from the waiting line: the trainee's reminder of it (docs/api.md, "Reminders"). */
export class EnrollmentPromotedAt1795870000000 implements MigrationInterface {
  name = 'EnrollmentPromotedAt1795870000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "enrollment" ADD COLUMN "promotedAt" datetime(6)');
    await queryRunner.query('CREATE INDEX "IDX_enrollment_promoted" ON "enrollment" ("promotedAt")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_enrollment_promoted"');
    await queryRunner.query('ALTER TABLE "enrollment" DROP COLUMN "promotedAt"');
  }
}
