import type { EntityManager } from 'typeorm';
import { addToCounters, forUpdate, readShared } from '../db/transaction';
import { Organization, OrganizationKind, PARTY_KINDS } from '../organizations';
import { MeetingBand, MeetingYear } from './meeting.entity';
import { compliantByMonthsEnded, type Requirement } from './meeting.rules';

/**
 * The whole country's regularity bands (`meeting_band`), kept in the transaction of every write
 * that moves them (docs/adr/0004-home-page-figures-per-chamber.md): an organization's tally
 * rewritten (a meeting held or its day moved), its kind changed, archived or restored, and, for
 * every organization at once, a change of the requirements. Each write takes away what the
 * organization counted before and adds what it counts now; `recountBands` counts from scratch
 * with the same rules, for the requirements, the migration and the tests.
 */

/** What decides whether and where an organization is banded: a party organization, not archived, under its kind. */
export interface BandedState {
  kind: OrganizationKind;
  archivedAt: Date | string | null;
}

type Tally = Pick<MeetingYear, 'year' | 'met' | 'firstHeld' | 'lastHeld'>;

interface BandRow {
  year: number;
  kind: OrganizationKind;
  monthsEnded: number;
  compliant: number;
  organizations: number;
  annualOnly: number;
}

const KEYS = ['year', 'kind', 'monthsEnded', 'compliant'];
const COUNTS = ['organizations', 'annualOnly'];
const day = (value: string | Date) => (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10);

/** Whether an organization in this state is banded. */
function isBanded(state: BandedState): boolean {
  return PARTY_KINDS.includes(state.kind) && !state.archivedAt;
}

/** Changes to the bands, added up in memory and written as one set of counter updates. */
export class BandChanges {
  private readonly rows = new Map<string, BandRow>();

  constructor(private readonly requirements: Requirement[]) {}

  /** Adds (`sign` 1) or takes away (-1) what an organization in `state` counts with these tallies. */
  add(state: BandedState, tallies: readonly Tally[], sign: 1 | -1): this {
    if (!isBanded(state)) return this;
    for (const tally of tallies) {
      const oneDay = day(tally.firstHeld) === day(tally.lastHeld) ? 1 : 0;
      compliantByMonthsEnded(this.requirements, state.kind, tally.met, tally.year).forEach((compliant, monthsEnded) => {
        const key = `${tally.year}|${state.kind}|${monthsEnded}|${compliant}`;
        const row = this.rows.get(key) ?? { year: tally.year, kind: state.kind, monthsEnded, compliant, organizations: 0, annualOnly: 0 };
        row.organizations += sign;
        row.annualOnly += sign * oneDay;
        this.rows.set(key, row);
      });
    }
    return this;
  }

  /** Writes what changed (a change and its undoing cancel out and write nothing). */
  async write(em: EntityManager): Promise<void> {
    const changed = [...this.rows.values()].filter((r) => r.organizations !== 0 || r.annualOnly !== 0);
    if (changed.length) await addToCounters(em, 'meeting_band', KEYS, COUNTS, changed as unknown as Record<string, string | number>[]);
  }
}

/**
 * An organization's kind or archiving changed (`before` → `after`): its tallies move from the
 * band it was counted in to the one it counts in now (the requirements are read only then). Called by the organization writes through
 * `OrganizationUses` (`organizationUsesByOversight`), inside their transaction, with the
 * organization's row locked.
 */
export async function rebandOrganization(em: EntityManager, requirements: () => Promise<Requirement[]>, organizationId: number, before: BandedState, after: BandedState): Promise<void> {
  if (isBanded(before) === isBanded(after) && before.kind === after.kind) return;
  const tallies = await forUpdate(em.createQueryBuilder(MeetingYear, 'y').where('y.organizationId = :organizationId', { organizationId })).getMany();
  if (!tallies.length) return;
  await new BandChanges(await requirements()).add(before, tallies, -1).add(after, tallies, 1).write(em);
}

/** Tallies read at once by a recount. */
const RECOUNT_BATCH = 5000;

/**
 * Counts the bands from scratch: every tally of a party organization not archived, under the
 * requirements given. The tallies and organizations are read as last committed and held (shared)
 * until the transaction ends, so no write committed meanwhile is left out.
 */
export async function recountBands(em: EntityManager, requirements: Requirement[]): Promise<void> {
  await em.createQueryBuilder().delete().from(MeetingBand).execute();
  const changes = new BandChanges(requirements);
  let after = { organizationId: 0, year: 0 };
  for (;;) {
    const query = em
      .createQueryBuilder(MeetingYear, 'y')
      .innerJoin(Organization, 'o', 'o.id = y.organizationId')
      .select('y.organizationId', 'organizationId')
      .addSelect('y.year', 'year')
      .addSelect('y.met', 'met')
      .addSelect('y.firstHeld', 'firstHeld')
      .addSelect('y.lastHeld', 'lastHeld')
      .addSelect('o.kind', 'kind')
      .where('o.kind IN (:...kinds) AND o.archivedAt IS NULL', { kinds: [...PARTY_KINDS] })
      .andWhere('(y.organizationId > :o OR (y.organizationId = :o AND y.year > :y))', { o: after.organizationId, y: after.year })
      .orderBy('y.organizationId')
      .addOrderBy('y.year')
      .limit(RECOUNT_BATCH);
    const rows = await readShared<{ organizationId: number | string; year: number | string; met: string; firstHeld: string; lastHeld: string; kind: OrganizationKind }>(em, query);
    for (const r of rows) changes.add({ kind: r.kind, archivedAt: null }, [{ year: Number(r.year), met: r.met, firstHeld: r.firstHeld, lastHeld: r.lastHeld }], 1);
    if (rows.length < RECOUNT_BATCH) break;
    const last = rows[rows.length - 1];
    after = { organizationId: Number(last.organizationId), year: Number(last.year) };
  }
  await changes.write(em);
}
