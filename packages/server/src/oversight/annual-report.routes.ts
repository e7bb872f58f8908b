import ExcelJS from 'exceljs';
import { Router } from 'express';
import { AuditService } from '../audit/audit.service';
import type { RouteDeps } from '../kernel/context';
import { CaseStage } from '../development';
import { BadInputError } from '../kernel/errors';
import { requireReportYear } from './chamber-year';
import { ancestorIds } from '../kernel/paths';
import { figures } from './coverage.service';
import { FOCUS_AREAS, FocusArea } from './focus-area';
import { homeDashboard, OVERDUE_NAMES, OverdueKind } from './home.service';
import { sendWorkbook } from '../common/sheet-writer';
import { sendError } from '../kernel/http';

const AREA_NAMES: Record<FocusArea, string> = {
  [FocusArea.SYSTEM]: '制度建设',
  [FocusArea.TRAINING]: '教育培训',
  [FocusArea.SUPPORT]: '基础保障',
  [FocusArea.ROLE]: '作用发挥',
  [FocusArea.ATMOSPHERE]: '氛围营造',
};

/** The languages of the report's summary sheet: the dashboard sends its interface language. */
type Lang = 'zh' | 'en';

const OVERDUE_NAMES_EN: Record<OverdueKind, string> = {
  [OverdueKind.TALK_OVERDUE]: 'Applications not talked over within a month',
  [OverdueKind.APPROVAL_OVERDUE]: 'Admissions not approved within three months',
  [OverdueKind.CONVERSION_DUE]: 'Probation ended, conversion due',
  [OverdueKind.MEETING_NOT_HELD]: 'Planned meetings overdue',
  [OverdueKind.ANNUAL_ONLY]: 'Organizational life held once a year only',
  [OverdueKind.LETTER_MISSING]: 'Chambers without a signed responsibility letter',
  [OverdueKind.ASSESSMENT_MISSING]: 'Chambers not assessed this year',
  [OverdueKind.VENUE_NONCOMPLIANT]: 'Activity venues below standard',
  [OverdueKind.RECTIFICATION_OPEN]: 'Rectifications of weak organizations still open',
  [OverdueKind.TERM_OVERDUE]: 'Party organizations overdue for election',
  [OverdueKind.TERM_DUE_SOON]: 'Party organization terms ending soon',
};

/** Case stages by name, as the dashboard names them. */
const STAGE_NAMES: Record<Lang, Record<CaseStage, string>> = {
  zh: {
    [CaseStage.APPLICANT]: '入党申请人',
    [CaseStage.ACTIVIST]: '入党积极分子',
    [CaseStage.DEVELOPMENT_TARGET]: '发展对象',
    [CaseStage.PROBATIONARY]: '预备党员',
    [CaseStage.FULL]: '正式党员',
    [CaseStage.CANCELLED]: '取消预备党员资格',
    [CaseStage.WITHDRAWN]: '已退出',
  },
  en: {
    [CaseStage.APPLICANT]: 'Applicants',
    [CaseStage.ACTIVIST]: 'Activists',
    [CaseStage.DEVELOPMENT_TARGET]: 'Development targets',
    [CaseStage.PROBATIONARY]: 'Probationary members',
    [CaseStage.FULL]: 'Full members',
    [CaseStage.CANCELLED]: 'Probation cancelled',
    [CaseStage.WITHDRAWN]: 'Withdrawn',
  },
};

