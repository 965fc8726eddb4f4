import { unprocessedPagesStepSource } from '@woo/documents';
import type { StepSource } from '@woo/queue';

/** For the reconciler, next to the defaults: pages whose text was never stored go back on the ocr queue. */
export const pageStepSources: readonly StepSource[] = [unprocessedPagesStepSource];
