import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { Database } from '../db/database';
import { ExemplarRevision, Photo } from './exemplar.entity';

/**
 * A profile's revisions and photos by id, batched per request. They are read through a profile
 * the caller already sees (its resolver checked that), so they need no scope of their own.
 */
export function createExemplarLoaders(db: Database) {
  const byId = <T extends { id: number }>(rows: T[], ids: readonly number[]) => ids.map((id) => rows.find((r) => r.id === id) ?? null);
  return {
    revisions: new DataLoader<number, ExemplarRevision | null>(async (ids) => byId(await db.manager.findBy(ExemplarRevision, { id: In([...ids]) }), ids)),
    photos: new DataLoader<number, Photo | null>(async (ids) => byId(await db.manager.findBy(Photo, { id: In([...ids]) }), ids)),
  };
}

export type ExemplarLoaders = ReturnType<typeof createExemplarLoaders>;
