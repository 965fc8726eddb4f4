import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { RequestContext } from '@mikro-orm/core';
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
 * Gives every request its own id (taken from `X-Request-Id` when it is well-formed), a child logger carrying that id,
 * and its own MikroORM EntityManager fork for the duration of the request.
 */
export function requestContext(orm: MikroORM, logger: Logger): RequestHandler {
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
    RequestContext.create(orm.em, next);
  };
}
