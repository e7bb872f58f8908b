import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The organizations by their passing full and four-haves venues, for the home page's party units. */
export class VenueTallyIndex1795950000000 implements MigrationInterface {
  name = 'VenueTallyIndex1795950000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "IDX_organization_tally_venues" ON "organization_tally" ("venuesFull", "venuesFourHaves") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organization_tally_venues"`);
  }
}
