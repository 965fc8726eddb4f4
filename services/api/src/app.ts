import express, { type Express } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Redis } from 'ioredis';
import { amsterdamDate } from '@woo/cases';
import {
  createRenderThreads,
  createReviewImages,
  defaultRenderThreads,
  defaultUploadLimits,
  RenderThreadsClosedError,
  type RenderThreads,
  type UploadLimits,
} from '@woo/documents';
import { defaultDocumentLimits } from '@woo/pdf';
import { defaultHolidayCalendar, type HolidayCalendar, type IsoDate } from '@woo/domain';
import type { Logger } from '@woo/logging';
import type { BlobStore } from '@woo/storage';
import { defaultRateLimits, type ApiContext, type RateLimits } from './api-context.js';
import type { Authenticator } from './auth/authenticator.js';
import { passwordAuthenticator, type PasswordCredentials } from './auth/password-authenticator.js';
import { createRedisSessionStore } from './auth/session-store.js';
import { healthRoutes, type HealthDeps } from './health/health.routes.js';
import { errorHandler, notFoundHandler } from './http/error-handler.js';
import { mountRoutes } from './http/mount-routes.js';
import { requestContext } from './http/request-context.js';
import { webApp } from './http/web-app.js';
import { apiRoutes } from './routes.js';
import { createQueueDashboard } from './admin/queue-dashboard.js';

export interface AppDeps extends HealthDeps {
  orm: MikroORM;
  logger: Logger;
  redis: Redis;
  /** The current moment (sessions, login times). */
  now: () => Date;
  /** Today's legal date; defaults to the Europe/Amsterdam date of `now()`. */
  today?: () => IsoDate;
  calendar?: HolidayCalendar;
  /** Prefix of the API's Redis keys (sessions, rate limits); tests pass a unique one. */
  redisKeyPrefix: string;
  /** Base of links in messages to requesters, e.g. 'https://woo.voorbeeldstad.nl'. */
  publicBaseUrl: string;
  rateLimits?: Partial<RateLimits>;
  /** Session lifetime; default 8 hours (a working day). */
  sessionTtlSeconds?: number;
  authenticator?: Authenticator<PasswordCredentials>;
  /** The blob store of uploaded documents. Without it the document routes are left out (tests that need none). */
  blobs?: BlobStore;
  /** Per-file size and per-request file count of uploads; defaults: 200 MB, 50 files. */
  uploadLimits?: Partial<UploadLimits>;
  /** The page and picture limits the workers read documents with (DOCUMENT_MAX_*); defaults: @woo/pdf's. */
  documentLimits?: { maxPages?: number; maxImagePixels?: number };
  /**
   * The worker threads that draw the review screen's page images and the third party's previews
   * (REVIEW_IMAGE_THREADS) and how many tasks may wait for one (REVIEW_IMAGE_QUEUE); defaults: 1 and 16. Threads start
   * on the first image, or at once in the background with `warm` (main.ts; tests leave it off), and stop when the app
   * closes.
   */
  renderThreads?: { threads?: number; queue?: number; warm?: boolean };
  /** Folder of the built web app (services/web/dist); served with a fallback to index.html for its own routes. */
  webRoot?: string;
  /**
   * Slug of the organisation whose admins operate this installation: only they see the queue dashboard, which shows
   * every organisation's jobs. Without it every admin does (an installation that serves one organisation).
   */
  operatorOrganisation?: string;
}

/** Builds what the routes share from the deps. Exported so tests can list the routes of an app they built. */
export function createApiContext(deps: AppDeps): ApiContext {
  const keyPrefix = `${deps.redisKeyPrefix}:api`;
  const base = deps.publicBaseUrl.replace(/\/+$/, '');
  return {
    orm: deps.orm,
    redis: deps.redis,
    logger: deps.logger,
    cases: {
      calendar: deps.calendar ?? defaultHolidayCalendar(),
      today: deps.today ?? (() => amsterdamDate(deps.now())),
    },
    now: deps.now,
    keyPrefix,
    sessions: createRedisSessionStore(deps.redis, { keyPrefix, ttlSeconds: deps.sessionTtlSeconds ?? 8 * 3600 }),
    authenticator: deps.authenticator ?? passwordAuthenticator(),
    rateLimits: { ...defaultRateLimits, ...deps.rateLimits },
    // The requester's status page of the web app.
    statusUrl: (trackingCode) => `${base}/status/${trackingCode}`,
    documents: deps.blobs ? documentsContext(deps, deps.blobs) : null,
  };
}

function documentsContext(deps: AppDeps, blobs: BlobStore): NonNullable<ApiContext['documents']> {
  const uploadLimits = { ...defaultUploadLimits, ...deps.uploadLimits };
  const documentLimits = { ...defaultDocumentLimits, ...deps.documentLimits };
  const renderThreads = createRenderThreads({
    threads: deps.renderThreads?.threads ?? defaultRenderThreads.threads,
    queue: deps.renderThreads?.queue ?? defaultRenderThreads.queue,
    // The workers' document limits (they accepted the file); the file size may be any the upload allowed.
    limits: { ...documentLimits, maxBytes: Math.max(documentLimits.maxBytes, uploadLimits.maxFileBytes) },
  });
  return {
    blobs,
    uploadLimits,
    documentLimits,
    renderThreads,
    reviewImages: createReviewImages(blobs, renderThreads),
  };
}

/**
 * Starts the render threads now instead of on the first image (a thread takes seconds to start: the tsx loader and
 * pdf.js), without holding anything up. A failure is logged; the threads then start on the first image as without.
 */
function warmInBackground(threads: RenderThreads, logger: Logger): void {
  const started = performance.now();
  threads.warm().then(
    () =>
      logger.info({ threads: threads.liveThreads, ms: Math.round(performance.now() - started) }, 'render threads warm'),
    (error: unknown) => {
      if (error instanceof RenderThreadsClosedError) return; // the app closed first
      logger.warn({ err: error }, 'render threads could not be warmed; they start on the first image');
    },
  );
}

/** The express app, and what it holds beyond its requests (the render threads): close it after the server. */
export type App = Express & { close(): Promise<void> };

/** The HTTP application. Everything it needs comes in through `deps`, so tests build it with real parts of their own. */
export function createApp(deps: AppDeps): App {
  const ctx = createApiContext(deps);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(requestContext(deps.logger));
  app.use(express.json({ limit: '100kb' }));
  app.use(healthRoutes(deps));
  app.use(mountRoutes(apiRoutes(ctx), { orm: deps.orm, sessions: ctx.sessions }));
  app.use(createQueueDashboard({ ...deps, sessions: ctx.sessions, queuePrefix: deps.redisKeyPrefix }).router);
  if (deps.webRoot) app.use(webApp(deps.webRoot));
  app.use(notFoundHandler);
  app.use(errorHandler(deps.logger));
  const renderThreads = ctx.documents?.renderThreads;
  if (renderThreads && deps.renderThreads?.warm) warmInBackground(renderThreads, deps.logger);
  return Object.assign(app, { close: async () => renderThreads?.close() });
}
