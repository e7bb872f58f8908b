import { UserRole } from '../access/roles';
import { DIALECTS, snapshotTables } from '../test/databases';
import { buildSmallTree } from '../test/fixtures';
import { startTestServer, type TestServer } from '../test/server';

const LETTER = `mutation($c: ID!, $y: Int!) { signResponsibilityLetter(chamberId: $c, year: $y, signedOn: "2026-01-15", signatory: "会长", targets: [{ area: SYSTEM, target: "健全党组织议事规则" }]) { id } }`;
const RECORD = `mutation($c: ID!, $y: Int!, $s: [AreaScoreInput!]!) { recordAssessment(chamberId: $c, year: $y, assessedOn: "2026-11-20", scores: $s) { id version total scores { area score weight note } letter { targets { area target } } } }`;
const WEIGHTS = `mutation($y: Int!, $w: [AreaWeightInput!]!) { setAssessmentWeights(year: $y, weights: $w) { area weight } }`;

/** Scores in the order SYSTEM, TRAINING, SUPPORT, ROLE, ATMOSPHERE. */
const scores = (...s: number[]) => ['SYSTEM', 'TRAINING', 'SUPPORT', 'ROLE', 'ATMOSPHERE'].map((area, i) => ({ area, score: s[i] }));
const weights = (...w: number[]) => ['SYSTEM', 'TRAINING', 'SUPPORT', 'ROLE', 'ATMOSPHERE'].map((area, i) => ({ area, weight: w[i] }));

