import http from 'node:http';
import helmet from 'helmet';
import { fixedHeaders } from './security-headers';

/** The headers a middleware leaves on a real response, read back by a client. */
async function headersFrom(middleware: (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void): Promise<Record<string, string>> {
  const server = http.createServer((req, res) => {
    res.setHeader('X-Powered-By', 'something');
    middleware(req, res, () => res.end('ok'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = server.address() as { port: number };
    const res = await fetch(`http://127.0.0.1:${port}/anything?x=1`);
    const headers: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      if (!['date', 'connection', 'keep-alive', 'content-length'].includes(name)) headers[name] = value;
    });
    return headers;
  } finally {
    server.close();
  }
}

describe('security headers worked out once', () => {
  const options = {
    contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'self'"], frameAncestors: ["'none'"] } },
    strictTransportSecurity: true,
    crossOriginEmbedderPolicy: false,
  };

  it('sets exactly the headers helmet sets, and removes the ones it removes', async () => {
    const fromHelmet = await headersFrom(helmet(options));
    const fixed = await headersFrom(fixedHeaders(helmet(options)));
    expect(fixed).toEqual(fromHelmet);
    expect(fixed['content-security-policy']).toBe("default-src 'self';frame-ancestors 'none'");
    expect(fixed['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(fixed['x-content-type-options']).toBe('nosniff');
    expect(fixed['x-powered-by']).toBeUndefined();
  });

  it('refuses a middleware that does not finish at once, whose headers could depend on the request', () => {
    const later = (_req: unknown, _res: unknown, next: () => void) => void setTimeout(next, 1);
    expect(() => fixedHeaders(later)).toThrow(/did not finish synchronously/);
  });
});
