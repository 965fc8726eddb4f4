// The requester's view of a case, found by the hash of the tracking code. Only public events, fixed texts, and the
// requester's own deadline; nothing about third parties or the coordinator's notes.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityName, EntityProperty } from '@mikro-orm/core';
import { hashTrackingCode, caseStateOfRows, looksLikeTrackingCode, type CaseDeps } from '@woo/cases';
import { Case, CaseEvent, Organisation, runStatement } from '@woo/db';
import {
  allowedEvents,
  caseDeadline,
  DomainError,
  formatLongDate,
  openStatuses,
  statusTexts,
  type CaseState,
  type IsoDate,
} from '@woo/domain';
import type { RequesterStatus, requesterActions } from './requester-status.schemas.js';
import { timelineText } from './timeline-texts.js';

export function requestNotFound(): DomainError {
  return new DomainError('request.not_found', {
    nl: 'We kunnen geen verzoek vinden met deze code. Kijk de code na in de bevestiging die u kreeg.',
    en: 'We cannot find a request with this code. Please check the code in the confirmation you received.',
  });
}

/** A hash lookup: the code itself is never compared, stored or logged. */
export async function findCaseByTrackingCode(em: EntityManager, trackingCode: string): Promise<Case | null> {
  if (!looksLikeTrackingCode(trackingCode)) return null;
  return em.findOne(Case, { trackingCodeHash: hashTrackingCode(trackingCode) }, { populate: ['organisation'] });
}

/** What the requester's page is made of: the case's public facts, its organisation's name and its whole log. */
export interface RequesterView {
  caseId: string;
  reference: string;
  receivedOn: IsoDate;
  organisationName: string;
  /** Every event row in id order: the clock folds the clock events, the timeline shows the public ones. */
  rows: { type: string; occurredOn: IsoDate; data: Record<string, unknown>; isPublic: boolean }[];
}

/** The view's query; table and column names from the entities' metadata (built once per metadata). */
const viewQueries = new WeakMap<object, { byTrackingCodeHash: string; byCaseId: string }>();

function viewQueriesOf(em: EntityManager) {
  const metadata = em.getMetadata();
  let queries = viewQueries.get(metadata);
  if (!queries) {
    const platform = em.getPlatform();
    const table = (entity: EntityName<object>) => platform.quoteIdentifier(metadata.find(entity)!.tableName);
    const column = <T extends object>(entity: EntityName<T>, property: keyof T & string) => {
      const prop = (metadata.find(entity)?.properties as Record<string, EntityProperty | undefined> | undefined)?.[
        property
      ];
      if (!prop || prop.fieldNames.length !== 1) throw new Error(`requester view: no column for ${property}`);
      return platform.quoteIdentifier(prop.fieldNames[0]!);
    };
    const select = `select c.${column(Case, 'id')} as id, c.${column(Case, 'reference')} as reference,
        c.${column(Case, 'receivedOn')}::text as received_on, o.${column(Organisation, 'name')} as organisation_name,
        coalesce((select json_agg(json_build_object('type', e.${column(CaseEvent, 'type')},
                   'occurredOn', e.${column(CaseEvent, 'occurredOn')}, 'data', e.${column(CaseEvent, 'data')},
                   'isPublic', e.${column(CaseEvent, 'isPublic')}) order by e.${column(CaseEvent, 'id')})
                  from ${table(CaseEvent)} e where e.${column(CaseEvent, 'case')} = c.${column(Case, 'id')}), '[]') as events
      from ${table(Case)} c join ${table(Organisation)} o on o.${column(Organisation, 'id')} = c.${column(Case, 'organisation')}`;
    queries = {
      byTrackingCodeHash: `${select} where c.${column(Case, 'trackingCodeHash')} = $1`,
      byCaseId: `${select} where c.${column(Case, 'id')} = $1`,
    };
    viewQueries.set(metadata, queries);
  }
  return queries;
}

/**
 * The requester's view of one case, by tracking code (a hash lookup, as findCaseByTrackingCode) or by case id, in ONE
 * query: no entities, nothing for a unit of work to track.
 */
export async function findRequesterView(
  em: EntityManager,
  by: { trackingCode: string } | { caseId: string },
): Promise<RequesterView | null> {
  const queries = viewQueriesOf(em);
  let sql: string;
  let param: string;
  if ('trackingCode' in by) {
    if (!looksLikeTrackingCode(by.trackingCode)) return null;
    [sql, param] = [queries.byTrackingCodeHash, hashTrackingCode(by.trackingCode)];
  } else {
    [sql, param] = [queries.byCaseId, by.caseId];
  }
  // A prepared statement: the requester's page is read far more often than anything else.
  const [row] = await runStatement<{
    id: string;
    reference: string;
    received_on: string;
    organisation_name: string;
    events: RequesterView['rows'];
  }>(em, sql, [param]);
  if (!row) return null;
  return {
    caseId: row.id,
    reference: row.reference,
    receivedOn: row.received_on,
    organisationName: row.organisation_name,
    rows: row.events,
  };
}

function expectedOfRequester(state: CaseState): RequesterStatus['expected'] {
  if (state.status !== 'awaiting_precisering') return [];
  const before = state.preciseringPeriodEnd ?? null;
  return [
    {
      code: 'precisering',
      before,
      text: before
        ? {
            nl: `Maak uw verzoek preciezer. Stuur uw antwoord uiterlijk op ${formatLongDate(before, 'nl')}.`,
            en: `Please make your request more precise. Send your answer by ${formatLongDate(before, 'en')} at the latest.`,
          }
        : {
            nl: 'Maak uw verzoek preciezer. Stuur ons uw antwoord zo snel mogelijk.',
            en: 'Please make your request more precise. Send us your answer as soon as possible.',
          },
    },
  ];
}

function possibleActions(state: CaseState, deps: CaseDeps): (typeof requesterActions)[number][] {
  const allowed = allowedEvents(state, { calendar: deps.calendar, today: deps.today() });
  const actions: (typeof requesterActions)[number][] = [];
  if (allowed.includes('precisering_received')) actions.push('precisering');
  if (allowed.includes('consent_to_delay_given')) actions.push('consent-to-delay');
  if ((openStatuses as readonly string[]).includes(state.status) && allowed.includes('withdrawn')) {
    actions.push('withdraw');
  }
  return actions;
}

/** The requester's page of a view: plain-language status, the deadline with its explanation, the public timeline. */
export function requesterStatusOf(view: RequesterView, deps: CaseDeps): RequesterStatus {
  // One read of the log serves both the clock (its clock events) and the timeline (its public events).
  const state = caseStateOfRows(view, view.rows, deps.calendar);
  const events = view.rows.filter((row) => row.isPublic);
  const deadline = caseDeadline(state, { calendar: deps.calendar, today: deps.today() });
  const text = statusTexts[state.status];
  return {
    reference: view.reference,
    organisation: { name: view.organisationName },
    receivedOn: view.receivedOn,
    status: state.status,
    statusText: { title: text.title, body: text.body },
    deadline: {
      date: deadline.deadline,
      running: deadline.running,
      suspended: deadline.suspended,
      extended: deadline.extended,
      explanation: deadline.steps,
    },
    expected: expectedOfRequester(state),
    timeline: events.map((event) => ({ on: event.occurredOn, type: event.type, text: timelineText(event.type) })),
    possibleActions: possibleActions(state, deps),
  };
}
