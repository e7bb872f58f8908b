import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795754999715 implements MigrationInterface {
  name = 'Initial1795754999715';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`organization\` (\`id\` int NOT NULL AUTO_INCREMENT, \`kind\` enum ('AGENCY', 'COORDINATION_GROUP', 'CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'UNION', 'WOMEN_FEDERATION', 'YOUTH_LEAGUE') NOT NULL, \`name\` varchar(100) NOT NULL, \`shortName\` varchar(40) NULL, \`namePinyin\` varchar(400) NOT NULL, \`nameInitials\` varchar(100) NOT NULL, \`parentId\` int NULL, \`hostId\` int NULL, \`path\` varchar(255) NOT NULL, \`depth\` int NOT NULL, \`status\` enum ('NORMAL', 'WEAK_LAX') NOT NULL DEFAULT 'NORMAL', \`creditCode\` varchar(18) NULL, \`originProvince\` varchar(10) NULL, \`industry\` varchar(50) NULL, \`employeeCount\` int NULL, \`foundedOn\` date NULL, \`address\` varchar(200) NULL, \`phone\` varchar(30) NULL, \`archivedAt\` datetime(6) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_organization_initials\` (\`nameInitials\`), INDEX \`IDX_organization_kind_path\` (\`kind\`, \`path\`), INDEX \`IDX_organization_path\` (\`path\`), INDEX \`IDX_organization_pinyin\` (\`namePinyin\`), INDEX \`IDX_organization_kind_pinyin\` (\`kind\`, \`namePinyin\`), INDEX \`IDX_organization_host\` (\`hostId\`), INDEX \`IDX_organization_parent_kind\` (\`parentId\`, \`kind\`), UNIQUE INDEX \`IDX_9ecc77553f79d2ec5d7e9e058f\` (\`creditCode\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_9ecc77553f79d2ec5d7e9e058f\` ON \`organization\``);
    await queryRunner.query(`DROP INDEX \`IDX_organization_parent_kind\` ON \`organization\``);
    await queryRunner.query(`DROP INDEX \`IDX_organization_host\` ON \`organization\``);
    await queryRunner.query(`DROP INDEX \`IDX_organization_kind_pinyin\` ON \`organization\``);
    await queryRunner.query(`DROP INDEX \`IDX_organization_pinyin\` ON \`organization\``);
    await queryRunner.query(`DROP INDEX \`IDX_organization_path\` ON \`organization\``);
    await queryRunner.query(`DROP INDEX \`IDX_organization_kind_path\` ON \`organization\``);
    await queryRunner.query(`DROP INDEX \`IDX_organization_initials\` ON \`organization\``);
    await queryRunner.query(`DROP TABLE \`organization\``);
  }
}
