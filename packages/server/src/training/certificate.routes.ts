import { Router, type Request, type Response } from 'express';
import { type RouteDeps } from '../kernel/context';
import { escapeHtml } from '../common/html';
import { renderCertificate, requireCertificateFont, type CertificateData } from './certificate.pdf';
import { TrainingClass } from './training.entity';
import { sendError } from '../kernel/http';
import { ConflictError } from '../kernel/errors';
import { checkCertificate } from './certificate.service';

function page(res: Response, status: number, body: string): void {
  res
    .status(status)
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>结业证书查验</title>` +
        `<style>body{margin:0;font:16px/1.7 "Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;background:#f7f5f2;color:#222}header{background:#b71c1c;color:#fff;padding:14px 20px;font-size:18px;font-weight:600}` +
        `main{max-width:720px;margin:0 auto;padding:20px}.card{background:#fff;border:1px solid #e5e5e5;border-radius:6px;padding:18px 20px;margin:14px 0}.ok{color:#1b5e20;font-weight:700;font-size:20px}.bad{color:#b71c1c;font-weight:700;font-size:20px}` +
        `input{font:inherit;padding:8px;border:1px solid #ccc;border-radius:4px;width:16em;max-width:100%;letter-spacing:1px}button{font:inherit;min-height:44px;background:#b71c1c;color:#fff;border:0;border-radius:4px;padding:8px 20px;margin-left:8px}th{text-align:left;padding:6px 16px 6px 0;font-weight:600;white-space:nowrap;vertical-align:top}td{overflow-wrap:anywhere}` +
        // On a phone the code takes the card's width and 查验 goes under it, as wide.
        `@media (max-width:600px){main{padding:12px}.card{padding:14px 16px}input{width:100%}button{width:100%;margin:10px 0 0}}</style></head>` +
        `<body><header>结业证书查验</header><main>${body}</main></body></html>`,
    );
}

const FORM = (code = '') =>
  `<div class="card"><form method="get" action="/public/certificates"><label for="code">证书验证码</label><br><input id="code" name="code" maxlength="20" value="${escapeHtml(code)}" autocomplete="off"><button type="submit">查验</button></form></div>`;

/** `/certificates/:id.pdf` for signed-in users who see the place; `/public/certificates` checks a code for anyone. */
export function certificateRoutes(deps: RouteDeps & { certificateFont: string | null; publicUrl?: string }): Router {
  const router = Router();

  router.get('/public/certificates', async (req: Request, res: Response) => {
    const code = typeof req.query.code === 'string' ? req.query.code : '';
    if (!code) return page(res, 200, `<h1>查验结业证书</h1><p>请输入证书上印有的 12 位验证码。</p>${FORM()}`);
    const found = await checkCertificate(deps.db, code);
    if (!found) return page(res, 404, `<h1>查验结果</h1><div class="card"><p class="bad">未找到该证书</p><p>验证码“${escapeHtml(code.slice(0, 20))}”没有对应的结业证书，请核对后重试。</p></div>${FORM(code)}`);
    const rows: [string, string][] = [
      ['持证人', found.holderName],
      ['培训班', found.classTitle],
      ['举办单位', found.organizerName],
      ['完成学时', `${found.hours} 学时`],
      ['结业日期', found.completedOn],
      ['验证码', found.code],
    ];
    page(
      res,
      200,
      `<h1>查验结果</h1><div class="card"><p class="${found.valid ? 'ok' : 'bad'}">${found.valid ? '证书有效' : '证书已撤销'}</p><table>${rows
        .map(([k, v]) => `<tr><th>${k}</th><td>${escapeHtml(v)}</td></tr>`)
        .join('')}</table></div>${FORM()}`,
    );
  });

  router.get('/certificates/:id.pdf', async (req: Request, res: Response) => {
    const ctx = await deps.contextFor(req, res);
    try {
      const enrollment = await ctx.services.enrollments.get(String(req.params.id));
      if (!enrollment.certificateCode || !enrollment.completedAt) {
        return sendError(res, new ConflictError('notCompleted', 'the class is not completed yet'));
      }
      if (enrollment.certificateRevokedAt) {
        return sendError(res, new ConflictError('revoked', 'the certificate was revoked'));
      }
      const font = requireCertificateFont(deps.certificateFont);
      const check = (await checkCertificate(deps.db, enrollment.certificateCode))!;
      const klass = await deps.db.manager.findOneByOrFail(TrainingClass, { id: enrollment.classId });
      const origin = deps.publicUrl ?? `${req.protocol}://${req.get('host')}`;
      const data: CertificateData = { ...check, startsOn: klass.startsOn, endsOn: klass.endsOn, verifyUrl: `${origin}/public/certificates?code=${check.code}` };
      const pdf = await renderCertificate(font, data);
      res.set('Content-Type', 'application/pdf');
      res.set('Cache-Control', 'no-store');
      res.set('Content-Disposition', `attachment; filename="certificate-${check.code}.pdf"; filename*=UTF-8''${encodeURIComponent(`结业证书-${check.holderName}.pdf`)}`);
      res.send(pdf);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
