import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * WHERE conditions as SQL with `?` placeholders and their values in order, built without a query
 * builder: a list page that runs on every request joins them into its own statement, and the
 * query builder paths (counts, lookups) take the very same conditions through `applyConditions`.
 */
export class Conditions {
  readonly clauses: string[] = [];
  readonly params: unknown[] = [];

  /** Adds one condition; its `?` placeholders take `values` in order. */
  add(clause: string, ...values: unknown[]): this {
    this.clauses.push(clause);
    this.params.push(...values);
    return this;
  }

  /** Adds a condition given as SQL and its values (a scope rule's, say); nothing for null, which bounds nothing. */
  and(condition: { sql: string; params: unknown[] } | null): this {
    return condition ? this.add(condition.sql, ...condition.params) : this;
  }

  /** `?, ?, ?` for a list of values, for `IN (…)`. */
  static placeholders(count: number): string {
    return count === 1 ? '?' : `?${', ?'.repeat(count - 1)}`;
  }

  /** ` WHERE a AND b`, or nothing when there is no condition. */
  where(): string {
    return this.clauses.length ? ` WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/**
 * Adds conditions to a query builder, each `?` becoming a named parameter of its own, numbered
 * after the builder's parameters so far (a second call on the same builder names new ones). The
 * conditions must hold no `?` other than placeholders (none of them quotes a question mark).
 */
export function applyConditions<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, conditions: Conditions): SelectQueryBuilder<T> {
  const first = Object.keys(qb.getParameters()).length;
  let index = 0;
  for (const clause of conditions.clauses) {
    const named: Record<string, unknown> = {};
    const sql = clause.replace(/\?/g, () => {
      const name = `cond${first + index}`;
      named[name] = conditions.params[index++];
      return `:${name}`;
    });
    qb.andWhere(sql, named);
  }
  return qb;
}
