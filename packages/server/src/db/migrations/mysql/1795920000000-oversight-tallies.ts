import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTallyTriggers, dropTallyTriggers, markPassingVenues, recountTallies } from '../../../oversight';

/**
 * The home page's coverage and venue figures kept as the writes happen
 * (docs/adr/0004-home-page-figures-per-chamber.md): whether each venue passes its checklist, and
 * the tallies per organization and per parent, counted from what is there; then the triggers
 * that keep the tallies with every write.
 */
export class OversightTallies1795920000000 implements MigrationInterface {
  name = 'OversightTallies1795920000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE \`organization_tally\` (\`organizationId\` int NOT NULL, \`members\` int NOT NULL DEFAULT '0', \`inParty\` int NOT NULL DEFAULT '0', \`liaisons\` int NOT NULL DEFAULT '0', \`ownOrganizations\` int NOT NULL DEFAULT '0', \`jointBranches\` int NOT NULL DEFAULT '0', \`kept\` int NOT NULL DEFAULT '0', \`venuesMassRoom\` int NOT NULL DEFAULT '0', \`venuesFourHaves\` int NOT NULL DEFAULT '0', \`venuesFull\` int NOT NULL DEFAULT '0', INDEX \`IDX_organization_tally_kept\` (\`kept\`), PRIMARY KEY (\`organizationId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`CREATE TABLE \`chamber_tally\` (\`chamberId\` int NOT NULL, \`enterprises\` int NOT NULL DEFAULT '0', \`withMembers\` int NOT NULL DEFAULT '0', \`organizationCovered\` int NOT NULL DEFAULT '0', \`workCovered\` int NOT NULL DEFAULT '0', \`venueUnits\` int NOT NULL DEFAULT '0', \`venueUnitsMet\` int NOT NULL DEFAULT '0', INDEX \`IDX_chamber_tally_enterprises\` (\`enterprises\`), PRIMARY KEY (\`chamberId\`)) ENGINE=InnoDB`);
    await queryRunner.query(`ALTER TABLE \`venue\` ADD \`passes\` tinyint NOT NULL DEFAULT 0`);
    await markPassingVenues(queryRunner.manager, null);
    await recountTallies(queryRunner.manager, { keptInSubtree: false, guarded: false, pathFirst: false });
    await createTallyTriggers(queryRunner.manager, 'mysql', { keptInSubtree: false, guarded: false, pathFirst: false });
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropTallyTriggers(queryRunner.manager, 'mysql');
    await queryRunner.query(`ALTER TABLE \`venue\` DROP COLUMN \`passes\``);
    await queryRunner.query(`DROP INDEX \`IDX_chamber_tally_enterprises\` ON \`chamber_tally\``);
    await queryRunner.query(`DROP TABLE \`chamber_tally\``);
    await queryRunner.query(`DROP INDEX \`IDX_organization_tally_kept\` ON \`organization_tally\``);
    await queryRunner.query(`DROP TABLE \`organization_tally\``);
  }
}
