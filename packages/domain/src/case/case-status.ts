// The statuses of a Woo request (DESIGN §3). English identifiers; the Dutch words are the ones coordinators use.

/** The main line, in the order a case normally moves through it. */
export const mainLineStatuses = [
  'received',
  'informal_contact',
  'awaiting_precisering',
  'collecting_documents',
  'assessing',
  'awaiting_zienswijzen',
  'decision_drafted',
  'in_review',
  'decided',
  'disclosure_hold',
  'published',
  'closed',
] as const;

/** Ways a case leaves the main line for good. */
export const sideExitStatuses = ['withdrawn', 'forwarded', 'not_handled', 'resolved_informally'] as const;

export const caseStatuses = [...mainLineStatuses, ...sideExitStatuses] as const;

export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses before the decision: the decision term runs (or is suspended) in each of them. */
export const openStatuses = [
  'received',
  'informal_contact',
  'awaiting_precisering',
  'collecting_documents',
  'assessing',
  'awaiting_zienswijzen',
  'decision_drafted',
  'in_review',
] as const satisfies readonly CaseStatus[];

/** Statuses that accept no further event. */
export const finalStatuses = ['closed', ...sideExitStatuses] as const satisfies readonly CaseStatus[];

/** Coordinator-facing names, as in the glossary. Requester-facing texts are in status-texts.ts. */
export const statusLabels: Record<CaseStatus, { nl: string; en: string }> = {
  received: { nl: 'Ontvangen', en: 'Received' },
  informal_contact: { nl: 'Informeel contact gehad', en: 'Informal contact made' },
  awaiting_precisering: { nl: 'Wacht op precisering', en: 'Awaiting precisering' },
  collecting_documents: { nl: 'Documenten verzamelen', en: 'Collecting documents' },
  assessing: { nl: 'Beoordelen', en: 'Assessing' },
  awaiting_zienswijzen: { nl: 'Wacht op zienswijzen', en: 'Awaiting zienswijzen (third-party views)' },
  decision_drafted: { nl: 'Conceptbesluit', en: 'Decision drafted' },
  in_review: { nl: 'In toetsing', en: 'In review' },
  decided: { nl: 'Besloten', en: 'Decided' },
  disclosure_hold: { nl: 'Openbaarmaking opgeschort', en: 'Disclosure on hold' },
  published: { nl: 'Gepubliceerd', en: 'Published' },
  closed: { nl: 'Afgesloten', en: 'Closed' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
  forwarded: { nl: 'Doorgestuurd', en: 'Forwarded' },
  not_handled: { nl: 'Niet in behandeling genomen', en: 'Not handled' },
  resolved_informally: { nl: 'Informeel afgehandeld', en: 'Resolved informally' },
};
