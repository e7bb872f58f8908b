import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTallyTriggers, dropTallyTriggers, recountKeptInSubtree } from '../../../oversight';

/**
 * Each party organization's members kept anywhere in its subtree, kept with the writes
 * (docs/adr/0004-home-page-figures-per-chamber.md): the column, counted from what is there, the
 * triggers that keep it, and the index the home page counts its party units from.
 */
export class KeptInSubtree1795960000000 implements MigrationInterface {
  name = 'KeptInSubtree1795960000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await dropTallyTriggers(queryRunner.manager, 'sqlite');
    await queryRunner.query(`ALTER TABLE "organization_tally" ADD COLUMN "keptInSubtree" integer NOT NULL DEFAULT (0)`);
    await queryRunner.query(`DROP INDEX "IDX_organization_tally_venues"`);
    await queryRunner.query(`DROP INDEX "IDX_organization_tally_kept"`);
    await queryRunner.query(`CREATE INDEX "IDX_organization_tally_venues" ON "organization_tally" ("venuesFull", "venuesFourHaves", "keptInSubtree") `);
    await recountKeptInSubtree(queryRunner.manager);
    await createTallyTriggers(queryRunner.manager, 'sqlite', { keptInSubtree: true, guarded: false, pathFirst: false });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTallyTriggers(queryRunner.manager, 'sqlite');
    await queryRunner.query(`DROP INDEX "IDX_organization_tally_venues"`);
    await queryRunner.query(`CREATE INDEX "IDX_organization_tally_kept" ON "organization_tally" ("kept") `);
    await queryRunner.query(`CREATE INDEX "IDX_organization_tally_venues" ON "organization_tally" ("venuesFull", "venuesFourHaves") `);
    await queryRunner.query(`ALTER TABLE "organization_tally" DROP COLUMN "keptInSubtree"`);
    await createTallyTriggers(queryRunner.manager, 'sqlite', { keptInSubtree: false, guarded: false, pathFirst: false });
  }
}
