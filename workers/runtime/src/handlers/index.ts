import type { HolidayCalendar, IsoDate } from '@woo/domain';
import { createDocumentIngestHandler, type IngestDeps } from '@woo/ingest-worker';
import type { MailTransport } from '@woo/mail';
import type { JobHandler } from '@woo/queue';
import { createSchedulerHandlers } from '@woo/scheduler';
import { createNotificationSendHandler } from './notification-send.handler.js';
import { createPipelineHandlers, type PipelineHandlerDeps } from './pipeline-handlers.js';
import { systemPingHandler } from './system-ping.handler.js';

/** What the handlers need from the process: made once in main.ts from the configuration. */
export interface WorkerHandlerDeps {
  mail: MailTransport;
  /** Where people reach the site (PUBLIC_BASE_URL): the zienswijze request links to `<base>/zienswijze/<token>`. */
  publicBaseUrl?: string;
  calendar: HolidayCalendar;
  /** Today in Europe/Amsterdam. */
  today: () => IsoDate;
  /** Blob store and limits for document.ingest; tests that do not ingest leave it out (no ingest queue then). */
  ingest?: IngestDeps;
  /** Blob store, OCR pool and flow producer for page.process, detection, redact and verify; left out likewise. */
  pipeline?: PipelineHandlerDeps;
}

/** The third party's zienswijze page of the web app. */
function thirdPartyLink(publicBaseUrl: string): (token: string) => string {
  const base = publicBaseUrl.replace(/\/+$/, '');
  return (token) => `${base}/zienswijze/${token}`;
}

/**
 * Every handler this worker process runs. Each capability adds its handlers here (ingest, ocr, detect.<ground>,
 * redact, publish, scheduler); the worker host refuses to start when a name has no contract or two handlers.
 */
export function createHandlers(deps: WorkerHandlerDeps): readonly JobHandler[] {
  return [
    systemPingHandler,
    createNotificationSendHandler({
      mail: deps.mail,
      ...(deps.publicBaseUrl && { thirdPartyLink: thirdPartyLink(deps.publicBaseUrl) }),
    }),
    ...createSchedulerHandlers({ calendar: deps.calendar, today: deps.today }),
    ...(deps.ingest ? [createDocumentIngestHandler(deps.ingest)] : []),
    ...(deps.pipeline ? createPipelineHandlers(deps.pipeline) : []),
  ];
}
