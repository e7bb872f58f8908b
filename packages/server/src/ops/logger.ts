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

/** Whether the proxy at this address, `hop` steps from the server, is believed (Express's compiled `trust proxy`). */
type TrustProxy = (address: string, hop: number) => boolean;

/**
 * Gives every request an id and sends it back in `X-Request-Id`; logs the request when it ends.
 * The id is the one the audit trail and error responses carry, so a client cannot choose it:
 * a sane `X-Request-Id` is taken only from a trusted proxy (`TRUST_PROXY`, the load balancer
 * that made it); from anyone else the server makes its own (a UUID) and logs theirs beside it
 * as `clientRequestId`.
 */
export function requestLogging(logger: Logger, trustProxy: TrustProxy) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const given = req.headers['x-request-id'];
      const sane = typeof given === 'string' && GIVEN_ID.test(given) ? given : null;
      let id: string;
      if (sane && trustProxy(req.socket.remoteAddress ?? '', 0)) {
        id = sane;
      } else {
        id = randomUUID();
        if (given !== undefined) (req as { clientRequestId?: string }).clientRequestId = (Array.isArray(given) ? given.join(', ') : given).slice(0, 200);
      }
      res.setHeader('x-request-id', id);
      return id;
    },
    autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    // The serializers read Node's request and response themselves: pino-http's wrapping would first
    // copy every header of both into objects of its own, on every request, for the four fields kept.
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id: string; clientRequestId?: string }) => ({
        id: req.id,
        ...(req.clientRequestId !== undefined ? { clientRequestId: req.clientRequestId } : {}),
        method: req.method,
        url: req.url?.split('?')[0],
        remoteAddress: req.socket?.remoteAddress,
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
  });
}
