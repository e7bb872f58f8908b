import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VenuePhotos1795774106882 implements MigrationInterface {
  name = 'VenuePhotos1795774106882';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "venue_photo" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "venueId" integer NOT NULL, "storageKey" varchar(60) NOT NULL, "width" integer NOT NULL, "height" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_venue_photo_venue" ON "venue_photo" ("venueId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_venue_photo_venue"`);
    await queryRunner.query(`DROP TABLE "venue_photo"`);
  }
}
