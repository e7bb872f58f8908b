import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Venues1795770475879 implements MigrationInterface {
  name = 'Venues1795770475879';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`venue\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationId\` int NOT NULL, \`standard\` enum ('FOUR_HAVES', 'FULL', 'MASS_ROOM') NOT NULL, \`name\` varchar(100) NOT NULL, \`address\` varchar(200) NULL, \`areaSqm\` int NULL, \`checkedOn\` date NULL, \`checks\` text NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_venue_org\` (\`organizationId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`venue_checklist_item\` (\`id\` int NOT NULL AUTO_INCREMENT, \`standard\` enum ('FOUR_HAVES', 'FULL', 'MASS_ROOM') NOT NULL, \`code\` varchar(40) NOT NULL, \`label\` varchar(100) NOT NULL, \`sortOrder\` int NOT NULL DEFAULT '0', UNIQUE INDEX \`IDX_checklist_unique\` (\`standard\`, \`code\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_checklist_unique\` ON \`venue_checklist_item\``);
    await queryRunner.query(`DROP TABLE \`venue_checklist_item\``);
    await queryRunner.query(`DROP INDEX \`IDX_venue_org\` ON \`venue\``);
    await queryRunner.query(`DROP TABLE \`venue\``);
  }
}
