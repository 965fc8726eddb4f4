// The decision, publication and download answers of the API (services/api/src/decisions, publication, requests).

export type DecisionOutcome = 'openbaar' | 'deels_openbaar' | 'niet_openbaar' | 'reeds_openbaar' | 'geen_documenten';

export interface DocumentRef {
  documentNumber: number;
  title: string;
}

export interface DecisionDraft {
  editable: boolean;
  decided: { decisionId: string; decidedOn: string; outcome: DecisionOutcome; hasLetter: boolean } | null;
  outcome: DecisionOutcome;
  documents: {
    documentNumber: number;
    title: string;
    documentDate: string | null;
    outcome: Exclude<DecisionOutcome, 'geen_documenten'> | null;
    outcomeLabel: { nl: string; en: string } | null;
    grounds: string[];
    parentNumber: number | null;
  }[];
  grounds: {
    code: string;
    label: string;
    article: string | null;
    standardText: string;
    text: string;
    edited: boolean;
  }[];
  notAssessed: DocumentRef[];
  notReady: DocumentRef[];
}

export interface PublicationBlocker {
  code: string;
  nl: string;
  en: string;
  documentNumber?: number;
  until?: string;
}

export interface PublicationState {
  ready: boolean;
  reasons: PublicationBlocker[];
  publication: { publishedAt: string | null; publishedOn: string | null; publicSlug: string } | null;
}

export interface RequesterDownloads {
  letter: boolean;
  published: boolean;
  documents: { documentNumber: number; title: string; outcomeLabel: { nl: string; en: string } }[];
}
