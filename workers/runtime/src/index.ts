export { createHandlers, type WorkerHandlerDeps } from './handlers/index.js';
