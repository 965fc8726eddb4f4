export { createHandlers, type WorkerHandlerDeps } from './handlers/index.js';
export { startWorkers, type WorkerOptions, type Workers } from './start-workers.js';
