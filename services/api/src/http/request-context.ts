import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '@woo/logging';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express types are extended through this namespace.
  namespace Express {
    interface Request {
      requestId: string;
      log: Logger;
    }
  }
}

const requestIdPattern = /^[A-Za-z0-9-]{8,64}$/;

/**
 * Gives every request its own id (taken from `X-Request-Id` when it is well-formed) and a child logger carrying that
 * id. No MikroORM RequestContext: every route forks the EntityManager it uses (`ctx.orm.em.fork()`), and the global
 * one refuses entity work (`allowGlobalContext: false`), so a route that forgets fails loudly in its tests instead of
 * sharing an identity map with other requests. A context per request cost a fork on every request, also on the
 * public intake and status read, which use none of it.
 */
export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    req.requestId = incoming && requestIdPattern.test(incoming) ? incoming : randomUUID();
    req.log = logger.child({ requestId: req.requestId });
    res.setHeader('X-Request-Id', req.requestId);
    const started = performance.now();
    res.on('finish', () => {
      // The route pattern, never the raw URL: paths and query strings can carry tracking codes.
      const route = req.route ? `${req.baseUrl}${String(req.route.path)}` : '(no route)';
      req.log.info(
        { method: req.method, route, status: res.statusCode, ms: Math.round(performance.now() - started) },
        'request',
      );
    });
    next();
  };
}
