import type { MigrationInterface, QueryRunner } from 'typeorm';

export class UniquenessProbes1795780000000 implements MigrationInterface {
  name = 'UniquenessProbes1795780000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`uniqueness_probe\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`at\` datetime(6) NOT NULL, \`field\` varchar(30) NOT NULL, \`candidates\` int NOT NULL, INDEX \`IDX_uniqueness_probe_user\` (\`userId\`, \`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_uniqueness_probe_user\` ON \`uniqueness_probe\``);
    await queryRunner.query(`DROP TABLE \`uniqueness_probe\``);
  }
}