/** The summary sheet's words in each language. */
const SUMMARY: Record<Lang, Record<string, string>> = {
  zh: {
    sheet: '总览', title: '%{year}年度异地商会党建工作报告（数据截至 %{today}）', indicator: '指标', value: '数值', note: '说明',
    chambers: '监管商会', organizationCoverage: '党的组织覆盖率', organizationCoverageNote: '党组织覆盖的有党员企业 / 有党员的会员企业',
    workCoverage: '工作覆盖率', workCoverageNote: '党组织或党建联络员覆盖的企业 / 全部会员企业', chamberCoverage: '商会党组织覆盖率', chamberCoverageNote: '建立党组织的商会 / 监管商会',
    meetings: '三会一课平均规范率', meetingsNote: '%{organizations} 个党组织，全部达标 %{regular} 个', annualOnly: '“一年一次”的党组织', openCases: '发展党员在途',
    trainingSeats: '培训报名（人次）', trainingCompleted: '培训结业（人次）', trainingRate: '培训结业率', letters: '签订责任书的商会', assessed: '完成年度考核的商会',
    averageAssessment: '年度考核平均分', venues: '活动场所达标单位', venuesNote: '应建单位 %{units}', overdue: '待办：%{name}', list: '，',
  },
  en: {
    sheet: 'Summary', title: 'Party-building report %{year}, out-of-province chambers of commerce (data as of %{today})', indicator: 'Indicator', value: 'Value', note: 'Note',
    chambers: 'Chambers supervised', organizationCoverage: 'Party organization coverage', organizationCoverageNote: 'Enterprises with members covered by a party organization / member enterprises with members',
    workCoverage: 'Work coverage', workCoverageNote: 'Enterprises covered by a party organization or liaison / all member enterprises', chamberCoverage: 'Chambers with a party organization', chamberCoverageNote: 'Chambers with a party organization / chambers supervised',
    meetings: 'Average meeting regularity', meetingsNote: '%{organizations} party organizations, %{regular} fully regular', annualOnly: 'Party organizations meeting once a year', openCases: 'Member development cases open',
    trainingSeats: 'Training enrolments', trainingCompleted: 'Training completions', trainingRate: 'Training completion rate', letters: 'Chambers with a signed responsibility letter', assessed: 'Chambers assessed this year',
    averageAssessment: 'Average assessment score', venues: 'Units with a venue up to standard', venuesNote: '%{units} units should have one', overdue: 'To do: %{name}', list: ', ',
  },
};

function words(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  return SUMMARY[lang][key].replace(/%\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}

const KIND_NAMES: Record<string, string> = {
  PARTY_COMMITTEE: '党委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
  JOINT_BRANCH: '联合党支部',
  ENTERPRISE: '会员企业',
};

const STANDARD_NAMES: Record<string, string> = { FOUR_HAVES: '“四有”标准', FULL: '标准化活动场所', MASS_ROOM: '工会或青年活动室' };

const pct = (share: number) => Math.round(share * 1000) / 1000;

/** A sheet with a title row, a header row in bold and frozen, the rows, and column widths. */
function addSheet(workbook: ExcelJS.Workbook, name: string, title: string, header: string[], rows: (string | number | null)[][], widths: number[]): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([title]).font = { bold: true, size: 14 };
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  sheet.columns.forEach((column, i) => (column.width = widths[i] ?? 12));
  return sheet;
}

/**
 * `GET /exports/oversight/annual-report.xlsx?year=YYYY&lang=zh|en`: the year's party-building report over the
 * caller's scope — the home page's figures and overdue counts, a line per chamber (coverage,
 * letter, assessment and rank, training, meeting regularity, venues), and the regularity,
 * assessment and venue lists behind them. The summary sheet is in `lang` (default zh), case
 * stages by name. Percentages are fractions formatted as percent. Audited.
 */
