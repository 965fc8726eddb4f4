import express from 'express';
import type { MikroORM } from '@mikro-orm/core';
import type { Logger } from '@woo/logging';
import { healthRoutes, type HealthDeps } from './health/health.routes.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { requestContext } from './http/request-context.js';

export interface AppDeps extends HealthDeps {
  orm: MikroORM;
  logger: Logger;
}

/** The HTTP application. Everything it needs comes in through `deps`, so tests build it with real parts of their own. */
export function createApp(deps: AppDeps) {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestContext(deps.orm, deps.logger));
  app.use(express.json({ limit: '100kb' }));
  app.use(healthRoutes(deps));
  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  return app;
}
