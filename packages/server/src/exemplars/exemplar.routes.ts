import { Router, type Request, type Response } from 'express';
import type { RouteDeps } from '../kernel/context';
import { escapeHtml } from '../common/html';
import { ExemplarCategory, Photo } from './exemplar.entity';
import { photoBody } from './photos';
import type { FileStore } from '../db/file-store';
import { chambersWithExemplars, listPublished, publicViews, publishedQuery, type PublishedExemplar } from './public-exemplar.service';
import { sanitizeStory, storyText } from './story';
import { sendError } from '../kernel/http';
import { DomainError } from '../kernel/errors';
import { todayInChina } from '../common/dates';
import { NoticeStage, PublicNotice } from '../development';

const CATEGORY_NAMES: Record<ExemplarCategory, string> = {
  PARTY_MEMBER: '优秀共产党员',
  PARTY_WORKER: '优秀党务工作者',
  PARTY_ORGANIZATION: '先进基层党组织',
  ENTREPRENEUR: '优秀民营企业家',
  INSTRUCTOR: '优秀党建指导员',
};

const STYLE = `
  *{box-sizing:border-box}body{margin:0;font:16px/1.8 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222;background:#f7f5f2}
  header{background:#b71c1c;color:#fff;padding:14px 20px}header a{color:#fff;text-decoration:none;font-size:18px;font-weight:600}
  main{max-width:1040px;margin:0 auto;padding:20px}h1{font-size:26px;line-height:1.4;margin:8px 0}
  nav.filters{display:flex;flex-wrap:wrap;gap:8px;margin:12px 0}nav.filters a{padding:2px 12px;border:1px solid #d9c9c9;border-radius:14px;color:#6d1b1b;text-decoration:none;font-size:14px;background:#fff}
  nav.filters a.on{background:#b71c1c;color:#fff;border-color:#b71c1c}
  .grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:16px}
  .card{background:#fff;border:1px solid #e5e5e5;border-radius:6px;overflow:hidden;text-decoration:none;color:inherit;display:block}
  .card img{width:100%;aspect-ratio:4/3;object-fit:cover;display:block;background:#eee}.card .noimg{aspect-ratio:4/3;background:linear-gradient(135deg,#f6e3e3,#efd2d2);display:flex;align-items:center;justify-content:center;font-size:64px;color:#b71c1c;font-weight:600}
  .card div.t{padding:10px 12px}.card h2{font-size:17px;margin:0 0 4px}.meta{color:#666;font-size:14px}
  article{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:20px 24px}article img.hero{max-width:100%;border-radius:4px}
  .citation{font-size:17px;color:#6d1b1b;border-left:4px solid #b71c1c;padding-left:12px;white-space:pre-line}
  .story p{margin:0 0 1em}.story blockquote{margin:0 0 1em;padding:8px 16px;background:#faf5f5;border-left:3px solid #d9b3b3;color:#444}ul.awards{padding-left:1.2em}
  article h2{font-size:19px;margin:20px 0 6px}
  section.notices{background:#fff;border:1px solid #e5e5e5;border-left:4px solid #b71c1c;border-radius:6px;padding:12px 18px;margin:12px 0}section.notices h2{font-size:18px;margin:0 0 4px}
  section.notices ul{margin:6px 0 0;padding-left:1.2em}section.notices a{color:#6d1b1b;font-weight:600}
  @media (max-width:600px){main{padding:12px}h1{font-size:21px}article{padding:14px}.card .noimg{aspect-ratio:3/1;font-size:40px}}
`;

function page(res: Response, status: number, title: string, body: string, meta: { description: string; image?: string | null; url: string }): void {
  res
    .status(status)
    .type('html')
    .set('Cache-Control', status === 200 ? 'public, max-age=300' : 'no-store')
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title>` +
        `<meta name="description" content="${escapeHtml(meta.description)}"><meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(title)}">` +
        `<meta property="og:description" content="${escapeHtml(meta.description)}"><meta property="og:url" content="${escapeHtml(meta.url)}">` +
        (meta.image ? `<meta property="og:image" content="${escapeHtml(meta.image)}"><meta name="twitter:card" content="summary_large_image">` : '<meta name="twitter:card" content="summary">') +
        `<style>${STYLE}</style></head><body><header><a href="/public/exemplars">先进典型 · 学习榜样</a></header><main>${body}</main></body></html>`,
    );
}

