import type { MigrationInterface, QueryRunner } from 'typeorm';
import { builtInKindRows } from '../sqlite/1795890000000-dossier';

/** A case's dossier: the kinds of material each step needs (the national rules' built in), and each case's files, versioned. */
export class Dossier1795890000000 implements MigrationInterface {
  name = 'Dossier1795890000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE `material_kind` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(40) NOT NULL, `name` varchar(60) NOT NULL, `step` varchar(30) NOT NULL, `required` tinyint NOT NULL DEFAULT 0, `fileTypes` text NOT NULL, `uploadRoles` text NOT NULL, `sortOrder` int NOT NULL DEFAULT \'0\', `builtIn` tinyint NOT NULL DEFAULT 0, `version` int NOT NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_material_kind_code` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    await queryRunner.query(
      'CREATE TABLE `case_material` (`id` int NOT NULL AUTO_INCREMENT, `caseId` int NOT NULL, `kindId` int NOT NULL, `revision` int NOT NULL, `fileKey` varchar(120) NOT NULL, `fileType` varchar(10) NOT NULL, `fileName` varchar(100) NOT NULL, `byteSize` int NOT NULL, `pageCount` int NOT NULL, `formedOn` date NOT NULL, `uploadedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `uploadedById` int NULL, `uploadedByName` varchar(100) NOT NULL, `replacedAt` datetime(6) NULL, `replacedReason` varchar(200) NULL, INDEX `IDX_case_material_case` (`caseId`, `kindId`, `replacedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB',
    );
    for (const row of builtInKindRows()) {
      await queryRunner.query('INSERT INTO `material_kind` (`code`, `name`, `step`, `fileTypes`, `uploadRoles`, `sortOrder`, `required`, `builtIn`, `version`) VALUES (?, ?, ?, ?, ?, ?, 0, 1, 1)', row);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE `case_material`');
    await queryRunner.query('DROP TABLE `material_kind`');
  }
}
