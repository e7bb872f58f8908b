import archiver from 'archiver';
import { Router, type Request, type Response } from 'express';
import type { RouteDeps } from '../../kernel/context';
import { sendError } from '../../kernel/http';
import { BadInputError, DomainError } from '../../kernel/errors';
import { requireCertificateFont } from '../../training';
import { materialBody } from './material.files';

const one = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Cases in one archive at most: an inspection's sample, not the whole province. */
export const MAX_DOSSIERS_PER_ARCHIVE = 50;

/**
 * A case's dossier over HTTP (docs/api.md, "The dossier"): a file uploaded as the raw body with
 * its kind, its day and its name, and a file read back whole, each read audited.
 */
export function materialRoutes(deps: RouteDeps & { font: string | null }): Router {
  const router = Router();

  // Several cases' dossiers for an inspection: one PDF each, in one zip, printed one after another.
  router.get('/dossiers.zip', async (req: Request, res: Response) => {
    try {
      const ctx = await deps.contextFor(req, res);
      const ids = [...new Set((one(req.query.ids) ?? '').split(',').map((id) => id.trim()).filter(Boolean))];
      if (!ids.length) throw BadInputError.field('ids', 'required', 'name the cases: ids=1,2,3');
      if (ids.length > MAX_DOSSIERS_PER_ARCHIVE) throw BadInputError.field('ids', 'tooMany', `at most ${MAX_DOSSIERS_PER_ARCHIVE} cases in one archive; ${ids.length} were given`, { max: MAX_DOSSIERS_PER_ARCHIVE });
      const font = requireCertificateFont(deps.font);
      // Every case is checked before anything is sent, so a refusal (one out of scope) is a whole
      // answer; then each is printed and written in turn, one dossier in memory at a time.
      for (const id of ids) await ctx.services.materials.mayPrint(id);
      res.set('Content-Type', 'application/zip');
      res.set('Cache-Control', 'private, no-store');
      res.set('Content-Disposition', `attachment; filename="dossiers.zip"; filename*=UTF-8''${encodeURIComponent(`入党材料-${ids.length}份.zip`)}`);
      const zip = archiver('zip', { store: true });
      zip.on('error', () => res.destroy());
      zip.pipe(res);
      for (const id of ids) {
        const printed = await ctx.services.materials.print(id, font);
        const written = new Promise((resolve) => zip.once('entry', resolve));
        zip.append(printed.pdf, { name: printed.fileName.replace(/\.pdf$/, `-${id}.pdf`) });
        await written;
      }
      await zip.finalize();
    } catch (error) {
      if (res.headersSent) res.destroy();
      else sendError(res, error);
    }
  });

  router.get('/cases/:id/dossier.pdf', async (req: Request, res: Response) => {
    try {
      const ctx = await deps.contextFor(req, res);
      const font = requireCertificateFont(deps.font);
      const { pdf, fileName } = await ctx.services.materials.print(String(req.params.id), font);
      res.set('Content-Type', 'application/pdf');
      res.set('Cache-Control', 'private, no-store');
      res.set('X-Content-Type-Options', 'nosniff');
      res.set('Content-Disposition', `attachment; filename="dossier-${String(req.params.id).replace(/\D/g, '')}.pdf"; filename*=UTF-8''${encodeURIComponent(fileName)}`);
      res.send(pdf);
    } catch (error) {
      sendError(res, error);
    }
  });

  router.post('/cases/:id/materials', materialBody(), async (req: Request, res: Response) => {
    // Cross-site pages cannot set this header without the server's consent (CORS): no CSRF.
    if (req.get('x-requested-with') !== 'guildhall') return sendError(res, new DomainError('BAD_USER_INPUT', 'send the header X-Requested-With: guildhall'));
    try {
      const ctx = await deps.contextFor(req, res);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const material = await ctx.services.materials.upload(
        String(req.params.id),
        { kind: one(req.query.kind) ?? '', formedOn: one(req.query.formedOn) ?? '', fileName: req.get('x-file-name'), replaces: one(req.query.replaces) ?? null, reason: one(req.query.reason) ?? null },
        body,
      );
      res.status(201).json({
        data: {
          material: {
            id: String(material.id),
            caseId: String(material.caseId),
            kindId: String(material.kindId),
            revision: material.revision,
            fileType: material.fileType,
            fileName: material.fileName,
            byteSize: material.byteSize,
            pageCount: material.pageCount,
            formedOn: material.formedOn,
            url: `/materials/${material.id}/file`,
          },
        },
      });
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/materials/:id/file', async (req: Request, res: Response) => {
    try {
      const ctx = await deps.contextFor(req, res);
      const { material, data, contentType } = await ctx.services.materials.file(String(req.params.id));
      const inline = req.query.inline === '1';
      res.set('Content-Type', contentType);
      res.set('Content-Disposition', `${inline ? 'inline' : 'attachment'}; filename="material-${material.id}"; filename*=UTF-8''${encodeURIComponent(material.fileName)}`);
      res.set('Cache-Control', 'private, no-store');
      res.set('X-Content-Type-Options', 'nosniff');
      // Shown in the browser, an image runs nothing and reaches nothing; a PDF (refused with any
      // active content) is left to the browser's viewer, which a sandbox would turn off.
      res.set('Content-Security-Policy', contentType === 'application/pdf' ? "default-src 'self'; object-src 'self'" : "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'");
      res.send(data);
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
