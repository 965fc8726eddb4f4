import { Organisation } from '@woo/db';
import { caseDeadlineScan, defineHandler, enqueueViaOutbox } from '@woo/queue';
import { scanOrganisation } from './organisation-scan.js';
import type { SchedulerDeps } from './scheduler-deps.js';

/**
 * `case.deadline-scan`. Without an organisation it fans out: one scan job per organisation for the day, through the
 * outbox (ids only), each with a deterministic id so the same day is scanned once however often this runs. With an
 * organisation it scans that organisation's open cases.
 */
export function createDeadlineScanHandler(deps: SchedulerDeps) {
  return defineHandler(caseDeadlineScan, async ({ organisationId, day: requestedDay }, { em, logger }) => {
    const day = requestedDay ?? deps.today();
    if (!organisationId) {
      const organisations = await em.find(Organisation, {}, { fields: ['id'], orderBy: { id: 'asc' } });
      await em.transactional(async (tem) => {
        for (const { id } of organisations) await enqueueViaOutbox(tem, caseDeadlineScan, { organisationId: id, day });
      });
      logger.info({ day, organisations: organisations.length }, 'deadline scan fanned out');
      return { day, organisations: organisations.length };
    }

    const result = await scanOrganisation(em, organisationId, day, deps, logger);
    if (!result) {
      logger.info({ organisationId }, 'organisation gone: scan skipped');
      return { day, skipped: 'organisation_gone' };
    }
    logger.info({ organisationId, ...result }, 'deadline scan done');
    if (result.failed > 0) throw new Error(`deadline scan: ${result.failed} of ${result.cases} case(s) failed`);
    return result;
  });
}
