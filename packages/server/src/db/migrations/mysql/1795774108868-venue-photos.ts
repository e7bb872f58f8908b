import type { MigrationInterface, QueryRunner } from 'typeorm';

export class VenuePhotos1795774108868 implements MigrationInterface {
  name = 'VenuePhotos1795774108868';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`venue_photo\` (\`id\` int NOT NULL AUTO_INCREMENT, \`venueId\` int NOT NULL, \`storageKey\` varchar(60) NOT NULL, \`width\` int NOT NULL, \`height\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_venue_photo_venue\` (\`venueId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_venue_photo_venue\` ON \`venue_photo\``);
    await queryRunner.query(`DROP TABLE \`venue_photo\``);
  }
}
