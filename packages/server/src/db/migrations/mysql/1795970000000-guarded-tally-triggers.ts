import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTallyTriggers, dropTallyTriggers } from '../../../oversight';

/**
 * The tally triggers run each statement only when the row's change moves its count
 * (`IF … END IF`, docs/adr/0004-home-page-figures-per-chamber.md): a person written who is not a
 * seated member no longer plans the update along their keeper's path. Counts do not change.
 * SQLite has no such statement in a trigger and keeps its triggers.
 */
export class GuardedTallyTriggers1795970000000 implements MigrationInterface {
  name = 'GuardedTallyTriggers1795970000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await dropTallyTriggers(queryRunner.manager, 'mysql');
    await createTallyTriggers(queryRunner.manager, 'mysql', { keptInSubtree: true, guarded: true, pathFirst: false });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTallyTriggers(queryRunner.manager, 'mysql');
    await createTallyTriggers(queryRunner.manager, 'mysql', { keptInSubtree: true, guarded: false, pathFirst: false });
  }
}
