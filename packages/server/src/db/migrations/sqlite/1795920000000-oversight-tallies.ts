import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTallyTriggers, dropTallyTriggers, markPassingVenues, recountTallies } from '../../../oversight';

/**
 * The home page's coverage and venue figures kept as the writes happen
 * (docs/adr/0004-home-page-figures-per-chamber.md): whether each venue passes its checklist, and
 * the tallies per organization and per parent, counted from what is there; then the triggers
 * that keep the tallies with every write.
 */
export class OversightTallies1795920000000 implements MigrationInterface {
  name = 'OversightTallies1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organization_tally" ("organizationId" integer PRIMARY KEY NOT NULL, "members" integer NOT NULL DEFAULT (0), "inParty" integer NOT NULL DEFAULT (0), "liaisons" integer NOT NULL DEFAULT (0), "ownOrganizations" integer NOT NULL DEFAULT (0), "jointBranches" integer NOT NULL DEFAULT (0), "kept" integer NOT NULL DEFAULT (0), "venuesMassRoom" integer NOT NULL DEFAULT (0), "venuesFourHaves" integer NOT NULL DEFAULT (0), "venuesFull" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`CREATE INDEX "IDX_organization_tally_kept" ON "organization_tally" ("kept") `);
    await queryRunner.query(`CREATE TABLE "chamber_tally" ("chamberId" integer PRIMARY KEY NOT NULL, "enterprises" integer NOT NULL DEFAULT (0), "withMembers" integer NOT NULL DEFAULT (0), "organizationCovered" integer NOT NULL DEFAULT (0), "workCovered" integer NOT NULL DEFAULT (0), "venueUnits" integer NOT NULL DEFAULT (0), "venueUnitsMet" integer NOT NULL DEFAULT (0))`);
    await queryRunner.query(`CREATE INDEX "IDX_chamber_tally_enterprises" ON "chamber_tally" ("enterprises") `);
    await queryRunner.query(`ALTER TABLE "venue" ADD COLUMN "passes" boolean NOT NULL DEFAULT (0)`);
    await markPassingVenues(queryRunner.manager, null);
    await recountTallies(queryRunner.manager, { keptInSubtree: false, guarded: false, pathFirst: false });
    await createTallyTriggers(queryRunner.manager, 'sqlite', { keptInSubtree: false, guarded: false, pathFirst: false });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTallyTriggers(queryRunner.manager, 'sqlite');
    await queryRunner.query(`ALTER TABLE "venue" DROP COLUMN "passes"`);
    await queryRunner.query(`DROP INDEX "IDX_chamber_tally_enterprises"`);
    await queryRunner.query(`DROP TABLE "chamber_tally"`);
    await queryRunner.query(`DROP INDEX "IDX_organization_tally_kept"`);
    await queryRunner.query(`DROP TABLE "organization_tally"`);
  }
}
