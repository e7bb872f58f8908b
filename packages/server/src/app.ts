import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Config } from './config';
import type { Database } from './db/database';
import { createContext, createServices, type GraphQLContext } from './graphql/context';
import { createErrorFormatter } from './graphql/errors';
import { createSchema } from './graphql/schema';

export interface App {
  server: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  listen(port: number, host: string): Promise<string>;
  close(): Promise<void>;
}

const BODY_LIMIT = '200kb';

export async function createApp(config: Config, db: Database, schema?: GraphQLSchema): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);
  const services = createServices(db);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema: schema ?? (await createSchema()),
    introspection: !config.production,
    includeStacktraceInErrorResponses: !config.production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    formatError: createErrorFormatter({
      production: config.production,
      log: (error) => process.stderr.write(`[graphql] unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
    }),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server }), ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : [])],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(db, services, (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) ?? randomUUID()),
    }),
  );

  const indexHtml = path.join(config.dashboardDir, 'index.html');
  if (fs.existsSync(indexHtml)) {
    app.use(express.static(config.dashboardDir, { index: false, maxAge: '1h' }));
    app.get(/^\/(?!graphql).*/, (_req, res) => {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(indexHtml);
    });
  } else {
    app.get('/', (_req, res) => {
      res.type('text/plain').send('Guildhall API is at /graphql. The dashboard is not built: run `npm run build`.');
    });
  }

  // Malformed JSON and oversized bodies answer in the API's own error shape.
  app.use((error: { type?: string; status?: number }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (error?.type === 'entity.too.large') {
      res.status(413).json({ errors: [{ message: `Request body is larger than ${BODY_LIMIT}`, extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    if (error?.type === 'entity.parse.failed') {
      res.status(400).json({ errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
      return;
    }
    next(error);
  });

  return {
    server,
    apollo,
    listen: (port, host) =>
      new Promise((resolve) => {
        server.listen(port, host, () => {
          const address = server.address();
          const actualPort = typeof address === 'object' && address ? address.port : port;
          resolve(`http://${host === '0.0.0.0' ? 'localhost' : host}:${actualPort}`);
        });
      }),
    close: async () => {
      await apollo.stop();
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
