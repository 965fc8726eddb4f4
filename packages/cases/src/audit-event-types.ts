// The `type` of CaseEvent rows. Clock and status events use the domain's event names as they are (the fold replays
// exactly those); the others are audit entries that change no date.
import { caseEventTypes, type CaseEventType } from '@woo/domain';

export const auditEventTypes = {
  received: 'case.received',
  note: 'case.note',
  assigned: 'case.assigned',
} as const;

export function isDomainEventType(type: string): type is CaseEventType {
  return (caseEventTypes as readonly string[]).includes(type);
}

/**
 * Events the requester sees on the status page. Internal steps (drafting, review, notes, assignment) are not shown;
 * what the public timeline says about an event comes from fixed texts, never from the event's data.
 */
const publicTypes: ReadonlySet<string> = new Set<string>([
  auditEventTypes.received,
  'contact_logged',
  'precisering_asked',
  'precisering_received',
  'precisering_lapsed',
  'consent_to_delay_given',
  'consent_to_delay_ended',
  'documents_collected',
  'zienswijze_asked',
  'zienswijze_received',
  'zienswijze_lapsed',
  'extension',
  'notice_of_default_received',
  'court_order',
  'forwarded',
  'not_handled',
  'withdrawn',
  'decided',
  'disclosure_hold_ended',
  'published',
  'closed',
] satisfies (CaseEventType | string)[]);

export function isPublicEventType(type: string): boolean {
  return publicTypes.has(type);
}
