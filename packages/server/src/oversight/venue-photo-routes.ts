import { Router, type Request, type Response } from 'express';
import { photoBody } from '../exemplars/photos';
import { createContext, type ContextDeps } from '../graphql/context';
import { DomainError } from '../graphql/errors';

function fail(res: Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  const code = String(error.extensions.code);
  const status = code === 'UNAUTHENTICATED' ? 401 : code === 'FORBIDDEN' ? 403 : code === 'NOT_FOUND' ? 404 : code === 'CONFLICT' ? 409 : 400;
  res.status(status).json({ errors: [{ message: error.message, extensions: { ...error.extensions } }] });
}

/**
 * `POST /venues/:id/photos` (the image as the raw body, with `X-Requested-With: guildhall`) adds an
 * evidence photo; `GET /venue-photos/:id/{1200|400}.webp` serves it to those who see the venue.
 */
export function venuePhotoRoutes(deps: ContextDeps): Router {
  const router = Router();

  router.post('/venues/:id/photos', photoBody(), async (req: Request, res: Response) => {
    // Cross-site pages cannot set this header without the server's consent (CORS): no CSRF.
    if (req.get('x-requested-with') !== 'guildhall') {
      return res.status(400).json({ errors: [{ message: 'send the header X-Requested-With: guildhall', extensions: { code: 'BAD_USER_INPUT' } }] });
    }
    try {
      const ctx = await createContext(deps, req, res);
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const photo = await ctx.services.venues.attachPhoto(String(req.params.id), body);
      res.json({ data: { photo: { id: String(photo.id), venueId: String(photo.venueId), width: photo.width, height: photo.height, url: photo.url, thumbnailUrl: photo.thumbnailUrl } } });
    } catch (error) {
      fail(res, error);
    }
  });

  router.get('/venue-photos/:id/:size.webp', async (req: Request, res: Response) => {
    const id = Number(req.params.id);
    const size = String(req.params.size);
    if (!Number.isInteger(id) || (size !== '1200' && size !== '400')) return res.status(404).end();
    try {
      const ctx = await createContext(deps, req, res);
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
