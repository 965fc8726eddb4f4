export { createHandlers, type WorkerHandlerDeps } from './handlers/index.js';
export { startInProcessWorkers, type InProcessWorkers, type InProcessWorkersOptions } from './in-process-workers.js';