export function annualReportRoutes(deps: RouteDeps): Router {
  const router = Router();
  const audit = new AuditService();

  router.get('/exports/oversight/annual-report.xlsx', async (req, res) => {
    try {
      const ctx = await deps.contextFor(req, res);
      const today = ctx.services.meetings.today();
      const year = req.query.year === undefined ? Number(today.slice(0, 4)) : Number(req.query.year);
      requireReportYear(year);
      const langParam = req.query.lang ?? 'zh';
      if (langParam !== 'zh' && langParam !== 'en') throw BadInputError.field('lang', 'choice', 'the language is zh or en');
      const lang: Lang = langParam;
      const home = await homeDashboard(ctx.actor, ctx.services, year, today);
      const [cover, regularity, letters, assessments, venues, weights] = await Promise.all([
        ctx.services.coverage.enterprises(null),
        ctx.services.meetings.regularity(year, null),
        ctx.services.letters.list(year),
        ctx.services.assessments.list(year),
        ctx.services.venues.compliance(null),
        ctx.services.assessments.weights(year),
      ]);

      const chamberIds = new Set(cover.chambers.map((c) => c.id));
      const chamberOfPath = (path: string) => ancestorIds(path).find((id) => chamberIds.has(id)) ?? null;
      const paths = new Map<number, string>();
      const orgRows = await deps.db.manager.createQueryBuilder().select(['o.id AS id', 'o.path AS path']).from('organization', 'o').where('o.id IN (:...ids)', { ids: [...new Set([...regularity.map((r) => r.organizationId), ...venues.map((v) => v.organizationId)]), -1] }).getRawMany<{ id: number | string; path: string }>();
      for (const r of orgRows) paths.set(Number(r.id), r.path);
      const chamberOf = (id: number) => chamberOfPath(paths.get(id) ?? '/');

      const workbook = new ExcelJS.Workbook();
      workbook.creator = 'Guildhall';

      // 总览: the home page's figures, in the language asked for (stages by name, never their codes).
      const summary = addSheet(
        workbook,
        words(lang, 'sheet'),
        words(lang, 'title', { year, today }),
        [words(lang, 'indicator'), words(lang, 'value'), words(lang, 'note')],
        [
          [words(lang, 'chambers'), home.chambers, ''],
          [words(lang, 'organizationCoverage'), pct(home.organizationCoverage), words(lang, 'organizationCoverageNote')],
          [words(lang, 'workCoverage'), pct(home.workCoverage), words(lang, 'workCoverageNote')],
          [words(lang, 'chamberCoverage'), pct(home.chamberCoverage), words(lang, 'chamberCoverageNote')],
          [words(lang, 'meetings'), pct(home.meetings.average), words(lang, 'meetingsNote', { organizations: home.meetings.organizations, regular: home.meetings.regular })],
          [words(lang, 'annualOnly'), home.meetings.annualOnly, ''],
          [words(lang, 'openCases'), home.openCases, home.pipeline.map((p) => `${STAGE_NAMES[lang][p.stage as CaseStage] ?? p.stage} ${p.count}`).join(words(lang, 'list'))],
          [words(lang, 'trainingSeats'), home.trainingSeats, ''],
          [words(lang, 'trainingCompleted'), home.trainingCompleted, ''],
          [words(lang, 'trainingRate'), pct(home.trainingCompletionRate), ''],
          [words(lang, 'letters'), home.lettersSigned, ''],
          [words(lang, 'assessed'), home.assessed, ''],
          [words(lang, 'averageAssessment'), home.averageAssessment, ''],
          [words(lang, 'venues'), home.venuesCompliant, words(lang, 'venuesNote', { units: home.venueUnits })],
          ...home.overdue.map((o) => [words(lang, 'overdue', { name: (lang === 'en' ? OVERDUE_NAMES_EN : OVERDUE_NAMES)[o.kind] }), o.count, ''] as (string | number | null)[]),
        ],
        [lang === 'en' ? 44 : 28, 12, lang === 'en' ? 80 : 60],
      );
      for (const row of [4, 5, 6, 7, 12]) summary.getCell(`B${row}`).numFmt = '0.0%';

      // 各商会: a line per chamber.
      const rank = new Map(assessments.map((a, i) => [a.chamberId, i + 1]));
      const letterOf = new Map(letters.map((l) => [l.chamberId, l]));
      const assessmentOf = new Map(assessments.map((a) => [a.chamberId, a]));
      const seats = new Map(home.trainingByChamber.map((t) => [t.chamberId, t]));
      const byChamber = <T extends { organizationId: number }>(rows: T[]) => {
        const out = new Map<number, T[]>();
        for (const r of rows) {
          const c = chamberOf(r.organizationId);
          if (c === null) continue;
          const list = out.get(c) ?? [];
          list.push(r);
          out.set(c, list);
        }
        return out;
      };
      const regularityOf = byChamber(regularity);
      const venuesOf = byChamber(venues);
      const enterprisesOf = new Map<number, typeof cover.enterprises>();
      for (const e of cover.enterprises) {
        const list = enterprisesOf.get(e.chamberId) ?? [];
        list.push(e);
        enterprisesOf.set(e.chamberId, list);
      }
      const chambersSheet = addSheet(
        workbook,
        '各商会',
        `${year}年度各商会党建工作情况`,
        ['商会', '会员企业', '有党员企业', '党的组织覆盖率', '工作覆盖率', '建立党组织', '责任书签订日期', '考核总分', '考核排名', '培训报名', '培训结业', '三会一课规范率', '活动场所达标', '活动场所应建'],
        cover.chambers.map((c) => {
          const f = figures(enterprisesOf.get(c.id) ?? []);
          const regs = regularityOf.get(c.id) ?? [];
          const vs = venuesOf.get(c.id) ?? [];
          return [
            c.name,
            f.enterprises,
            f.enterprisesWithMembers,
            f.organizationCoverage,
            f.workCoverage,
            cover.chambersWithParty.has(c.id) ? '是' : '否',
            letterOf.get(c.id)?.signedOn ?? '未签订',
            assessmentOf.get(c.id)?.total ?? null,
            rank.get(c.id) ?? null,
            seats.get(c.id)?.value ?? 0,
            seats.get(c.id)?.second ?? 0,
            regs.length ? pct(regs.reduce((s, r) => s + r.regularity, 0) / regs.length) : null,
            vs.filter((v) => v.compliant).length,
            vs.length,
          ];
        }),
        [24, 10, 10, 14, 12, 10, 14, 10, 10, 10, 10, 14, 12, 12],
      );
      for (const col of ['D', 'E', 'L']) chambersSheet.getColumn(col).numFmt = '0.0%';

      addSheet(
        workbook,
        '三会一课',
        `${year}年度三会一课规范情况`,
        ['党组织', '类型', '达标周期', '已过周期', '规范率', '召开次数', '一年一次'],
        regularity.map((r) => [r.organizationName, KIND_NAMES[r.organizationKind] ?? r.organizationKind, r.compliantPeriods, r.elapsedPeriods, pct(r.regularity), r.heldMeetings, r.annualOnly && r.heldMeetings > 0 ? '是' : '']),
        [34, 12, 10, 10, 10, 10, 10],
      ).getColumn('E').numFmt = '0.0%';

      const weightOf = new Map(weights.map((w) => [w.area, w.weight]));
      addSheet(
        workbook,
        '年度考核',
        `${year}年度商会党建工作考核`,
        ['排名', '商会', ...FOCUS_AREAS.map((a) => `${AREA_NAMES[a]}（${weightOf.get(a)}%）`), '总分', '考核日期', '考核意见'],
        assessments.map((a, i) => [
          i + 1,
          cover.chambers.find((c) => c.id === a.chamberId)?.name ?? String(a.chamberId),
          ...FOCUS_AREAS.map((area) => a.scores.find((s) => s.area === area)?.score ?? null),
          a.total,
          a.assessedOn,
          a.comment ?? '',
        ]),
        [6, 24, 14, 14, 14, 14, 14, 8, 12, 40],
      );

      addSheet(
        workbook,
        '活动场所',
        '活动场所达标情况',
        ['单位', '类型', '党员数', '应达标准', '是否达标', '缺少项目'],
        venues.map((v) => [v.organizationName, KIND_NAMES[v.kind] ?? v.kind, v.members, STANDARD_NAMES[v.requiredStandard], v.compliant ? '达标' : '未达标', v.compliant ? '' : v.venueId ? v.missing.join('、') : '尚未登记场所']),
        [34, 12, 8, 18, 10, 40],
      );

      await deps.db.write((em) => audit.record(em, ctx.actor, { action: 'oversight.annualReport', recordType: 'AnnualReport', recordId: year, changes: { chambers: [null, cover.chambers.length] } }));
      res.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.set('Cache-Control', 'no-store');
      res.set('Content-Disposition', `attachment; filename="annual-report-${year}.xlsx"; filename*=UTF-8''${encodeURIComponent(`${year}年度党建工作报告.xlsx`)}`);
      await sendWorkbook(res, workbook);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
