import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795768979650 implements MigrationInterface {
  name = 'Meetings1795768979650';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`meeting\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationId\` int NOT NULL, \`type\` enum ('MEMBERS_MEETING', 'COMMITTEE_MEETING', 'GROUP_MEETING', 'PARTY_LECTURE', 'THEME_DAY') NOT NULL, \`topic\` varchar(100) NOT NULL, \`plannedOn\` date NOT NULL, \`heldOn\` date NULL, \`status\` enum ('PLANNED', 'HELD', 'CANCELLED') NOT NULL DEFAULT 'PLANNED', \`expectedCount\` int NULL, \`attendedCount\` int NULL, \`location\` varchar(200) NULL, \`minutes\` text NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_meeting_status\` (\`status\`, \`plannedOn\`), INDEX \`IDX_meeting_org_date\` (\`organizationId\`, \`heldOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`meeting_requirement\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationKind\` enum ('AGENCY', 'COORDINATION_GROUP', 'CHAMBER', 'ENTERPRISE', 'PARTY_COMMITTEE', 'GENERAL_BRANCH', 'BRANCH', 'JOINT_BRANCH', 'UNION', 'WOMEN_FEDERATION', 'YOUTH_LEAGUE') NOT NULL, \`type\` enum ('MEMBERS_MEETING', 'COMMITTEE_MEETING', 'GROUP_MEETING', 'PARTY_LECTURE', 'THEME_DAY') NOT NULL, \`period\` enum ('MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR') NOT NULL, \`minCount\` int NOT NULL DEFAULT '1', UNIQUE INDEX \`IDX_requirement_unique\` (\`organizationKind\`, \`type\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_requirement_unique\` ON \`meeting_requirement\``);
    await queryRunner.query(`DROP TABLE \`meeting_requirement\``);
    await queryRunner.query(`DROP INDEX \`IDX_meeting_org_date\` ON \`meeting\``);
    await queryRunner.query(`DROP INDEX \`IDX_meeting_status\` ON \`meeting\``);
    await queryRunner.query(`DROP TABLE \`meeting\``);
  }
}
