import type { MikroORM } from '@mikro-orm/postgresql';
import type { CaseDeps } from '@woo/cases';
import type { RenderThreads, ReviewImages, UploadLimits } from '@woo/documents';
import type { DocumentLimits } from '@woo/pdf';
import type { Logger } from '@woo/logging';
import type { BlobStore } from '@woo/storage';
import type { Redis } from 'ioredis';
import type { Authenticator } from './auth/authenticator.js';
import type { PasswordCredentials } from './auth/password-authenticator.js';
import type { SessionStore } from './auth/session-store.js';
import type { RateLimit } from './http/rate-limit.js';

export interface RateLimits {
  /** Public intake per client IP. */
  intake: RateLimit;
  /** Login attempts per client IP. */
  login: RateLimit;
  /** Wrong tracking codes per client IP before every lookup from it is refused for the rest of the window. */
  trackingCodeMisses: RateLimit;
  /** Requester actions (precisering, consent, withdraw) per client IP. */
  requesterActions: RateLimit;
}

export const defaultRateLimits: RateLimits = {
  intake: { limit: 20, windowSeconds: 3600 },
  login: { limit: 10, windowSeconds: 900 },
  trackingCodeMisses: { limit: 10, windowSeconds: 900 },
  requesterActions: { limit: 30, windowSeconds: 3600 },
};

/** What the routes of the API share; built once in createApp. */
export interface ApiContext {
  orm: MikroORM;
  redis: Redis;
  logger: Logger;
  /** Holiday calendar and today's date (Europe/Amsterdam) for the case service. */
  cases: CaseDeps;
  now: () => Date;
  /** Prefix of every Redis key the API writes (sessions, rate limits). */
  keyPrefix: string;
  sessions: SessionStore;
  authenticator: Authenticator<PasswordCredentials>;
  rateLimits: RateLimits;
  /** The link a requester follows to the status of their request. */
  statusUrl: (trackingCode: string) => string;
  /**
   * Where uploads go, how much one request may bring, the worker threads that draw page images and previews (the app
   * stops them when it closes) and the review screen's page images; absent, the document routes are left out.
   */
  documents: {
    blobs: BlobStore;
    uploadLimits: UploadLimits;
    documentLimits: DocumentLimits;
    renderThreads: RenderThreads;
    reviewImages: ReviewImages;
  } | null;
}
