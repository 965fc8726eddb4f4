// The state of a case is the fold of its stored clock events: the log is the truth, the Case row a cache of it.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case } from '@woo/db';
import { CaseEvent as CaseEventRow } from '@woo/db';
import { caseEventTypes, foldCaseEvents, type CaseEvent, type CaseState, type HolidayCalendar } from '@woo/domain';
import { isDomainEventType } from './audit-event-types.js';

/** The domain event stored in a row: its type and legal date, and the event's own fields under `data.event`. */
export function eventOfRow(row: Pick<CaseEventRow, 'type' | 'occurredOn' | 'data'>): CaseEvent | null {
  if (!isDomainEventType(row.type)) return null;
  const fields = (row.data?.event ?? {}) as Record<string, unknown>;
  return { ...fields, type: row.type, on: row.occurredOn } as CaseEvent;
}

/** The fields of a domain event that go into `data.event`. */
export function storedFieldsOf(event: CaseEvent): Record<string, unknown> {
  const { type: _type, on: _on, ...fields } = event;
  return fields;
}

export async function loadCaseState(
  em: EntityManager,
  kase: Pick<Case, 'id' | 'receivedOn'>,
  calendar: HolidayCalendar,
): Promise<CaseState> {
  const rows = await em.find(
    CaseEventRow,
    { case: kase.id, type: { $in: [...caseEventTypes] } },
    { orderBy: { id: 'asc' } },
  );
  return caseStateOfRows(kase, rows, calendar);
}

/** The state from event rows already loaded in id order (rows that are not clock events are passed over). */
export function caseStateOfRows(
  kase: Pick<Case, 'receivedOn'>,
  rows: readonly Pick<CaseEventRow, 'type' | 'occurredOn' | 'data'>[],
  calendar: HolidayCalendar,
): CaseState {
  const events = rows.map(eventOfRow).filter((event): event is CaseEvent => event !== null);
  return foldCaseEvents(kase.receivedOn, events, { calendar });
}
