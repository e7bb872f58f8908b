import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponsibilityLetters1795771409995 implements MigrationInterface {
  name = 'ResponsibilityLetters1795771409995';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`responsibility_letter\` (\`id\` int NOT NULL AUTO_INCREMENT, \`chamberId\` int NOT NULL, \`year\` int NOT NULL, \`signedOn\` date NOT NULL, \`signatory\` varchar(50) NOT NULL, \`targets\` text NOT NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_letter_chamber_year\` (\`chamberId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_letter_chamber_year\` ON \`responsibility_letter\``);
    await queryRunner.query(`DROP TABLE \`responsibility_letter\``);
  }
}
