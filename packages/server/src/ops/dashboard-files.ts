import fs from 'node:fs';
import path from 'node:path';
import express, { Router, type RequestHandler, type Response } from 'express';
import { acceptedEncoding, varyOnEncoding, type ContentCoding } from './compression';

/** Cache-Control of the dashboard's files whose names carry a hash of their content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Anything else of the dashboard's (index.html, files without a hash): ask the server each time. */
export const REVALIDATE = 'no-cache';

/** A file name with the content hash the dashboard's build puts in it: `index-BoyKiah4.js`. */
const HASHED = /^assets\/[^/]+-[\w-]{8}\.(js|css|woff2?|svg|png|webp)$/;

/** How often a request for a file without listed copies may have the directory listed again. */
const RELIST_MS = 1000;

/** The precompressed copies next to a file: `x.js.br` and `x.js.gz`. */
const SUFFIXES: Record<ContentCoding, string> = { br: '.br', gzip: '.gz' };

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir: string, prefix = ''): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, relative) : entry.isFile() ? [relative] : [];
  });
}

/**
 * The built dashboard's files. The build writes a Brotli and a gzip copy next to each script and
 * style (see the dashboard's vite.config.ts); a request gets the copy its `Accept-Encoding` takes,
 * with the original's Content-Type, the copy's Content-Length and `Vary: Accept-Encoding`.
 * Files whose names carry a content hash are cached for a year as immutable (a new build names
 * its files anew); the rest, index.html first, are revalidated on every use. A file missing
 * under /assets/ is a 404 (an old page asking for a script of an earlier build must not get
 * index.html in its place). The copies on disk are listed when the server starts, and again
 * (at most once a second) when a name under /assets/ that was not there is asked for, so a
 * dashboard built anew while the server runs is sent compressed too.
 */
export function dashboardFiles(dir: string): RequestHandler[] {
  let precompressed = new Map<string, ContentCoding[]>();
  let known = new Set<string>();
  let listedAt = 0;
  const list = () => {
    const files = listFiles(dir);
    const present = new Set(files);
    known = new Set(files.map((file) => `/${file}`));
    precompressed = new Map();
    for (const file of files) {
      const codings = (Object.keys(SUFFIXES) as ContentCoding[]).filter((coding) => present.has(file + SUFFIXES[coding]));
      if (codings.length) precompressed.set(`/${file}`, codings);
    }
    listedAt = Date.now();
  };
  list();
  /** The copies of a file; a script or style not listed has the directory listed again, at most once a second (a new build). */
  const copiesOf = (pathname: string) => {
    if (!known.has(pathname) && pathname.startsWith('/assets/') && Date.now() - listedAt > RELIST_MS) list();
    return precompressed.get(pathname);
  };

  const negotiate: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const codings = copiesOf(req.path);
    if (!codings) return next();
    varyOnEncoding(res);
    const coding = acceptedEncoding(req.headers['accept-encoding'], codings);
    if (!coding) return next();
    // The copy goes out under the original's type; send leaves a Content-Type already set alone.
    res.type(path.extname(req.path));
    res.setHeader('Content-Encoding', coding);
    res.locals.requestedUrl = req.url;
    const query = req.url.indexOf('?');
    req.url = req.path + SUFFIXES[coding] + (query === -1 ? '' : req.url.slice(query));
    next();
  };

  const serve = express.static(dir, {
    index: false,
    cacheControl: false,
    // Dot files (.env and the like) are never served; requests for them fall through.
    dotfiles: 'ignore',
    setHeaders: (res: Response, file: string) => {
      const relative = path.relative(dir, file).split(path.sep).join('/').replace(/\.(br|gz)$/, '');
      res.setHeader('Cache-Control', HASHED.test(relative) ? IMMUTABLE : REVALIDATE);
    },
  });

  // A request the copy did not answer (not found) must not keep the copy's headers.
  const undo: RequestHandler = (req, res, next) => {
    if (typeof res.locals.requestedUrl === 'string') {
      req.url = res.locals.requestedUrl;
      res.removeHeader('Content-Encoding');
      res.removeHeader('Content-Type');
    }
    next();
  };

  const missingAsset: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.path.startsWith('/assets/')) return next();
    res.status(404).setHeader('Cache-Control', 'no-store');
    res.type('text/plain').send('Not found: this file is not part of the dashboard that is installed. Reload the page.');
  };

  return [negotiate, serve, undo, missingAsset];
}

/**
 * The built dashboard: its files (`dashboardFiles`), and its page for every address the API
 * does not answer, so the dashboard's own routes open on reload. Without a build, a plain word
 * at `/` on where the API is and how to build the dashboard.
 */
export function dashboardRoutes(dir: string): Router {
  const router = Router();
  const indexHtml = path.join(dir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    router.use(dashboardFiles(dir));
    router.get(/^\/(?!graphql|public\/|exports\/|certificates\/|photos\/|exemplars\/|venues\/|venue-photos\/).*/, (_req, res) => {
      res.setHeader('Cache-Control', REVALIDATE);
      res.sendFile(indexHtml);
    });
  } else {
    router.get('/', (_req, res) => {
      res.type('text/plain').send('Guildhall API is at /graphql. The dashboard is not built: run `npm run build`.');
    });
  }
  return router;
}
