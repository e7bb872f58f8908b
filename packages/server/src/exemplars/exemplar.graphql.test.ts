import zlib from 'node:zlib';
import { GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLObjectType, type GraphQLOutputType } from 'graphql';
import sharp from 'sharp';
import { UserRole } from '../access/roles';
import { addDays, todayInChina } from '../common/dates';
import { createSchema } from '../root/schema';
import { DIALECTS, snapshotTables } from '../test/databases';
import { settleReport } from '../test/development-fixtures';
import { createExemplar, EXEMPLAR_FIELDS, exemplarStep, stepArguments } from '../test/exemplar-fixtures';
import { buildSmallTree } from '../test/fixtures';
import { createPerson, freshNationalId } from '../test/people-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';
import { StoredFile } from '../db/stored-file.entity';

/** A PNG whose header claims any size, with almost no pixels behind it: a decompression bomb's shape. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(zlib.crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  // A few rows of pixel data: enough for the header to be taken seriously, nowhere near the size it claims.
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.alloc(1000))), chunk('IEND', Buffer.alloc(0))]);
}

describe.each(DIALECTS)('exemplar profiles on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let staff: Gql;
  let staffToken: string;
  let coordinator: Gql;
  let assessor: Gql;
  let personId: string;
  const nationalId = freshNationalId('1975-03-03');
  let base: string;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    base = t.url.replace(/\/graphql$/, '');
    tree = await buildSmallTree(t);
    const staffUser = await t.userFor(UserRole.STAFF, tree.hunan.id);
    staff = staffUser.gql;
    staffToken = staffUser.token;
    coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    assessor = (await t.userFor(UserRole.ASSESSOR, tree.agency.id)).gql;
    personId = (await createPerson(t.gql, { name: '刘典型', organizationId: tree.branch.id, nationalId, phone: '13566667777' })).id;
  });
  afterAll(() => t.stop());

  /** The notice of the working revision ends yesterday, as if its ten days had passed. */
  const endNotice = async (exemplarId: string) => {
    const yesterday = addDays(todayInChina(), -1);
    await t.dataSource.query("UPDATE exemplar_revision SET noticeStartsOn = ?, noticeEndsOn = ? WHERE exemplarId = ? AND state = 'NOTICE'", [addDays(yesterday, -9), yesterday, Number(exemplarId)]);
    await t.dataSource.query('UPDATE public_notice SET startsOn = ?, endsOn = ? WHERE exemplarId = ?', [addDays(yesterday, -9), yesterday, Number(exemplarId)]);
  };

  const publishedThrough = async (e: Record<string, any>) => {
    let current = await exemplarStep(staff, 'submitExemplarForReview', e);
    current = await exemplarStep(assessor, 'approveExemplar', current);
    await endNotice(current.id);
    return exemplarStep(t.gql, 'publishExemplar', current);
  };

  it('goes DRAFT → IN_REVIEW → NOTICE → PUBLISHED, each step only for the roles that own it', async () => {
    let e = await createExemplar(staff, { p: personId });
    expect(e.state).toBe('DRAFT');
    const tryStep = (gql: Gql, mutation: string, target: Record<string, any>, note?: string) =>
      gql(`mutation($id: ID!, $v: Int!, $n: String) { ${mutation}(id: $id, version: $v, note: $n${stepArguments(mutation)}) { id } }`, { id: target.id, v: target.version, n: note });
    expect((await tryStep(staff, 'approveExemplar', e)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await tryStep(assessor, 'approveExemplar', e)).errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'stateOrder' });
    e = await exemplarStep(staff, 'submitExemplarForReview', e);
    expect(e.state).toBe('IN_REVIEW');
    expect((await tryStep(coordinator, 'approveExemplar', e)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await tryStep(assessor, 'returnExemplarToDraft', e)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    e = await exemplarStep(assessor, 'returnExemplarToDraft', e, '请补充近三年的事迹');
    expect(e.state).toBe('DRAFT');
    e = await exemplarStep(staff, 'submitExemplarForReview', e);
    e = await exemplarStep(assessor, 'approveExemplar', e);
    expect(e.state).toBe('NOTICE');
    expect((await tryStep(assessor, 'publishExemplar', e)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const early = await tryStep(t.gql, 'publishExemplar', e);
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'NOTICE_OPEN', earliestDate: addDays(todayInChina(), 10) });
    await endNotice(e.id);
    e = await exemplarStep(t.gql, 'publishExemplar', e);
    expect(e).toMatchObject({ state: 'PUBLISHED', workingRevisionId: null });
    const audit = await t.gql(`query($r: String) { allAuditEntries(filter: { recordType: "Exemplar", recordId: $r }, sortField: "id", sortOrder: "ASC") { action } }`, { r: e.id });
    expect(audit.data!.allAuditEntries.map((a: { action: string }) => a.action)).toEqual([
      'exemplar.create',
      'exemplar.submit',
      'exemplar.return',
      'exemplar.submit',
      'exemplar.approve',
      'exemplar.publish',
    ]);
  });

  it('keeps showing the published snapshot while a new revision is edited, and diffs revisions field by field', async () => {
    let e = await publishedThrough(await createExemplar(staff, { p: personId, t: '第一版标题' }));
    const edited = await staff(`mutation($id: ID!, $v: Int!) { updateExemplar(id: $id, version: $v, title: "第二版标题", awards: ["全省优秀共产党员"]) { ${EXEMPLAR_FIELDS} } }`, { id: e.id, v: e.version });
    e = edited.data!.updateExemplar;
    expect(e.state).toBe('DRAFT');
    expect(e.workingRevisionId).not.toBe(e.publishedRevisionId);
    const publicView = await t.anonymous(`query($id: ID!) { publishedExemplar(id: $id) { title awards } }`, { id: e.id });
    expect(publicView.data!.publishedExemplar).toEqual({ title: '第一版标题', awards: [] });
    const diff = await staff(`query($id: ID!) { exemplarRevisionDiff(id: $id, from: 1, to: 2) { field before after } }`, { id: e.id });
    expect(diff.data!.exemplarRevisionDiff).toEqual([
      { field: 'title', before: '第一版标题', after: '第二版标题' },
      { field: 'awards', before: '', after: '全省优秀共产党员' },
    ]);
    e = await publishedThrough(e);
    expect((await t.anonymous(`query($id: ID!) { publishedExemplar(id: $id) { title } }`, { id: e.id })).data!.publishedExemplar.title).toBe('第二版标题');
    const revisions = await staff(`query($id: ID!) { Exemplar(id: $id) { revisions { number state } } }`, { id: e.id });
    expect(revisions.data!.Exemplar.revisions).toEqual([
      { number: 2, state: 'PUBLISHED' },
      { number: 1, state: 'SUPERSEDED' },
    ]);
    const withdrawn = await exemplarStep(t.gql, 'withdrawExemplar', e, '当事人调离');
    expect(withdrawn.state).toBe('WITHDRAWN');
    expect((await t.anonymous(`query($id: ID!) { publishedExemplar(id: $id) { id } }`, { id: e.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('strips scripts and unsafe markup from stories, and the public page shows only what is left', async () => {
    const e = await createExemplar(staff, {
      p: personId,
      t: '<script>alert(1)</script>标题',
      s: '<p onclick="alert(1)">事迹<script>alert(2)</script><img src=x onerror=alert(3)><a href="javascript:alert(4)">链接</a><a href="https://example.org">报道</a></p>',
    });
    const draft = await staff(`query($id: ID!) { Exemplar(id: $id) { workingRevision { title story } } }`, { id: e.id });
    expect(draft.data!.Exemplar.workingRevision.story).toBe('<p>事迹<a rel="noopener noreferrer nofollow">链接</a><a href="https://example.org" rel="noopener noreferrer nofollow">报道</a></p>');
    const published = await publishedThrough(e);
    const html = await (await fetch(`${base}/public/exemplars/${published.id}`)).text();
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;标题');
    expect(html).toContain('<meta property="og:title"');
  });

  it('keeps 先进基层党组织 for organizations and the other categories for people', async () => {
    const wrongForOrg = await staff(`mutation($o: ID) { createExemplar(subjectOrganizationId: $o, category: PARTY_MEMBER, title: "t", citation: "c", story: "<p>s</p>") { id } }`, { o: tree.branch.id });
    expect(wrongForOrg.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'category', constraint: 'categorySubject' })]);
    const wrongForPerson = await staff(`mutation($p: ID) { createExemplar(personId: $p, category: PARTY_ORGANIZATION, title: "t", citation: "c", story: "<p>s</p>") { id } }`, { p: personId });
    expect(wrongForPerson.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'category', constraint: 'categorySubject' })]);
    const right = await staff(`mutation($o: ID) { createExemplar(subjectOrganizationId: $o, category: PARTY_ORGANIZATION, title: "先进支部", citation: "c", story: "<p>s</p>") { state } }`, { o: tree.branch.id });
    expect(right.data!.createExemplar.state).toBe('DRAFT');
  });

  it('never shows the public an unpublished profile or a private field', async () => {
    const draft = await createExemplar(staff, { p: personId, t: '草稿不可见' });
    expect((await t.anonymous(`query($id: ID!) { publishedExemplar(id: $id) { id } }`, { id: draft.id })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await fetch(`${base}/public/exemplars/${draft.id}`)).status).toBe(404);
    const all = await t.anonymous(`query { publishedExemplars(perPage: 100) { id title name chamberName citation story awards publicity { outlet } photoUrl } exemplarChambers { name } }`);
    const text = JSON.stringify(all.data);
    expect(text).not.toContain('草稿不可见');
    for (const secret of [nationalId, '13566667777', '1975-03-03']) expect(text).not.toContain(secret);
    expect(all.data!.publishedExemplars.every((p: { name: string }) => p.name === '刘典型')).toBe(true);
    expect(all.data!.exemplarChambers).toEqual([{ name: '贵州省湖南商会' }]);
    expect((await t.anonymous(`query { allExemplars { id } }`)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const schema = await createSchema();
    const forbidden = /nationalId|phone|birth|contact|reporter|personId|version|revision|state|withdrawn|owner|author|review|notice/i;
    const seen = new Set<string>();
    const walk = (type: GraphQLOutputType, path: string) => {
      if (type instanceof GraphQLNonNull || type instanceof GraphQLList) return walk(type.ofType, path);
      if (type instanceof GraphQLEnumType || !(type instanceof GraphQLObjectType) || seen.has(type.name)) return;
      seen.add(type.name);
      for (const [name, field] of Object.entries(type.getFields())) {
        expect(`${path}.${name}`).not.toMatch(forbidden);
        walk(field.type, `${path}.${name}`);
      }
    };
    for (const root of ['publishedExemplars', 'publishedExemplar', 'exemplarChambers']) walk(schema.getQueryType()!.getFields()[root].type, root);
    expect([...seen].sort()).toEqual(['PublicChamber', 'PublicityItem', 'PublishedExemplar']);
  });

  describe('photos', () => {
    const upload = (id: string, version: number, body: Buffer, headers: Record<string, string> = {}) =>
      fetch(`${base}/exemplars/${id}/photo?version=${version}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${staffToken}`, 'content-type': 'image/jpeg', 'x-requested-with': 'guildhall', ...headers },
        body,
      });

    it('refuses wrong types, oversize, corrupt and huge images, storing nothing', async () => {
      const e = await createExemplar(staff, { p: personId });
      const before = await snapshotTables(t.dataSource);
      const jpeg = await sharp({ create: { width: 600, height: 400, channels: 3, background: '#b71c1c' } }).jpeg().toBuffer();
      const refusals: [string, Buffer, string | number][] = [
        ['text with a JPEG content type', Buffer.from('<script>alert(1)</script> not an image'), 'photoType'],
        ['an executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(200).fill(0)]), 'photoType'],
        ['a truncated JPEG', jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'photoCorrupt'],
        ['a PNG claiming 30000 × 30000 pixels', pngClaiming(30000, 30000), 'photoDimensions'],
        ['a thumbnail too small to use', await sharp({ create: { width: 80, height: 80, channels: 3, background: '#fff' } }).png().toBuffer(), 'photoDimensions'],
        ['an SVG (scripts inside)', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="500" height="500"><script>alert(1)</script></svg>'), 'photoType'],
        ['9 MB', Buffer.alloc(9 * 1024 * 1024, 1), 'photoTooLarge'],
        ['one byte more than 8 MB', Buffer.alloc(8 * 1024 * 1024 + 1, 1), 'photoTooLarge'],
      ];
      for (const [label, body, expected] of refusals) {
        const res = await upload(e.id, e.version, body);
        const json = (await res.json()) as { errors: { message: string; extensions: { code: string; fields?: { constraint: string }[] } }[] };
        expect([label, res.status, json.errors[0].extensions.code, json.errors[0].extensions.fields?.[0].constraint]).toEqual([label, 400, 'BAD_USER_INPUT', expected]);
        // The photo limit's own words, never the generic body limit.
        if (expected === 'photoTooLarge') expect(json.errors[0].message).toBe('photo: a photo may be at most 8 MB');
      }
      expect((await upload(e.id, e.version, jpeg, { 'x-requested-with': '' })).status).toBe(400);
      expect(await snapshotTables(t.dataSource)).toEqual(before);
      expect(await t.db.manager.count(StoredFile)).toBe(0);
    });

    it('stores an upright web-size copy without EXIF or location, private until published', async () => {
      const e = await createExemplar(staff, { p: personId });
      const withGps = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#1565c0' } })
        .withExif({ IFD0: { Copyright: 'camera owner', ImageDescription: 'secret place' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '26/1 34/1 0/1' } })
        .jpeg()
        .toBuffer();
      expect((await sharp(withGps).metadata()).exif).toBeDefined();
      const res = await upload(e.id, e.version, withGps);
      expect(res.status).toBe(200);
      const { data } = (await res.json()) as { data: { exemplar: { version: number }; photo: { id: string; width: number; url: string; thumbnailUrl: string } } };
      expect(data.photo.width).toBe(1600);
      const stored = await fetch(`${base}${data.photo.url}`, { headers: { authorization: `Bearer ${staffToken}` } });
      expect(stored.headers.get('content-type')).toBe('image/webp');
      const bytes = Buffer.from(await stored.arrayBuffer());
      const meta = await sharp(bytes).metadata();
      expect(meta).toMatchObject({ format: 'webp', width: 1200, height: 900 });
      expect(meta.exif).toBeUndefined();
      expect(bytes.includes(Buffer.from('secret place'))).toBe(false);
      expect(((await sharp(Buffer.from(await (await fetch(`${base}${data.photo.thumbnailUrl}`, { headers: { authorization: `Bearer ${staffToken}` } })).arrayBuffer())).metadata()).width)).toBe(400);
      // Not published yet: nobody else gets it.
      expect((await fetch(`${base}${data.photo.url}`)).status).toBe(404);
      const published = await publishedThrough({ id: e.id, version: data.exemplar.version });
      const open = await fetch(`${base}${data.photo.url}`);
      expect(open.status).toBe(200);
      expect(open.headers.get('cache-control')).toBe('public, max-age=86400');
      const view = await t.anonymous(`query($id: ID!) { publishedExemplar(id: $id) { photoUrl } }`, { id: published.id });
      expect(view.data!.publishedExemplar.photoUrl).toBe(data.photo.url);
    });
  });

  describe('the notice an approval opens (docs/api.md, "Exemplars")', () => {
    const FILE = `mutation($n: ID, $content: String!) { fileReport(noticeId: $n, content: $content, anonymous: true) { reference } }`;
    const approved = async (title: string) => {
      let e = await createExemplar(staff, { p: personId, t: title });
      e = await exemplarStep(staff, 'submitExemplarForReview', e);
      return exemplarStep(assessor, 'approveExemplar', e);
    };
    const noticeOf = async (exemplarId: string) =>
      (await t.gql(`query($id: ID!) { Exemplar(id: $id) { revisions { state noticeId noticeStartsOn noticeEndsOn } } }`, { id: exemplarId })).data!.Exemplar.revisions.find(
        (r: { state: string }) => r.state === 'NOTICE',
      );

    it('takes the hotline and the suggestion box, refusing blanks and changing nothing', async () => {
      let e = await createExemplar(staff, { p: personId, t: '待审核典型' });
      e = await exemplarStep(staff, 'submitExemplarForReview', e);
      const before = await snapshotTables(t.dataSource);
      const blank = await assessor(`mutation($id: ID!, $v: Int!) { approveExemplar(id: $id, version: $v, hotline: " ", suggestionBox: "") { id } }`, { id: e.id, v: e.version });
      expect(blank.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'hotline', constraint: 'notBlank' }), expect.objectContaining({ field: 'suggestionBox', constraint: 'notBlank' })]);
      const missing = await assessor(`mutation($id: ID!, $v: Int!) { approveExemplar(id: $id, version: $v) { id } }`, { id: e.id, v: e.version });
      expect(missing.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await snapshotTables(t.dataSource)).toEqual(before);
    });

    it('is a public notice: listed for the public with its person, hotline and suggestion box, open to online reports', async () => {
      const e = await approved('公示中的典型');
      const revision = await noticeOf(e.id);
      expect(revision).toMatchObject({ noticeId: expect.any(String), noticeStartsOn: todayInChina(), noticeEndsOn: addDays(todayInChina(), 9) });
      const notice = (await coordinator(`query($id: ID!) { PublicNotice(id: $id) { stage exemplarId state startsOn endsOn hotline suggestionBox organizationId } }`, { id: revision.noticeId })).data!.PublicNotice;
      expect(notice).toEqual({
        stage: 'EXEMPLAR',
        exemplarId: e.id,
        state: 'PUBLISHED',
        startsOn: todayInChina(),
        endsOn: addDays(todayInChina(), 9),
        hotline: '0851-86000000',
        suggestionBox: '商会党群服务中心一楼意见箱',
        organizationId: String(e.ownerOrganizationId),
      });
      const view = await t.anonymous(`query($id: ID!) { publishedNotice(id: $id) { title stage phase exemplarSubject hotline candidates { name } } }`, { id: revision.noticeId });
      expect(view.data!.publishedNotice).toEqual({ title: '先进典型公示：公示中的典型', stage: 'EXEMPLAR', phase: 'RUNNING', exemplarSubject: '刘典型', hotline: '0851-86000000', candidates: [] });
      const filed = await t.anonymous(FILE, { n: revision.noticeId, content: '反映该同志的事迹材料与实际不符' });
      expect(filed.data!.fileReport.reference).toMatch(/^JB/);
      const page = await fetch(`${base}/public/exemplars`);
      expect(await page.text()).toContain(`href="/public/notices/${revision.noticeId}"`);
      // Its page names the person and offers the form, with no one else to choose.
      const noticePage = await (await fetch(`${base}/public/notices/${revision.noticeId}`)).text();
      expect(noticePage).toContain('公示对象：</strong>刘典型');
      expect(noticePage).toContain(`action="/public/notices/${revision.noticeId}/reports"`);
      expect(noticePage).not.toContain('id="caseId"');
      // Notices of this stage open only with an approval.
      const byHand = await coordinator(
        `mutation($o: ID!) { createPublicNotice(organizationId: $o, stage: EXEMPLAR, title: "典型公示", startsOn: "${todayInChina()}", hotline: "1", suggestionBox: "1") { id } }`,
        { o: tree.branch.id },
      );
      expect(byHand.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'stage', constraint: 'exemplarNotice' })]);
    });

    it('is not published while a report on its notice is open, as for a case; once each is closed as unsubstantiated it is', async () => {
      let e = await approved('有举报的典型');
      const { noticeId } = await noticeOf(e.id);
      const report = (await t.anonymous(FILE, { n: noticeId, content: '反映情况' })).data!.fileReport;
      await endNotice(e.id);
      const refused = await t.gql(`mutation($id: ID!, $v: Int!) { publishExemplar(id: $id, version: $v) { id } }`, { id: e.id, v: e.version });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'reportsUnresolved' });
      const filed = (await t.gql(`query($r: String) { allReports(filter: { q: $r }) { id version } }`, { r: report.reference })).data!.allReports[0];
      await settleReport(t.gql, filed, 'UNSUBSTANTIATED', todayInChina());
      e = await exemplarStep(t.gql, 'publishExemplar', e);
      expect(e.state).toBe('PUBLISHED');
    });
  });
});
