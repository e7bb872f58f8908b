// The dossier (入党材料): kinds of material as data, files checked by their content and stored
// versioned through the file store, each read audited, and a step held back until its required
// materials are in — on both databases.
import { crc32 } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import sharp from 'sharp';
import { UserRole } from '../../access/roles';
import { todayInChina } from '../../common/dates';
import { DIALECTS, snapshotTables } from '../../test/databases';
import { freshCase } from '../../test/development-fixtures';
import { buildSmallTree } from '../../test/fixtures';
import { startTestServer, type Gql, type TestServer } from '../../test/server';

const KINDS = `{ materialKinds { id code name step required requiredFrom fileTypes uploadRoles builtIn version } }`;
const DOSSIER = `query($id: ID!) { DevelopmentCase(id: $id) { version nextSteps { action ready failures { rule message } } dossier { state kind { code } material { id revision fileName fileType pageCount formedOn url } } materialHistory { id revision replacedAt replacedReason } } }`;

/** A PDF of `pages` pages, with whatever `dress` adds. */
async function pdf(pages: number, dress?: (doc: PDFDocument) => void | Promise<void>): Promise<Buffer> {
  const doc = await PDFDocument.create();
  for (let i = 0; i < pages; i += 1) doc.addPage([595, 842]).drawText(`page ${i + 1}`, { x: 50, y: 780, size: 14 });
  await dress?.(doc);
  return Buffer.from(await doc.save());
}

/** The entries of a zip archive (its central directory): name and stored bytes. */
function unzipStored(zip: Buffer): { name: string; data: Buffer }[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i += 1) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    expect(method).toBe(0);
    entries.push({ name, data: zip.subarray(start, start + size) });
    at += 46 + nameLength + extra;
  }
  return entries;
}

/** A PNG whose header claims `width`×`height`: decoding it would need gigabytes. */
function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', Buffer.from([0x78, 0x9c, 0x63, 0, 0, 0, 1, 0, 1])), chunk('IEND', Buffer.alloc(0))]);
}

