import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsAndAudit1795756817414 implements MigrationInterface {
  name = 'AccountsAndAudit1795756817414';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "api_token" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "name" varchar(50) NOT NULL, "prefix" varchar(12) NOT NULL, "tokenHash" varchar(64) NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "lastUsedAt" datetime(6), "expiresAt" datetime(6), "revokedAt" datetime(6), CONSTRAINT "UQ_b8d5076cd3f3572829943b3f8ad" UNIQUE ("tokenHash"))`);
    await queryRunner.query(`CREATE INDEX "IDX_api_token_user" ON "api_token" ("userId") `);
    await queryRunner.query(`CREATE TABLE "session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "tokenHash" varchar(64) NOT NULL, "userId" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "expiresAt" datetime(6) NOT NULL, "ip" varchar(64), CONSTRAINT "UQ_ff3b5bfd0767bd32942e5ccaad0" UNIQUE ("tokenHash"))`);
    await queryRunner.query(`CREATE INDEX "IDX_session_user" ON "session" ("userId") `);
    await queryRunner.query(`CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "username" varchar(50) NOT NULL, "displayName" varchar(50) NOT NULL, "passwordHash" varchar(200) NOT NULL, "role" varchar CHECK( "role" IN ('ADMIN','ASSESSOR','COORDINATOR','STAFF','TRAINEE') ) NOT NULL, "organizationId" integer NOT NULL, "disabled" boolean NOT NULL DEFAULT (0), "failedSignIns" integer NOT NULL DEFAULT (0), "lockedUntil" datetime(6), "lastSignInAt" datetime(6), "version" integer NOT NULL, "createdAt" datetime(6) NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime(6) NOT NULL DEFAULT (datetime('now')), CONSTRAINT "UQ_78a916df40e02a9deb1c4b75edb" UNIQUE ("username"))`);
    await queryRunner.query(`CREATE INDEX "IDX_user_organization" ON "user" ("organizationId") `);
    await queryRunner.query(`CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "at" datetime(6) NOT NULL, "actorId" integer, "actorName" varchar(50), "organizationId" integer, "action" varchar(50) NOT NULL, "recordType" varchar(50), "recordId" varchar(50), "changes" text, "requestId" varchar(64), "ip" varchar(64))`);
    await queryRunner.query(`CREATE INDEX "IDX_audit_action" ON "audit_entry" ("action", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_actor" ON "audit_entry" ("actorId", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_organization" ON "audit_entry" ("organizationId", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_record" ON "audit_entry" ("recordType", "recordId") `);
    await queryRunner.query(`CREATE INDEX "IDX_audit_at" ON "audit_entry" ("at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_audit_at"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_record"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_organization"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_actor"`);
    await queryRunner.query(`DROP INDEX "IDX_audit_action"`);
    await queryRunner.query(`DROP TABLE "audit_entry"`);
    await queryRunner.query(`DROP INDEX "IDX_user_organization"`);
    await queryRunner.query(`DROP TABLE "user"`);
    await queryRunner.query(`DROP INDEX "IDX_session_user"`);
    await queryRunner.query(`DROP TABLE "session"`);
    await queryRunner.query(`DROP INDEX "IDX_api_token_user"`);
    await queryRunner.query(`DROP TABLE "api_token"`);
  }
}
