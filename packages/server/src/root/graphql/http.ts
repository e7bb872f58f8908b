import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer } from '@apollo/server';
import bodyParser from 'body-parser';
import { sendMaybeCompressed } from '../../ops/compression';
import type { GraphQLContext } from '../../kernel/context';
import type { NodeMiddleware } from '../../kernel/http';

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
