import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import bodyParser from 'body-parser';
import { sendMaybeCompressed } from '../ops/compression';
import type { GraphQLContext } from './context';

/** A connect-style middleware on Node's own request and response (helmet, cors, pino-http, body-parser). */
export type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** Whether a request is for the GraphQL endpoint: `/graphql`, with or without a query string. */
export function isGraphQLPath(url: string | undefined): boolean {
  if (!url?.startsWith('/graphql')) return false;
  const rest = url.charCodeAt(8);
  return Number.isNaN(rest) || rest === 63 /* ? */ || rest === 47 /* / */;
}

/** Runs middlewares in order and then `last`; the first error, thrown or passed on, goes to `fail`. */
function runInOrder(req: IncomingMessage, res: ServerResponse, middlewares: readonly NodeMiddleware[], last: () => void, fail: (error: unknown) => void): void {
  let index = 0;
  const next = (error?: unknown) => {
    if (error) return fail(error);
    const middleware = middlewares[index++];
    if (!middleware) return last();
    try {
      middleware(req, res, next);
    } catch (thrown) {
      fail(thrown);
    }
  };
  next();
}

export interface GraphQLEndpointOptions {
  apollo: ApolloServer<GraphQLContext>;
  /** Run before the body is read: request id and log, security headers, CORS (which answers preflights). */
  before: readonly NodeMiddleware[];
  /** Largest JSON body accepted, in body-parser's notation ('200kb'). */
  bodyLimit: string;
  context: (req: IncomingMessage, res: ServerResponse) => Promise<GraphQLContext>;
  /** Answers a request that failed before Apollo saw it (a body too large or not JSON). */
  fail: (error: unknown, req: IncomingMessage, res: ServerResponse) => void;
}

/**
 * The GraphQL endpoint on Node's own HTTP server, the way Apollo Server's standalone server
 * does it: connect-style middlewares, body-parser's JSON reader, then Apollo. Every request
 * pays for its path through here, so it leaves out the Express router that serves the pages
 * and downloads (which costs about as much as the whole of a small GraphQL request).
 */
export function graphqlEndpoint(options: GraphQLEndpointOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const middlewares = [...options.before, bodyParser.json({ limit: options.bodyLimit }) as NodeMiddleware];
  const { apollo } = options;

  const execute = async (req: IncomingMessage & { body?: unknown }, res: ServerResponse) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const url = req.url ?? '';
    const query = url.indexOf('?');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: (req.method ?? 'GET').toUpperCase(),
        headers,
        search: query === -1 ? '' : url.slice(query),
        body: req.body,
      },
      context: () => options.context(req, res),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      // Over a kilobyte, in Brotli or gzip as the client takes; smaller answers go as they are.
      await sendMaybeCompressed(req, res, response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };

  return (req, res) => {
    const fail = (error: unknown) => options.fail(error, req, res);
    runInOrder(req, res, middlewares, () => execute(req, res).catch(fail), fail);
  };
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
