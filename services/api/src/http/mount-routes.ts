import { Router, type RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { staffAccess } from '../auth/staff-access.js';
import type { SessionStore } from '../auth/session-store.js';
import type { AnyRouteSpec } from './route-registry.js';
import { parseOrThrow } from './validation.js';

/** An express router with every spec's checks, validation and handler, in the order of the list. */
export function mountRoutes(specs: readonly AnyRouteSpec[], deps: { orm: MikroORM; sessions: SessionStore }): Router {
  const router = Router();
  for (const spec of specs) {
    const access = spec.access.kind === 'staff' ? staffAccess(deps, spec.access.permission) : [];
    const run: RequestHandler = async (req, res) => {
      const params = spec.params ? parseOrThrow(spec.params, req.params) : {};
      const query = spec.query ? parseOrThrow(spec.query, req.query) : {};
      const body = spec.body ? parseOrThrow(spec.body, req.body ?? {}) : {};
      const result = await spec.handle({ params, query, body, req, res, staff: req.staff ?? null });
      if (res.headersSent) return;
      if (result === undefined) res.status(spec.status ?? 204).end();
      else res.status(spec.status ?? 200).json(result);
    };
    router[spec.method](spec.path, ...access, ...(spec.before ?? []), run);
  }
  return router;
}
