import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The active organizations' term ends as one index, for the home page's overdue and due-soon counts. */
export class TermIndex1795930000000 implements MigrationInterface {
  name = 'TermIndex1795930000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`IDX_organization_archived_term\` ON \`organization\` (\`archivedAt\`, \`termEndsOn\`)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_organization_archived_term\` ON \`organization\``);
  }
}
