import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Inserts rows 200 at a time, leaving out each one a unique key already holds (MySQL's INSERT
 * IGNORE, SQLite's INSERT OR IGNORE), and answers how many rows `scope` gained: what is new.
 */
export async function insertNew<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: QueryDeepPartialEntity<T>[], scope: FindOptionsWhere<T>): Promise<number> {
  const before = await em.countBy(entity, scope);
  for (let i = 0; i < rows.length; i += 200) await em.createQueryBuilder().insert().into(entity).values(rows.slice(i, i + 200)).orIgnore().updateEntity(false).execute();
  return (await em.countBy(entity, scope)) - before;
}
