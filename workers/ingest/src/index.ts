export { createDocumentIngestHandler } from './document-ingest.handler.js';
