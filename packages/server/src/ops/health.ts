import { Router } from 'express';
import type { DataSource } from 'typeorm';

const READY_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);
}

/** Whether the server is on its way out: set on SIGTERM, before it stops taking connections. */
export interface Readiness {
  draining: boolean;
}

/**
 * `/healthz`: the process answers (for restarts). `/readyz`: the database answers, every
 * migration is applied and the server is not shutting down (for load balancers: send traffic
 * only when ready; docs/operations.md, "Several servers").
 */
export function healthRoutes(dataSource: DataSource, readiness: Readiness = { draining: false }): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    if (readiness.draining) {
      res.status(503).json({ status: 'draining' });
      return;
    }
    try {
      await withTimeout(dataSource.query('SELECT 1'), READY_TIMEOUT_MS);
      const pending = await withTimeout(dataSource.showMigrations(), READY_TIMEOUT_MS);
      if (pending) {
        res.status(503).json({ status: 'unavailable', database: 'ok', migrations: 'pending' });
        return;
      }
      res.json({ status: 'ok', database: 'ok', migrations: 'applied' });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', database: error instanceof Error ? error.message : 'unreachable' });
    }
  });
  return router;
}
