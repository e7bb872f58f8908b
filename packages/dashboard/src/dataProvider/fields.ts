import type { Values } from './resource';

function emptyToNull(value: unknown): unknown {
  return value === undefined || value === '' ? null : value;
}

/** A list element as text: ids as they are, rows (a class's sessions) by their fields. */
function itemKey(item: unknown): string {
  return item !== null && typeof item === 'object' ? JSON.stringify(item) : String(item);
}

/** Values are equal, lists (a notice's cases, a class's sessions) element by element. */
function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => itemKey(item) === itemKey(b[i]));
  return a === b;
}

/** The writable fields that differ from what was read; fields absent from `data` are left alone. */
export function changedFields(data: Values, previousData: Values | undefined, fields: readonly string[]): Values {
  const changes: Values = {};
  for (const field of fields) {
    if (!(field in data) || data[field] === undefined) continue;
    const next = emptyToNull(data[field]);
    if (!same(next, emptyToNull(previousData?.[field]))) changes[field] = next;
  }
  return changes;
}

/** The writable fields that have a value, for a create. */
export function filledFields(data: Values, fields: readonly string[]): Values {
  return Object.fromEntries(fields.map((f) => [f, emptyToNull(data[f])]).filter(([, v]) => v !== null));
}
