export { createDocumentRedactHandler } from './document-redact.handler.js';
export { createDocumentVerifyHandler } from './document-verify.handler.js';
