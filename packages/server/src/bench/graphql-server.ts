// The real GraphQL server for the benchmark, on an existing database: no migrations, no demo data.
// Started by run.ts as a child process; reads DATABASE_URL and PORT and reports its address over IPC.
import 'reflect-metadata';
import { createApp } from '../root/app';
import { loadConfig } from '../config';
import { createDataSource } from '../root/data-source';
import { Database } from '../db/database';

/** Set once the server listens; until then, a closed IPC channel just ends the process. */
let shutdown: (() => void) | null = null;

// The parent stops this process by closing the IPC channel; SIGTERM and SIGINT end it at once.
process.once('disconnect', () => (shutdown ? shutdown() : process.exit(0)));

async function main(): Promise<void> {
  const config = { ...loadConfig(process.env), seedDemoData: false };
  const dataSource = createDataSource(config.database);
  await dataSource.initialize();
  // BENCH_WITHOUT_REQUEST_MIDDLEWARES: the same server without the request log, security headers and CORS (run.ts, --features-cost).
  const app = await createApp(config, new Database(dataSource), undefined, undefined, { withoutRequestMiddlewares: process.env.BENCH_WITHOUT_REQUEST_MIDDLEWARES === '1' });
  const url = await app.listen(config.port, '127.0.0.1');

  shutdown = () => {
    app.server.closeAllConnections();
    void app
      .close()
      .then(() => dataSource.destroy())
      .finally(() => process.exit(0));
  };
  if (!process.connected) return shutdown();
  process.send?.({ ready: true, url: `${url}/graphql` });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
