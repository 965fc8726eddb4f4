export { createPageProcessHandler } from './page-process.handler.js';
export { pageStepSources } from './page-step-sources.js';
export {
  createOpenDocumentCache,
  type OpenDocumentCache,
  type OpenDocumentCacheOptions,
} from './open-document-cache.js';
