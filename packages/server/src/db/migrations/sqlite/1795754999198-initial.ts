import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795754999198 implements MigrationInterface {
  name = 'Initial1795754999198';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "organization" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar CHECK( "kind" IN ('AGENCY','COORDINATION_GROUP','CHAMBER','ENTERPRISE','PARTY_COMMITTEE','GENERAL_BRANCH','BRANCH','JOINT_BRANCH','UNION','WOMEN_FEDERATION','YOUTH_LEAGUE') ) NOT NULL, "name" varchar(100) NOT NULL, "shortName" varchar(40), "namePinyin" varchar(400) NOT NULL, "nameInitials" varchar(100) NOT NULL, "parentId" integer, "hostId" integer, "path" varchar(255) NOT NULL, "depth" integer NOT NULL, "status" varchar CHECK( "status" IN ('NORMAL','WEAK_LAX') ) NOT NULL DEFAULT ('NORMAL'), "creditCode" varchar(18), "originProvince" varchar(10), "industry" varchar(50), "employeeCount" integer, "foundedOn" date, "address" varchar(200), "phone" varchar(30), "archivedAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_9ecc77553f79d2ec5d7e9e058fb" UNIQUE ("creditCode"))`);
    await queryRunner.query(`CREATE INDEX "IDX_organization_initials" ON "organization" ("nameInitials") `);
    await queryRunner.query(`CREATE INDEX "IDX_organization_kind_path" ON "organization" ("kind", "path") `);
    await queryRunner.query(`CREATE INDEX "IDX_organization_path" ON "organization" ("path") `);
    await queryRunner.query(`CREATE INDEX "IDX_organization_pinyin" ON "organization" ("namePinyin") `);
    await queryRunner.query(`CREATE INDEX "IDX_organization_kind_pinyin" ON "organization" ("kind", "namePinyin") `);
    await queryRunner.query(`CREATE INDEX "IDX_organization_host" ON "organization" ("hostId") `);
    await queryRunner.query(`CREATE INDEX "IDX_organization_parent_kind" ON "organization" ("parentId", "kind") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organization_parent_kind"`);
    await queryRunner.query(`DROP INDEX "IDX_organization_host"`);
    await queryRunner.query(`DROP INDEX "IDX_organization_kind_pinyin"`);
    await queryRunner.query(`DROP INDEX "IDX_organization_pinyin"`);
    await queryRunner.query(`DROP INDEX "IDX_organization_path"`);
    await queryRunner.query(`DROP INDEX "IDX_organization_kind_path"`);
    await queryRunner.query(`DROP INDEX "IDX_organization_initials"`);
    await queryRunner.query(`DROP TABLE "organization"`);
  }
}
