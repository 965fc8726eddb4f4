/** Progress of one pipeline step, for a page (render, OCR, detect) or a whole document (detect, redact). */
export const pageStepStatuses = ['pending', 'running', 'done', 'failed'] as const;
export type PageStepStatus = (typeof pageStepStatuses)[number];
