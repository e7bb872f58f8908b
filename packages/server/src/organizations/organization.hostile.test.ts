import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';

const CREATE = `mutation($kind: OrganizationKind!, $name: String!, $parentId: ID, $creditCode: String, $foundedOn: String, $shortName: String, $employeeCount: Int) {
  createOrganization(kind: $kind, name: $name, parentId: $parentId, creditCode: $creditCode, foundedOn: $foundedOn, shortName: $shortName, employeeCount: $employeeCount) { id }
}`;
const LIST = `query($filter: OrganizationFilter, $sortField: String, $sortOrder: String, $perPage: Int, $page: Int) {
  allOrganizations(filter: $filter, sortField: $sortField, sortOrder: $sortOrder, perPage: $perPage, page: $page) { id }
}`;

describe.each(DIALECTS)('bad input to organizations on %s gets a clear code and changes nothing', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;
  let before: Record<string, string>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    before = await snapshotTables(t.dataSource);
  });
  afterEach(async () => {
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });
  afterAll(() => t.stop());

  const chamber = () => ({ kind: 'ENTERPRISE', name: '贵州测试实业有限公司', parentId: tree.hunan.id });

  const expectCode = async (query: string, variables: Record<string, unknown>, code: string, field?: string) => {
    const res = await t.gql(query, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.data?.createOrganization ?? null).toBeNull();
    if (field) expect(res.errors![0].extensions!.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    return res;
  };

  it.each([
    ['a number for a string', { name: 12345 }],
    ['an object where a scalar belongs', { name: { $gt: '' } }],
    ['an array where a scalar belongs', { name: ['a', 'b'] }],
    ['an unknown enum value', { kind: 'SECRET_SOCIETY' }],
    ['a string for an integer', { employeeCount: '12' }],
    ['a fractional integer', { employeeCount: 1.5 }],
  ])('refuses %s', async (_label, override) => {
    await expectCode(CREATE, { ...chamber(), ...override }, 'BAD_USER_INPUT');
  });

  it('refuses a missing required field', async () => {
    await expectCode(CREATE, { kind: 'ENTERPRISE', parentId: tree.hunan.id }, 'BAD_USER_INPUT');
    await expectCode(`mutation { createOrganization(kind: ENTERPRISE) { id } }`, {}, 'BAD_USER_INPUT');
  });

  it.each([
    ['a name that is too long', { name: '商'.repeat(101) }, 'name', 'maxChars'],
    ['a blank name', { name: '   ' }, 'name', 'notBlank'],
    ['a control character', { name: '贵州\u0007实业' }, 'name', 'plainText'],
    ['a newline in a single-line field', { name: '贵州\n实业' }, 'name', 'plainText'],
    ['a bidi override', { name: '贵州\u202Egnp.exe' }, 'name', 'plainText'],
    ['an invisible direction mark', { shortName: 'a\u200Fb' }, 'shortName', 'plainText'],
    ['a date that does not exist', { foundedOn: '2025-02-30' }, 'foundedOn', 'localDate'],
    ['a date in another format', { foundedOn: '2025/02/03' }, 'foundedOn', 'localDate'],
    ['an impossible year', { foundedOn: '0000-01-01' }, 'foundedOn', 'localDate'],
    ['a credit code with a wrong check character', { creditCode: '91350100M000100Y44' }, 'creditCode', 'creditCode'],
    ['a credit code that is too short', { creditCode: '91350100M000100Y4' }, 'creditCode', 'creditCode'],
    ['a negative employee count', { employeeCount: -1 }, 'employeeCount', 'min'],
  ])('refuses %s, naming the field and the rule', async (_label, override, field, constraint) => {
    const res = await expectCode(CREATE, { ...chamber(), ...override }, 'BAD_USER_INPUT', field);
    expect(res.errors![0].extensions!.fields).toEqual([expect.objectContaining({ field, constraint })]);
  });

  it('counts length in characters, so 100 Chinese characters or emoji fit a 100-character name', async () => {
    const res = await t.gql(LIST, { filter: { q: '😀'.repeat(100) } });
    expect(res.errors).toBeUndefined();
  });

  it('refuses an unknown argument such as a version on create', async () => {
    await expectCode(`mutation { createOrganization(kind: ENTERPRISE, name: "x", version: 7) { id } }`, {}, 'BAD_USER_INPUT');
    await expectCode(`mutation { createOrganization(kind: ENTERPRISE, name: "x", path: "/1/") { id } }`, {}, 'BAD_USER_INPUT');
  });

  it.each([
    ['an unknown filter field', { filter: { secret: 1 } }],
    ['an unknown sort field', { sortField: 'password' }],
    ['a sort field that smuggles SQL', { sortField: 'name; DROP TABLE organization' }],
    ['a sort order that smuggles SQL', { sortOrder: 'ASC, (SELECT 1)' }],
    ['perPage beyond the cap', { perPage: 101 }],
    ['perPage zero', { perPage: 0 }],
    ['a negative page', { page: -1 }],
    ['a filter value of the wrong type', { filter: { kind: 'CHAMBER OR 1=1' } }],
    ['an invalid date in a filter', { filter: { foundedOn_gte: '2020-13-01' } }],
  ])('refuses a list with %s', async (_label, variables) => {
    const res = await t.gql(LIST, variables);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.data?.allOrganizations ?? null).toBeNull();
  });

  it('treats SQL in search and filter values as plain text', async () => {
    for (const q of ["' OR 1=1 --", '%', '_', "湖南' UNION SELECT * FROM organization --", '"; DROP TABLE organization; --']) {
      const res = await t.gql(LIST, { filter: { q } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.allOrganizations).toEqual([]);
    }
    const res = await t.gql(LIST, { filter: { parentId: '1 OR 1=1', descendantsOf: "1' --", ids: ['1) OR (1=1'] } });
    expect(res.data!.allOrganizations).toEqual([]);
  });

  it('stores a script tag as plain text, never as markup', async () => {
    // A name is text; whoever shows it escapes it. The API neither refuses nor rewrites it.
    const res = await t.gql(LIST, { filter: { q: '<script>alert(1)</script>' } });
    expect(res.errors).toBeUndefined();
  });

  it('answers an id that does not exist exactly like NOT_FOUND on every path', async () => {
    for (const id of ['424242', 'x']) {
      const update = await t.gql(`mutation($id: ID!) { updateOrganization(id: $id, version: 1, name: "新名") { id } }`, { id });
      expect(update.errors![0].extensions!.code).toBe('NOT_FOUND');
      const del = await t.gql(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id });
      expect(del.errors![0].extensions!.code).toBe('NOT_FOUND');
      const archive = await t.gql(`mutation($id: ID!) { archiveOrganization(id: $id, version: 1) { id } }`, { id });
      expect(archive.errors![0].extensions!.code).toBe('NOT_FOUND');
    }
  });

  it('refuses a stale version and an emptied required field on update', async () => {
    const stale = await t.gql(`mutation($id: ID!) { updateOrganization(id: $id, version: 99, name: "新名") { id } }`, { id: tree.hunan.id });
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const emptied = await t.gql(`mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, version: $v, name: null) { id } }`, { id: tree.hunan.id, v: tree.hunan.version });
    expect(emptied.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'name', constraint: 'required' })] });
  });

  describe('at the HTTP layer', () => {
    it('refuses malformed JSON', async () => {
      const res = await t.post('{"query": "{ allOrganizations { id } ');
      expect(res.status).toBe(400);
      expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses a body over the size limit', async () => {
      const res = await t.post(JSON.stringify({ query: CREATE, variables: { ...chamber(), name: 'x'.repeat(300_000) } }));
      expect(res.status).toBe(413);
      expect(res.json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });

    it('refuses batched arrays', async () => {
      const res = await t.post(JSON.stringify([{ query: '{ allOrganizations { id } }' }, { query: '{ allOrganizations { id } }' }]));
      expect(res.status).toBe(400);
    });

    it('refuses a mutation over GET', async () => {
      const query = encodeURIComponent(`mutation { deleteOrganization(id: "${tree.branch.id}") { id } }`);
      const res = await fetch(`${t.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true' } });
      expect(res.status).toBe(405);
    });

    it('refuses a cross-site form post (CSRF)', async () => {
      const res = await fetch(t.url, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: JSON.stringify({ query: `mutation { deleteOrganization(id: "${tree.branch.id}") { id } }` }),
      });
      expect(res.status).toBe(400);
      const simpleGet = await fetch(`${t.url}?query=${encodeURIComponent('{ allOrganizations { id } }')}`);
      expect(simpleGet.status).toBe(400);
    });

    it('refuses a cyclic fragment', async () => {
      const res = await t.gql(`query { allOrganizations { ...A } } fragment A on Organization { parent { ...B } } fragment B on Organization { parent { ...A } }`);
      expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    });
  });
});

describe.each(DIALECTS)('names that look the same are the same name on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
  });
  afterAll(() => t.stop());

  const create = (name: string, shortName?: string) => t.gql(CREATE, { kind: 'ENTERPRISE', name, shortName, parentId: tree.hunan.id });
  const problems = (res: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    ((res.errors?.[0]?.extensions?.fields ?? []) as { field: string; constraint: string }[]).map((f) => `${f.field}:${f.constraint}`);

  it.each([
    ['a zero-width space', '\u200b'],
    ['a zero-width joiner', '\u200d'],
    ['a zero-width non-joiner', '\u200c'],
    ['a word joiner', '\u2060'],
    ['a byte order mark', '\ufeff'],
    ['a soft hyphen', '\u00ad'],
    ['a left-to-right isolate', '\u2066'],
  ])('refuses a name hiding %s beside the same name without it, and changes nothing', async (_label, invisible) => {
    const plain = `贵州湘博${invisible.codePointAt(0)!.toString(16)}实业有限公司`;
    expect((await create(plain)).errors).toBeUndefined();
    const before = await snapshotTables(t.dataSource);
    const hidden = plain.replace('湘博', `湘${invisible}博`);
    const res = await create(hidden);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(problems(res)).toEqual(['name:plainText']);
    expect(problems(await create(`贵州另一家${invisible.codePointAt(0)}公司`, `简称${invisible}`))).toEqual(['shortName:plainText']);
    const rename = await t.gql(`mutation($id: ID!, $name: String!) { updateOrganization(id: $id, version: 1, name: $name) { id } }`, { id: tree.enterprises[1].id, name: hidden });
    expect(problems(rename)).toEqual(['name:plainText']);
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });

  it('stores a name sent decomposed (NFD) composed (NFC), so the composed spelling is taken and finds it', async () => {
    const composed = 'Café Lumière 贵州贸易有限公司';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const created = await t.gql(`mutation($name: String!, $p: ID) { createOrganization(kind: ENTERPRISE, name: $name, parentId: $p) { id name } }`, { name: decomposed, p: tree.hunan.id });
    expect(created.data!.createOrganization.name).toBe(composed);
    const [row] = await t.dataSource.query(`SELECT name FROM organization WHERE id = ?`, [Number(created.data!.createOrganization.id)]);
    expect(row.name).toBe(composed);
    const again = await create(composed);
    expect(problems(again)).toEqual(['name:taken']);
    const found = await t.gql(LIST, { filter: { q: 'Lumière'.normalize('NFD') } });
    expect(found.data!.allOrganizations).toEqual([{ id: created.data!.createOrganization.id }]);
  });
});
