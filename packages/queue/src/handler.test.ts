import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { pino } from 'pino';
import { defineJob } from './contract.js';
import { defineHandler, indexHandlers } from './handler.js';
import { allJobs } from './jobs/all-jobs.js';
import { caseDeadlineScan } from './jobs/case-deadline-scan.js';
import { systemPing } from './jobs/system-ping.js';
import { createWorkerHost } from './worker-host.js';

const ping = defineHandler(systemPing, async () => 'pong');
const scan = defineHandler(caseDeadlineScan, async () => ({ scanned: 0 }));
const stranger = defineJob({
  queue: 'system',
  name: 'system.stranger',
  payload: z.object({ id: z.uuid() }),
  jobId: ({ id }) => id,
});

describe('indexHandlers (one handler per job name, checked at start-up)', () => {
  it('indexes handlers by job name', () => {
    const index = indexHandlers([ping, scan], allJobs);
    expect([...index.keys()].sort()).toEqual(['case.deadline-scan', 'system.ping']);
  });

  it('refuses two handlers for one job name', () => {
    expect(() => indexHandlers([ping, defineHandler(systemPing, async () => 'pong too')], allJobs)).toThrow(
      /two handlers for job "system.ping"/,
    );
  });

  it('refuses a handler whose job has no contract in the registry', () => {
    expect(() => indexHandlers([ping, defineHandler(stranger, async () => null)], allJobs)).toThrow(
      /no contract for job "system.stranger"/,
    );
  });

  it('refuses to consume a queue without handling every job on it', () => {
    expect(() => indexHandlers([ping], [...allJobs, stranger])).toThrow(/no handler for job "system.stranger"/);
  });

  it('refuses when a required contract has no handler', () => {
    expect(() => indexHandlers([ping], allJobs, [caseDeadlineScan])).toThrow(/no handler for job "case.deadline-scan"/);
  });
});

describe('createWorkerHost', () => {
  it('refuses to start with duplicate handlers, before it connects to anything', () => {
    let connections = 0;
    expect(() =>
      createWorkerHost({
        connection: () => {
          connections += 1;
          throw new Error('must not connect');
        },
        prefix: 'never-used',
        // The host refuses before it touches the ORM; no database is needed to prove that.
        orm: undefined as never,
        logger: pino({ level: 'silent' }),
        handlers: [ping, ping],
      }),
    ).toThrow(/Worker refuses to start: two handlers for job "system.ping"/);
    expect(connections).toBe(0);
  });
});
