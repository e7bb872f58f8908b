import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Actor } from '../access/actor';
import type { Database } from '../db/database';
import { visibleBy } from '../organizations';
import { Person } from './person.entity';

export function createPeopleLoaders(db: Database, actor: Actor) {
  return {
    byId: new DataLoader<number, Person | null>(async (ids) => visibleBy(db, actor, ids, await db.manager.findBy(Person, { id: In([...ids]) }), (p) => p.organizationId)),
  };
}

export type PeopleLoaders = ReturnType<typeof createPeopleLoaders>;
