import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { requestActor } from '../../access/actor';
import type { Database } from '../../db/database';
import { DomainError, isDatabaseUnavailable } from '../../kernel/errors';
import type { PersonalDataCipher } from '../../people';
import { MAX_REPORT_CHARS } from '../reports/report.args';
import { ReportService } from '../reports/report.service';
import { DayType, NoticeStage } from './notice.entity';
import { NoticeService } from './notice.service';
import { NoticePhase } from './notice.entity';
import { publicViews, type PublishedNotice } from './public.service';
import { CASE_STAGE_NAMES } from '../cases/case.entity';
import { clientFault, statusOf } from '../../kernel/http';
import { escapeHtml } from '../../common/html';
import { chineseDate } from '../../common/dates';

const PER_PAGE = 20;

const STAGE_TITLES: Record<NoticeStage, string> = {
  [NoticeStage.DEVELOPMENT_TARGET]: '发展对象公示',
  [NoticeStage.ADMISSION]: '拟接收预备党员公示',
  [NoticeStage.CONVERSION]: '预备党员转正公示',
  [NoticeStage.EXEMPLAR]: '先进典型公示',
};
const PHASES: Record<NoticePhase, string> = { [NoticePhase.UPCOMING]: '即将公示', [NoticePhase.RUNNING]: '公示中', [NoticePhase.ENDED]: '公示期满' };


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
  .check input { width: 20px; height: 20px; margin: 0 6px 0 0; vertical-align: -4px; }
  button { margin-top: 16px; min-height: 44px; background: var(--red); color: #fff; border: 0; border-radius: 4px; padding: 10px 28px; font: inherit; cursor: pointer; }
  .error { background: #fdecea; color: var(--red); padding: 10px 14px; border-radius: 4px; }
  .receipt { font-size: 22px; font-weight: 700; letter-spacing: 1px; }
  .hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
  nav.pages a { display: inline-block; margin-right: 12px; padding: 10px 4px; }
  main { overflow-wrap: anywhere; }
  /* On a phone: narrower margins, a candidate per block with each field labelled, and the report button across the form. */
  @media (max-width: 600px) {
    main { padding: 12px; } h1 { font-size: 20px; } .card { padding: 14px 16px; } th, td { padding: 6px; font-size: 14px; }
    table.candidates thead { display: none; }
    table.candidates tr { display: block; padding: 8px 0; border-bottom: 1px solid var(--line); }
    table.candidates td { display: flex; gap: 12px; padding: 2px 0; border: 0; font-size: 15px; }
    table.candidates td::before { content: attr(data-label); flex: 0 0 5em; color: var(--muted); }
    form button { width: 100%; }
  }
`;

interface PageMeta {
  description?: string;
  /** The page's absolute address, from the configured public address (PUBLIC_URL). */
  url?: string;
  /** Cache-Control of a 200 answer; others are never stored. */
  cache?: string;
}

function page(res: Response, status: number, title: string, content: string, meta: PageMeta = {}): void {
  const description = meta.description ?? '党员发展工作公示，接受党员和群众监督';
  res
    .status(status)
    .type('html')
    .set('Cache-Control', status === 200 ? (meta.cache ?? 'public, max-age=60') : 'no-store')
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(title)}</title><meta name="description" content="${escapeHtml(description)}">` +
        `<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:description" content="${escapeHtml(description)}"><meta property="og:type" content="article">` +
        (meta.url ? `<meta property="og:url" content="${escapeHtml(meta.url)}">` : '') +
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

/** A refusal of the report form: a page of its own, in the public pages' look, with the way back. */
function refusal(res: Response, status: number, heading: string, text: string, back: { href: string; label: string }): void {
  page(res, status, heading, `<h1>${escapeHtml(heading)}</h1><div class="card"><p class="error" role="alert">${escapeHtml(text)}</p><p><a href="${escapeHtml(back.href)}">${escapeHtml(back.label)}</a></p></div>`);
}

/** How long a report form's token stays good: a form filled in within two hours goes through. */
export const FORM_TOKEN_SECONDS = 2 * 3600;

/**
 * The report form's token, for browsers that do not say where a post comes from (no
 * `Sec-Fetch-Site`): the time it was issued and an HMAC (the session secret's key) of that time,
 * the notice and the address the page was sent to. A page on another site cannot read the
 * notice page from its visitor's browser, and a token it fetched for itself names its own
 * address: a cross-site post carries no token that passes.
 */
export function formToken(secret: string, noticeId: number | string, address: string | null, issuedAt = Math.floor(Date.now() / 1000)): string {
  const mac = createHmac('sha256', secret).update(`public-report-form\u0000${noticeId}\u0000${address ?? ''}\u0000${issuedAt}`).digest('base64url');
  return `${issuedAt}.${mac}`;
}

function formTokenValid(secret: string, token: unknown, noticeId: number | string, address: string | null, now = Math.floor(Date.now() / 1000)): boolean {
  if (typeof token !== 'string' || !/^\d{1,12}\.[A-Za-z0-9_-]{43}$/.test(token)) return false;
  const issuedAt = Number(token.slice(0, token.indexOf('.')));
  if (issuedAt > now + 60 || now - issuedAt > FORM_TOKEN_SECONDS) return false;
  const expected = Buffer.from(formToken(secret, noticeId, address, issuedAt));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Where a post of the report form comes from: `Sec-Fetch-Site`, which browsers set themselves
 * (a page cannot), accepted when `same-origin` or `none` (the visitor's own action) and refused
 * otherwise; without it (an older browser, a script) the form's token must pass. `Origin` is not
 * read: under the pages' `Referrer-Policy: no-referrer` Chromium sends `Origin: null` for the
 * form's own posts.
 */
function postOrigin(req: Request, secret: string, noticeId: string): 'accepted' | 'cross-site' | 'no-token' {
  const site = req.get('sec-fetch-site');
  if (site !== undefined) return site === 'same-origin' || site === 'none' ? 'accepted' : 'cross-site';
  const token = (req.body as Record<string, unknown> | undefined)?.formToken;
  return formTokenValid(secret, token, noticeId, req.ip ?? null) ? 'accepted' : 'no-token';
}

function reportForm(n: PublishedNotice, token: string, values: FormValues = {}, error?: string): string {
  if (n.phase !== NoticePhase.RUNNING) {
    return `<div class="card"><h2>反映情况</h2><p>${n.phase === NoticePhase.UPCOMING ? '公示尚未开始' : '公示期已满'}，如需反映情况，请拨打监督电话 ${escapeHtml(n.hotline)}。</p></div>`;
  }
  const options = n.candidates
    .map((c) => `<option value="${c.caseId}"${values.caseId === String(c.caseId) ? ' selected' : ''}>${escapeHtml(c.name)}</option>`)
    .join('');
  // An exemplar's notice presents one profile: there is no one to choose.
  const subject = n.candidates.length
    ? `<label for="caseId">反映对象</label>
      <select id="caseId" name="caseId"><option value="">本公示整体</option>${options}</select>`
    : '';
  return `<div class="card" id="report"><h2>网上反映情况</h2>
    ${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
    <form method="post" action="/public/notices/${n.id}/reports">
      <input type="hidden" name="formToken" value="${escapeHtml(token)}">
      ${subject}
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
  const rows = n.candidates
    .map((c) => `<tr><td data-label="姓名">${escapeHtml(c.name)}</td><td data-label="当前阶段">${CASE_STAGE_NAMES[c.stage]}</td><td data-label="工作单位">${escapeHtml(c.employerName)}</td></tr>`)
    .join('');
  return `<p class="meta">${escapeHtml(n.organizationName)} · ${STAGE_TITLES[n.stage]}<span class="badge ${n.phase}">${PHASES[n.phase]}</span></p>
    <h1>${escapeHtml(n.title)}</h1>
    <div class="card">
      <p><strong>公示期：</strong>${period(n)}</p>
      ${n.postedOnPaper ? '<p class="meta">本公示已在公告栏张贴公示，系事后补录存档。</p>' : ''}
      ${n.body ? `<p class="body">${escapeHtml(n.body)}</p>` : ''}
      ${
        n.exemplarSubject !== null
          ? `<p><strong>公示对象：</strong>${escapeHtml(n.exemplarSubject)}（拟推荐为先进典型）</p>`
          : `<table class="candidates"><thead><tr><th>姓名</th><th>当前阶段</th><th>工作单位</th></tr></thead><tbody>${rows}</tbody></table>`
      }
    </div>
    <div class="card"><h2>监督方式</h2>
      <p>公示期间，党员和群众可通过以下方式反映情况（可匿名）：</p>
      <p><strong>监督电话：</strong>${escapeHtml(n.hotline)}</p>
      <p><strong>意见箱：</strong>${escapeHtml(n.suggestionBox)}</p>
      <p>也可在本页网上提交。反映情况应实事求是，我们将依规核查并对反映人信息严格保密。</p>
    </div>${form}`;
}

/** Anyone's pages: published notices in Chinese, each with its hotline, suggestion box and a form to file a report. */
export function publicPages(deps: { db: Database; cipher: PersonalDataCipher; reportLimiter: RateLimiterAbstract; publicUrl: string; formSecret: string }): Router {
  const router = Router();
  const services = (req: Request) => {
    // The request's own id (ops/logger.ts): the one in the log, in X-Request-Id and on the audit trail.
    const requestId = typeof (req as { id?: unknown }).id === 'string' ? (req as unknown as { id: string }).id : randomUUID();
    const actor = requestActor(null, requestId, req.ip ?? null);
    return { notices: new NoticeService(deps.db, actor), reports: new ReportService(deps.db, actor, deps.cipher, deps.reportLimiter), ip: req.ip ?? null };
  };
  const tokenFor = (req: Request, n: PublishedNotice) => formToken(deps.formSecret, n.id, req.ip ?? null);
  const noticeUrl = (n: PublishedNotice) => `${deps.publicUrl}/public/notices/${n.id}`;
  // The page carries a form token made for the address it was sent to: no shared cache keeps it.
  const noticePage = (req: Request, res: Response, status: number, n: PublishedNotice, values?: FormValues, error?: string) =>
    page(res, status, n.title, noticeBody(n, reportForm(n, tokenFor(req, n), values, error)), {
      description: `${n.organizationName}${STAGE_TITLES[n.stage]}，公示期${period(n)}`,
      url: noticeUrl(n),
      cache: 'private, max-age=60',
    });
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
      .map((n) => `<li><a href="/public/notices/${n.id}">${escapeHtml(n.title)}</a><span class="badge ${n.phase}">${PHASES[n.phase]}</span><div class="meta">${escapeHtml(n.organizationName)} · ${STAGE_TITLES[n.stage]} · ${period(n)}${n.postedOnPaper ? ' · 纸质公示补录' : ''}</div></li>`)
      .join('');
    const pages = [
      pageNumber > 0 ? `<a href="/public/notices?page=${pageNumber - 1}">上一页</a>` : '',
      (pageNumber + 1) * PER_PAGE < total ? `<a href="/public/notices?page=${pageNumber + 1}">下一页</a>` : '',
    ].join('');
    page(res, 200, '党员发展公示', `<h1>党员发展公示</h1><p class="meta">共 ${total} 条公示</p><div class="card"><ul class="notices">${items || '<li>暂无公示</li>'}</ul></div><nav class="pages">${pages}</nav>`, {
      url: `${deps.publicUrl}/public/notices${pageNumber ? `?page=${pageNumber}` : ''}`,
    });
  });

  router.get('/public/notices/:id', async (req, res) => {
    const { notices } = services(req);
    const n = await view(notices, req.params.id);
    if (!n) return notFound(res);
    noticePage(req, res, 200, n);
  });

  router.post('/public/notices/:id/reports', express.urlencoded({ extended: false, limit: '20kb' }), async (req, res) => {
    // A form posted from another site is refused: reports come from these pages.
    const back = { href: /^\d{1,12}$/.test(req.params.id as string) ? `/public/notices/${req.params.id}` : '/public/notices', label: '返回公示页面' };
    const from = postOrigin(req, deps.formSecret, req.params.id as string);
    if (from === 'cross-site') return refusal(res, 403, '无法提交', '反映情况请在本站的公示页面上填写提交，其他网站转来的提交不予受理。', back);
    if (from === 'no-token') return refusal(res, 403, '无法提交', '页面已过期或无法确认提交来源。请返回公示页面，重新填写后提交。', back);
    const { notices, reports, ip } = services(req);
    const n = await view(notices, req.params.id as string);
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
    if (invalid) return noticePage(req, res, 400, n, values, invalid);
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
        { cache: 'no-store' },
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
      noticePage(req, res, statusOf(error), n, values, message);
    }
  });

  // The public pages answer in their own pages, never in the API's JSON: a body the form's
  // reader refuses (too large, not decompressible, an unknown charset) or an address that is
  // not valid percent-encoding is the visitor's 4xx; anything else is logged and regretted.
  router.use('/public/notices', (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    const back = { href: '/public/notices', label: '返回公示列表' };
    const fault = clientFault(error);
    if (fault) {
      const text = fault.status === 413 ? '提交的内容过长，请删减后重新提交。' : '提交的内容无法识别，请返回公示页面重新填写。';
      return refusal(res, fault.status, '无法提交', text, back);
    }
    (req as { log?: { error: (o: object, m: string) => void } }).log?.error({ err: error }, 'unexpected error');
    if (isDatabaseUnavailable(error)) return refusal(res, 503, '暂时无法访问', '系统暂时无法访问，请稍后再试，或拨打监督电话反映情况。', back);
    refusal(res, 500, '暂时无法访问', '系统出现错误，请稍后再试，或拨打监督电话反映情况。', back);
  });
  return router;
}
