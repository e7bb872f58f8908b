import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Exemplars1795768486677 implements MigrationInterface {
  name = 'Exemplars1795768486677';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`exemplar\` (\`id\` int NOT NULL AUTO_INCREMENT, \`personId\` int NULL, \`subjectOrganizationId\` int NULL, \`ownerOrganizationId\` int NOT NULL, \`publishedRevisionId\` int NULL, \`workingRevisionId\` int NULL, \`withdrawnAt\` datetime(6) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_exemplar_published\` (\`publishedRevisionId\`, \`withdrawnAt\`), INDEX \`IDX_exemplar_owner\` (\`ownerOrganizationId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`exemplar_revision\` (\`id\` int NOT NULL AUTO_INCREMENT, \`exemplarId\` int NOT NULL, \`number\` int NOT NULL, \`state\` enum ('DRAFT', 'IN_REVIEW', 'NOTICE', 'PUBLISHED', 'WITHDRAWN', 'SUPERSEDED') NOT NULL, \`category\` enum ('PARTY_MEMBER', 'PARTY_WORKER', 'PARTY_ORGANIZATION', 'ENTREPRENEUR', 'INSTRUCTOR') NOT NULL, \`title\` varchar(100) NOT NULL, \`citation\` varchar(500) NOT NULL, \`story\` text NOT NULL, \`photoId\` int NULL, \`awards\` text NOT NULL, \`publicity\` text NOT NULL, \`noticeStartsOn\` date NULL, \`noticeEndsOn\` date NULL, \`reviewNote\` varchar(500) NULL, \`authorName\` varchar(100) NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_revision_exemplar\` (\`exemplarId\`, \`number\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`photo\` (\`id\` int NOT NULL AUTO_INCREMENT, \`exemplarId\` int NOT NULL, \`storageKey\` varchar(64) NOT NULL, \`width\` int NOT NULL, \`height\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX \`IDX_photo_exemplar\` (\`exemplarId\`), UNIQUE INDEX \`IDX_c519dd02de85a51df58fb87993\` (\`storageKey\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_c519dd02de85a51df58fb87993\` ON \`photo\``);
    await queryRunner.query(`DROP INDEX \`IDX_photo_exemplar\` ON \`photo\``);
    await queryRunner.query(`DROP TABLE \`photo\``);
    await queryRunner.query(`DROP INDEX \`IDX_revision_exemplar\` ON \`exemplar_revision\``);
    await queryRunner.query(`DROP TABLE \`exemplar_revision\``);
    await queryRunner.query(`DROP INDEX \`IDX_exemplar_owner\` ON \`exemplar\``);
    await queryRunner.query(`DROP INDEX \`IDX_exemplar_published\` ON \`exemplar\``);
    await queryRunner.query(`DROP TABLE \`exemplar\``);
  }
}
