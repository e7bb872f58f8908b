import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Meetings1795768978996 implements MigrationInterface {
  name = 'Meetings1795768978996';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationId" integer NOT NULL, "type" varchar CHECK( "type" IN ('MEMBERS_MEETING','COMMITTEE_MEETING','GROUP_MEETING','PARTY_LECTURE','THEME_DAY') ) NOT NULL, "topic" varchar(100) NOT NULL, "plannedOn" date NOT NULL, "heldOn" date, "status" varchar CHECK( "status" IN ('PLANNED','HELD','CANCELLED') ) NOT NULL DEFAULT ('PLANNED'), "expectedCount" integer, "attendedCount" integer, "location" varchar(200), "minutes" text, "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_meeting_status" ON "meeting" ("status", "plannedOn") `);
    await queryRunner.query(`CREATE INDEX "IDX_meeting_org_date" ON "meeting" ("organizationId", "heldOn") `);
    await queryRunner.query(`CREATE TABLE "meeting_requirement" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organizationKind" varchar CHECK( "organizationKind" IN ('AGENCY','COORDINATION_GROUP','CHAMBER','ENTERPRISE','PARTY_COMMITTEE','GENERAL_BRANCH','BRANCH','JOINT_BRANCH','UNION','WOMEN_FEDERATION','YOUTH_LEAGUE') ) NOT NULL, "type" varchar CHECK( "type" IN ('MEMBERS_MEETING','COMMITTEE_MEETING','GROUP_MEETING','PARTY_LECTURE','THEME_DAY') ) NOT NULL, "period" varchar CHECK( "period" IN ('MONTH','QUARTER','HALF_YEAR','YEAR') ) NOT NULL, "minCount" integer NOT NULL DEFAULT (1))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_requirement_unique" ON "meeting_requirement" ("organizationKind", "type") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_requirement_unique"`);
    await queryRunner.query(`DROP TABLE "meeting_requirement"`);
    await queryRunner.query(`DROP INDEX "IDX_meeting_org_date"`);
    await queryRunner.query(`DROP INDEX "IDX_meeting_status"`);
    await queryRunner.query(`DROP TABLE "meeting"`);
  }
}
