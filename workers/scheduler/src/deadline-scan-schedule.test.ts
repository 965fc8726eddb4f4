import { caseDeadlineScan, createRedisConnection } from '@woo/queue';
import { deleteKeysWithPrefix, uniqueTestPrefix } from '@woo/queue/testing';
import { Queue } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { deadlineScanSchedulerId, scheduleDailyDeadlineScan } from './deadline-scan-schedule.js';

const redis = createRedisConnection(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { forWorker: false });
const prefix = uniqueTestPrefix();
const queue = new Queue(caseDeadlineScan.queue, { connection: redis, prefix });

afterAll(async () => {
  await queue.close();
  await deleteKeysWithPrefix(redis, prefix);
  await redis.quit();
});

describe('scheduleDailyDeadlineScan', () => {
  it('keeps one daily scheduler at 06:00 Amsterdam time, however often workers start', async () => {
    await scheduleDailyDeadlineScan({ connection: redis, prefix });
    await scheduleDailyDeadlineScan({ connection: redis, prefix });

    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(1);
    expect(schedulers[0]).toMatchObject({
      key: deadlineScanSchedulerId,
      name: 'case.deadline-scan',
      pattern: '0 6 * * *',
      tz: 'Europe/Amsterdam',
    });
    // The next run waits, delayed, with an empty payload: the scan takes today where it runs.
    const delayed = await queue.getDelayed();
    expect(delayed).toHaveLength(1);
    expect(delayed[0]?.name).toBe('case.deadline-scan');
    expect(delayed[0]?.data).toEqual({});
    expect(caseDeadlineScan.payload.safeParse(delayed[0]?.data).success).toBe(true);
    expect(delayed[0]?.opts.attempts).toBe(caseDeadlineScan.options.attempts);
  });

  it('replaces the pattern on a new start instead of adding a second schedule', async () => {
    await scheduleDailyDeadlineScan({ connection: redis, prefix, pattern: '30 5 * * *' });
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers.map((s) => s.pattern)).toEqual(['30 5 * * *']);
  });
});
