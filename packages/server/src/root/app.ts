import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import cors from 'cors';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { AuthService } from '../accounts';
import type { Config } from '../config';
import type { Database } from '../db/database';
import type { GraphQLContext } from '../kernel/context';
import { createContext, type TrustProxy } from './context';
import { clientFault, isGraphQLPath, writeError, type NodeMiddleware } from '../kernel/http';
import { graphqlEndpoint } from './graphql/http';
import { queryLimits } from './graphql/limits';
import { createApollo } from './graphql/apollo';
import { createSchema } from './schema';
import { healthRoutes } from '../ops/health';
import { siteSecurityHeaders } from '../ops/security-headers';
import { compressedAnswers } from '../ops/compression';
import { dashboardRoutes } from '../ops/dashboard-files';
import { createLogger, requestLogging } from '../ops/logger';
import type { DestinationStream } from 'pino';
import { PersonalDataCipher } from '../people';
import { materialRoutes, publicPages } from '../development';
import { personExportRoutes } from '../people';
import { certificateRoutes } from '../training';
import { rosterRoutes } from '../training';
import { annualReportRoutes } from '../oversight';
import { venuePhotoRoutes } from '../oversight';
import { exemplarRoutes } from '../exemplars';
import { FileStore } from '../db/file-store';
import { limiterStoreFor } from '../db/limiters';

export interface App {
  server: http.Server;
  auth: AuthService;
  apollo: ApolloServer<GraphQLContext>;
  /** Every route the server answers, GraphQL's and the router's, as method and path pattern (a test visits them all). */
  routes: { method: string; path: string }[];
  listen(port: number, host: string): Promise<string>;
  /** Stops: `/readyz` answers 503 at once, and after the shutdown delay the requests in flight finish and nothing new is taken. */
  close(): Promise<void>;
}

const BODY_LIMIT = '200kb';

export interface AppOptions {
  /**
   * Leaves the request log, the security headers and CORS off the GraphQL path. Only for the
   * benchmark (`npm run bench -- list --features-cost`), to measure what they cost a request;
   * a served application always has them.
   */
  withoutRequestMiddlewares?: boolean;
}

export async function createApp(config: Config, db: Database, schema?: GraphQLSchema, logDestination?: DestinationStream, options: AppOptions = {}): Promise<App> {
  const app = express();
  const logger = createLogger(config.logLevel, logDestination);
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // GraphQL requests take their own short path; Express serves everything else (see root/graphql/http.ts).
  let graphql: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const server = http.createServer((req, res) => (graphql && isGraphQLPath(req.url) ? graphql(req, res) : app(req, res)));
  const auth = new AuthService(db, { secret: config.sessionSecret, sessionHours: config.sessionHours });
  const cipher = new PersonalDataCipher(config.dataKey);
  // Every limiter counts in one store, shared by all servers on MySQL / MariaDB (db/limiters.ts).
  const limiters = limiterStoreFor(db);
  // Online reports: at most 5 an hour from one address (a reporter rarely needs more; a flood is refused).
  const reportLimiter = limiters({ keyPrefix: 'report', points: 5, duration: 3600 });
  // Check-in codes are six digits: ten tries per ten minutes per account keeps guessing hopeless.
  const checkInLimiter = limiters({ keyPrefix: 'checkin', points: 10, duration: 600 });
  const files = new FileStore(db);
  const trustProxy = app.get('trust proxy fn') as TrustProxy;
  const reminderChannels = { emailConfigured: config.mail !== null, digestHour: config.digestHour };
  const contextDeps = { db, auth, cipher, reportLimiter, checkInLimiter, files, secureCookies: 'auto' as const, trustProxy, reminderChannels };
  const contextFor = (req: IncomingMessage, res: ServerResponse) => createContext(contextDeps, req, res);
  // What each module's REST routes are given: the database and the same per-request context as GraphQL's.
  const routeDeps = { db, contextFor };
  const limits = queryLimits();

  const logging = requestLogging(logger, trustProxy) as NodeMiddleware;
  app.use(logging);

  // Helmet's headers, worked out once; every response gets them, GraphQL answers included.
  const securityHeaders = siteSecurityHeaders(config.production);
  app.use(securityHeaders);

  const readiness = { draining: false };
  app.use(healthRoutes(db.dataSource, readiness));

  const graphqlSchema = schema ?? (await createSchema());
  const apollo = createApollo({ config, schema: graphqlSchema, server, db, logger, limits });
  await apollo.start();

  graphql = graphqlEndpoint({
    apollo,
    before: options.withoutRequestMiddlewares ? [] : [logging, securityHeaders, cors({ origin: config.corsOrigins.length ? config.corsOrigins : false, credentials: true })],
    bodyLimit: BODY_LIMIT,
    context: contextFor,
    fail: answerFailure,
  });

  // Text over a kilobyte goes out compressed (the dashboard's files are compressed when it is built).
  app.use(compressedAnswers());

  app.use(publicPages({ db, cipher, reportLimiter, publicUrl: config.publicUrl, formSecret: config.sessionSecret }));
  app.use(personExportRoutes(routeDeps));
  app.use(exemplarRoutes({ ...routeDeps, files, publicUrl: config.publicUrl }));
  app.use(materialRoutes({ ...routeDeps, font: config.certificateFont }));
  app.use(rosterRoutes(routeDeps));
  app.use(annualReportRoutes(routeDeps));
  app.use(venuePhotoRoutes(routeDeps));
  app.use(certificateRoutes({ ...routeDeps, certificateFont: config.certificateFont, publicUrl: config.publicUrl }));

  app.use(dashboardRoutes(config.dashboardDir));

  app.use((error: unknown, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (res.headersSent) return next(error);
    answerFailure(error, req, res);
  });

  return {
    server,
    auth,
    apollo,
    routes: [{ method: 'GET', path: '/graphql' }, { method: 'POST', path: '/graphql' }, ...routerRoutes(app.router.stack as RouterLayer[])],
    listen: (port, host) =>
      new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`);
        });
      }),
    close: async () => {
      // Not ready first, for as long as the load balancer takes to notice; then the connections drain.
      readiness.draining = true;
      if (config.shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDelayMs));
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

interface RouterLayer {
  route?: { path: string | RegExp; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
}

function routerRoutes(stack: RouterLayer[]): { method: string; path: string }[] {
  return stack.flatMap((layer) =>
    layer.route
      ? Object.keys(layer.route.methods).map((method) => ({ method: method.toUpperCase(), path: String(layer.route!.path) }))
      : layer.handle?.stack
        ? routerRoutes(layer.handle.stack)
        : [],
  );
}

/**
 * A request that failed outside GraphQL's own error handling. A client's malformed request
 * (see `clientFault`) is answered with its 4xx in the API's own error shape and logged at `warn`
 * at most (the request line); anything else is logged with the request and answered without
 * details.
 */
function answerFailure(error: unknown, req: http.IncomingMessage, res: http.ServerResponse): void {
  const requestId = (req as { id?: string }).id;
  const send = (status: number, message: string, code: string) => writeError(res, status, message, { code, requestId });
  const fault = clientFault(error);
  if (fault && !res.headersSent) return send(fault.status, fault.message, 'BAD_USER_INPUT');
  (req as { log?: { error: (o: object, m: string) => void } }).log?.error({ err: error }, 'unexpected error');
  if (res.headersSent) return void res.destroy();
  send(500, 'Internal server error', 'INTERNAL_SERVER_ERROR');
}
