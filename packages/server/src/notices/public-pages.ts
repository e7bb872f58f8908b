import { randomUUID } from 'node:crypto';
import express, { Router, type Request, type Response } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { requestActor } from '../access/actor';
import type { Database } from '../db/database';
import { DomainError } from '../graphql/errors';
import type { PersonalDataCipher } from '../people/personal-data';
import { MAX_REPORT_CHARS } from '../reports/report.args';
import { ReportService } from '../reports/report.service';
import { DayType, NoticeStage } from './notice.entity';
import { NoticeService } from './notice.service';
import { NoticePhase, publicViews, type PublishedNotice } from './public';
import { CaseStage } from '../development/case.entity';

const PER_PAGE = 20;

const STAGE_TITLES: Record<NoticeStage, string> = {
  [NoticeStage.DEVELOPMENT_TARGET]: '发展对象公示',
  [NoticeStage.ADMISSION]: '拟接收预备党员公示',
  [NoticeStage.CONVERSION]: '预备党员转正公示',
};
const CASE_STAGES: Record<CaseStage, string> = {
  [CaseStage.APPLICANT]: '入党申请人',
  [CaseStage.ACTIVIST]: '入党积极分子',
  [CaseStage.DEVELOPMENT_TARGET]: '发展对象',
  [CaseStage.PROBATIONARY]: '预备党员',
  [CaseStage.FULL]: '正式党员',
  [CaseStage.CANCELLED]: '已取消预备党员资格',
  [CaseStage.WITHDRAWN]: '已终止',
};
const PHASES: Record<NoticePhase, string> = { [NoticePhase.UPCOMING]: '即将公示', [NoticePhase.RUNNING]: '公示中', [NoticePhase.ENDED]: '公示期满' };

export function escapeHtml(text: string | null | undefined): string {
  return (text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function chineseDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function period(n: PublishedNotice): string {
  return `${chineseDate(n.startsOn)}至${chineseDate(n.endsOn)}（${n.lengthDays}个${n.dayType === DayType.WORKING ? '工作日' : '自然日'}）`;
}

const STYLE = `
  :root { color-scheme: light; --red: #b71c1c; --ink: #222; --muted: #666; --line: #e5e5e5; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 16px/1.7 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink); background: #f7f5f2; }
  header { background: var(--red); color: #fff; padding: 14px 20px; }
  header a { color: #fff; text-decoration: none; font-size: 18px; font-weight: 600; }
  main { max-width: 880px; margin: 0 auto; padding: 20px; }
  h1 { font-size: 24px; margin: 8px 0 4px; line-height: 1.4; }
  .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 18px 20px; margin: 14px 0; }
  .card h2 { margin: 0 0 8px; font-size: 19px; }
  .meta { color: var(--muted); font-size: 14px; }
  .badge { display: inline-block; padding: 0 8px; border-radius: 10px; font-size: 13px; margin-left: 8px; vertical-align: 2px; }
  .RUNNING { background: #fdecea; color: var(--red); } .UPCOMING { background: #e8f1fb; color: #1565c0; } .ENDED { background: #eee; color: #555; }
  ul.notices { list-style: none; padding: 0; margin: 0; }
  ul.notices li { border-bottom: 1px solid var(--line); padding: 12px 0; }
  ul.notices a { color: var(--ink); font-weight: 600; text-decoration: none; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 8px 10px; border-bottom: 1px solid var(--line); }
  th { background: #faf7f5; font-weight: 600; }
  .body { white-space: pre-wrap; }
  label { display: block; margin: 12px 0 4px; font-weight: 600; }
  textarea, input[type=text], select { width: 100%; font: inherit; padding: 8px; border: 1px solid #ccc; border-radius: 4px; }
  textarea { min-height: 140px; }
  .check { font-weight: normal; }
  button { margin-top: 16px; background: var(--red); color: #fff; border: 0; border-radius: 4px; padding: 10px 28px; font: inherit; cursor: pointer; }
  .error { background: #fdecea; color: var(--red); padding: 10px 14px; border-radius: 4px; }
  .receipt { font-size: 22px; font-weight: 700; letter-spacing: 1px; }
  .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  nav.pages a { margin-right: 12px; }
  @media (max-width: 600px) { main { padding: 12px; } h1 { font-size: 20px; } th, td { padding: 6px; font-size: 14px; } }
`;

function page(res: Response, status: number, title: string, content: string, description = '党员发展工作公示，接受党员和群众监督'): void {
  res
    .status(status)
    .type('html')
    .set('Cache-Control', status === 200 ? 'public, max-age=60' : 'no-store')
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(title)}</title><meta name="description" content="${escapeHtml(description)}">` +
        `<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:description" content="${escapeHtml(description)}"><meta property="og:type" content="article">` +
        `<style>${STYLE}</style></head><body><header><a href="/public/notices">党员发展公示 · 接受监督</a></header><main>${content}</main></body></html>`,
    );
}

