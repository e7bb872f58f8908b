import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DevelopmentCases1795764031118 implements MigrationInterface {
  name = 'DevelopmentCases1795764031118';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`development_case\` (\`id\` int NOT NULL AUTO_INCREMENT, \`personId\` int NOT NULL, \`organizationId\` int NOT NULL, \`stage\` enum ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'CANCELLED', 'WITHDRAWN') NOT NULL, \`appliedOn\` date NOT NULL, \`talkedOn\` date NULL, \`activistOn\` date NULL, \`targetOn\` date NULL, \`politicalReviewOn\` date NULL, \`trainingDays\` int NOT NULL DEFAULT '0', \`trainingHours\` int NOT NULL DEFAULT '0', \`admittedOn\` date NULL, \`approvedOn\` date NULL, \`probationEndsOn\` date NULL, \`extensionMonths\` int NULL, \`closedOn\` date NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_case_stage\` (\`stage\`, \`appliedOn\`), INDEX \`IDX_case_person\` (\`personId\`), INDEX \`IDX_case_org_stage\` (\`organizationId\`, \`stage\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`case_event\` (\`id\` int NOT NULL AUTO_INCREMENT, \`caseId\` int NOT NULL, \`action\` enum ('OPEN', 'RECORD_TALK', 'ASSIGN_CONTACTS', 'RECORD_ASSESSMENT', 'ASSIGN_INTRODUCERS', 'RECORD_POLITICAL_REVIEW', 'RECORD_TRAINING', 'ADVANCE', 'APPROVE_ADMISSION', 'EXTEND_PROBATION', 'CONVERT', 'CANCEL', 'WITHDRAW') NOT NULL, \`effectiveOn\` date NOT NULL, \`fromStage\` enum ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'CANCELLED', 'WITHDRAWN') NULL, \`toStage\` enum ('APPLICANT', 'ACTIVIST', 'DEVELOPMENT_TARGET', 'PROBATIONARY', 'FULL', 'CANCELLED', 'WITHDRAWN') NULL, \`decisionRef\` varchar(100) NULL, \`note\` varchar(500) NULL, \`actorId\` int NULL, \`actorName\` varchar(100) NULL, \`recordedAt\` datetime(6) NOT NULL, INDEX \`IDX_case_event_case\` (\`caseId\`, \`id\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`case_sponsor\` (\`id\` int NOT NULL AUTO_INCREMENT, \`caseId\` int NOT NULL, \`role\` enum ('CONTACT', 'INTRODUCER') NOT NULL, \`personId\` int NOT NULL, \`assignedOn\` date NOT NULL, INDEX \`IDX_case_sponsor_person\` (\`personId\`), UNIQUE INDEX \`IDX_case_sponsor_unique\` (\`caseId\`, \`role\`, \`personId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`case_assessment\` (\`id\` int NOT NULL AUTO_INCREMENT, \`caseId\` int NOT NULL, \`period\` varchar(6) NOT NULL, \`result\` enum ('EXCELLENT', 'GOOD', 'PASS', 'FAIL') NOT NULL, \`assessedOn\` date NOT NULL, \`note\` varchar(500) NULL, UNIQUE INDEX \`IDX_case_assessment_period\` (\`caseId\`, \`period\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`public_notice\` (\`id\` int NOT NULL AUTO_INCREMENT, \`organizationId\` int NOT NULL, \`stage\` enum ('DEVELOPMENT_TARGET', 'ADMISSION', 'CONVERSION') NOT NULL, \`title\` varchar(100) NOT NULL, \`body\` varchar(2000) NULL, \`startsOn\` date NOT NULL, \`lengthDays\` int NOT NULL DEFAULT '10', \`dayType\` enum ('CALENDAR', 'WORKING') NOT NULL DEFAULT 'CALENDAR', \`endsOn\` date NOT NULL, \`hotline\` varchar(50) NOT NULL, \`suggestionBox\` varchar(200) NOT NULL, \`publishedAt\` datetime(6) NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_notice_published\` (\`publishedAt\`, \`endsOn\`), INDEX \`IDX_notice_org\` (\`organizationId\`, \`startsOn\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`notice_case\` (\`id\` int NOT NULL AUTO_INCREMENT, \`noticeId\` int NOT NULL, \`caseId\` int NOT NULL, INDEX \`IDX_notice_case_case\` (\`caseId\`), UNIQUE INDEX \`IDX_notice_case_unique\` (\`noticeId\`, \`caseId\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`calendar_day\` (\`id\` int NOT NULL AUTO_INCREMENT, \`date\` date NOT NULL, \`kind\` enum ('WORKDAY', 'HOLIDAY') NOT NULL, \`note\` varchar(100) NULL, UNIQUE INDEX \`IDX_82404934db32af18c10dfe7087\` (\`date\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`report\` (\`id\` int NOT NULL AUTO_INCREMENT, \`reference\` varchar(20) NOT NULL, \`organizationId\` int NOT NULL, \`noticeId\` int NULL, \`caseId\` int NULL, \`channel\` enum ('HOTLINE', 'SUGGESTION_BOX', 'ONLINE', 'LETTER', 'VISIT') NOT NULL, \`anonymous\` tinyint NOT NULL DEFAULT 0, \`reporterName\` varchar(50) NULL, \`reporterContactSealed\` varchar(300) NULL, \`content\` text NOT NULL, \`receivedOn\` date NOT NULL, \`status\` enum ('RECEIVED', 'VERIFYING', 'SUBSTANTIATED', 'UNSUBSTANTIATED', 'CLOSED') NOT NULL DEFAULT 'RECEIVED', \`finding\` enum ('SUBSTANTIATED', 'UNSUBSTANTIATED') NULL, \`findingNote\` varchar(1000) NULL, \`decision\` varchar(1000) NULL, \`closedOn\` date NULL, \`version\` int NOT NULL, \`createdAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), \`updatedAt\` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX \`IDX_report_org\` (\`organizationId\`, \`receivedOn\`), INDEX \`IDX_report_case\` (\`caseId\`, \`status\`), INDEX \`IDX_report_notice\` (\`noticeId\`, \`status\`), UNIQUE INDEX \`IDX_bd6cd2fe7e7938e6af2bd175b2\` (\`reference\`), PRIMARY KEY (\`id\`)) ENGINE=InnoDB`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX \`IDX_bd6cd2fe7e7938e6af2bd175b2\` ON \`report\``);
    await queryRunner.query(`DROP INDEX \`IDX_report_notice\` ON \`report\``);
    await queryRunner.query(`DROP INDEX \`IDX_report_case\` ON \`report\``);
    await queryRunner.query(`DROP INDEX \`IDX_report_org\` ON \`report\``);
    await queryRunner.query(`DROP TABLE \`report\``);
    await queryRunner.query(`DROP INDEX \`IDX_82404934db32af18c10dfe7087\` ON \`calendar_day\``);
    await queryRunner.query(`DROP TABLE \`calendar_day\``);
    await queryRunner.query(`DROP INDEX \`IDX_notice_case_unique\` ON \`notice_case\``);
    await queryRunner.query(`DROP INDEX \`IDX_notice_case_case\` ON \`notice_case\``);
    await queryRunner.query(`DROP TABLE \`notice_case\``);
    await queryRunner.query(`DROP INDEX \`IDX_notice_org\` ON \`public_notice\``);
    await queryRunner.query(`DROP INDEX \`IDX_notice_published\` ON \`public_notice\``);
    await queryRunner.query(`DROP TABLE \`public_notice\``);
    await queryRunner.query(`DROP INDEX \`IDX_case_assessment_period\` ON \`case_assessment\``);
    await queryRunner.query(`DROP TABLE \`case_assessment\``);
    await queryRunner.query(`DROP INDEX \`IDX_case_sponsor_unique\` ON \`case_sponsor\``);
    await queryRunner.query(`DROP INDEX \`IDX_case_sponsor_person\` ON \`case_sponsor\``);
    await queryRunner.query(`DROP TABLE \`case_sponsor\``);
    await queryRunner.query(`DROP INDEX \`IDX_case_event_case\` ON \`case_event\``);
    await queryRunner.query(`DROP TABLE \`case_event\``);
    await queryRunner.query(`DROP INDEX \`IDX_case_org_stage\` ON \`development_case\``);
    await queryRunner.query(`DROP INDEX \`IDX_case_person\` ON \`development_case\``);
    await queryRunner.query(`DROP INDEX \`IDX_case_stage\` ON \`development_case\``);
    await queryRunner.query(`DROP TABLE \`development_case\``);
  }
}
