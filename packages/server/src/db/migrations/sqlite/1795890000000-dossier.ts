import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The national rules' kinds of material, step by step (docs/api.md, "The dossier"): code, name,
 * step, place. Not required until administrators say so, since the dossier is kept here from the
 * day a department starts.
 */
export const BUILT_IN_MATERIAL_KINDS: [code: string, name: string, step: string, sortOrder: number][] = [
  ['APPLICATION_LETTER', '入党申请书', 'APPLICATION', 1],
  ['TALK_RECORD', '谈话记录', 'TALK', 1],
  ['ACTIVIST_RECOMMENDATION', '推荐入党积极分子材料（党员推荐、群团组织推优）', 'ACTIVIST', 1],
  ['ACTIVIST_REGISTRATION', '入党积极分子培养教育考察登记表', 'ASSESSMENT', 1],
  ['THOUGHT_REPORTS', '思想汇报', 'ASSESSMENT', 2],
  ['CONTACTS_OPINION', '培养联系人意见', 'DEVELOPMENT_TARGET', 1],
  ['MASSES_OPINION', '党员和群众意见', 'DEVELOPMENT_TARGET', 2],
  ['POLITICAL_REVIEW', '政治审查材料', 'POLITICAL_REVIEW', 1],
  ['TRAINING_CERTIFICATE', '集中培训结业证书', 'TRAINING', 1],
  ['VOLUNTEER_FORM', '入党志愿书', 'ADMISSION', 1],
  ['ADMISSION_RESOLUTION', '支部大会接收预备党员决议', 'ADMISSION', 2],
  ['COMMITTEE_APPROVAL', '上级党委审批意见', 'APPROVAL', 1],
  ['CONVERSION_APPLICATION', '转正申请书', 'CONVERSION', 1],
  ['CONVERSION_RESOLUTION', '支部大会讨论转正决议', 'CONVERSION', 2],
];

/** Each built-in kind as a row: every file type, added by administrators, coordinators and staff. */
export function builtInKindRows(): unknown[][] {
  return BUILT_IN_MATERIAL_KINDS.map(([code, name, step, sortOrder]) => [code, name, step, JSON.stringify(['PDF', 'JPEG', 'PNG']), JSON.stringify(['ADMIN', 'COORDINATOR', 'STAFF']), sortOrder]);
}

/** A case's dossier: the kinds of material each step needs, and each case's files, versioned. */
export class Dossier1795890000000 implements MigrationInterface {
  name = 'Dossier1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "material_kind" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(40) NOT NULL, "name" varchar(60) NOT NULL, "step" varchar(30) NOT NULL, "required" boolean NOT NULL DEFAULT (0), "fileTypes" text NOT NULL, "uploadRoles" text NOT NULL, "sortOrder" integer NOT NULL DEFAULT (0), "builtIn" boolean NOT NULL DEFAULT (0), "version" integer NOT NULL, "updatedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_material_kind_code" ON "material_kind" ("code") ');
    await queryRunner.query(
      'CREATE TABLE "case_material" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "caseId" integer NOT NULL, "kindId" integer NOT NULL, "revision" integer NOT NULL, "fileKey" varchar(120) NOT NULL, "fileType" varchar(10) NOT NULL, "fileName" varchar(100) NOT NULL, "byteSize" integer NOT NULL, "pageCount" integer NOT NULL, "formedOn" date NOT NULL, "uploadedAt" datetime(6) NOT NULL DEFAULT (datetime(\'now\')), "uploadedById" integer, "uploadedByName" varchar(100) NOT NULL, "replacedAt" datetime(6), "replacedReason" varchar(200))',
    );
    await queryRunner.query('CREATE INDEX "IDX_case_material_case" ON "case_material" ("caseId", "kindId", "replacedAt") ');
    for (const row of builtInKindRows()) {
      await queryRunner.query('INSERT INTO "material_kind" ("code", "name", "step", "fileTypes", "uploadRoles", "sortOrder", "required", "builtIn", "version") VALUES (?, ?, ?, ?, ?, ?, 0, 1, 1)', row);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_case_material_case"');
    await queryRunner.query('DROP TABLE "case_material"');
    await queryRunner.query('DROP INDEX "IDX_material_kind_code"');
    await queryRunner.query('DROP TABLE "material_kind"');
  }
}
