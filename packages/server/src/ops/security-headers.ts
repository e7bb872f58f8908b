import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet from 'helmet';
import type { NodeMiddleware } from '../kernel/http';

/**
 * Helmet's headers, worked out once at start-up and then set on every response in one step.
 * Helmet runs a dozen middlewares per request, each building the same header values again;
 * with a fixed configuration (no per-request nonces) the result never changes, so it is
 * recorded by running helmet once against a blank response. A configuration whose headers
 * depend on the request, or that does anything but set and remove headers, is refused.
 */
export function fixedHeaders(helmetMiddleware: NodeMiddleware): NodeMiddleware {
  const set = new Map<string, string | number | readonly string[]>();
  const removed = new Set<string>();
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      set.set(name.toLowerCase(), value);
      removed.delete(name.toLowerCase());
      return recorder;
    },
    removeHeader(name: string) {
      set.delete(name.toLowerCase());
      removed.add(name.toLowerCase());
    },
  };
  let finished = false;
  helmetMiddleware({ headers: {}, method: 'GET', url: '/' } as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
    if (error) throw error;
    finished = true;
  });
  if (!finished) throw new Error('the security headers middleware did not finish synchronously; it cannot be fixed once');

  const headers = [...set.entries()];
  const removals = [...removed];
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    for (const name of removals) res.removeHeader(name);
    next();
  };
}

/**
 * The site's headers: a content security policy that lets in only the site's own scripts,
 * styles (MUI writes inline ones), images (and the page's own blob: images), fonts and requests, and no framing; HSTS in
 * production; the rest helmet's defaults. Worked out once (`fixedHeaders`).
 */
export function siteSecurityHeaders(production: boolean): NodeMiddleware {
  return fixedHeaders(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // MUI writes its styles into <style> elements at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // blob: for the image a user has chosen to upload, shown before it is sent (the dossier's upload dialog).
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: production,
    crossOriginEmbedderPolicy: false,
  }),
);
}
