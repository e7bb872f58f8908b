import type { MigrationInterface, QueryRunner } from 'typeorm';

export class People1795763460637 implements MigrationInterface {
  name = 'People1795763460637';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`person\` (\`id\` int NOT NULL AUTO_INCREMENT, \`name\` varchar(50) NOT NULL, \`namePinyin\` varchar(200) NOT NULL, \`nameInitials\` varchar(50) NOT NULL, \`gender\` enum ('MALE', 'FEMALE') NULL, \`birthDate\` date NULL, \`ethnicity\` varchar(20) NULL, \`education\` enum ('PRIMARY', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'SECONDARY_VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER', 'DOCTOR') NULL, \`phone\` varchar(30) NULL, \`nationalIdSealed\` varchar(120) NULL, \`nationalIdIndex\` varchar(64) NULL, \`organizationId\` int NOT NULL, \`employerId\` int NULL, \`posts\` varchar(200) NULL, \`membershipStatus\` enum ('NON_MEMBER', 'APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'LEFT') NOT NULL DEFAULT 'NON_MEMBER', \`relation\` enum ('REGISTERED', 'FLOW_IN') NOT NULL DEFAULT 'REGISTERED', \`admittedOn\` date NULL, \`fullMemberSince\` date NULL, \`archivedAt\` datetime(6) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_person_status\` (\`membershipStatus\`, \`organizationId\`), INDEX \`IDX_person_employer\` (\`employerId\`), INDEX \`IDX_person_initials\` (\`nameInitials\`), INDEX \`IDX_person_pinyin\` (\`namePinyin\`), INDEX \`IDX_person_org_pinyin\` (\`organizationId\`, \`namePinyin\`), UNIQUE INDEX \`IDX_cbb650bcb430b2c14e0482359e\` (\`nationalIdIndex\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_cbb650bcb430b2c14e0482359e\` ON \`person\``);
    await queryRunner.query(`DROP INDEX \`IDX_person_org_pinyin\` ON \`person\``);
    await queryRunner.query(`DROP INDEX \`IDX_person_pinyin\` ON \`person\``);
    await queryRunner.query(`DROP INDEX \`IDX_person_initials\` ON \`person\``);
    await queryRunner.query(`DROP INDEX \`IDX_person_employer\` ON \`person\``);
    await queryRunner.query(`DROP INDEX \`IDX_person_status\` ON \`person\``);
    await queryRunner.query(`DROP TABLE \`person\``);
  }
}
