import sharp from 'sharp';
import { UserRole } from '../access/roles';
import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';
import { MAX_VENUE_PHOTOS } from './venue.service';
import { StoredFile } from '../db/stored-file.entity';

describe.each(DIALECTS)('venue evidence photos on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let base: string;
  let staffToken: string;
  let venueId: string;
  let jpeg: Buffer;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    base = t.url.replace(/\/graphql$/, '');
    staffToken = (await t.userFor(UserRole.STAFF, tree.hunan.id)).token;
    venueId = (await t.gql(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "党员活动室") { id } }`, { o: tree.branch.id })).data!.createVenue.id;
    jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#b71c1c' } })
      .withExif({ IFD0: { ImageDescription: 'secret place' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '26/1 34/1 0/1' } })
      .jpeg()
      .toBuffer();
  });
  afterAll(() => t.stop());

  const upload = (id: string, body: Buffer, token = staffToken, headers: Record<string, string> = {}) =>
    fetch(`${base}/venues/${id}/photos`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'image/jpeg', 'x-requested-with': 'guildhall', ...headers }, body });

  it('refuses what is not a usable photo, and uploads from outside the scope, storing nothing', async () => {
    const sichuan = (await t.userFor(UserRole.STAFF, tree.sichuan.id)).token;
    const assessor = (await t.userFor(UserRole.ASSESSOR, tree.agency.id)).token;
    const before = await snapshotTables(t.dataSource);
    for (const [body, constraint] of [
      [Buffer.from('<script>alert(1)</script>'), 'photoType'],
      [await sharp({ create: { width: 80, height: 80, channels: 3, background: '#fff' } }).png().toBuffer(), 'photoDimensions'],
      [jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'photoCorrupt'],
    ] as const) {
      const res = await upload(venueId, body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: { extensions: { fields: { constraint: string }[] } }[] }).errors[0].extensions.fields[0].constraint).toBe(constraint);
    }
    expect((await upload(venueId, jpeg, staffToken, { 'x-requested-with': '' })).status).toBe(400);
    expect((await upload(venueId, jpeg, sichuan)).status).toBe(404);
    expect((await upload(venueId, jpeg, assessor)).status).toBe(403);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    expect(await t.db.manager.count(StoredFile)).toBe(0);
  });

  it('refuses a photo over 8 MB with the photo limit\'s own message, however it is sent, storing nothing', async () => {
    const before = await snapshotTables(t.dataSource);
    const nineMegabytes = Buffer.alloc(9 * 1024 * 1024, 1);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 9; i += 1) controller.enqueue(nineMegabytes.subarray(i * 1024 * 1024, (i + 1) * 1024 * 1024));
        controller.close();
      },
    });
    for (const [label, send] of [
      ['9 MB', () => upload(venueId, nineMegabytes)],
      ['one byte more than 8 MB', () => upload(venueId, nineMegabytes.subarray(0, 8 * 1024 * 1024 + 1))],
      ['9 MB without a length', () => fetch(`${base}/venues/${venueId}/photos`, { method: 'POST', headers: { authorization: `Bearer ${staffToken}`, 'content-type': 'image/jpeg', 'x-requested-with': 'guildhall' }, body: chunked, duplex: 'half' } as RequestInit)],
    ] as const) {
      const res = await send();
      const json = (await res.json()) as { errors: { message: string; extensions: { code: string; fields: { field: string; constraint: string }[] } }[] };
      expect([label, res.status, json.errors[0].extensions.code, json.errors[0].extensions.fields]).toEqual([label, 400, 'BAD_USER_INPUT', [expect.objectContaining({ field: 'photo', constraint: 'photoTooLarge' })]]);
      expect(json.errors[0].message).toBe('photo: a photo may be at most 8 MB');
    }
    expect(await snapshotTables(t.dataSource)).toEqual(before);
    expect(await t.db.manager.count(StoredFile)).toBe(0);
  });

  it('keeps a web-size copy without metadata, shows it on the venue to those who see it, and removes it', async () => {
    const res = await upload(venueId, jpeg);
    expect(res.status).toBe(200);
    const { photo } = ((await res.json()) as { data: { photo: { id: string; url: string; thumbnailUrl: string } } }).data;
    const venue = await t.gql(`query($o: ID) { allVenues(filter: { organizationId: $o }) { id photos { id url thumbnailUrl width height } } }`, { o: tree.branch.id });
    expect(venue.data!.allVenues[0].photos).toEqual([{ id: photo.id, url: photo.url, thumbnailUrl: photo.thumbnailUrl, width: 1600, height: 1200 }]);
    const stored = Buffer.from(await (await fetch(`${base}${photo.url}`, { headers: { authorization: `Bearer ${staffToken}` } })).arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: 1200, height: 900 });
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('secret place'))).toBe(false);
    expect((await fetch(`${base}${photo.thumbnailUrl}`, { headers: { authorization: `Bearer ${staffToken}` } })).status).toBe(200);
    // Another chamber and the public get nothing.
    const sichuan = (await t.userFor(UserRole.STAFF, tree.sichuan.id)).token;
    expect((await fetch(`${base}${photo.url}`, { headers: { authorization: `Bearer ${sichuan}` } })).status).toBe(404);
    expect((await fetch(`${base}${photo.url}`)).status).toBe(404);

    const removed = await t.gql(`mutation($id: ID!) { removeVenuePhoto(id: $id) { photos { id } } }`, { id: photo.id });
    expect(removed.data!.removeVenuePhoto.photos).toEqual([]);
    expect((await fetch(`${base}${photo.url}`, { headers: { authorization: `Bearer ${staffToken}` } })).status).toBe(404);
    expect(await t.db.manager.count(StoredFile)).toBe(0);
    const audit = await t.gql(`query($r: String) { allAuditEntries(filter: { recordType: "Venue", recordId: $r }, sortField: "id", sortOrder: "ASC") { action } }`, { r: venueId });
    expect(audit.data!.allAuditEntries.map((a: { action: string }) => a.action)).toEqual(['venue.create', 'venue.photo', 'venue.photoRemove']);
  });

  it(`keeps at most ${MAX_VENUE_PHOTOS} photos a venue`, async () => {
    const small = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#2e7d32' } }).jpeg().toBuffer();
    for (let i = 0; i < MAX_VENUE_PHOTOS; i += 1) expect((await upload(venueId, small)).status).toBe(200);
    const over = await upload(venueId, small);
    expect(over.status).toBe(409);
    expect(((await over.json()) as { errors: { extensions: { reason: string } }[] }).errors[0].extensions.reason).toBe('tooManyPhotos');
    expect(await t.db.manager.count(StoredFile)).toBe(MAX_VENUE_PHOTOS * 2);
  });
});
