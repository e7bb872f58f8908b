import fs from 'node:fs';
import path from 'node:path';
import { In } from 'typeorm';
import type { Database } from '../db/database';
import { FileStore } from '../db/file-store';
import { StoredFile } from '../db/stored-file.entity';
import { PHOTO_SIZES, Photo } from '../exemplars';
import { VenuePhoto } from '../oversight';

export interface PhotosMoved {
  moved: number;
  /** Photos the records name whose file is in neither place. */
  missing: number;
}

/**
 * Moves the photos an earlier version kept on disk (PHOTO_DIR) into the database, where every
 * server and every backup has them (docs/operations.md, "Several servers"). Runs after the
 * migrations, at start-up and with `npm run migrate`; a photo already in the database is left
 * alone, so it runs again harmlessly, and each photo moves in a transaction of its own. The
 * files stay on disk for the operator to remove.
 */
export async function movePhotosFromDisk(db: Database, dir: string): Promise<PhotosMoved> {
  if (!fs.existsSync(dir)) return { moved: 0, missing: 0 };
  const onDisk = new Set(fs.readdirSync(dir).filter((name) => name.endsWith('.webp')));
  if (!onDisk.size) return { moved: 0, missing: 0 };
  const [photos, venuePhotos] = await Promise.all([db.manager.find(Photo, { select: { storageKey: true } }), db.manager.find(VenuePhoto, { select: { storageKey: true } })]);
  const named = [...photos, ...venuePhotos].flatMap((p) => PHOTO_SIZES.map((size) => `${p.storageKey}-${size}.webp`));
  const stored = new Set<string>();
  for (let i = 0; i < named.length; i += 500) {
    const rows = await db.manager.find(StoredFile, { select: { key: true }, where: { key: In(named.slice(i, i + 500)) } });
    for (const r of rows) stored.add(r.key);
  }
  const files = new FileStore(db);
  let moved = 0;
  let missing = 0;
  for (const key of named) {
    if (stored.has(key)) continue;
    if (!onDisk.has(key)) {
      missing += 1;
      continue;
    }
    const data = fs.readFileSync(path.join(dir, key));
    await db.write((em) => files.put(em, key, data, 'image/webp'));
    moved += 1;
  }
  return { moved, missing };
}

/** What start-up and `npm run migrate` print after moving photos in, or null when there was nothing to move. */
export function photosMovedMessage(result: PhotosMoved, dir: string): string | null {
  if (!result.moved && !result.missing) return null;
  return `Moved ${result.moved} photo file(s) from ${dir} into the database${result.missing ? `; ${result.missing} named by records were in neither place` : ''}`;
}
