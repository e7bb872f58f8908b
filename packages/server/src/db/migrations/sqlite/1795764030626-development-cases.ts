import type { MigrationInterface, QueryRunner } from 'typeorm';

export class DevelopmentCases1795764030626 implements MigrationInterface {
  name = 'DevelopmentCases1795764030626';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "development_case" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "personId" integer NOT NULL, "organizationId" integer NOT NULL, "stage" varchar CHECK( "stage" IN ('APPLICANT','ACTIVIST','DEVELOPMENT_TARGET','PROBATIONARY','FULL','CANCELLED','WITHDRAWN') ) NOT NULL, "appliedOn" date NOT NULL, "talkedOn" date, "activistOn" date, "targetOn" date, "politicalReviewOn" date, "trainingDays" integer NOT NULL DEFAULT (0), "trainingHours" integer NOT NULL DEFAULT (0), "admittedOn" date, "approvedOn" date, "probationEndsOn" date, "extensionMonths" integer, "closedOn" date, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_case_stage" ON "development_case" ("stage", "appliedOn") `);
    await queryRunner.query(`CREATE INDEX "IDX_case_person" ON "development_case" ("personId") `);
    await queryRunner.query(`CREATE INDEX "IDX_case_org_stage" ON "development_case" ("organizationId", "stage") `);
    await queryRunner.query(`CREATE TABLE "case_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "action" varchar CHECK( "action" IN ('OPEN','RECORD_TALK','ASSIGN_CONTACTS','RECORD_ASSESSMENT','ASSIGN_INTRODUCERS','RECORD_POLITICAL_REVIEW','RECORD_TRAINING','ADVANCE','APPROVE_ADMISSION','EXTEND_PROBATION','CONVERT','CANCEL','WITHDRAW') ) NOT NULL, "effectiveOn" date NOT NULL, "fromStage" varchar CHECK( "fromStage" IN ('APPLICANT','ACTIVIST','DEVELOPMENT_TARGET','PROBATIONARY','FULL','CANCELLED','WITHDRAWN') ), "toStage" varchar CHECK( "toStage" IN ('APPLICANT','ACTIVIST','DEVELOPMENT_TARGET','PROBATIONARY','FULL','CANCELLED','WITHDRAWN') ), "decisionRef" varchar(100), "note" varchar(500), "actorId" integer, "actorName" varchar(100), "recordedAt" datetime(6) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_case_event_case" ON "case_event" ("caseId", "id") `);
    await queryRunner.query(`CREATE TABLE "case_sponsor" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "role" varchar CHECK( "role" IN ('CONTACT','INTRODUCER') ) NOT NULL, "personId" integer NOT NULL, "assignedOn" date NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_case_sponsor_person" ON "case_sponsor" ("personId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_case_sponsor_unique" ON "case_sponsor" ("caseId", "role", "personId") `);
    await queryRunner.query(`CREATE TABLE "case_assessment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "period" varchar(6) NOT NULL, "result" varchar CHECK( "result" IN ('EXCELLENT','GOOD','PASS','FAIL') ) NOT NULL, "assessedOn" date NOT NULL, "note" varchar(500))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_case_assessment_period" ON "case_assessment" ("caseId", "period") `);
    await queryRunner.query(`CREATE TABLE "public_notice" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "stage" varchar CHECK( "stage" IN ('DEVELOPMENT_TARGET','ADMISSION','CONVERSION') ) NOT NULL, "title" varchar(100) NOT NULL, "body" varchar(2000), "startsOn" date NOT NULL, "lengthDays" integer NOT NULL DEFAULT (10), "dayType" varchar CHECK( "dayType" IN ('CALENDAR','WORKING') ) NOT NULL DEFAULT ('CALENDAR'), "endsOn" date NOT NULL, "hotline" varchar(50) NOT NULL, "suggestionBox" varchar(200) NOT NULL, "publishedAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_notice_published" ON "public_notice" ("publishedAt", "endsOn") `);
    await queryRunner.query(`CREATE INDEX "IDX_notice_org" ON "public_notice" ("organizationId", "startsOn") `);
    await queryRunner.query(`CREATE TABLE "notice_case" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "noticeId" integer NOT NULL, "caseId" integer NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_notice_case_case" ON "notice_case" ("caseId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_notice_case_unique" ON "notice_case" ("noticeId", "caseId") `);
    await queryRunner.query(`CREATE TABLE "calendar_day" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "date" date NOT NULL, "kind" varchar CHECK( "kind" IN ('WORKDAY','HOLIDAY') ) NOT NULL, "note" varchar(100), CONSTRAINT "UQ_82404934db32af18c10dfe7087e" UNIQUE ("date"))`);
    await queryRunner.query(`CREATE TABLE "report" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "reference" varchar(20) NOT NULL, "organizationId" integer NOT NULL, "noticeId" integer, "caseId" integer, "channel" varchar CHECK( "channel" IN ('HOTLINE','SUGGESTION_BOX','ONLINE','LETTER','VISIT') ) NOT NULL, "anonymous" boolean NOT NULL DEFAULT (0), "reporterName" varchar(50), "reporterContactSealed" varchar(300), "content" text NOT NULL, "receivedOn" date NOT NULL, "status" varchar CHECK( "status" IN ('RECEIVED','VERIFYING','SUBSTANTIATED','UNSUBSTANTIATED','CLOSED') ) NOT NULL DEFAULT ('RECEIVED'), "finding" varchar CHECK( "finding" IN ('SUBSTANTIATED','UNSUBSTANTIATED') ), "findingNote" varchar(1000), "decision" varchar(1000), "closedOn" date, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_bd6cd2fe7e7938e6af2bd175b25" UNIQUE ("reference"))`);
    await queryRunner.query(`CREATE INDEX "IDX_report_org" ON "report" ("organizationId", "receivedOn") `);
    await queryRunner.query(`CREATE INDEX "IDX_report_case" ON "report" ("caseId", "status") `);
    await queryRunner.query(`CREATE INDEX "IDX_report_notice" ON "report" ("noticeId", "status") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_report_notice"`);
    await queryRunner.query(`DROP INDEX "IDX_report_case"`);
    await queryRunner.query(`DROP INDEX "IDX_report_org"`);
    await queryRunner.query(`DROP TABLE "report"`);
    await queryRunner.query(`DROP TABLE "calendar_day"`);
    await queryRunner.query(`DROP INDEX "IDX_notice_case_unique"`);
    await queryRunner.query(`DROP INDEX "IDX_notice_case_case"`);
    await queryRunner.query(`DROP TABLE "notice_case"`);
    await queryRunner.query(`DROP INDEX "IDX_notice_org"`);
    await queryRunner.query(`DROP INDEX "IDX_notice_published"`);
    await queryRunner.query(`DROP TABLE "public_notice"`);
    await queryRunner.query(`DROP INDEX "IDX_case_assessment_period"`);
    await queryRunner.query(`DROP TABLE "case_assessment"`);
    await queryRunner.query(`DROP INDEX "IDX_case_sponsor_unique"`);
    await queryRunner.query(`DROP INDEX "IDX_case_sponsor_person"`);
    await queryRunner.query(`DROP TABLE "case_sponsor"`);
    await queryRunner.query(`DROP INDEX "IDX_case_event_case"`);
    await queryRunner.query(`DROP TABLE "case_event"`);
    await queryRunner.query(`DROP INDEX "IDX_case_org_stage"`);
    await queryRunner.query(`DROP INDEX "IDX_case_person"`);
    await queryRunner.query(`DROP INDEX "IDX_case_stage"`);
    await queryRunner.query(`DROP TABLE "development_case"`);
  }
}
