import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTallyTriggers, dropTallyTriggers } from '../../../oversight';

/**
 * The tally triggers update the party organizations along a path by reading the path first and
 * each one's tally row by its primary key (docs/adr/0004-home-page-figures-per-chamber.md, "Locks"):
 * left to choose on a small database, MariaDB read the whole tally table into the update and
 * locked every row of it, so writes in unrelated chambers waited on each other and deadlocked.
 * Counts do not change. SQLite writes one transaction at a time and keeps its triggers.
 */
export class PathFirstTallyUpdates1795980000000 implements MigrationInterface {
  name = 'PathFirstTallyUpdates1795980000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await dropTallyTriggers(queryRunner.manager, 'mysql');
    await createTallyTriggers(queryRunner.manager, 'mysql', { keptInSubtree: true, guarded: true, pathFirst: true });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTallyTriggers(queryRunner.manager, 'mysql');
    await createTallyTriggers(queryRunner.manager, 'mysql', { keptInSubtree: true, guarded: true, pathFirst: false });
  }
}
