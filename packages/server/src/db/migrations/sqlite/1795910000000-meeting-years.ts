import type { MigrationInterface, QueryRunner } from 'typeorm';
import { tallyMeetings } from '../../../oversight';

/**
 * Each organization's held meetings of a year, tallied (docs/adr/0004-home-page-figures-per-chamber.md):
 * the home page and the regularity list read these instead of grouping every meeting of the year.
 * The meetings already recorded are tallied here by the function the meeting writes call.
 */
export class MeetingYears1795910000000 implements MigrationInterface {
  name = 'MeetingYears1795910000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meeting_year" ("organizationId" integer NOT NULL, "year" integer NOT NULL, "met" varchar(240) NOT NULL, "held" integer NOT NULL, "firstHeld" date NOT NULL, "lastHeld" date NOT NULL, PRIMARY KEY ("organizationId", "year"))`);
    // The regularity bands came later; their own migration counts them from these tallies.
    await tallyMeetings(queryRunner.manager, null, { bands: false });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "meeting_year"`);
  }
}