describe.each(DIALECTS)('annual assessments on %s', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    for (const c of [tree.hunan, tree.sichuan]) await t.gql(LETTER, { c: c.id, y: 2026 });
  });
  afterAll(() => t.stop());

  it('weights are equal until set, must cover each area once and add up to 100', async () => {
    expect((await t.gql(`query { assessmentWeights(year: 2026) { area weight } }`)).data!.assessmentWeights).toEqual(weights(20, 20, 20, 20, 20));
    const bad = [
      [weights(30, 20, 20, 10, 10), 'sum'],
      [[...weights(30, 20, 20, 15, 15).slice(0, 4), { area: 'SYSTEM', weight: 15 }], 'duplicateArea'],
      [weights(40, 20, 20, 20, 0).slice(0, 4), 'missingArea'],
    ] as const;
    for (const [w, constraint] of bad) {
      const res = await t.gql(WEIGHTS, { y: 2026, w });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [expect.objectContaining({ field: 'weights', constraint })] });
    }
    const set = await t.gql(WEIGHTS, { y: 2026, w: weights(30, 20, 20, 15, 15) });
    expect(set.data!.setAssessmentWeights).toEqual(weights(30, 20, 20, 15, 15));
    expect((await t.gql(`query { assessmentWeights(year: 2025) { weight } }`)).data!.assessmentWeights.map((w: { weight: number }) => w.weight)).toEqual([20, 20, 20, 20, 20]);
  });

  it('scores each chamber against its letter with the year\'s weights, and ranks the totals', async () => {
    const assessor = (await t.userFor(UserRole.ASSESSOR, tree.agency.id)).gql;
    // 湖南: 90×30 + 80×20 + 70×20 + 60×15 + 100×15 = 8100 → 81
    const hunan = await assessor(RECORD, { c: tree.hunan.id, y: 2026, s: scores(90, 80, 70, 60, 100) });
    expect(hunan.data!.recordAssessment).toMatchObject({ total: 81, letter: { targets: [{ area: 'SYSTEM', target: '健全党组织议事规则' }] } });
    expect(hunan.data!.recordAssessment.scores.map((s: { weight: number }) => s.weight)).toEqual([30, 20, 20, 15, 15]);
    // 四川: 80×30 + 90×20 + 85×20 + 70×15 + 75×15 = 8075 → 80.75
    const sichuan = await assessor(RECORD, { c: tree.sichuan.id, y: 2026, s: scores(80, 90, 85, 70, 75) });
    expect(sichuan.data!.recordAssessment.total).toBe(80.75);

    const noLetter = await assessor(RECORD, { c: tree.zhejiang.id, y: 2026, s: scores(80, 80, 80, 80, 80) });
    expect(noLetter.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'letterMissing' });
    const twice = await assessor(RECORD, { c: tree.hunan.id, y: 2026, s: scores(1, 1, 1, 1, 1) });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'assessmentExists' });
    const outOfRange = await assessor(RECORD, { c: tree.sichuan.id, y: 2026, s: scores(101, 80, 80, 80, 80) });
    expect(outOfRange.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    const ranking = await t.gql(`query { assessments(year: 2026) { chamber { name } total } chambersNotAssessed(year: 2026) { name } }`);
    expect(ranking.data!.assessments).toEqual([
      { chamber: { name: '贵州省湖南商会' }, total: 81 },
      { chamber: { name: '贵州省四川商会' }, total: 80.75 },
    ]);
    expect(ranking.data!.chambersNotAssessed).toEqual([{ name: '贵州省浙江商会' }]);

    // The weights are frozen once the year has assessments.
    const late = await t.gql(WEIGHTS, { y: 2026, w: weights(20, 20, 20, 20, 20) });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'assessmentsExist' });

    // A correction keeps the weights: 四川 with 作用发挥 100 → 8075 + 30×15 = 8525 → 85.25, now first.
    const s = sichuan.data!.recordAssessment;
    const fixed = await assessor(`mutation($id: ID!, $v: Int!, $s: [AreaScoreInput!]) { updateAssessment(id: $id, version: $v, scores: $s) { total version } }`, { id: s.id, v: s.version, s: scores(80, 90, 85, 100, 75) });
    expect(fixed.data!.updateAssessment.total).toBe(85.25);
    const stale = await assessor(`mutation($id: ID!, $v: Int!) { updateAssessment(id: $id, version: $v, comment: "复核") { id } }`, { id: s.id, v: s.version });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'staleVersion' });
    const after = await t.gql(`query { assessments(year: 2026) { chamber { name } total } }`);
    expect(after.data!.assessments.map((a: { total: number }) => a.total)).toEqual([85.25, 81]);

    const audit = await t.gql(`query($r: String) { allAuditEntries(filter: { recordType: "Assessment", recordId: $r }, sortField: "id", sortOrder: "ASC") { action } }`, { r: s.id });
    expect(audit.data!.allAuditEntries.map((a: { action: string }) => a.action)).toEqual(['assessment.record', 'assessment.update']);
  });

  it('coordinators read their chamber\'s assessment and may not score', async () => {
    const coordinator = (await t.userFor(UserRole.COORDINATOR, tree.hunan.id)).gql;
    const mine = await coordinator(`query { assessments(year: 2026) { chamber { name } } chambersNotAssessed(year: 2026) { name } }`);
    expect(mine.data).toEqual({ assessments: [{ chamber: { name: '贵州省湖南商会' } }], chambersNotAssessed: [] });
    const refused = await coordinator(RECORD, { c: tree.zhejiang.id, y: 2026, s: scores(80, 80, 80, 80, 80) });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses bad input without changing anything', async () => {
    const before = await snapshotTables(t.dataSource);
    const attempts: [string, Record<string, unknown>][] = [
      [RECORD, { c: tree.hunan.id, y: 2026, s: scores(-1, 80, 80, 80, 80) }],
      [RECORD, { c: tree.zhejiang.id, y: 2026, s: scores(80, 80, 80, 80, 80).slice(1) }],
      [RECORD, { c: 'x', y: 2026, s: scores(80, 80, 80, 80, 80) }],
      [RECORD, { c: tree.hunan.id, y: 1999, s: scores(80, 80, 80, 80, 80) }],
      [`mutation($c: ID!) { recordAssessment(chamberId: $c, year: 2027, assessedOn: "2099-01-01", scores: [{ area: SYSTEM, score: 1 }]) { id } }`, { c: tree.hunan.id }],
      [`mutation($c: ID!, $s: [AreaScoreInput!]!) { recordAssessment(chamberId: $c, year: 2026, assessedOn: "2026-02-30", scores: $s) { id } }`, { c: tree.zhejiang.id, s: scores(1, 1, 1, 1, 1) }],
      [WEIGHTS, { y: 2027, w: weights(101, 0, 0, 0, -1) }],
      [`mutation { updateAssessment(id: "999999", version: 1, comment: "无此考核") { id } }`, {}],
      [`mutation($c: ID!) { signResponsibilityLetter(chamberId: $c, year: 2027, signedOn: "2026-01-01", signatory: "会长", targets: []) { id } }`, { c: tree.zhejiang.id }],
      [`mutation($c: ID!) { signResponsibilityLetter(chamberId: $c, year: 2027, signedOn: "2026-01-01", signatory: "会长", targets: [{ area: SYSTEM, target: "<script>alert(1)</script>\u0000" }]) { id } }`, { c: tree.zhejiang.id }],
    ];
    for (const [query, variables] of attempts) {
      const res = await t.gql(query, variables);
      expect(res.errors?.[0].extensions?.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND|CONFLICT)$/);
    }
    expect(await snapshotTables(t.dataSource)).toEqual(before);
  });
});
