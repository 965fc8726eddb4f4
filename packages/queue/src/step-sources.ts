import { outboxStepSource } from './outbox-step-source.js';
import type { StepSource } from './step-source.js';

/**
 * Every source of unfinished steps the reconciler consults by default. A later feature that records its own
 * progress (e.g. OCR per page) adds its source here; the reconciler itself does not change.
 */
export const defaultStepSources: readonly StepSource[] = [outboxStepSource];
