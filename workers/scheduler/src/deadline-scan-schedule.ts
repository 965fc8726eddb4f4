import { caseDeadlineScan } from '@woo/queue';
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';

export const deadlineScanSchedulerId = 'case.deadline-scan/daily';

export interface DeadlineScanScheduleOptions {
  /** A producer connection; the caller closes it. */
  connection: Redis;
  prefix: string;
  /** Cron pattern in `tz`; default every day at 06:00, before the working day starts. */
  pattern?: string;
  tz?: string;
}

/**
 * Sets up the daily scan as a BullMQ job scheduler. Upsert: every worker may call it at start-up, and a changed
 * pattern replaces the old one instead of adding a second schedule. The scheduled job carries an empty payload
 * (the scan takes today where it runs) and fans out per organisation.
 */
export async function scheduleDailyDeadlineScan(options: DeadlineScanScheduleOptions): Promise<void> {
  const queue = new Queue(caseDeadlineScan.queue, { connection: options.connection, prefix: options.prefix });
  try {
    const { attempts, backoff, removeOnComplete, removeOnFail } = caseDeadlineScan.options;
    await queue.upsertJobScheduler(
      deadlineScanSchedulerId,
      { pattern: options.pattern ?? '0 6 * * *', tz: options.tz ?? 'Europe/Amsterdam' },
      { name: caseDeadlineScan.name, data: {}, opts: { attempts, backoff, removeOnComplete, removeOnFail } },
    );
  } finally {
    await queue.close();
  }
}
