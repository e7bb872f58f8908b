import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndAudit1795756817963 implements MigrationInterface {
  name = 'AccountsAndAudit1795756817963';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`api_token\` (\`id\` int NOT NULL AUTO_INCREMENT, \`userId\` int NOT NULL, \`name\` varchar(50) NOT NULL, \`prefix\` varchar(12) NOT NULL, \`tokenHash\` varchar(64) NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`lastUsedAt\` datetime(6) NULL, \`expiresAt\` datetime(6) NULL, \`revokedAt\` datetime(6) NULL, INDEX \`IDX_api_token_user\` (\`userId\`), UNIQUE INDEX \`IDX_b8d5076cd3f3572829943b3f8a\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`session\` (\`id\` int NOT NULL AUTO_INCREMENT, \`tokenHash\` varchar(64) NOT NULL, \`userId\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`expiresAt\` datetime(6) NOT NULL, \`ip\` varchar(64) NULL, INDEX \`IDX_session_user\` (\`userId\`), UNIQUE INDEX \`IDX_ff3b5bfd0767bd32942e5ccaad\` (\`tokenHash\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`user\` (\`id\` int NOT NULL AUTO_INCREMENT, \`username\` varchar(50) NOT NULL, \`displayName\` varchar(50) NOT NULL, \`passwordHash\` varchar(200) NOT NULL, \`role\` enum ('ADMIN', 'ASSESSOR', 'COORDINATOR', 'STAFF', 'TRAINEE') NOT NULL, \`organizationId\` int NOT NULL, \`disabled\` tinyint NOT NULL DEFAULT 0, \`failedSignIns\` int NOT NULL DEFAULT '0', \`lockedUntil\` datetime(6) NULL, \`lastSignInAt\` datetime(6) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_user_organization\` (\`organizationId\`), UNIQUE INDEX \`IDX_78a916df40e02a9deb1c4b75ed\` (\`username\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`audit_entry\` (\`id\` int NOT NULL AUTO_INCREMENT, \`at\` datetime(6) NOT NULL, \`actorId\` int NULL, \`actorName\` varchar(50) NULL, \`organizationId\` int NULL, \`action\` varchar(50) NOT NULL, \`recordType\` varchar(50) NULL, \`recordId\` varchar(50) NULL, \`changes\` text NULL, \`requestId\` varchar(64) NULL, \`ip\` varchar(64) NULL, INDEX \`IDX_audit_action\` (\`action\`, \`at\`), INDEX \`IDX_audit_actor\` (\`actorId\`, \`at\`), INDEX \`IDX_audit_organization\` (\`organizationId\`, \`at\`), INDEX \`IDX_audit_record\` (\`recordType\`, \`recordId\`), INDEX \`IDX_audit_at\` (\`at\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_audit_at\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_audit_record\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_audit_organization\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_audit_actor\` ON \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_audit_action\` ON \`audit_entry\``);
    await queryRunner.query(`DROP TABLE \`audit_entry\``);
    await queryRunner.query(`DROP INDEX \`IDX_78a916df40e02a9deb1c4b75ed\` ON \`user\``);
    await queryRunner.query(`DROP INDEX \`IDX_user_organization\` ON \`user\``);
    await queryRunner.query(`DROP TABLE \`user\``);
    await queryRunner.query(`DROP INDEX \`IDX_ff3b5bfd0767bd32942e5ccaad\` ON \`session\``);
    await queryRunner.query(`DROP INDEX \`IDX_session_user\` ON \`session\``);
    await queryRunner.query(`DROP TABLE \`session\``);
    await queryRunner.query(`DROP INDEX \`IDX_b8d5076cd3f3572829943b3f8a\` ON \`api_token\``);
    await queryRunner.query(`DROP INDEX \`IDX_api_token_user\` ON \`api_token\``);
    await queryRunner.query(`DROP TABLE \`api_token\``);
  }
}
