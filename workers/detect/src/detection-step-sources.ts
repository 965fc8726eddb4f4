import { unfinishedDetectionStepSource } from '@woo/documents';
import type { StepSource } from '@woo/queue';

/** For the reconciler, next to the defaults: documents whose detection flow was lost with Redis start it again. */
export const detectionStepSources: readonly StepSource[] = [unfinishedDetectionStepSource];
