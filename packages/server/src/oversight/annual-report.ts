import ExcelJS from 'exceljs';
import { Router, type Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { createContext, type ContextDeps } from '../graphql/context';
import { BadInputError, DomainError } from '../graphql/errors';
import { ancestorIds } from '../organizations/organization.rules';
import { figures } from './coverage.service';
import { FOCUS_AREAS, FocusArea } from './focus-area';
import { homeDashboard, OverdueKind } from './home';
import { sendWorkbook } from '../common/sheet-writer';

const AREA_NAMES: Record<FocusArea, string> = {
  [FocusArea.SYSTEM]: '制度建设',
  [FocusArea.TRAINING]: '教育培训',
  [FocusArea.SUPPORT]: '基础保障',
  [FocusArea.ROLE]: '作用发挥',
  [FocusArea.ATMOSPHERE]: '氛围营造',
};

const OVERDUE_NAMES: Record<OverdueKind, string> = {
  [OverdueKind.TALK_OVERDUE]: '入党申请超过一个月未谈话',
  [OverdueKind.APPROVAL_OVERDUE]: '接收预备党员超过三个月未审批',
  [OverdueKind.CONVERSION_DUE]: '预备期已满待转正',
  [OverdueKind.MEETING_NOT_HELD]: '计划会议逾期未记录',
  [OverdueKind.ANNUAL_ONLY]: '组织生活“一年一次”',
  [OverdueKind.LETTER_MISSING]: '商会未签订责任书',
  [OverdueKind.ASSESSMENT_MISSING]: '商会未完成年度考核',
  [OverdueKind.VENUE_NONCOMPLIANT]: '活动场所未达标',
  [OverdueKind.RECTIFICATION_OPEN]: '软弱涣散整顿未销号',
  [OverdueKind.TERM_OVERDUE]: '党组织逾期未换届',
  [OverdueKind.TERM_DUE_SOON]: '党组织任期即将届满',
};

const KIND_NAMES: Record<string, string> = {
  PARTY_COMMITTEE: '党委',
  GENERAL_BRANCH: '党总支',
  BRANCH: '党支部',
  JOINT_BRANCH: '联合党支部',
  ENTERPRISE: '会员企业',
};

const STANDARD_NAMES: Record<string, string> = { FOUR_HAVES: '“四有”标准', FULL: '标准化活动场所', MASS_ROOM: '工会或青年活动室' };

const pct = (share: number) => Math.round(share * 1000) / 1000;

function fail(res: Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  const code = String(error.extensions.code);
  res.status(code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : 400).json({ errors: [{ message: error.message, extensions: error.extensions }] });
}

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
 * `GET /exports/oversight/annual-report.xlsx?year=YYYY`: the year's party-building report over the
 * caller's scope — the home page's figures and overdue counts, a line per chamber (coverage,
 * letter, assessment and rank, training, meeting regularity, venues), and the regularity,
 * assessment and venue lists behind them. Percentages are fractions formatted as percent. Audited.
 */
export function annualReportRoutes(deps: ContextDeps): Router {
  const router = Router();
  const audit = new AuditService();

  router.get('/exports/oversight/annual-report.xlsx', async (req, res) => {
    try {
      const ctx = await createContext(deps, req, res);
      const today = ctx.services.meetings.today();
      const year = req.query.year === undefined ? Number(today.slice(0, 4)) : Number(req.query.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2100) throw BadInputError.field('year', 'range', 'the year is between 2000 and 2100');
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

      // 总览: the home page's figures.
      const summary = addSheet(
        workbook,
        '总览',
        `${year}年度异地商会党建工作报告（数据截至 ${today}）`,
        ['指标', '数值', '说明'],
        [
          ['监管商会', home.chambers, ''],
          ['党的组织覆盖率', pct(home.organizationCoverage), '党组织覆盖的有党员企业 / 有党员的会员企业'],
          ['工作覆盖率', pct(home.workCoverage), '党组织或党建联络员覆盖的企业 / 全部会员企业'],
          ['商会党组织覆盖率', pct(home.chamberCoverage), '建立党组织的商会 / 监管商会'],
          ['三会一课平均规范率', pct(home.meetings.average), `${home.meetings.organizations} 个党组织，全部达标 ${home.meetings.regular} 个`],
          ['“一年一次”的党组织', home.meetings.annualOnly, ''],
          ['发展党员在途', home.openCases, home.pipeline.map((p) => `${p.stage} ${p.count}`).join('，')],
          ['培训报名（人次）', home.trainingSeats, ''],
          ['培训结业（人次）', home.trainingCompleted, ''],
          ['培训结业率', pct(home.trainingCompletionRate), ''],
          ['签订责任书的商会', home.lettersSigned, ''],
          ['完成年度考核的商会', home.assessed, ''],
          ['年度考核平均分', home.averageAssessment, ''],
          ['活动场所达标单位', home.venuesCompliant, `应建单位 ${home.venueUnits}`],
          ...home.overdue.map((o) => [`待办：${OVERDUE_NAMES[o.kind]}`, o.count, ''] as (string | number | null)[]),
        ],
        [28, 12, 60],
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
      fail(res, error);
    }
  });
  return router;
}
