import { detectionGrounds } from '@woo/domain';
import { detectGroundJobs, detectionQueueGrounds } from '@woo/queue';
import { describe, expect, it } from 'vitest';
import { detectionFlow } from './detection-flow.js';

describe('detection queues', () => {
  it('has one queue for every ground a recogniser proposes, and no other', () => {
    expect([...detectionQueueGrounds].sort()).toEqual([...detectionGrounds].sort());
  });

  it('puts one child per ground in the flow, each on its own queue with its deterministic id', () => {
    const documentId = '0190a6b2-7c1d-7e00-8000-000000000001';
    const flow = detectionFlow(documentId);
    expect(flow.opts?.jobId).toBe(`document.detect/${documentId}/grounds`);
    expect(flow.children?.map((child) => [child.queueName, child.opts?.jobId])).toEqual(
      detectionQueueGrounds.map((ground) => [`detect.${ground}`, detectGroundJobs[ground].jobId({ documentId })]),
    );
    expect(flow.children?.every((child) => child.opts?.failParentOnFailure)).toBe(true);
  });
});
