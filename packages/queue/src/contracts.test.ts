import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineJob } from './contract.js';
import { caseDeadlineScan } from './jobs/case-deadline-scan.js';
import { allJobs } from './jobs/all-jobs.js';
import { systemPing } from './jobs/system-ping.js';
import { findFreeTextFields } from './payload-policy.js';

describe('the registry of job contracts', () => {
  it('has no two contracts with the same name', () => {
    const names = allJobs.map((contract) => contract.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(allJobs.map((contract) => [contract.name, contract] as const))(
    '%s: payload carries ids, dates and enums only',
    (_name, contract) => {
      expect(findFreeTextFields(contract.payload)).toEqual([]);
    },
  );

  it.each(allJobs.map((contract) => [contract.name, contract] as const))(
    '%s: retries a bounded number of times',
    (_name, contract) => {
      expect(contract.options.attempts).toBeGreaterThanOrEqual(1);
      expect(contract.options.attempts).toBeLessThanOrEqual(10);
    },
  );

  it('contains the contracts that exist now', () => {
    expect(allJobs).toContain(systemPing);
    expect(allJobs).toContain(caseDeadlineScan);
    expect(systemPing.queue).toBe('system');
    expect(caseDeadlineScan.queue).toBe('scheduler');
  });
});

describe('findFreeTextFields', () => {
  it('flags a bare string, also nested, optional or in an array', () => {
    const schema = z.object({
      caseId: z.uuid(),
      requesterName: z.string(),
      nested: z.object({ note: z.string().optional() }),
      tags: z.array(z.string()),
    });
    expect(findFreeTextFields(schema)).toEqual(['requesterName', 'nested.note', 'tags[]']);
  });

  it('accepts formats, regexes, enums, numbers and booleans', () => {
    const schema = z.object({
      caseId: z.uuid(),
      day: z.iso.date(),
      code: z.string().regex(/^5\.1\.2[a-i]$/),
      ground: z.enum(['5.1.1c', '5.1.2e']),
      page: z.number().int(),
      force: z.boolean().default(false),
      pageIds: z.array(z.uuid()),
    });
    expect(findFreeTextFields(schema)).toEqual([]);
  });

  it('flags types it cannot vouch for', () => {
    expect(findFreeTextFields(z.object({ extra: z.record(z.string(), z.uuid()) }))).toEqual(['extra']);
    expect(findFreeTextFields(z.object({ anything: z.unknown() }))).toEqual(['anything']);
  });
});

describe('defineJob', () => {
  it('refuses a payload with a free-text field', () => {
    expect(() =>
      defineJob({
        queue: 'test',
        name: 'test.leaky',
        payload: z.object({ caseId: z.uuid(), requesterEmail: z.string() }),
        jobId: ({ caseId }) => caseId,
      }),
    ).toThrow(/requesterEmail accept free text/);
  });

  it('refuses queue names BullMQ cannot use and names without an area', () => {
    const payload = z.object({ id: z.uuid() });
    expect(() => defineJob({ queue: 'a:b', name: 'a.b', payload, jobId: ({ id }) => id })).toThrow(/queue name/);
    expect(() => defineJob({ queue: 'a', name: 'ping', payload, jobId: ({ id }) => id })).toThrow(/Job name/);
  });

  it('derives the same job id from the same payload, prefixed with the job name', () => {
    const requestId = randomUUID();
    expect(systemPing.jobId({ requestId })).toBe(`system.ping/${requestId}`);
    expect(systemPing.jobId({ requestId })).toBe(systemPing.jobId({ requestId }));
    expect(caseDeadlineScan.jobId({ day: '2026-03-02' })).toBe('case.deadline-scan/all/2026-03-02');
    const organisationId = randomUUID();
    expect(caseDeadlineScan.jobId({ organisationId, day: '2026-03-02' })).toBe(
      `case.deadline-scan/${organisationId}/2026-03-02`,
    );
  });

  it('refuses a job id key BullMQ would reject', () => {
    const job = defineJob({
      queue: 'test',
      name: 'test.colon',
      payload: z.object({ day: z.iso.date() }),
      jobId: () => 'a:b',
    });
    expect(() => job.jobId({ day: '2026-01-01' })).toThrow(/':'/);
  });

  it('fills in the default options and keeps overrides', () => {
    expect(caseDeadlineScan.options.attempts).toBe(3);
    expect(caseDeadlineScan.options.removeOnFail).toEqual({ age: 30 * 24 * 3600 });
    expect(systemPing.options.attempts).toBe(1);
  });

  it('payload schemas reject what they should', () => {
    expect(systemPing.payload.safeParse({ requestId: 'hello' }).success).toBe(false);
    expect(caseDeadlineScan.payload.safeParse({ day: '2026-13-45' }).success).toBe(false);
    expect(caseDeadlineScan.payload.safeParse({ day: '2026-02-28' }).success).toBe(true);
  });
});
