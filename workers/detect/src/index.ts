export { detectionFlow, detectionFlowParentJobId } from './detection-flow.js';
export {
  createDocumentDetectHandler,
  PagesNotReadyError,
  type DocumentDetectDeps,
  type FlowAdder,
} from './document-detect.handler.js';
export { createDetectGroundHandler, createDetectGroundHandlers } from './detect-ground.handler.js';
export { detectionStepSources } from './detection-step-sources.js';
