import type { MigrationInterface, QueryRunner } from 'typeorm';

// Anniversaries of 29 February now fall on 1 March in a common year (common/dates.ts,
// `anniversary`); they fell on 28 February. The dates kept from them move with the rule: the end
// of a probation that began on a 29 February (and of its extension), and the end of a term that
// began on one (and the day it becomes due soon). Written for both databases.

const day = (value: unknown): string => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

function monthsBetween(later: string, earlier: string): number {
  return Number(later.slice(0, 4)) * 12 + Number(later.slice(5, 7)) - (Number(earlier.slice(0, 4)) * 12 + Number(earlier.slice(5, 7)));
}

function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const lastDay = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + months, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** The old anniversary (28 February) of a 29 February start, moved to 1 March. */
const moved = (oldEnd: string): string => `${oldEnd.slice(0, 4)}-03-01`;

export class LeapDayAnniversaries1795790000000 implements MigrationInterface {
  name = 'LeapDayAnniversaries1795790000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const cases: { id: number; admittedOn: unknown; probationEndsOn: unknown; extensionMonths: number | null }[] = await queryRunner.query(
      `SELECT id, admittedOn, probationEndsOn, extensionMonths FROM development_case WHERE admittedOn IS NOT NULL AND probationEndsOn IS NOT NULL`,
    );
    for (const c of cases) {
      if (!day(c.admittedOn).endsWith('-02-29')) continue;
      const end = day(c.probationEndsOn);
      const months = c.extensionMonths ?? 0;
      const oldYearEnd = addMonths(end, -months);
      if (!oldYearEnd.endsWith('-02-28')) continue;
      await queryRunner.query(`UPDATE development_case SET probationEndsOn = ? WHERE id = ?`, [addMonths(moved(oldYearEnd), months), c.id]);
    }

    const terms: { id: number; termStartedOn: unknown; termEndsOn: unknown; termDueSoonOn: unknown }[] = await queryRunner.query(
      `SELECT id, termStartedOn, termEndsOn, termDueSoonOn FROM organization WHERE termStartedOn IS NOT NULL AND termEndsOn IS NOT NULL`,
    );
    for (const o of terms) {
      const end = day(o.termEndsOn);
      if (!day(o.termStartedOn).endsWith('-02-29') || !end.endsWith('-02-28')) continue;
      const newEnd = moved(end);
      const dueSoon = o.termDueSoonOn ? addMonths(newEnd, -monthsBetween(end, day(o.termDueSoonOn))) : null;
      await queryRunner.query(`UPDATE organization SET termEndsOn = ?, termDueSoonOn = ? WHERE id = ?`, [newEnd, dueSoon, o.id]);
    }
  }

  async down(): Promise<void> {
    // The dates stay as the rule in force computes them.
  }
}