interface FormValues {
  caseId?: string;
  content?: string;
  anonymous?: boolean;
  reporterName?: string;
  reporterContact?: string;
}

function reportForm(n: PublishedNotice, values: FormValues = {}, error?: string): string {
  if (n.phase !== NoticePhase.RUNNING) {
    return `<div class="card"><h2>反映情况</h2><p>${n.phase === NoticePhase.UPCOMING ? '公示尚未开始' : '公示期已满'}，如需反映情况，请拨打监督电话 ${escapeHtml(n.hotline)}。</p></div>`;
  }
  const options = n.candidates
    .map((c) => `<option value="${c.caseId}"${values.caseId === String(c.caseId) ? ' selected' : ''}>${escapeHtml(c.name)}</option>`)
    .join('');
  return `<div class="card" id="report"><h2>网上反映情况</h2>
    ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
    <form method="post" action="/public/notices/${n.id}/reports">
      <label for="caseId">反映对象</label>
      <select id="caseId" name="caseId"><option value="">本公示整体</option>${options}</select>
      <label for="content">反映内容（必填，${MAX_REPORT_CHARS}字以内）</label>
      <textarea id="content" name="content" maxlength="${MAX_REPORT_CHARS}" required>${escapeHtml(values.content)}</textarea>
      <label class="check"><input type="checkbox" name="anonymous" value="1"${values.anonymous ? ' checked' : ''}> 匿名反映（不留姓名和联系方式）</label>
      <label for="reporterName">姓名（选填）</label>
      <input type="text" id="reporterName" name="reporterName" maxlength="50" value="${escapeHtml(values.reporterName)}">
      <label for="reporterContact">联系方式（选填，便于反馈核查结果）</label>
      <input type="text" id="reporterContact" name="reporterContact" maxlength="100" value="${escapeHtml(values.reporterContact)}">
      <div class="hp" aria-hidden="true"><label for="website">网址</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
      <button type="submit">提交</button>
    </form></div>`;
}

function noticeBody(n: PublishedNotice, form: string): string {
  const rows = n.candidates.map((c) => `<tr><td>${escapeHtml(c.name)}</td><td>${CASE_STAGES[c.stage]}</td><td>${escapeHtml(c.employerName)}</td></tr>`).join('');
  return `<p class="meta">${escapeHtml(n.organizationName)} · ${STAGE_TITLES[n.stage]}<span class="badge ${n.phase}">${PHASES[n.phase]}</span></p>
    <h1>${escapeHtml(n.title)}</h1>
    <div class="card">
      <p><strong>公示期：</strong>${period(n)}</p>
      ${n.body ? `<p class="body">${escapeHtml(n.body)}</p>` : ''}
      <table><thead><tr><th>姓名</th><th>当前阶段</th><th>工作单位</th></tr></thead><tbody>${rows}</tbody></table>
    </div>
    <div class="card"><h2>监督方式</h2>
      <p>公示期间，党员和群众可通过以下方式反映情况（可匿名）：</p>
      <p><strong>监督电话：</strong>${escapeHtml(n.hotline)}</p>
      <p><strong>意见箱：</strong>${escapeHtml(n.suggestionBox)}</p>
      <p>也可在本页网上提交。反映情况应实事求是，我们将依规核查并对反映人信息严格保密。</p>
    </div>${form}`;
}

