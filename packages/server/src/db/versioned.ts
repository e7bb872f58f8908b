import type { EntityManager, EntityTarget } from 'typeorm';
import { ConflictError } from '../kernel/errors';

// Every record a client edits carries a version (docs/api.md, "Versions"): an update that names
// the version it read is refused when the record has changed since; one that names none (a bulk
// change, which sends only the fields it sets) applies to the record as it is. An update that
// changes nothing writes nothing: the version stays and no audit entry is made.

interface Versioned {
  id: number;
  version: number;
}

/** The refusal of a change made on a stale read. */
export function staleVersion(what: string, currentVersion: number): ConflictError {
  return new ConflictError('staleVersion', `someone else changed this ${what} since you read it; reload and try again`, { currentVersion });
}

/** Refuses a change whose client read an older version; no version given means no check. */
export function expectVersion(what: string, current: Versioned, given: number | null | undefined): void {
  if (given !== undefined && given !== null && given !== current.version) throw staleVersion(what, current.version);
}

const comparable = (value: unknown): unknown => (value instanceof Date ? value.toISOString() : value === undefined ? null : value);

/** Whether a value differs from the record's, dates by instant and lists and objects by content. */
export function differs(before: unknown, after: unknown): boolean {
  const a = comparable(before);
  const b = comparable(after);
  if (a === b) return false;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) return JSON.stringify(a) !== JSON.stringify(b);
  return true;
}

/** The changes that differ from the record. */
export function effectiveChanges<T extends object>(current: T, changes: Partial<T>): Partial<T> {
  const effective: Partial<T> = {};
  for (const [key, value] of Object.entries(changes) as [keyof T, T[keyof T]][]) {
    if (value !== undefined && differs(current[key], value)) effective[key] = value;
  }
  return effective;
}

/**
 * Writes what differs from `current` and raises the version, provided nobody changed the row
 * since it was read (locked) in this transaction; answers the changes it wrote. Answers null,
 * writing nothing, when nothing differs; `alsoChanged` says the change touched rows beside this
 * one (a class's sessions) and must raise the version even so.
 */
export async function writeVersioned<T extends Versioned>(
  em: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  current: T,
  changes: Partial<T>,
  alsoChanged = false,
): Promise<Partial<T> | null> {
  const effective = effectiveChanges(current, changes);
  if (Object.keys(effective).length === 0 && !alsoChanged) return null;
  const result = await em
    .createQueryBuilder()
    .update(entity)
    .set({ ...effective, version: () => 'version + 1' } as never)
    .where('id = :id AND version = :version', { id: current.id, version: current.version })
    .execute();
  if (result.affected === 0) throw staleVersion(what, current.version);
  return effective;
}

/** How an update's `version` argument reads in the schema. */
export const VERSION_READ = 'The version the client read: refused (CONFLICT) if the record changed since; left out, the change applies to the record as it is (bulk changes)';

/** How an input field that only takes back what a read gave (an item's id, a derived weight) reads in the schema. */
export const READ_ONLY = 'Read-only: accepted back as read, and ignored';
