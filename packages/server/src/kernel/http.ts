import type { IncomingMessage, ServerResponse } from 'node:http';
import { DomainError, type ErrorCode } from './errors';

/**
 * The one answer to "which HTTP status for which error code", for every REST route (downloads,
 * uploads, photos, certificates; the public pages answer in their own HTML with the same status).
 * GraphQL answers its errors with 200 and the code in `extensions.code`, as its clients expect,
 * except a request refused before it runs (400). docs/api.md lists the codes and statuses.
 */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  BAD_USER_INPUT: 400,
  CONFLICT: 409,
  CAPACITY_FULL: 409,
  ALREADY_ENROLLED: 409,
  NOTICE_OPEN: 409,
  GUARD_FAILED: 409,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  INTERNAL_SERVER_ERROR: 500,
};

/** The status a domain error answers with over REST. */
export function statusOf(error: DomainError): number {
  return HTTP_STATUS[error.extensions.code as ErrorCode] ?? 500;
}

/**
 * Answers a REST request with a domain error, as GraphQL would word it: `{ errors: [{ message,
 * extensions }] }` with its status. Anything else is rethrown, for the server's error handler (a
 * 500, logged).
 */
export function sendError(res: ServerResponse, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  res.setHeader('Cache-Control', 'no-store');
  writeError(res, statusOf(error), error.message, { ...error.extensions });
}

/** Writes the API's error body, `{ errors: [{ message, extensions }] }`, with its status. */
export function writeError(res: ServerResponse, status: number, message: string, extensions: Record<string, unknown>): void {
  const body = JSON.stringify({ errors: [{ message, extensions }] });
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** A connect-style middleware on Node's own request and response (helmet, cors, pino-http, body-parser). */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Whether a request is for the GraphQL endpoint: `/graphql`, with or without a query string. */
export function isGraphQLPath(url: string | undefined): boolean {
  if (!url?.startsWith('/graphql')) return false;
  const rest = url.charCodeAt(8);
  return Number.isNaN(rest) || rest === 63 /* ? */ || rest === 47 /* / */;
}

/** What a client's malformed request is told, by body-parser's (and the router's) error type. */
const CLIENT_FAULTS: Record<string, string> = {
  'entity.parse.failed': 'Request body is not valid JSON',
  'encoding.unsupported': 'Content-Encoding must be identity, gzip, deflate or br',
  'charset.unsupported': 'The body\'s charset must be utf-8',
  'request.aborted': 'The request was aborted before its body arrived',
  'request.size.invalid': 'Request body is not as long as its Content-Length says',
  'parameters.too.many': 'Too many form fields',
};

/**
 * The status and message for a request that failed through the client's own fault — a body
 * that is too large, not JSON, not decompressible (a corrupt gzip body), in an unknown encoding
 * or charset, cut short; a path that is not valid percent-encoding — or null for a fault of the
 * server's. body-parser and the router mark these errors with a 4xx `status`.
 */
export function clientFault(error: unknown): { status: number; message: string } | null {
  const e = error as { status?: unknown; statusCode?: unknown; type?: unknown; code?: unknown; expose?: unknown } | null;
  const status = Number(e?.status ?? e?.statusCode);
  if (!Number.isInteger(status) || status < 400 || status > 499) return null;
  const type = typeof e?.type === 'string' ? e.type : '';
  if (type === 'entity.too.large') {
    const limit = (error as { limit?: unknown }).limit;
    return { status, message: typeof limit === 'number' ? `Request body is larger than ${Math.round(limit / 1024)}kb` : 'Request body is too large' };
  }
  if (CLIENT_FAULTS[type]) return { status, message: CLIENT_FAULTS[type] };
  if (typeof e?.code === 'string' && /^Z_|^ERR__ERROR_FORMAT|BROTLI/.test(e.code)) return { status: 400, message: 'Request body could not be decompressed as its Content-Encoding says' };
  if (error instanceof URIError) return { status: 400, message: 'The address is not valid percent-encoding' };
  return { status, message: 'Malformed request' };
}
