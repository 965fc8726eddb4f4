import type { JobHandler } from '@woo/queue';
import { systemPingHandler } from './system-ping.handler.js';

/**
 * Every handler this worker process runs. Each capability adds its handlers here (ingest, ocr, detect.<ground>,
 * redact, publish, scheduler); the worker host refuses to start when a name has no contract or two handlers.
 */
export const allHandlers: readonly JobHandler[] = [systemPingHandler];
