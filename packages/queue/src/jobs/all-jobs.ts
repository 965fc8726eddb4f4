import type { AnyJobContract } from '../contract.js';
import { caseDeadlineScan } from './case-deadline-scan.js';
import { documentPipelineJobs } from './document-pipeline.js';
import { notificationSend } from './notification-send.js';
import { systemPing } from './system-ping.js';

/**
 * Every job contract that exists. A new contract is added here; the worker host and the reconciler look names up
 * in this list, and contracts.test.ts checks it (unique names, ids-only payloads).
 */
export const allJobs: readonly AnyJobContract[] = [
  systemPing,
  caseDeadlineScan,
  notificationSend,
  ...documentPipelineJobs,
];

export function findJobContract(name: string, contracts: readonly AnyJobContract[] = allJobs) {
  return contracts.find((contract) => contract.name === name);
}
