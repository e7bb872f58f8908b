import type { MigrationInterface, QueryRunner } from 'typeorm';

export class HomePageIndexes1795777123644 implements MigrationInterface {
  name = 'HomePageIndexes1795777123644';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`IDX_person_posts\` ON \`person\` (\`posts\`, \`employerId\`)`);
    await queryRunner.query(`CREATE INDEX \`IDX_person_seated\` ON \`person\` (\`membershipStatus\`, \`archivedAt\`, \`organizationId\`, \`employerId\`)`);
    await queryRunner.query(`CREATE INDEX \`IDX_meeting_org_held\` ON \`meeting\` (\`organizationId\`, \`heldOn\`, \`status\`, \`type\`)`);
    // Replaced by IDX_meeting_org_held, which starts with the same columns; dropped once that exists.
    await queryRunner.query(`DROP INDEX \`IDX_meeting_org_date\` ON \`meeting\``);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX \`IDX_meeting_org_date\` ON \`meeting\` (\`organizationId\`, \`heldOn\`)`);
    await queryRunner.query(`DROP INDEX \`IDX_meeting_org_held\` ON \`meeting\``);
    await queryRunner.query(`DROP INDEX \`IDX_person_seated\` ON \`person\``);
    await queryRunner.query(`DROP INDEX \`IDX_person_posts\` ON \`person\``);
  }
}