describe.each(DIALECTS)('the dossier on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let base: string;
  let coordinatorToken: string;
  let staffToken: string;
  let staff: Gql;
  let sichuanToken: string;
  let installedBy: string;

  beforeAll(async () => {
    installedBy = todayInChina();
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    base = t.url.replace(/\/graphql$/, '');
    coordinatorToken = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).token;
    const staffUser = await t.userFor(UserRole.STAFF, tree.hunan.id);
    staffToken = staffUser.token;
    staff = staffUser.gql;
    sichuanToken = (await t.userFor(UserRole.COORDINATOR, tree.sichuan.id)).token;
  });
  afterAll(() => t.stop());

  const upload = (caseId: string, body: Buffer, query: Record<string, string>, options: { token?: string; name?: string } = {}) =>
    fetch(`${base}/cases/${caseId}/materials?${new URLSearchParams({ formedOn: '2025-03-01', ...query })}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.token ?? coordinatorToken}`, 'x-requested-with': 'guildhall', 'x-file-name': encodeURIComponent(options.name ?? '扫描件.pdf'), 'content-type': 'application/octet-stream' },
      body,
    });
  const answer = async (res: Response) => ({ status: res.status, ...((await res.json()) as { data?: any; errors?: { extensions: Record<string, any> }[] }) });
  const refusal = async (res: Response) => {
    const a = await answer(res);
    return { status: a.status, code: a.errors?.[0].extensions.code, constraint: a.errors?.[0].extensions.fields?.[0]?.constraint ?? a.errors?.[0].extensions.reason ?? null };
  };
  const dossierOf = async (id: string) => (await t.gql(DOSSIER, { id })).data!.DevelopmentCase;
  const kind = async (code: string) => (await t.gql(KINDS)).data!.materialKinds.find((k: { code: string }) => k.code === code);
  const setRequired = async (code: string, required: boolean, requiredFrom: string | null) => {
    const k = await kind(code);
    const res = await t.gql(`mutation($id: ID!, $v: Int, $r: Boolean, $f: String) { updateMaterialKind(id: $id, version: $v, required: $r, requiredFrom: $f) { required version } }`, {
      id: k.id,
      v: k.version,
      r: required,
      f: requiredFrom,
    });
    expect(res.errors).toBeUndefined();
  };
  /** Makes these kinds required of every case, whenever applied for; the function returned puts them back as they were. */
  const requireOfEveryCase = async (codes: string[]) => {
    const before = await Promise.all(codes.map(kind));
    for (const code of codes) await setRequired(code, true, null);
    return async () => {
      for (const k of before) await setRequired(k.code, k.required, k.requiredFrom);
    };
  };

  it('lists the national rules\' kinds step by step, and lets only administrators add and change kinds', async () => {
    const kinds = (await t.gql(KINDS)).data!.materialKinds;
    expect(kinds.slice(0, 3).map((k: { code: string; step: string }) => [k.code, k.step])).toEqual([
      ['APPLICATION_LETTER', 'APPLICATION'],
      ['TALK_RECORD', 'TALK'],
      ['ACTIVIST_RECOMMENDATION', 'ACTIVIST'],
    ]);
    expect(kinds).toHaveLength(14);
    // Required of the cases applied for from the day the installation took them in, not of those already under way.
    expect(kinds.every((k: { required: boolean; requiredFrom: string }) => k.required && k.requiredFrom >= installedBy && k.requiredFrom <= todayInChina())).toBe(true);
    expect(kinds[0]).toMatchObject({ name: '入党申请书', required: true, fileTypes: ['PDF', 'JPEG', 'PNG'], uploadRoles: ['ADMIN', 'COORDINATOR', 'STAFF'], builtIn: true });
    const CREATE = `mutation($c: String!, $n: String!) { createMaterialKind(code: $c, name: $n, step: TALK, required: false, fileTypes: [PDF], uploadRoles: [COORDINATOR]) { code step sortOrder builtIn } }`;
    expect((await staff(CREATE, { c: 'BRANCH_NOTE', n: '支部情况说明' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const c of ['lower', 'A', 'TALK_RECORD', 'X'.repeat(41)]) {
      expect({ c, code: (await t.gql(CREATE, { c, n: '支部情况说明' })).errors?.[0].extensions?.code }).toEqual({ c, code: 'BAD_USER_INPUT' });
    }
    const made = await t.gql(CREATE, { c: 'BRANCH_NOTE', n: '支部情况说明' });
    expect(made.data!.createMaterialKind).toEqual({ code: 'BRANCH_NOTE', step: 'TALK', sortOrder: 100, builtIn: false });
    // In the dossier's order: after the talk's built-in record.
    const codes = (await t.gql(KINDS)).data!.materialKinds.map((k: { code: string }) => k.code);
    expect(codes.indexOf('BRANCH_NOTE')).toBe(codes.indexOf('TALK_RECORD') + 1);
  });

  it('holds a step back until its required materials are in, naming each, and lets it through once they are', async () => {
    const c = await freshCase(t.gql, tree.branch.id, '2025-02-10', '材料齐');
    const restore = await requireOfEveryCase(['APPLICATION_LETTER', 'TALK_RECORD']);
    try {
      const TALK = `mutation($id: ID!, $v: Int!) { recordCaseTalk(id: $id, version: $v, on: "2025-03-01") { talkedOn } }`;
      const refused = await t.gql(TALK, { id: c.id, v: c.version });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'GUARD_FAILED', rule: 'materialMissing' });
      expect((refused.errors![0].extensions!.failures as { params: { material: string } }[]).map((f) => f.params.material)).toEqual(['APPLICATION_LETTER', 'TALK_RECORD']);
      let d = await dossierOf(c.id);
      expect(d.nextSteps.find((s: { action: string }) => s.action === 'RECORD_TALK')).toMatchObject({ ready: false, failures: [{ rule: 'materialMissing' }, { rule: 'materialMissing' }] });
      expect(d.dossier.slice(0, 2).map((e: { state: string }) => e.state)).toEqual(['MISSING', 'MISSING']);
      // A photographed page of the letter, a PDF of the talk's record.
      const photo = await sharp({ create: { width: 1200, height: 1600, channels: 3, background: '#ffffff' } })
        .jpeg()
        .withMetadata({ exif: { IFD0: { Make: 'Phone', Model: 'Camera' }, IFD3: { GPSLatitudeRef: 'N' } } })
        .toBuffer();
      expect((await sharp(photo).metadata()).exif).toBeDefined();
      const letter = await answer(await upload(c.id, photo, { kind: 'APPLICATION_LETTER', formedOn: '2025-02-10' }, { name: '入党申请书.jpg' }));
      expect(letter.status).toBe(201);
      expect(letter.data.material).toMatchObject({ revision: 1, fileType: 'JPEG', fileName: '入党申请书.jpg', pageCount: 1, formedOn: '2025-02-10' });
      const record = await pdf(2);
      const talk = await answer(await upload(c.id, record, { kind: 'TALK_RECORD' }, { name: '谈话记录.pdf' }));
      expect(talk.data.material).toMatchObject({ fileType: 'PDF', pageCount: 2 });
      d = await dossierOf(c.id);
      expect(d.dossier.slice(0, 2).map((e: { state: string }) => e.state)).toEqual(['PRESENT', 'PRESENT']);
      expect(d.nextSteps.find((s: { action: string }) => s.action === 'RECORD_TALK')).toMatchObject({ ready: true, failures: [] });
      expect((await t.gql(TALK, { id: c.id, v: d.version })).data!.recordCaseTalk).toEqual({ talkedOn: '2025-03-01' });

      // The image is kept without its metadata (no camera, no position); the PDF as it was uploaded.
      const image = await fetch(`${base}${letter.data.material.url}`, { headers: { authorization: `Bearer ${coordinatorToken}` } });
      expect(image.status).toBe(200);
      expect(image.headers.get('content-type')).toBe('image/jpeg');
      expect(image.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('入党申请书.jpg')}`);
      expect((await sharp(Buffer.from(await image.arrayBuffer())).metadata()).exif).toBeUndefined();
      const kept = await fetch(`${base}${talk.data.material.url}`, { headers: { authorization: `Bearer ${coordinatorToken}` } });
      expect(Buffer.from(await kept.arrayBuffer()).equals(record)).toBe(true);
      // Every read is on the audit trail.
      const reads = await t.dataSource.query(`SELECT recordId FROM audit_entry WHERE action = 'material.read' ORDER BY id`);
      expect(reads.map((r: { recordId: number | string }) => String(r.recordId))).toEqual([letter.data.material.id, talk.data.material.id]);
    } finally {
      await restore();
    }
  });

  it('requires a kind with a 施行日期 of the cases applied for from that day, and holds back none begun before it', async () => {
    const before = await freshCase(t.gql, tree.branch.id, '2025-04-09', '施行前');
    const onTheDay = await freshCase(t.gql, tree.branch.id, '2025-04-10', '施行当日');
    const restore = await requireOfEveryCase(['APPLICATION_LETTER', 'TALK_RECORD']);
    try {
      for (const code of ['APPLICATION_LETTER', 'TALK_RECORD']) await setRequired(code, true, '2025-04-10');
      const talkOf = async (id: string) => (await dossierOf(id)).nextSteps.find((s: { action: string }) => s.action === 'RECORD_TALK');
      const states = async (id: string) => (await dossierOf(id)).dossier.slice(0, 2).map((e: { state: string }) => e.state);
      expect(await states(before.id)).toEqual(['OPTIONAL', 'OPTIONAL']);
      expect((await talkOf(before.id)).failures.filter((f: { rule: string }) => f.rule === 'materialMissing')).toEqual([]);
      expect(await states(onTheDay.id)).toEqual(['MISSING', 'MISSING']);
      expect((await talkOf(onTheDay.id)).failures.filter((f: { rule: string }) => f.rule === 'materialMissing')).toHaveLength(2);
      // The count on the case list and the worklist agree with the guards.
      const counted = (await t.gql(`query($ids: [ID!]) { allDevelopmentCases(filter: { ids: $ids }) { id dossierMissing } }`, { ids: [before.id, onTheDay.id] })).data!.allDevelopmentCases;
      expect(Object.fromEntries(counted.map((c: { id: string; dossierMissing: number }) => [c.id, c.dossierMissing]))).toEqual({ [before.id]: 0, [onTheDay.id]: 2 });
      const work = (await t.gql(`{ missingMaterials(perPage: 100) { items { case { id } kind { code } } } }`)).data!.missingMaterials.items.filter(
        (i: { case: { id: string } }) => i.case.id === before.id || i.case.id === onTheDay.id,
      );
      expect(work.map((i: { case: { id: string }; kind: { code: string } }) => [i.case.id, i.kind.code])).toEqual([
        [onTheDay.id, 'APPLICATION_LETTER'],
        [onTheDay.id, 'TALK_RECORD'],
      ]);
      // The case begun before is recorded without them; the other is refused, naming both.
      const TALK = `mutation($id: ID!, $v: Int!) { recordCaseTalk(id: $id, version: $v, on: "2025-05-01") { talkedOn } }`;
      expect((await t.gql(TALK, { id: before.id, v: before.version })).data!.recordCaseTalk).toEqual({ talkedOn: '2025-05-01' });
      const refused = await t.gql(TALK, { id: onTheDay.id, v: onTheDay.version });
      expect((refused.errors![0].extensions!.failures as { params: { material: string } }[]).map((f) => f.params.material)).toEqual(['APPLICATION_LETTER', 'TALK_RECORD']);
      // Materials of steps further ahead are not missing yet: an applicant owes its letter, the talk's record and the recommendation.
      const newest = await freshCase(t.gql, tree.branch.id, todayInChina(), '今日申请');
      // (The kind of the department's own added above is not required.)
      const fresh = (await dossierOf(newest.id)).dossier.filter((e: { kind: { code: string } }) => e.kind.code !== 'BRANCH_NOTE');
      expect(fresh.map((e: { kind: { code: string }; state: string }) => [e.kind.code, e.state]).slice(0, 4)).toEqual([
        ['APPLICATION_LETTER', 'MISSING'],
        ['TALK_RECORD', 'MISSING'],
        ['ACTIVIST_RECOMMENDATION', 'MISSING'],
        ['ACTIVIST_REGISTRATION', 'AHEAD'],
      ]);
      expect(fresh.slice(3).every((e: { state: string }) => e.state === 'AHEAD')).toBe(true);
      const newestCount = (await t.gql(`query($ids: [ID!]) { allDevelopmentCases(filter: { ids: $ids }) { dossierMissing } }`, { ids: [newest.id] })).data!.allDevelopmentCases[0].dossierMissing;
      expect(newestCount).toBe(3);
      const owed = (await t.gql(`query($w: ID) { missingMaterials(withinOrganization: $w, perPage: 100) { items { case { id } kind { code } } } }`, { w: tree.branch.id })).data!.missingMaterials.items;
      expect(owed.filter((i: { case: { id: string } }) => i.case.id === newest.id).map((i: { kind: { code: string } }) => i.kind.code)).toEqual(['APPLICATION_LETTER', 'TALK_RECORD', 'ACTIVIST_RECOMMENDATION']);
      // A closed case owes nothing of the steps it never reached.
      const ended = await freshCase(t.gql, tree.branch.id, todayInChina(), '撤回申请');
      const withdrawn = await t.gql(`mutation($id: ID!, $v: Int!, $on: String!) { withdrawDevelopmentCase(id: $id, version: $v, on: $on, note: "本人撤回") { stage } }`, { id: ended.id, v: ended.version, on: todayInChina() });
      expect(withdrawn.data!.withdrawDevelopmentCase.stage).toBe('WITHDRAWN');
      const endedStates = new Set((await dossierOf(ended.id)).dossier.map((e: { state: string }) => e.state));
      expect(endedStates).toEqual(new Set(['OPTIONAL']));
      // Clearing the day makes it required of every case again; a day that does not exist changes nothing.
      await setRequired('TALK_RECORD', true, null);
      expect(await states(before.id)).toEqual(['OPTIONAL', 'LATE']);
      const k = await kind('TALK_RECORD');
      const bad = await t.gql(`mutation($id: ID!, $f: String) { updateMaterialKind(id: $id, requiredFrom: $f) { id } }`, { id: k.id, f: '2025-02-30' });
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'requiredFrom', constraint: 'localDate' }] });
      expect(await kind('TALK_RECORD')).toEqual(k);
      // A kind switched off keeps no day: switched on again without one, it is required of every case, not from an old day.
      const off = await t.gql(`mutation($id: ID!) { updateMaterialKind(id: $id, required: false) { required requiredFrom } }`, { id: k.id });
      expect(off.data!.updateMaterialKind).toEqual({ required: false, requiredFrom: null });
      const on = await t.gql(`mutation($id: ID!) { updateMaterialKind(id: $id, required: true) { required requiredFrom } }`, { id: k.id });
      expect(on.data!.updateMaterialKind).toEqual({ required: true, requiredFrom: null });
      const made = await t.gql(`mutation { createMaterialKind(code: "NOT_REQUIRED_DAY", name: "备查材料", step: TALK, required: false, requiredFrom: "2025-01-01", fileTypes: [PDF], uploadRoles: [COORDINATOR]) { required requiredFrom } }`);
      expect(made.data!.createMaterialKind).toEqual({ required: false, requiredFrom: null });
      // Each change of the day is on the audit trail.
      const audited = await t.dataSource.query(`SELECT changes FROM audit_entry WHERE action = 'material.kind.update' AND recordId = ? ORDER BY id`, [k.id]);
      expect(audited.map((a: { changes: string | object }) => (typeof a.changes === 'string' ? JSON.parse(a.changes) : a.changes).requiredFrom).filter(Boolean)).toContainEqual(['2025-04-10', null]);
    } finally {
      await restore();
    }
  });

  it('replaces a file only with a reason, keeping every version', async () => {
    const c = await freshCase(t.gql, tree.branch.id, '2025-02-11', '换版本');
    const first = await answer(await upload(c.id, await pdf(1), { kind: 'APPLICATION_LETTER' }));
    expect((await refusal(await upload(c.id, await pdf(1), { kind: 'APPLICATION_LETTER' })))).toEqual({ status: 409, code: 'CONFLICT', constraint: 'materialPresent' });
    expect(await refusal(await upload(c.id, await pdf(1), { kind: 'APPLICATION_LETTER', replaces: first.data.material.id }))).toEqual({ status: 400, code: 'BAD_USER_INPUT', constraint: 'required' });
    const second = await answer(await upload(c.id, await pdf(3), { kind: 'APPLICATION_LETTER', replaces: first.data.material.id, reason: '原件扫描不清晰' }));
    expect(second.data.material).toMatchObject({ revision: 2, pageCount: 3 });
    const d = await dossierOf(c.id);
    expect(d.dossier[0].material).toMatchObject({ id: second.data.material.id, revision: 2 });
    expect(d.materialHistory.map((m: { revision: number; replacedReason: string | null }) => [m.revision, m.replacedReason])).toEqual([
      [2, null],
      [1, '原件扫描不清晰'],
    ]);
    // The first version is still there to read.
    expect((await fetch(`${base}/materials/${first.data.material.id}/file`, { headers: { authorization: `Bearer ${coordinatorToken}` } })).status).toBe(200);
  });

  it('refuses each bad file with a clear error and stores nothing', async () => {
    const c = await freshCase(t.gql, tree.branch.id, '2025-02-12', '坏文件');
    const before = await snapshotTables(t.dataSource);
    const cases: [string, Buffer, Record<string, string>, { name?: string; token?: string }, { status: number; code: string; constraint: string | null }][] = [
      ['text calling itself a PDF', Buffer.from('just text, not a document'), { kind: 'TALK_RECORD' }, { name: '谈话记录.pdf' }, { status: 400, code: 'BAD_USER_INPUT', constraint: 'fileType' }],
      ['an executable', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, ...new Array(200).fill(0)]), { kind: 'TALK_RECORD' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'fileType' }],
      ['a PDF with a script', await pdf(1, (doc) => doc.addJavaScript('hello', 'app.alert("hi")')), { kind: 'TALK_RECORD' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'pdfActiveContent' }],
      ['a PDF opening with a script', await pdf(1, (doc) => doc.catalog.set(PDFName.of('OpenAction'), doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(1)') }))), { kind: 'TALK_RECORD' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'pdfActiveContent' }],
      ['a PDF with an embedded file', await pdf(1, (doc) => doc.attach(Buffer.from('MZ payload'), 'setup.exe', { mimeType: 'application/octet-stream' })), { kind: 'TALK_RECORD' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'pdfActiveContent' }],
      ['a 200-page scan', await pdf(200), { kind: 'TALK_RECORD' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'tooManyPages' }],
      ['a PDF cut short', (await pdf(1)).subarray(0, 40), { kind: 'TALK_RECORD' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'fileCorrupt' }],
      ['an image bomb', pngClaiming(100_000, 100_000), { kind: 'TALK_RECORD' }, { name: 'scan.png' }, { status: 400, code: 'BAD_USER_INPUT', constraint: 'imageDimensions' }],
      ['an empty upload', Buffer.alloc(0), { kind: 'TALK_RECORD' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'fileEmpty' }],
      ['a name with path characters', await pdf(1), { kind: 'TALK_RECORD' }, { name: '../../etc/passwd' }, { status: 400, code: 'BAD_USER_INPUT', constraint: 'fileNameCharacters' }],
      ['a name with a control character', await pdf(1), { kind: 'TALK_RECORD' }, { name: 'a\u0007b.pdf' }, { status: 400, code: 'BAD_USER_INPUT', constraint: 'fileNameCharacters' }],
      ['a kind that is not one', await pdf(1), { kind: 'NO_SUCH_KIND' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'unknown' }],
      ['a day to come', await pdf(1), { kind: 'TALK_RECORD', formedOn: '2099-01-01' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'future' }],
      ['a day that is none', await pdf(1), { kind: 'TALK_RECORD', formedOn: '2025-02-30' }, {}, { status: 400, code: 'BAD_USER_INPUT', constraint: 'date' }],
      ['an upload to another chamber\'s case', await pdf(1), { kind: 'TALK_RECORD' }, { token: sichuanToken }, { status: 404, code: 'NOT_FOUND', constraint: null }],
      // Out of scope is missing whatever else is wrong: the file, the kind or the name is not looked at.
      ['another chamber\'s case, with text for a PDF', Buffer.from('just text'), { kind: 'TALK_RECORD' }, { token: sichuanToken }, { status: 404, code: 'NOT_FOUND', constraint: null }],
      ['another chamber\'s case, with a kind that is not one', await pdf(1), { kind: 'NO_SUCH_KIND' }, { token: sichuanToken }, { status: 404, code: 'NOT_FOUND', constraint: null }],
      ['another chamber\'s case, with path characters', await pdf(1), { kind: 'TALK_RECORD' }, { token: sichuanToken, name: '../x.pdf' }, { status: 404, code: 'NOT_FOUND', constraint: null }],
      ['a case that is none', await pdf(1), { kind: 'TALK_RECORD' }, {}, { status: 404, code: 'NOT_FOUND', constraint: null }],
    ];
    for (const [what, body, query, options, expected] of cases) {
      expect({ what, ...(await refusal(await upload(what === 'a case that is none' ? '999999' : c.id, body, query, options))) }).toEqual({ what, ...expected });
    }
    // Over the size limit: refused as the others are, its bytes dropped.
    const huge = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(21 * 1024 * 1024, 0x20)]);
    expect(await refusal(await upload(c.id, huge, { kind: 'TALK_RECORD' }))).toEqual({ status: 400, code: 'BAD_USER_INPUT', constraint: 'fileTooLarge' });
    // A kind that takes PDFs only refuses a photo of the page.
    const onlyPdf = (await t.gql(`mutation { createMaterialKind(code: "PDF_ONLY", name: "电子文件", step: TALK, required: false, fileTypes: [PDF], uploadRoles: [COORDINATOR]) { id } }`)).data!.createMaterialKind;
    expect(onlyPdf).toBeTruthy();
    const png = await sharp({ create: { width: 800, height: 1000, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(await refusal(await upload(c.id, png, { kind: 'PDF_ONLY' }, { name: 'page.png' }))).toEqual({ status: 400, code: 'BAD_USER_INPUT', constraint: 'fileType' });
    // …and staff may not add a kind kept to coordinators.
    expect(await refusal(await upload(c.id, await pdf(1), { kind: 'PDF_ONLY' }, { token: staffToken }))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    const after = await snapshotTables(t.dataSource);
    for (const table of ['case_material', 'stored_file', 'stored_file_chunk']) expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
  });

  it('lets staff list the dossier but not open its files, and answers out of scope as missing', async () => {
    const c = await freshCase(t.gql, tree.branch.id, '2025-02-13', '只看目录');
    const added = await answer(await upload(c.id, await pdf(1), { kind: 'APPLICATION_LETTER' }, { token: staffToken }));
    expect(added.status).toBe(201);
    const listed = (await staff(DOSSIER, { id: c.id })).data!.DevelopmentCase.dossier[0];
    expect(listed).toMatchObject({ state: 'PRESENT', material: { revision: 1 } });
    const asStaff = await fetch(`${base}/materials/${added.data.material.id}/file`, { headers: { authorization: `Bearer ${staffToken}` } });
    expect((await refusal(asStaff)).code).toBe('FORBIDDEN');
    const asOther = await fetch(`${base}/materials/${added.data.material.id}/file`, { headers: { authorization: `Bearer ${sichuanToken}` } });
    expect(await refusal(asOther)).toEqual({ status: 404, code: 'NOT_FOUND', constraint: null });
    const noSuch = await fetch(`${base}/materials/999999/file`, { headers: { authorization: `Bearer ${coordinatorToken}` } });
    expect(await refusal(noSuch)).toEqual({ status: 404, code: 'NOT_FOUND', constraint: null });
    expect((await fetch(`${base}/materials/${added.data.material.id}/file`)).status).toBe(401);
  });

  it('prints a case\'s dossier of 20 materials as one PDF: the contents, then every page, numbered', async () => {
    const c = await freshCase(t.gql, tree.branch.id, '2025-02-14', '二十份');
    // Six kinds of the department's own besides the built-in fourteen: twenty in all.
    for (let i = 1; i <= 6; i += 1) {
      const made = await t.gql(`mutation($c: String!, $n: String!) { createMaterialKind(code: $c, name: $n, step: CONVERSION, required: false, fileTypes: [PDF, JPEG, PNG], uploadRoles: [COORDINATOR]) { id } }`, { c: `EXTRA_${i}`, n: `补充材料${i}` });
      expect(made.errors).toBeUndefined();
    }
    const kinds = (await t.gql(KINDS)).data!.materialKinds.filter((k: { code: string }) => k.code !== 'PDF_ONLY' && k.code !== 'BRANCH_NOTE').slice(0, 20);
    expect(kinds).toHaveLength(20);
    const scan = await sharp({ create: { width: 1240, height: 1754, channels: 3, background: '#f4f1ea' } }).jpeg({ quality: 80 }).toBuffer();
    let pages = 0;
    const started = Date.now();
    for (const [i, k] of kinds.entries()) {
      const body = i % 4 === 3 ? scan : await pdf(1 + (i % 3));
      pages += i % 4 === 3 ? 1 : 1 + (i % 3);
      expect((await upload(c.id, body, { kind: k.code }, { name: `${k.name}.${i % 4 === 3 ? 'jpg' : 'pdf'}` })).status).toBe(201);
    }
    const uploadMs = (Date.now() - started) / kinds.length;
    const printStarted = Date.now();
    const res = await fetch(`${base}/cases/${c.id}/dossier.pdf`, { headers: { authorization: `Bearer ${coordinatorToken}` } });
    const printMs = Date.now() - printStarted;
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('入党材料-二十份.pdf'));
    const printed = await PDFDocument.load(Buffer.from(await res.arrayBuffer()));
    // One page of contents for twenty lines, then every material's pages.
    expect(printed.getPageCount()).toBe(1 + pages);
    console.log(`dossier on ${dialect}: 20 materials (${pages} pages), upload ${uploadMs.toFixed(0)} ms each on average, dossier PDF of ${printed.getPageCount()} pages in ${printMs} ms`);
    const printedEntry = await t.dataSource.query(`SELECT changes FROM audit_entry WHERE action = 'material.print' AND recordId = ?`, [String(c.id)]);
    expect(printedEntry).toHaveLength(1);
    // Staff, and another chamber, do not print it.
    expect((await refusal(await fetch(`${base}/cases/${c.id}/dossier.pdf`, { headers: { authorization: `Bearer ${staffToken}` } }))).code).toBe('FORBIDDEN');
    expect((await refusal(await fetch(`${base}/cases/${c.id}/dossier.pdf`, { headers: { authorization: `Bearer ${sichuanToken}` } }))).code).toBe('NOT_FOUND');
  });

  it('lists the required materials the open cases lack as a worklist, paged, by kind and subtree, and counts them on each case', async () => {
    const a = await freshCase(t.gql, tree.branch.id, '2025-02-15', '待办甲');
    const b = await freshCase(t.gql, tree.branch.id, '2025-02-16', '待办乙');
    const restore = await requireOfEveryCase(['APPLICATION_LETTER', 'TALK_RECORD']);
    try {
      await upload(a.id, await pdf(1), { kind: 'APPLICATION_LETTER' });
      const WORK = `query($k: String, $w: ID, $p: Int, $n: Int) { missingMaterials(kind: $k, withinOrganization: $w, page: $p, perPage: $n) { total items { state case { id dossierMissing } kind { code } } } }`;
      const mine = async (vars: Record<string, unknown> = {}) => (await t.gql(WORK, { n: 100, ...vars })).data!.missingMaterials;
      const ours = (page: { items: { case: { id: string }; kind: { code: string }; state: string }[] }) => page.items.filter((i) => i.case.id === a.id || i.case.id === b.id).map((i) => [i.case.id, i.kind.code, i.state]);
      expect(ours(await mine())).toEqual([
        [a.id, 'TALK_RECORD', 'MISSING'],
        [b.id, 'APPLICATION_LETTER', 'MISSING'],
        [b.id, 'TALK_RECORD', 'MISSING'],
      ]);
      expect(ours(await mine({ k: 'APPLICATION_LETTER' }))).toEqual([[b.id, 'APPLICATION_LETTER', 'MISSING']]);
      // Pages follow on from each other and add up to the whole.
      const whole = await mine();
      const paged = [];
      for (let p = 0; p * 2 < whole.total; p += 1) paged.push(...(await t.gql(WORK, { p, n: 2 })).data!.missingMaterials.items);
      expect(paged).toEqual(whole.items);
      // Another chamber's subtree has none of them; another chamber's coordinator sees none of them.
      expect(ours(await mine({ w: tree.sichuan.id }))).toEqual([]);
      const sichuan = await t.userFor(UserRole.COORDINATOR, tree.sichuan.id);
      expect(ours((await sichuan.gql(WORK, { n: 100 })).data!.missingMaterials)).toEqual([]);
      // The count on each case.
      const counted = (await t.gql(`query($ids: [ID!]) { allDevelopmentCases(filter: { ids: $ids }) { id dossierMissing } }`, { ids: [a.id, b.id] })).data!.allDevelopmentCases;
      expect(Object.fromEntries(counted.map((c: { id: string; dossierMissing: number }) => [c.id, c.dossierMissing]))).toEqual({ [a.id]: 1, [b.id]: 2 });
      expect((await t.gql(WORK, { n: 101 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    } finally {
      await restore();
    }
  });

  it('exports several cases\' dossiers as one archive for an inspection, all or nothing', async () => {
    const a = await freshCase(t.gql, tree.branch.id, '2025-02-17', '归档甲');
    const b = await freshCase(t.gql, tree.branch.id, '2025-02-18', '归档乙');
    await upload(a.id, await pdf(2), { kind: 'APPLICATION_LETTER' });
    const get = (ids: string, token = coordinatorToken) => fetch(`${base}/dossiers.zip?ids=${ids}`, { headers: { authorization: `Bearer ${token}` } });
    const res = await get(`${a.id},${b.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const entries = unzipStored(Buffer.from(await res.arrayBuffer()));
    expect(entries.map((e) => e.name)).toEqual([`入党材料-归档甲-${a.id}.pdf`, `入党材料-归档乙-${b.id}.pdf`]);
    expect((await PDFDocument.load(entries[0].data)).getPageCount()).toBe(1 + 2);
    expect((await PDFDocument.load(entries[1].data)).getPageCount()).toBe(1);
    // One case out of scope, or too many, or none: refused whole, nothing sent.
    expect(await refusal(await get(`${a.id},${b.id}`, sichuanToken))).toEqual({ status: 404, code: 'NOT_FOUND', constraint: null });
    expect(await refusal(await get(`${a.id},999999`))).toEqual({ status: 404, code: 'NOT_FOUND', constraint: null });
    expect(await refusal(await get(Array.from({ length: 51 }, (_, i) => i + 1).join(',')))).toEqual({ status: 400, code: 'BAD_USER_INPUT', constraint: 'tooMany' });
    expect(await refusal(await get(''))).toEqual({ status: 400, code: 'BAD_USER_INPUT', constraint: 'required' });
    expect((await refusal(await get(a.id, staffToken))).code).toBe('FORBIDDEN');
  });
});
