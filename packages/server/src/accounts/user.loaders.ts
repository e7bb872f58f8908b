import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../db/database';
import { User } from './user.entity';

/**
 * The display name of the account behind an actor id, for who-did-it columns (case steps, the audit
 * trail): the name the account carries now, so a step and its audit entry name the same person.
 */
export function createUserLoaders(db: Database) {
  return {
    /** An account as it is now (the viewer's own, for `me`: what a request's credential carries may be a second old). */
    account: new DataLoader<number, User | null>(async (ids) => {
      const rows = await db.manager.find(User, { where: { id: In([...ids]) } });
      const byId = new Map(rows.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    displayName: new DataLoader<number, string | null>(async (ids) => {
      const rows = await db.manager.find(User, { where: { id: In([...ids]) }, select: { id: true, displayName: true } });
      const byId = new Map(rows.map((u) => [u.id, u.displayName]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type UserLoaders = ReturnType<typeof createUserLoaders>;
