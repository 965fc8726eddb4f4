import { Router } from 'express';

export interface DependencyCheck {
  ok: boolean;
  latencyMs: number;
  error?: string;
}

export interface HealthDeps {
  checkDatabase: () => Promise<DependencyCheck>;
  checkRedis: () => Promise<DependencyCheck>;
}

/** `GET /healthz`: 200 when PostgreSQL and Redis both answer, 503 otherwise, with what each one said. */
export function healthRoutes(deps: HealthDeps): Router {
  const router = Router();
  router.get('/healthz', async (_req, res) => {
    const [database, redis] = await Promise.all([deps.checkDatabase(), deps.checkRedis()]);
    const ok = database.ok && redis.ok;
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'degraded', database, redis });
  });
  return router;
}
