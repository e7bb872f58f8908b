import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import pino, { type DestinationStream, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/**
 * JSON lines on standard output (or the given stream): one per request, and one per unexpected error.
 * Standard output is written asynchronously: lines that pile up while a write is in flight go out
 * together in the next one, instead of one blocking write per request. Pino flushes what is left
 * when the process exits.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'guildhall' },
      // Credentials never reach the log.
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
    },
    destination ?? pino.destination({ dest: 1, sync: false }),
  );
}

const GIVEN_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * Gives every request an id — the caller's `X-Request-Id` when it is a sane one, else a new
 * UUID — sends it back in `X-Request-Id`, and logs the request when it ends. The id is the one
 * the audit trail and error responses carry.
 */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && GIVEN_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    // The serializers read Node's request and response themselves: pino-http's wrapping would first
    // copy every header of both into objects of its own, on every request, for the four fields kept.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id: string }) => ({ id: req.id, method: req.method, url: req.url?.split('?')[0], remoteAddress: req.socket?.remoteAddress }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
  });
}
