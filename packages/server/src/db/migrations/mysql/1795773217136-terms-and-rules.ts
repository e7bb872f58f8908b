import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TermsAndRules1795773217136 implements MigrationInterface {
  name = 'TermsAndRules1795773217136';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`rule_setting\` (\`name\` varchar(40) NOT NULL, \`value\` int NOT NULL, PRIMARY KEY (\`name\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`organization\` ADD \`termStartedOn\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`organization\` ADD \`termEndsOn\` date NULL`);
    await queryRunner.query(`ALTER TABLE \`organization\` ADD \`termDueSoonOn\` date NULL`);
    await queryRunner.query(`CREATE INDEX \`IDX_organization_term_ends\` ON \`organization\` (\`termEndsOn\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_organization_term_ends\` ON \`organization\``);
    await queryRunner.query(`ALTER TABLE \`organization\` DROP COLUMN \`termDueSoonOn\``);
    await queryRunner.query(`ALTER TABLE \`organization\` DROP COLUMN \`termEndsOn\``);
    await queryRunner.query(`ALTER TABLE \`organization\` DROP COLUMN \`termStartedOn\``);
    await queryRunner.query(`DROP TABLE \`rule_setting\``);
  }
}
