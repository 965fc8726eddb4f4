export { createPageProcessHandler } from './page-process.handler.js';
export { pageStepSources } from './page-step-sources.js';
