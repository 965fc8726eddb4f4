// The case timeline as lines a person can read. The review writes an audit event for every decision on a region:
// a case with 200 pages gives hundreds. Consecutive decisions on the regions of one document, by the same person on
// the same day, become one line with counts ("Lakkingen beoordeeld in document 2: 12 geaccepteerd, 3 afgewezen");
// consecutive document events of one kind (a rule applied to every document, several documents submitted) become one
// line naming the documents. Every other event stays a line of its own.
import type { AuditEvent } from '../api/api-types';
import type { MessageKey } from '../i18n/messages';

/** The review's decisions on single regions (packages/documents/src/review/review-event-types.ts). */
export const regionEventTypes = [
  'document.region_accepted',
  'document.region_rejected',
  'document.region_changed',
  'document.region_added',
  'document.region_deleted',
  'document.region_namesake_set',
  'document.region_namesake_cleared',
] as const;

export type RegionEventType = (typeof regionEventTypes)[number];

const isRegionEvent = (type: string): type is RegionEventType => (regionEventTypes as readonly string[]).includes(type);

/** The audit events the API names 'case.*' have their label under a short key. */
const auditKeys: Record<string, MessageKey> = {
  'case.received': 'event.received',
  'case.note': 'event.note',
  'case.assigned': 'event.assigned',
};

/** The label of an event type: `event.<type>`, or the short key of an audit event. */
export function eventLabelKey(type: string): MessageKey {
  return auditKeys[type] ?? (`event.${type}` as MessageKey);
}

/** The count in a line of region decisions, e.g. "12 geaccepteerd". */
export function regionCountKey(type: RegionEventType): MessageKey {
  return `timeline.count.${type}` as MessageKey;
}

export interface TimelineLine {
  /** The id of the line's first event. */
  id: number;
  kind: 'regions' | 'documents' | 'single';
  /** The event type; 'regions' lines hold several. */
  type: string;
  occurredOn: string;
  actor: AuditEvent['actor'];
  reason: string | null;
  /** The documents the line is about, in order of appearance. */
  documentIds: string[];
  /** Per region event type, how many (for 'regions' lines). */
  counts: Partial<Record<RegionEventType, number>>;
  events: AuditEvent[];
}

const documentIdOf = (event: AuditEvent): string | null =>
  typeof event.data.documentId === 'string' ? event.data.documentId : null;

const sameHands = (line: TimelineLine, event: AuditEvent) =>
  line.occurredOn === event.occurredOn &&
  line.actor.kind === event.actor.kind &&
  line.actor.userId === event.actor.userId &&
  line.reason === null &&
  event.reason === null;

/** The lines in the order of the events (oldest first, as the API gives them). */
export function timelineLines(events: readonly AuditEvent[]): TimelineLine[] {
  const lines: TimelineLine[] = [];
  for (const event of events) {
    const last = lines[lines.length - 1];
    const documentId = documentIdOf(event);
    if (isRegionEvent(event.type) && documentId) {
      if (last?.kind === 'regions' && last.documentIds[0] === documentId && sameHands(last, event)) {
        last.counts[event.type] = (last.counts[event.type] ?? 0) + 1;
        last.events.push(event);
        continue;
      }
      lines.push({ ...lineOf(event, 'regions', [documentId]), counts: { [event.type]: 1 } });
      continue;
    }
    if (event.type.startsWith('document.') && documentId) {
      if (last?.kind === 'documents' && last.type === event.type && sameHands(last, event)) {
        if (!last.documentIds.includes(documentId)) last.documentIds.push(documentId);
        last.events.push(event);
        continue;
      }
      lines.push(lineOf(event, 'documents', [documentId]));
      continue;
    }
    lines.push(lineOf(event, 'single', []));
  }
  return lines;
}

function lineOf(event: AuditEvent, kind: TimelineLine['kind'], documentIds: string[]): TimelineLine {
  return {
    id: event.id,
    kind,
    type: event.type,
    occurredOn: event.occurredOn,
    actor: event.actor,
    reason: event.reason,
    documentIds,
    counts: {},
    events: [event],
  };
}