/** Anyone's pages: published notices in Chinese, each with its hotline, suggestion box and a form to file a report. */
export function publicPages(deps: { db: Database; cipher: PersonalDataCipher; reportLimiter: RateLimiterAbstract }): Router {
  const router = Router();
  const services = (req: Request) => {
    const actor = requestActor(null, randomUUID(), req.ip ?? null);
    return { notices: new NoticeService(deps.db, actor), reports: new ReportService(deps.db, actor, deps.cipher, deps.reportLimiter), ip: req.ip ?? null };
  };
  const view = async (notices: NoticeService, id: string): Promise<PublishedNotice | null> => {
    try {
      return (await publicViews(deps.db, [await notices.getPublished(id)], notices.today()))[0];
    } catch (error) {
      if (error instanceof DomainError && error.extensions.code === 'NOT_FOUND') return null;
      throw error;
    }
  };
  const notFound = (res: Response) => page(res, 404, '公示不存在', '<h1>公示不存在</h1><p>该公示不存在或尚未发布。<a href="/public/notices">返回公示列表</a></p>');

  router.get('/public/notices', async (req, res) => {
    const { notices } = services(req);
    const pageNumber = Math.max(0, Math.min(10_000, Number.parseInt(String(req.query.page ?? '0'), 10) || 0));
    const rows = await publicViews(deps.db, await notices.listPublished({ page: pageNumber, perPage: PER_PAGE }), notices.today());
    const total = await notices.countPublished();
    const items = rows
      .map((n) => `<li><a href="/public/notices/${n.id}">${escapeHtml(n.title)}</a><span class="badge ${n.phase}">${PHASES[n.phase]}</span><div class="meta">${escapeHtml(n.organizationName)} · ${STAGE_TITLES[n.stage]} · ${period(n)}</div></li>`)
      .join('');
    const pages = [
      pageNumber > 0 ? `<a href="/public/notices?page=${pageNumber - 1}">上一页</a>` : '',
      (pageNumber + 1) * PER_PAGE < total ? `<a href="/public/notices?page=${pageNumber + 1}">下一页</a>` : '',
    ].join('');
    page(res, 200, '党员发展公示', `<h1>党员发展公示</h1><p class="meta">共 ${total} 条公示</p><div class="card"><ul class="notices">${items || '<li>暂无公示</li>'}</ul></div><nav class="pages">${pages}</nav>`);
  });

  router.get('/public/notices/:id', async (req, res) => {
    const { notices } = services(req);
    const n = await view(notices, req.params.id);
    if (!n) return notFound(res);
    page(res, 200, n.title, noticeBody(n, reportForm(n)), `${n.organizationName}${STAGE_TITLES[n.stage]}，公示期${period(n)}`);
  });

  router.post('/public/notices/:id/reports', express.urlencoded({ extended: false, limit: '20kb' }), async (req, res) => {
    // A form posted from another site is refused: reports come from these pages.
    const site = req.get('sec-fetch-site');
    const origin = req.get('origin');
    if ((site && site !== 'same-origin' && site !== 'none') || (origin && new URL(origin).host !== req.get('host'))) {
      return page(res, 403, '无法提交', '<h1>无法提交</h1><p>请在本站公示页面提交。</p>');
    }
    const { notices, reports, ip } = services(req);
    const n = await view(notices, req.params.id);
    if (!n) return notFound(res);
    const body = (req.body ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
    const values: FormValues = {
      caseId: text('caseId') || undefined,
      content: text('content') ?? '',
      anonymous: text('anonymous') === '1',
      reporterName: text('reporterName'),
      reporterContact: text('reporterContact'),
    };
    const content = values.content ?? '';
    const invalid =
      content.trim() === ''
        ? '请填写反映内容。'
        : [...content].length > MAX_REPORT_CHARS
          ? `反映内容请控制在${MAX_REPORT_CHARS}字以内。`
          : /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/u.test(content)
            ? '反映内容含有无法识别的控制字符，请删除后重新提交。'
            : [...(values.reporterName ?? '')].length > 50 || [...(values.reporterContact ?? '')].length > 100
              ? '姓名或联系方式过长。'
              : null;
    if (invalid) return page(res, 400, n.title, noticeBody(n, reportForm(n, values, invalid)));
    try {
      const receipt = await reports.file(
        { noticeId: String(n.id), caseId: values.caseId ?? null, content, anonymous: values.anonymous, reporterName: values.reporterName, reporterContact: values.reporterContact, website: text('website') },
        ip,
      );
      page(
        res,
        200,
        '已收到您反映的情况',
        `<h1>已收到您反映的情况</h1><div class="card"><p>受理编号</p><p class="receipt">${escapeHtml(receipt.reference)}</p><p>请记下受理编号。查询核查进展请拨打监督电话 ${escapeHtml(n.hotline)} 并告知受理编号。</p><p><a href="/public/notices/${n.id}">返回公示</a></p></div>`,
      );
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const code = error.extensions.code;
      const message =
        code === 'RATE_LIMITED'
          ? '提交过于频繁，请稍后再试，或拨打监督电话反映。'
          : code === 'CONFLICT'
            ? `公示不在公示期内，请拨打监督电话 ${n.hotline} 反映。`
            : '提交的内容有误，请检查后重新提交。';
      page(res, code === 'RATE_LIMITED' ? 429 : code === 'CONFLICT' ? 409 : 400, n.title, noticeBody(n, reportForm(n, values, message)));
    }
  });
  return router;
}
