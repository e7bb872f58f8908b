import { Router, type Request, type Response } from 'express';
import { photoBody } from '../exemplars';
import type { RouteDeps } from '../kernel/context';
import { sendError } from '../kernel/http';
import { DomainError } from '../kernel/errors';

/**
 * `POST /venues/:id/photos` (the image as the raw body, with `X-Requested-With: guildhall`) adds an
 * evidence photo; `GET /venue-photos/:id/{1200|400}.webp` serves it to those who see the venue.
 */
export function venuePhotoRoutes(deps: RouteDeps): Router {
  const router = Router();

  router.post('/venues/:id/photos', photoBody(), async (req: Request, res: Response) => {
    // Cross-site pages cannot set this header without the server's consent (CORS): no CSRF.
    if (req.get('x-requested-with') !== 'guildhall') {
      return sendError(res, new DomainError('BAD_USER_INPUT', 'send the header X-Requested-With: guildhall'));
    }
    try {
      const ctx = await deps.contextFor(req, res);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const photo = await ctx.services.venues.attachPhoto(String(req.params.id), body);
      res.json({ data: { photo: { id: String(photo.id), venueId: String(photo.venueId), width: photo.width, height: photo.height, url: photo.url, thumbnailUrl: photo.thumbnailUrl } } });
    } catch (error) {
      sendError(res, error);
    }
  });

  router.get('/venue-photos/:id/:size.webp', async (req: Request, res: Response) => {
    const id = Number(req.params.id);
    const size = String(req.params.size);
    if (!Number.isInteger(id) || (size !== '1200' && size !== '400')) return res.status(404).end();
    try {
      const ctx = await deps.contextFor(req, res);
      const data = await ctx.services.venues.photoFile(id, size);
      if (!data) return res.status(404).end();
      res.set('Content-Type', 'image/webp');
      res.set('Cache-Control', 'private, no-store');
      res.set('X-Content-Type-Options', 'nosniff');
      res.send(data);
    } catch {
      res.status(404).end();
    }
  });
  return router;
}
