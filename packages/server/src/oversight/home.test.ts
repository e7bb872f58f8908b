import ExcelJS from 'exceljs';
import { UserRole } from '../access/roles';
import { todayInChina } from '../common/dates';
import { DIALECTS } from '../test/databases';
import { freshCase } from '../test/development-fixtures';
import { buildSmallTree, createOrg } from '../test/fixtures';
import { populateCoverage } from '../test/oversight-fixtures';
import { CHART_CHAMBERS, series } from './home.service';
import { createPerson } from '../test/people-fixtures';
import { startTestServer, type Gql, type TestServer } from '../test/server';
import { createClass, createProgram, ENROLL } from '../test/training-fixtures';

const HOME = `query($y: Int) { homeDashboard(year: $y) {
  year chambers organizationCoverage workCoverage chamberCoverage
  meetings { organizations average regular partial irregular annualOnly }
  openCases pipeline { stage count }
  trainingSeats trainingCompleted trainingCompletionRate
  lettersSigned assessed averageAssessment venueUnits venuesCompliant
  overdue { kind count }
  coverageByChamber { chamberName value second }
  trainingByChamber { chamberName value second }
  assessmentByChamber { chamberName value }
} }`;

async function held(gql: Gql, organizationId: string, type: string, day: string) {
  const m = (await gql(`mutation($o: ID!, $t: MeetingType!, $d: String!) { createMeeting(organizationId: $o, type: $t, topic: "例会", plannedOn: $d) { id version } }`, { o: organizationId, t: type, d: day })).data!.createMeeting;
  const res = await gql(`mutation($id: ID!, $v: Int!, $d: String!) { recordMeetingHeld(id: $id, version: $v, heldOn: $d, attendedCount: 3) { id } }`, { id: m.id, v: m.version, d: day });
  if (res.errors) throw new Error(JSON.stringify(res.errors));
}

