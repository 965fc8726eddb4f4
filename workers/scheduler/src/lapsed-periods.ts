import type { EntityManager } from '@mikro-orm/postgresql';
import { applyAction, loadCaseState, type CaseDeps } from '@woo/cases';
import type { Case } from '@woo/db';
import type { CaseEvent, HolidayCalendar, IsoDate } from '@woo/domain';
import { domainAllows } from './domain-allows.js';

/** The lapse events due on `day`: the precisering period, and each awaited zienswijze whose period has ended. */
export async function lapsesDue(
  em: EntityManager,
  kase: Pick<Case, 'id' | 'receivedOn'>,
  day: IsoDate,
  calendar: HolidayCalendar,
): Promise<CaseEvent[]> {
  const state = await loadCaseState(em, kase, calendar);
  const candidates: CaseEvent[] = [
    { type: 'precisering_lapsed', on: day },
    ...state.pendingZienswijzen.map((pending): CaseEvent => ({
      type: 'zienswijze_lapsed',
      on: day,
      thirdPartyId: pending.thirdPartyId,
    })),
  ];
  return candidates.filter((event) => domainAllows(state, event, { calendar }));
}

/**
 * Resumes the clock of a case whose precisering or zienswijze period has lapsed, through the case service (audit
 * event, suspension rows, cached deadline), as the system. Returns the events applied; none when nothing lapsed,
 * so a second run on the same day changes nothing.
 */
export async function resumeLapsedPeriods(
  em: EntityManager,
  kase: Pick<Case, 'id' | 'receivedOn'>,
  day: IsoDate,
  calendar: HolidayCalendar,
): Promise<CaseEvent['type'][]> {
  const deps: CaseDeps = { calendar, today: () => day };
  const applied: CaseEvent['type'][] = [];
  for (const event of await lapsesDue(em, kase, day, calendar)) {
    const action =
      event.type === 'zienswijze_lapsed'
        ? { type: event.type, on: day, thirdPartyId: event.thirdPartyId }
        : { type: 'precisering_lapsed' as const, on: day };
    await applyAction(em, kase.id, action, { kind: 'system' }, deps);
    applied.push(event.type);
  }
  return applied;
}
