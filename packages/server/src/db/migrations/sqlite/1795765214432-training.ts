import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Training1795765214432 implements MigrationInterface {
  name = 'Training1795765214432';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "training_program" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "title" varchar(100) NOT NULL, "year" integer NOT NULL, "organizerId" integer NOT NULL, "description" varchar(1000), "archivedAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_program_org_year" ON "training_program" ("organizerId", "year") `);
    await queryRunner.query(`CREATE TABLE "training_class" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "programId" integer NOT NULL, "organizerId" integer NOT NULL, "title" varchar(100) NOT NULL, "audience" varchar(200), "venue" varchar(200), "online" boolean NOT NULL DEFAULT (0), "startsOn" date NOT NULL, "endsOn" date NOT NULL, "capacity" integer NOT NULL, "waitlist" boolean NOT NULL DEFAULT (1), "enrollmentOpensOn" date NOT NULL, "enrollmentClosesOn" date NOT NULL, "requiredHours" integer NOT NULL, "status" varchar CHECK( "status" IN ('DRAFT','PUBLISHED','CANCELLED') ) NOT NULL DEFAULT ('DRAFT'), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE INDEX "IDX_class_org" ON "training_class" ("organizerId", "startsOn") `);
    await queryRunner.query(`CREATE INDEX "IDX_class_start" ON "training_class" ("startsOn") `);
    await queryRunner.query(`CREATE INDEX "IDX_class_program" ON "training_class" ("programId", "startsOn") `);
    await queryRunner.query(`CREATE TABLE "class_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "classId" integer NOT NULL, "date" date NOT NULL, "hours" integer NOT NULL, "topic" varchar(200), "checkInCode" varchar(6) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_session_class" ON "class_session" ("classId", "date") `);
    await queryRunner.query(`CREATE TABLE "class_quota" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "classId" integer NOT NULL, "chamberId" integer NOT NULL, "seats" integer NOT NULL)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_quota_unique" ON "class_quota" ("classId", "chamberId") `);
    await queryRunner.query(`CREATE TABLE "enrollment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "classId" integer NOT NULL, "personId" integer NOT NULL, "chamberId" integer, "status" varchar CHECK( "status" IN ('WAITLISTED','REGISTERED','CONFIRMED','ATTENDED','ABSENT','CANCELLED') ) NOT NULL, "requestedAt" datetime(6) NOT NULL, "hoursCredited" integer NOT NULL DEFAULT (0), "completedAt" datetime(6), "certificateCode" varchar(16), "certificateRevokedAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_enrollment_certificate" ON "enrollment" ("certificateCode") `);
    await queryRunner.query(`CREATE INDEX "IDX_enrollment_person" ON "enrollment" ("personId") `);
    await queryRunner.query(`CREATE INDEX "IDX_enrollment_class_status" ON "enrollment" ("classId", "status", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_enrollment_unique" ON "enrollment" ("classId", "personId") `);
    await queryRunner.query(`CREATE TABLE "attendance" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "enrollmentId" integer NOT NULL, "sessionId" integer NOT NULL, "method" varchar CHECK( "method" IN ('COORDINATOR','CODE') ) NOT NULL, "checkedInAt" datetime(6) NOT NULL)`);
    await queryRunner.query(`CREATE INDEX "IDX_attendance_session" ON "attendance" ("sessionId") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "IDX_attendance_unique" ON "attendance" ("enrollmentId", "sessionId") `);
    await queryRunner.query(`DROP INDEX "IDX_user_organization"`);
    await queryRunner.query(`CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "displayName" varchar(50) NOT NULL, "passwordHash" varchar(200) NOT NULL, "role" varchar CHECK( "role" IN ('ADMIN','ASSESSOR','COORDINATOR','STAFF','TRAINEE') ) NOT NULL, "organizationId" integer NOT NULL, "disabled" boolean NOT NULL DEFAULT (0), "failedSignIns" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(6), "lastSignInAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "personId" integer, CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"))`);
    await queryRunner.query(`INSERT INTO "temporary_user"("id", "username", "displayName", "passwordHash", "role", "organizationId", "disabled", "failedSignIns", "lockedUntil", "lastSignInAt", "version", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "passwordHash", "role", "organizationId", "disabled", "failedSignIns", "lockedUntil", "lastSignInAt", "version", "createdAt", "updatedAt" FROM "user"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`ALTER TABLE "temporary_user" RENAME TO "user"`);
    await queryRunner.query(`CREATE INDEX "IDX_user_organization" ON "user" ("organizationId") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_user_organization"`);
    await queryRunner.query(`ALTER TABLE "user" RENAME TO "temporary_user"`);
    await queryRunner.query(`CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "displayName" varchar(50) NOT NULL, "passwordHash" varchar(200) NOT NULL, "role" varchar CHECK( "role" IN ('ADMIN','ASSESSOR','COORDINATOR','STAFF','TRAINEE') ) NOT NULL, "organizationId" integer NOT NULL, "disabled" boolean NOT NULL DEFAULT (0), "failedSignIns" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(6), "lastSignInAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"))`);
    await queryRunner.query(`INSERT INTO "user"("id", "username", "displayName", "passwordHash", "role", "organizationId", "disabled", "failedSignIns", "lockedUntil", "lastSignInAt", "version", "createdAt", "updatedAt") SELECT "id", "username", "displayName", "passwordHash", "role", "organizationId", "disabled", "failedSignIns", "lockedUntil", "lastSignInAt", "version", "createdAt", "updatedAt" FROM "temporary_user"`);
    await queryRunner.query(`DROP TABLE "temporary_user"`);
    await queryRunner.query(`CREATE INDEX "IDX_user_organization" ON "user" ("organizationId") `);
    await queryRunner.query(`DROP INDEX "IDX_attendance_unique"`);
    await queryRunner.query(`DROP INDEX "IDX_attendance_session"`);
    await queryRunner.query(`DROP TABLE "attendance"`);
    await queryRunner.query(`DROP INDEX "IDX_enrollment_unique"`);
    await queryRunner.query(`DROP INDEX "IDX_enrollment_class_status"`);
    await queryRunner.query(`DROP INDEX "IDX_enrollment_person"`);
    await queryRunner.query(`DROP INDEX "IDX_enrollment_certificate"`);
    await queryRunner.query(`DROP TABLE "enrollment"`);
    await queryRunner.query(`DROP INDEX "IDX_quota_unique"`);
    await queryRunner.query(`DROP TABLE "class_quota"`);
    await queryRunner.query(`DROP INDEX "IDX_session_class"`);
    await queryRunner.query(`DROP TABLE "class_session"`);
    await queryRunner.query(`DROP INDEX "IDX_class_program"`);
    await queryRunner.query(`DROP INDEX "IDX_class_start"`);
    await queryRunner.query(`DROP INDEX "IDX_class_org"`);
    await queryRunner.query(`DROP TABLE "training_class"`);
    await queryRunner.query(`DROP INDEX "IDX_program_org_year"`);
    await queryRunner.query(`DROP TABLE "training_program"`);
  }
}