describe.each(DIALECTS)('home dashboard on %s, on a fixture worked out by hand', (dialect) => {
  let t: TestServer;
  let tree: Awaited<ReturnType<typeof buildSmallTree>>;

  beforeAll(async () => {
    t = await startTestServer(dialect);
    tree = await buildSmallTree(t);
    await populateCoverage(t, tree);
    // 2025 meetings. The committee meets monthly and holds a lecture each quarter: 16 of 16 periods.
    for (let m = 1; m <= 12; m += 1) await held(t.gql, tree.committee.id, 'COMMITTEE_MEETING', `2025-${String(m).padStart(2, '0')}-05`);
    for (const m of ['02', '05', '08', '11']) await held(t.gql, tree.committee.id, 'PARTY_LECTURE', `2025-${m}-20`);
    // The branch holds a members' meeting and a lecture on one day: 2 of 32 periods, "one meeting a year".
    await held(t.gql, tree.branch.id, 'MEMBERS_MEETING', '2025-03-15');
    await held(t.gql, tree.branch.id, 'PARTY_LECTURE', '2025-03-15');
    // A meeting planned for a past day and never recorded.
    await t.gql(`mutation($o: ID!) { createMeeting(organizationId: $o, type: THEME_DAY, topic: "主题党日", plannedOn: "2025-12-20") { id } }`, { o: tree.branch.id });
    // A weak branch under the committee, being rectified; it holds no meetings: 0 of 32.
    const weak = await createOrg(t, { kind: 'BRANCH', name: '贵州湘盛物流有限公司党支部', parentId: tree.committee.id, hostId: tree.enterprises[1].id, status: 'WEAK_LAX' });
    await t.gql(`mutation($o: ID!) { openRectification(organizationId: $o, problems: "组织生活不正常", identifiedOn: "2025-10-08") { id } }`, { o: weak.id });
    // An applicant of 2025-06-01 never talked to: overdue since 2025-07-01.
    await freshCase(t.gql, tree.branch.id, '2025-06-01');
    // 湖南 signed its 2025 letter and was assessed at equal weights: (90+80+70+60+50) × 20 / 100 = 70.
    await t.gql(`mutation($c: ID!) { signResponsibilityLetter(chamberId: $c, year: 2025, signedOn: "2025-01-15", signatory: "会长", targets: [{ area: SYSTEM, target: "按期换届" }]) { id } }`, { c: tree.hunan.id });
    await t.gql(`mutation($c: ID!) { recordAssessment(chamberId: $c, year: 2025, assessedOn: "2025-12-28", scores: [{ area: SYSTEM, score: 90 }, { area: TRAINING, score: 80 }, { area: SUPPORT, score: 70 }, { area: ROLE, score: 60 }, { area: ATMOSPHERE, score: 50 }]) { id } }`, { c: tree.hunan.id });
    // The branch's venue meets the four haves.
    const v = (await t.gql(`mutation($o: ID!) { createVenue(organizationId: $o, standard: FOUR_HAVES, name: "党员活动室") { id version } }`, { o: tree.branch.id })).data!.createVenue;
    await t.gql(`mutation($id: ID!, $v: Int!) { inspectVenue(id: $id, version: $v, checkedOn: "2025-06-01", checks: [{ code: "place", ok: true }, { code: "sign", ok: true }, { code: "rules", ok: true }, { code: "materials", ok: true }]) { id } }`, { id: v.id, v: v.version });
    // This year's class: two 湖南 seats, none completed yet.
    const klass = await createClass(t.gql, (await createProgram(t.gql, tree.agency.id)).id);
    for (const name of ['学员甲', '学员乙']) {
      const p = await createPerson(t.gql, { name, organizationId: tree.enterprises[0].id });
      await t.gql(ENROLL, { c: klass.id, p: p.id });
    }
  });
  afterAll(() => t.stop());

  it('computes every KPI, chart series and overdue count of 2025', async () => {
    const res = await t.gql(HOME, { y: 2025 });
    expect(res.errors).toBeUndefined();
    const home = res.data!.homeDashboard;
    expect(home).toMatchObject({
      year: 2025,
      chambers: 3,
      organizationCoverage: 0.667,
      workCoverage: 0.75,
      chamberCoverage: 0.333,
      // committee 1, branch 2/32 = 0.0625, weak branch 0: mean 1.0625 / 3 = 0.354.
      meetings: { organizations: 3, average: 0.354, regular: 1, partial: 0, irregular: 2, annualOnly: 1 },
      openCases: 1,
      pipeline: [
        { stage: 'APPLICANT', count: 1 },
        { stage: 'ACTIVIST', count: 0 },
        { stage: 'DEVELOPMENT_TARGET', count: 0 },
        { stage: 'PROBATIONARY', count: 0 },
      ],
      trainingSeats: 0,
      lettersSigned: 1,
      assessed: 1,
      averageAssessment: 70,
      assessmentByChamber: [{ chamberName: '湖南商会', value: 70 }],
    });
    // Units: the committee, the two branches (four haves; only the first has a venue), and
    // 湘华信息 and 川渝商贸, enterprises without a party organization (a mass room each).
    expect({ units: home.venueUnits, compliant: home.venuesCompliant }).toEqual({ units: 5, compliant: 1 });
    expect(home.overdue).toEqual([
      { kind: 'TALK_OVERDUE', count: 1 },
      { kind: 'APPROVAL_OVERDUE', count: 0 },
      { kind: 'CONVERSION_DUE', count: 0 },
      { kind: 'MEETING_NOT_HELD', count: 1 },
      { kind: 'ANNUAL_ONLY', count: 1 },
      { kind: 'LETTER_MISSING', count: 2 },
      { kind: 'ASSESSMENT_MISSING', count: 2 },
      { kind: 'VENUE_NONCOMPLIANT', count: 4 },
      { kind: 'RECTIFICATION_OPEN', count: 1 },
      { kind: 'TERM_OVERDUE', count: 0 },
      { kind: 'TERM_DUE_SOON', count: 0 },
    ]);
    expect(home.coverageByChamber).toEqual([
      { chamberName: '湖南商会', value: 0.667, second: 0.667 },
      { chamberName: '四川商会', value: 0, second: 1 },
      { chamberName: '浙江商会', value: 0, second: 0 },
    ]);
  });

  it('counts this year\'s training seats per chamber', async () => {
    const year = Number(todayInChina().slice(0, 4));
    const home = (await t.gql(HOME, { y: year })).data!.homeDashboard;
    expect(home).toMatchObject({ trainingSeats: 2, trainingCompleted: 0, trainingCompletionRate: 0, trainingByChamber: [{ chamberName: '湖南商会', value: 2, second: 0 }] });
    expect((await t.gql(HOME, {})).data!.homeDashboard.year).toBe(year);
  });

  it('keeps a chamber coordinator to their chamber, and refuses a year out of range', async () => {
    const coordinator = (await t.userFor(UserRole.COORDINATOR, tree.sichuan.id)).gql;
    const home = (await coordinator(HOME, { y: 2025 })).data!.homeDashboard;
    expect(home).toMatchObject({ chambers: 1, workCoverage: 1, chamberCoverage: 0, openCases: 0, lettersSigned: 0, meetings: { organizations: 0 } });
    expect(home.overdue.find((o: { kind: string }) => o.kind === 'LETTER_MISSING').count).toBe(1);
    const bad = await t.gql(HOME, { y: 1900 });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('exports the year as an Excel report with the same figures, a line per chamber and the lists behind them', async () => {
    const base = t.url.replace(/\/graphql$/, '');
    const admin = await t.userFor(UserRole.ADMIN, tree.agency.id);
    const sheets = async (token: string, year = '2025', lang?: string) => {
      const res = await fetch(`${base}/exports/oversight/annual-report.xlsx?year=${year}${lang ? `&lang=${lang}` : ''}`, { headers: { authorization: `Bearer ${token}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('spreadsheetml');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const rows = (name: string) => {
        const out: unknown[][] = [];
        workbook.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
        return out;
      };
      return { names: workbook.worksheets.map((w) => w.name), rows };
    };
    const report = await sheets(admin.token);
    expect(report.names).toEqual(['总览', '各商会', '三会一课', '年度考核', '活动场所']);
    const summary = new Map(report.rows('总览').slice(2).map((r) => [r[0], r[1]]));
    expect(summary.get('监管商会')).toBe(3);
    expect(summary.get('党的组织覆盖率')).toBe(0.667);
    expect(summary.get('工作覆盖率')).toBe(0.75);
    expect(summary.get('三会一课平均规范率')).toBe(0.354);
    expect(summary.get('年度考核平均分')).toBe(70);
    expect(summary.get('待办：商会未签订责任书')).toBe(2);
    // Stages by name, never their codes, in the language asked for (Chinese unless English is asked).
    const pipelineNote = report.rows('总览').find((r) => r[0] === '发展党员在途')![2] as string;
    expect(pipelineNote).toMatch(/^入党申请人 \d+，入党积极分子 \d+，发展对象 \d+，预备党员 \d+$/);
    const english = await sheets(admin.token, '2025', 'en');
    expect(english.names[0]).toBe('Summary');
    const englishRows = english.rows('Summary');
    expect(englishRows[1]).toEqual(['Indicator', 'Value', 'Note']);
    const englishSummary = new Map(englishRows.slice(2).map((r) => [r[0], r[2]]));
    expect(englishSummary.get('Member development cases open')).toMatch(/^Applicants \d+, Activists \d+, Development targets \d+, Probationary members \d+$/);
    expect(JSON.stringify(englishRows)).not.toMatch(/[\u4e00-\u9fff]|APPLICANT|ACTIVIST|DEVELOPMENT_TARGET|PROBATIONARY/);
    expect((await fetch(`${base}/exports/oversight/annual-report.xlsx?year=2025&lang=fr`, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(400);
    // 湖南: 3 enterprises, all with members, 2/3 covered both ways; letter and assessment (70, first);
    // regularity over committee 1, branch 0.0625, weak branch 0 → 0.354; venues 1 of 4 units.
    const chambers = report.rows('各商会').slice(2);
    expect(chambers.map((r) => r[0])).toEqual(['贵州省湖南商会', '贵州省四川商会', '贵州省浙江商会']);
    expect(chambers[0]).toEqual(['贵州省湖南商会', 3, 3, 0.667, 0.667, '是', '2025-01-15', 70, 1, 0, 0, 0.354, 1, 4]);
    expect(chambers[1].slice(0, 7)).toEqual(['贵州省四川商会', 1, 0, 0, 1, '否', '未签订']);
    expect(report.rows('年度考核').slice(1)).toEqual([
      ['排名', '商会', '制度建设（20%）', '教育培训（20%）', '基础保障（20%）', '作用发挥（20%）', '氛围营造（20%）', '总分', '考核日期', '考核意见'],
      [1, '贵州省湖南商会', 90, 80, 70, 60, 50, 70, '2025-12-28', ''],
    ]);
    expect(report.rows('三会一课').slice(2).map((r) => [r[0], r[2], r[3], r[6]])).toEqual(
      expect.arrayContaining([
        ['贵州省湖南商会党委', 16, 16, ''],
        ['贵州湘黔建材有限公司党支部', 2, 32, '是'],
      ]),
    );

    // A chamber's coordinator gets their chamber only; a wrong year and no account are refused.
    const sichuan = await t.userFor(UserRole.COORDINATOR, tree.sichuan.id);
    expect((await sheets(sichuan.token)).rows('各商会').slice(2).map((r) => r[0])).toEqual(['贵州省四川商会']);
    expect((await fetch(`${base}/exports/oversight/annual-report.xlsx?year=1900`, { headers: { authorization: `Bearer ${admin.token}` } })).status).toBe(400);
    expect((await fetch(`${base}/exports/oversight/annual-report.xlsx?year=2025`)).status).toBe(401);
    const audit = await t.gql(`query { allAuditEntries(filter: { action: "oversight.annualReport" }) { recordId } }`);
    expect(audit.data!.allAuditEntries.map((a: { recordId: string }) => a.recordId)).toEqual(['2025', '2025', '2025']);
  });
});

describe('chart series', () => {
  const rows = Array.from({ length: 45 }, (_, i) => ({ chamberId: i, chamberName: `商会${i}`, value: (i * 7) % 45, second: null }));

  it('keeps every chamber while they fit a chart', () => {
    expect(series(rows.slice(0, CHART_CHAMBERS), (a, b) => a.value - b.value)).toEqual(rows.slice(0, CHART_CHAMBERS));
  });

  it('beyond that keeps the ones that most need a look, or the first in order', () => {
    const lowest = series(rows, (a, b) => a.value - b.value);
    expect(lowest.map((r) => r.value)).toEqual(Array.from({ length: CHART_CHAMBERS }, (_, i) => i));
    expect(series(rows, null)).toEqual(rows.slice(0, CHART_CHAMBERS));
  });
});
