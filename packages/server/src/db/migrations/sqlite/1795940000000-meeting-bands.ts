import type { MigrationInterface, QueryRunner } from 'typeorm';
import { recountBands, requirementsIn } from '../../../oversight';

/**
 * The whole country's regularity bands (docs/adr/0004-home-page-figures-per-chamber.md), counted
 * from the tallies there are; and an index that counts the active organizations of a kind, in the whole tree or a subtree.
 */

export class MeetingBands1795940000000 implements MigrationInterface {
  name = 'MeetingBands1795940000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meeting_band" ("year" integer NOT NULL, "kind" varchar(30) NOT NULL, "monthsEnded" integer NOT NULL, "compliant" integer NOT NULL, "organizations" integer NOT NULL DEFAULT (0), "annualOnly" integer NOT NULL DEFAULT (0), PRIMARY KEY ("year", "kind", "monthsEnded", "compliant"))`);
    await queryRunner.query(`CREATE INDEX "IDX_organization_kind_archived_path" ON "organization" ("kind", "archivedAt", "path") `);
    await recountBands(queryRunner.manager, await requirementsIn(queryRunner.manager));
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organization_kind_archived_path"`);
    await queryRunner.query(`DROP TABLE "meeting_band"`);
  }
}
