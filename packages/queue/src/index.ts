export {
  defineJob,
  defaultJobOptions,
  type AnyJobContract,
  type JobContract,
  type JobContractOptions,
  type JobDefinition,
  type JobPayload,
  type PayloadSchema,
} from './contract.js';
export { findFreeTextFields } from './payload-policy.js';
export { allJobs, findJobContract } from './jobs/all-jobs.js';
export { systemPing } from './jobs/system-ping.js';
export { caseDeadlineScan } from './jobs/case-deadline-scan.js';
export { notificationSend } from './jobs/notification-send.js';
export { enqueueViaOutbox, type EnqueueOptions, type EnqueueResult } from './enqueue-via-outbox.js';
export { createOutboxRelay, type OutboxRelay, type OutboxRelayOptions, type RelayRound } from './outbox-relay.js';
export { reconcile, type ReconcileCounts, type ReconcileOptions, type ReconcileReport } from './reconciler.js';
export type { FinishedInQueue, StepSource, UnfinishedStep } from './step-source.js';
export { defaultStepSources } from './step-sources.js';
export { outboxStepSource } from './outbox-step-source.js';
export { defineHandler, indexHandlers, type JobContext, type JobHandler } from './handler.js';
export { markOutboxCompleted, recordOutboxFailure } from './outbox-completion.js';
export { createWorkerHost, type WorkerHost, type WorkerHostOptions } from './worker-host.js';
export { createRedisConnection, pingRedis, type RedisConnectionOptions, type RedisHealth } from './redis-connection.js';
export {
  detectGroundJobs,
  detectionQueueGrounds,
  documentDetect,
  documentIngest,
  documentPipelineJobs,
  documentRedact,
  documentVerify,
  pageProcess,
  type DetectionQueueGround,
} from './jobs/document-pipeline.js';
