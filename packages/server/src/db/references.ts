import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Columns that name a record of another table. The schema has no foreign keys (bulk loads and
 * SQLite's table rebuilds would fight them), so a record is deleted only when no row names it:
 * each such column says so where it is declared, with `@Names(() => Target, 'what')`, and a
 * delete asks `namedBy` instead of keeping its own list of tables (docs/architecture.md,
 * "Deleting what others name"). A test holds every `…Id` column of every entity to either
 * naming its target here or being listed as history or derived figures.
 */
interface Reference {
  target: () => EntityTarget<ObjectLiteral>;
  entity: EntityTarget<ObjectLiteral>;
  property: string;
  /** What the naming rows are, in a word a client can translate (`people`, `meetings`). */
  what: string;
}

const references: Reference[] = [];

/** Marks a column as naming a row of `target` (lazily, so entities may name each other). */
export function Names(target: () => EntityTarget<ObjectLiteral>, what: string): PropertyDecorator {
  return (prototype, property) => {
    references.push({ target, entity: prototype.constructor as EntityTarget<ObjectLiteral>, property: String(property), what });
  };
}

/** The columns that name rows of `target`. */
export function referencesTo(target: EntityTarget<ObjectLiteral>): readonly { entity: EntityTarget<ObjectLiteral>; property: string; what: string }[] {
  return references.filter((r) => r.target() === target);
}

/**
 * What still names the row `id` of `target`: the kinds of rows (`what`), in the order declared,
 * each once. Read inside the delete's transaction, after the row is locked.
 */
export async function namedBy(em: EntityManager, target: EntityTarget<ObjectLiteral>, id: number): Promise<string[]> {
  const found = new Set<string>();
  for (const r of referencesTo(target)) {
    if (found.has(r.what)) continue;
    if (await em.exists(r.entity, { where: { [r.property]: id } })) found.add(r.what);
  }
  return [...found];
}
