import type { JobHandler } from '@woo/queue';
import { createDeadlineScanHandler } from './deadline-scan.handler.js';
import type { SchedulerDeps } from './scheduler-deps.js';

export type { SchedulerDeps } from './scheduler-deps.js';
export { createDeadlineScanHandler } from './deadline-scan.handler.js';
export { scanOrganisation, type OrganisationScanResult } from './organisation-scan.js';
export { planCaseReminders, reminderWorkingDays, type PlannedReminder } from './case-reminders.js';
export { lapsesDue, resumeLapsedPeriods } from './lapsed-periods.js';
export {
  deadlineScanSchedulerId,
  scheduleDailyDeadlineScan,
  type DeadlineScanScheduleOptions,
} from './deadline-scan-schedule.js';

/** The scheduler's handlers, for the workers process to register. */
export function createSchedulerHandlers(deps: SchedulerDeps): readonly JobHandler[] {
  return [createDeadlineScanHandler(deps)];
}