/**
 * Photo upload and serving, and the public showcase: published exemplars by category and by
 * chamber, each with its detail page, server-rendered in Chinese with sharing tags. Their absolute
 * addresses (og:url, og:image) start with the configured public address (PUBLIC_URL), never with
 * the request's Host header.
 */
export function exemplarRoutes(deps: RouteDeps & { files: FileStore; publicUrl: string }): Router {
  const router = Router();

  router.post('/exemplars/:id/photo', photoBody(), async (req: Request, res: Response) => {
    // Cross-site pages cannot set this header without the server's consent (CORS): no CSRF.
    if (req.get('x-requested-with') !== 'guildhall') {
      return sendError(res, new DomainError('BAD_USER_INPUT', 'send the header X-Requested-With: guildhall'));
    }
    try {
      const ctx = await deps.contextFor(req, res);
      const version = Number(req.query.version);
      if (!Number.isInteger(version)) throw new DomainError('BAD_USER_INPUT', 'version is required');
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const { exemplar, photo } = await ctx.services.exemplars.attachPhoto(String(req.params.id), version, body);
      res.json({ data: { exemplar: { id: String(exemplar.id), version: exemplar.version }, photo: { id: String(photo.id), width: photo.width, height: photo.height, url: `/photos/${photo.id}/1200.webp`, thumbnailUrl: `/photos/${photo.id}/400.webp` } } });
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/photos/:id/:size.webp', async (req: Request, res: Response) => {
    const id = Number(req.params.id);
    const size = String(req.params.size);
    if (!Number.isInteger(id) || (size !== '1200' && size !== '400')) return res.status(404).end();
    const photo = await deps.db.manager.findOneBy(Photo, { id });
    if (!photo) return res.status(404).end();
    // Public when it shows in a published, not withdrawn profile; otherwise only to those who see the profile.
    const published = await publishedQuery(deps.db).andWhere('p.photoId = :photoId', { photoId: id }).getCount();
    if (!published) {
      try {
        const ctx = await deps.contextFor(req, res);
        await ctx.services.exemplars.get(photo.exemplarId);
      } catch {
        return res.status(404).end();
      }
    }
    const file = await deps.files.get(`${photo.storageKey}-${size}.webp`);
    if (!file) return res.status(404).end();
    res.set('Content-Type', 'image/webp');
    res.set('Cache-Control', published ? 'public, max-age=86400' : 'private, no-store');
    res.set('X-Content-Type-Options', 'nosniff');
    res.send(file.data);
  });

  router.get('/public/exemplars', async (req: Request, res: Response) => {
    const category = Object.values(ExemplarCategory).find((c) => c === req.query.category) ?? null;
    const chamberId = typeof req.query.chamber === 'string' && /^\d{1,12}$/.test(req.query.chamber) ? req.query.chamber : null;
    const pageNumber = Math.max(0, Math.min(10_000, Number.parseInt(String(req.query.page ?? '0'), 10) || 0));
    const { rows, total } = await listPublished(deps.db, { category, chamberId, page: pageNumber, perPage: 24 });
    const views = await publicViews(deps.db, rows);
    const chambers = await chambersWithExemplars(deps.db);
    const link = (c: string | null, ch: string | null) => `/public/exemplars${c || ch ? `?${[c && `category=${c}`, ch && `chamber=${ch}`].filter(Boolean).join('&')}` : ''}`;
    const categories = [`<a class="${!category ? 'on' : ''}" href="${link(null, chamberId)}">全部类别</a>`, ...Object.values(ExemplarCategory).map((c) => `<a class="${c === category ? 'on' : ''}" href="${link(c, chamberId)}">${CATEGORY_NAMES[c]}</a>`)].join('');
    const chamberLinks = [`<a class="${!chamberId ? 'on' : ''}" href="${link(category, null)}">全部商会</a>`, ...chambers.map((c) => `<a class="${String(c.id) === chamberId ? 'on' : ''}" href="${link(category, String(c.id))}">${escapeHtml(c.name)}</a>`)].join('');
    const cards = views.map(card).join('');
    // Profiles whose notice runs today: the public reads them, and reports on them, on the notice's page.
    const today = todayInChina();
    const inNotice = await deps.db.manager
      .createQueryBuilder(PublicNotice, 'n')
      .where('n.stage = :stage AND n.publishedAt IS NOT NULL AND n.startsOn <= :today AND n.endsOn >= :today', { stage: NoticeStage.EXEMPLAR, today })
      .orderBy('n.startsOn', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(50)
      .getMany();
    const notices = inNotice.length
      ? `<section class="notices"><h2>公示中</h2><p class="meta">以下先进典型正在公示，公示期间可通过监督电话、意见箱或网上反映情况。</p><ul>${inNotice
          .map((n) => `<li><a href="/public/notices/${n.id}">${escapeHtml(n.title)}</a> <span class="meta">至 ${n.endsOn}</span></li>`)
          .join('')}</ul></section>`
      : '';
    page(
      res,
      200,
      '先进典型',
      `<h1>先进典型</h1><p class="meta">异地商会党建工作中涌现的先进个人和先进基层党组织，共 ${total} 个</p>${notices}<nav class="filters">${categories}</nav><nav class="filters">${chamberLinks}</nav><div class="grid">${cards || '<p>暂无先进典型</p>'}</div>` +
        `<p>${pageNumber > 0 ? `<a href="${link(category, chamberId)}${category || chamberId ? '&' : '?'}page=${pageNumber - 1}">上一页</a> ` : ''}${(pageNumber + 1) * 24 < total ? `<a href="${link(category, chamberId)}${category || chamberId ? '&' : '?'}page=${pageNumber + 1}">下一页</a>` : ''}</p>`,
      { description: '异地商会党建先进典型展示', url: `${deps.publicUrl}/public/exemplars` },
    );
  });

  router.get('/public/exemplars/:id', async (req: Request, res: Response) => {
    const found = /^\d{1,12}$/.test(req.params.id as string) ? await publishedQuery(deps.db).andWhere('e.id = :id', { id: Number(req.params.id) }).getOne() : null;
    if (!found) {
      return page(res, 404, '未找到', '<h1>未找到该先进典型</h1><p><a href="/public/exemplars">返回先进典型</a></p>', { description: '未找到', url: '' });
    }
    const [view] = await publicViews(deps.db, [found]);
    const origin = deps.publicUrl;
    page(
      res,
      200,
      `${view.title} · ${view.name}`,
      `<p class="meta">${CATEGORY_NAMES[view.category]}${view.chamberName ? ` · ${escapeHtml(view.chamberName)}` : ''}</p><article><h1>${escapeHtml(view.title)}</h1><p class="meta">${escapeHtml(view.name)} · ${view.publishedOn} 发布</p>` +
        (view.photoUrl ? `<img class="hero" src="${view.photoUrl}" alt="${escapeHtml(view.name)}">` : '') +
        `<p class="citation">${escapeHtml(view.citation)}</p>` +
        // Stored sanitized; sanitized again here, so a story never carries a script to a visitor.
        `<div class="story">${sanitizeStory(view.story)}</div>` +
        (view.awards.length ? `<h2>所获荣誉</h2><ul class="awards">${view.awards.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>` : '') +
        (view.publicity.length
          ? `<h2>宣传报道</h2><ul class="awards">${view.publicity
              .map((p) => `<li>${p.link && /^https?:\/\//.test(p.link) ? `<a href="${escapeHtml(p.link)}" rel="noopener noreferrer nofollow">${escapeHtml(p.outlet)}</a>` : escapeHtml(p.outlet)}（${escapeHtml(p.mediaType)}${p.date ? `，${p.date}` : ''}）</li>`)
              .join('')}</ul>`
          : '') +
        `</article><p><a href="/public/exemplars">返回先进典型</a></p>`,
      { description: view.citation || storyText(view.story).slice(0, 120), image: view.photoUrl ? `${origin}${view.photoUrl}` : null, url: `${origin}/public/exemplars/${view.id}` },
    );
  });
  return router;
}

function card(v: PublishedExemplar): string {
  return `<a class="card" href="/public/exemplars/${v.id}">${v.thumbnailUrl ? `<img src="${v.thumbnailUrl}" alt="${escapeHtml(v.name)}" loading="lazy">` : `<div class="noimg" aria-hidden="true">${escapeHtml([...v.name][0] ?? '')}</div>`}<div class="t"><h2>${escapeHtml(v.name)}</h2><div class="meta">${CATEGORY_NAMES[v.category]}${v.chamberName ? ` · ${escapeHtml(v.chamberName)}` : ''}</div><div>${escapeHtml(v.title)}</div></div></a>`;
}

