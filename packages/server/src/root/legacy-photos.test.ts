import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { UserRole } from '../access/roles';
import { FileStore } from '../db/file-store';
import { StoredFile, StoredFileChunk } from '../db/stored-file.entity';
import { VenuePhoto } from '../oversight';
import { DIALECTS } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';
import { movePhotosFromDisk } from './legacy-photos';

// docs/operations.md, "Several servers": photos an earlier version kept on disk (PHOTO_DIR) move
// into the database once, at start-up and with `npm run migrate`; running it again moves nothing.
describe.each(DIALECTS)('photos kept on disk by an earlier version, on %s', (dialect) => {
  let t: TestServer;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guildhall-legacy-photos-'));
  afterAll(async () => {
    await t.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('are moved into the database byte for byte; a photo in neither place is counted, and a second run moves nothing', async () => {
    t = await startTestServer(dialect);
    const tree = await buildSmallTree(t);
    const staff = (await t.userFor(UserRole.STAFF, tree.hunan.id)).token;
    const venue = (await t.gql(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "党员活动室") { id } }`, { o: tree.branch.id })).data!.createVenue.id;
    const base = t.url.replace(/\/graphql$/, '');
    const upload = async (colour: string) => {
      const jpeg = await sharp({ create: { width: 800, height: 600, channels: 3, background: colour } }).jpeg().toBuffer();
      const res = await fetch(`${base}/venues/${venue}/photos`, { method: 'POST', headers: { authorization: `Bearer ${staff}`, 'content-type': 'image/jpeg', 'x-requested-with': 'guildhall' }, body: jpeg });
      expect(res.status).toBe(200);
    };
    await upload('#b71c1c');
    await upload('#1565c0');
    // As an earlier version left them: the files on disk, none in the database; one photo's files lost.
    const [kept, lost] = await t.db.manager.find(VenuePhoto, { order: { id: 'ASC' } });
    const files = new FileStore(t.db);
    const originals = new Map<string, Buffer>();
    for (const size of [1200, 400]) {
      const key = `${kept.storageKey}-${size}.webp`;
      originals.set(key, (await files.get(key))!.data);
      fs.writeFileSync(path.join(dir, key), originals.get(key)!);
    }
    fs.writeFileSync(path.join(dir, 'unrelated-1200.webp'), 'not named by any record');
    await t.db.write(async (em) => {
      await em.createQueryBuilder().delete().from(StoredFileChunk).execute();
      await em.createQueryBuilder().delete().from(StoredFile).execute();
    });

    expect(await movePhotosFromDisk(t.db, dir)).toEqual({ moved: 2, missing: 2 });
    for (const [key, data] of originals) expect((await files.get(key))!.data.equals(data)).toBe(true);
    expect(await files.has(`${lost.storageKey}-1200.webp`)).toBe(false);
    expect(await t.db.manager.count(StoredFile)).toBe(2);
    expect(await movePhotosFromDisk(t.db, dir)).toEqual({ moved: 0, missing: 2 });
    expect(await movePhotosFromDisk(t.db, path.join(dir, 'absent'))).toEqual({ moved: 0, missing: 0 });
  });
});
