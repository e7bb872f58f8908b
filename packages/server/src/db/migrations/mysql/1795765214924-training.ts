import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795765214924 implements MigrationInterface {
  name = 'Training1795765214924';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`training_program\` (\`id\` int NOT NULL AUTO_INCREMENT, \`title\` varchar(100) NOT NULL, \`year\` int NOT NULL, \`organizerId\` int NOT NULL, \`description\` varchar(1000) NULL, \`archivedAt\` datetime(6) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_program_org_year\` (\`organizerId\`, \`year\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`training_class\` (\`id\` int NOT NULL AUTO_INCREMENT, \`programId\` int NOT NULL, \`organizerId\` int NOT NULL, \`title\` varchar(100) NOT NULL, \`audience\` varchar(200) NULL, \`venue\` varchar(200) NULL, \`online\` tinyint NOT NULL DEFAULT 0, \`startsOn\` date NOT NULL, \`endsOn\` date NOT NULL, \`capacity\` int NOT NULL, \`waitlist\` tinyint NOT NULL DEFAULT 1, \`enrollmentOpensOn\` date NOT NULL, \`enrollmentClosesOn\` date NOT NULL, \`requiredHours\` int NOT NULL, \`status\` enum ('DRAFT', 'PUBLISHED', 'CANCELLED') NOT NULL DEFAULT 'DRAFT', \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_class_org\` (\`organizerId\`, \`startsOn\`), INDEX \`IDX_class_start\` (\`startsOn\`), INDEX \`IDX_class_program\` (\`programId\`, \`startsOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`class_session\` (\`id\` int NOT NULL AUTO_INCREMENT, \`classId\` int NOT NULL, \`date\` date NOT NULL, \`hours\` int NOT NULL, \`topic\` varchar(200) NULL, \`checkInCode\` varchar(6) NOT NULL, INDEX \`IDX_session_class\` (\`classId\`, \`date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`class_quota\` (\`id\` int NOT NULL AUTO_INCREMENT, \`classId\` int NOT NULL, \`chamberId\` int NOT NULL, \`seats\` int NOT NULL, UNIQUE INDEX \`IDX_quota_unique\` (\`classId\`, \`chamberId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`enrollment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`classId\` int NOT NULL, \`personId\` int NOT NULL, \`chamberId\` int NULL, \`status\` enum ('WAITLISTED', 'REGISTERED', 'CONFIRMED', 'ATTENDED', 'ABSENT', 'CANCELLED') NOT NULL, \`requestedAt\` datetime(6) NOT NULL, \`hoursCredited\` int NOT NULL DEFAULT '0', \`completedAt\` datetime(6) NULL, \`certificateCode\` varchar(16) NULL, \`certificateRevokedAt\` datetime(6) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX \`IDX_enrollment_certificate\` (\`certificateCode\`), INDEX \`IDX_enrollment_person\` (\`personId\`), INDEX \`IDX_enrollment_class_status\` (\`classId\`, \`status\`, \`id\`), UNIQUE INDEX \`IDX_enrollment_unique\` (\`classId\`, \`personId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`attendance\` (\`id\` int NOT NULL AUTO_INCREMENT, \`enrollmentId\` int NOT NULL, \`sessionId\` int NOT NULL, \`method\` enum ('COORDINATOR', 'CODE') NOT NULL, \`checkedInAt\` datetime(6) NOT NULL, INDEX \`IDX_attendance_session\` (\`sessionId\`), UNIQUE INDEX \`IDX_attendance_unique\` (\`enrollmentId\`, \`sessionId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`user\` ADD \`personId\` int NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE \`user\` DROP COLUMN \`personId\``);
    await queryRunner.query(`DROP INDEX \`IDX_attendance_unique\` ON \`attendance\``);
    await queryRunner.query(`DROP INDEX \`IDX_attendance_session\` ON \`attendance\``);
    await queryRunner.query(`DROP TABLE \`attendance\``);
    await queryRunner.query(`DROP INDEX \`IDX_enrollment_unique\` ON \`enrollment\``);
    await queryRunner.query(`DROP INDEX \`IDX_enrollment_class_status\` ON \`enrollment\``);
    await queryRunner.query(`DROP INDEX \`IDX_enrollment_person\` ON \`enrollment\``);
    await queryRunner.query(`DROP INDEX \`IDX_enrollment_certificate\` ON \`enrollment\``);
    await queryRunner.query(`DROP TABLE \`enrollment\``);
    await queryRunner.query(`DROP INDEX \`IDX_quota_unique\` ON \`class_quota\``);
    await queryRunner.query(`DROP TABLE \`class_quota\``);
    await queryRunner.query(`DROP INDEX \`IDX_session_class\` ON \`class_session\``);
    await queryRunner.query(`DROP TABLE \`class_session\``);
    await queryRunner.query(`DROP INDEX \`IDX_class_program\` ON \`training_class\``);
    await queryRunner.query(`DROP INDEX \`IDX_class_start\` ON \`training_class\``);
    await queryRunner.query(`DROP INDEX \`IDX_class_org\` ON \`training_class\``);
    await queryRunner.query(`DROP TABLE \`training_class\``);
    await queryRunner.query(`DROP INDEX \`IDX_program_org_year\` ON \`training_program\``);
    await queryRunner.query(`DROP TABLE \`training_program\``);
  }
}
