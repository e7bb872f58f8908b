import type { MigrationInterface, QueryRunner } from 'typeorm';

export class People1795763460288 implements MigrationInterface {
  name = 'People1795763460288';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "person" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(50) NOT NULL, "namePinyin" varchar(200) NOT NULL, "nameInitials" varchar(50) NOT NULL, "gender" varchar CHECK( "gender" IN ('MALE','FEMALE') ), "birthDate" date, "ethnicity" varchar(20), "education" varchar CHECK( "education" IN ('PRIMARY','JUNIOR_HIGH','SENIOR_HIGH','SECONDARY_VOCATIONAL','JUNIOR_COLLEGE','BACHELOR','MASTER','DOCTOR') ), "phone" varchar(30), "nationalIdSealed" varchar(120), "nationalIdIndex" varchar(64), "organizationId" integer NOT NULL, "employerId" integer, "posts" varchar(200), "membershipStatus" varchar CHECK( "membershipStatus" IN ('NON_MEMBER','APPLICANT','ACTIVIST','DEVELOPMENT_TARGET','PROBATIONARY','FULL','LEFT') ) NOT NULL DEFAULT ('NON_MEMBER'), "relation" varchar CHECK( "relation" IN ('REGISTERED','FLOW_IN') ) NOT NULL DEFAULT ('REGISTERED'), "admittedOn" date, "fullMemberSince" date, "archivedAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_cbb650bcb430b2c14e0482359ee" UNIQUE ("nationalIdIndex"))`);
    await queryRunner.query(`CREATE INDEX "IDX_person_status" ON "person" ("membershipStatus", "organizationId") `);
    await queryRunner.query(`CREATE INDEX "IDX_person_employer" ON "person" ("employerId") `);
    await queryRunner.query(`CREATE INDEX "IDX_person_initials" ON "person" ("nameInitials") `);
    await queryRunner.query(`CREATE INDEX "IDX_person_pinyin" ON "person" ("namePinyin") `);
    await queryRunner.query(`CREATE INDEX "IDX_person_org_pinyin" ON "person" ("organizationId", "namePinyin") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_person_org_pinyin"`);
    await queryRunner.query(`DROP INDEX "IDX_person_pinyin"`);
    await queryRunner.query(`DROP INDEX "IDX_person_initials"`);
    await queryRunner.query(`DROP INDEX "IDX_person_employer"`);
    await queryRunner.query(`DROP INDEX "IDX_person_status"`);
    await queryRunner.query(`DROP TABLE "person"`);
  }
}
