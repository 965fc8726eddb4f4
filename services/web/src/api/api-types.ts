// The shapes the JSON API answers with (services/api, GET /api/v1/openapi.json). Only what the pages read.

export interface Bilingual {
  nl: string;
  en: string;
}

/** One step of a date's explanation ("received 2 March; +28 days = 30 March"). */
export interface ExplanationStep {
  code: string;
  date: string;
  days?: number;
  nl: string;
  en: string;
}

export interface Organisation {
  slug: string;
  name: string;
}

export interface IntakeResult {
  trackingCode: string;
  statusUrl: string;
  reference: string;
  receivedOn: string;
  deadline: string;
  deadlineExplanation: ExplanationStep[];
}

export type RequesterAction = 'precisering' | 'consent-to-delay' | 'withdraw';

export interface RequesterStatus {
  reference: string;
  organisation: { name: string };
  receivedOn: string;
  status: string;
  statusText: { title: Bilingual; body: Bilingual };
  deadline: {
    date: string;
    running: boolean;
    suspended: boolean;
    extended: boolean;
    explanation: ExplanationStep[];
  };
  expected: { code: string; before: string | null; text: Bilingual }[];
  timeline: { on: string; type: string; text: Bilingual }[];
  possibleActions: RequesterAction[];
}

export type UserRole = 'coordinator' | 'reviewer' | 'admin';

export interface StaffUser {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  organisationId: string;
}

export type TrafficLight = 'overdue' | 'first_contact_overdue' | 'due_soon' | 'on_track' | 'none';

export interface CaseSummary {
  id: string;
  reference: string;
  status: string;
  statusLabel: Bilingual;
  channel: 'web' | 'email' | 'letter' | 'phone';
  receivedOn: string;
  deadline: string;
  firstContactDue: string;
  extended: boolean;
  overdue: boolean;
  requesterName: string;
  assignedTo: { id: string; displayName: string } | null;
}

export interface CaseListItem extends CaseSummary {
  firstContactOverdue: boolean;
  dueSoon: boolean;
  trafficLight: TrafficLight;
}

export interface CaseList {
  cases: CaseListItem[];
  total: number;
  counts: { open: number; assignedToMe: number; overdue: number; firstContactOverdue: number; dueSoon: number };
}

export interface CaseDetail extends CaseSummary {
  question: string;
  requestedPeriod: string | null;
  subjects: string[];
  preferredForm: string;
  requester: {
    name: string;
    email: string | null;
    phone: string | null;
    postalAddress: string | null;
    consentToPhone: boolean;
  };
  clock: {
    deadline: string;
    firstTermEnd: string;
    suspendedDays: number;
    suspended: boolean;
    extended: boolean;
    running: boolean;
    steps: ExplanationStep[];
    decidedOn?: string;
    decidedOnTime?: boolean;
    appealPossibleFrom?: string;
    courtOrderDecideBy?: string;
    disclosureHoldUntil?: string;
  };
  firstContact: { due: string; steps: ExplanationStep[]; contactedOn: string | null; overdue: boolean };
  allowedActions: { type: string; label: Bilingual }[];
  contactMoments: {
    id: string;
    occurredOn: string;
    channel: string;
    contactedBy: string;
    contactPerson: string;
    agreedScope: {
      subjects: string[];
      period: string | null;
      documentTypes: string[];
      custodians: string[];
      notes: string | null;
    };
    outcome: string;
    writtenConsentToDelay: boolean;
  }[];
  thirdParties: {
    id: string;
    name: string;
    email: string | null;
    zienswijzeAskedOn: string;
    periodEndsOn: string;
    viewReceivedOn: string | null;
    objected: boolean | null;
  }[];
  suspensions: { reason: string; fromDate: string; resumeDate: string | null; thirdPartyId: string | null }[];
  decisions: { sequence: number; decidedOn: string; outcome: string; disclosureHoldUntil: string | null }[];
}

export interface AuditEvent {
  id: number;
  type: string;
  occurredOn: string;
  recordedAt: string;
  actor: { kind: string; userId: string | null; role: UserRole | null };
  reason: string | null;
  data: Record<string, unknown>;
  isPublic: boolean;
}

export interface RegisteredCase {
  case: CaseDetail;
  trackingCode: string;
  statusUrl: string;
}
