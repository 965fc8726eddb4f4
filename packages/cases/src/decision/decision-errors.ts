// The refusals of the decision letter and the publication, coded and in both languages; the edge maps the codes.
import { DomainError, formatLongDate, type IsoDate } from '@woo/domain';

export interface DocumentRef {
  documentNumber: number;
  title: string;
}

const named = (document: DocumentRef) => `document ${document.documentNumber} '${document.title}'`;

export function draftFixed(): DomainError {
  return new DomainError('decision.draft_fixed', {
    nl: 'Het besluit is al genomen. De brief kan niet meer worden gewijzigd.',
    en: 'The decision has been taken. The letter can no longer be changed.',
  });
}

export function groundNotUsed(code: string): DomainError {
  return new DomainError(
    'decision.ground_not_used',
    {
      nl: `Uitzonderingsgrond ${code} wordt in dit besluit niet gebruikt. Alleen gebruikte gronden krijgen een motivering.`,
      en: `Exemption ground ${code} is not used in this decision. Only grounds in use get a motivation.`,
    },
    { ground: code },
  );
}

export function documentsNotAssessed(documents: DocumentRef[]): DomainError {
  const list = documents.map(named).join(', ');
  return new DomainError(
    'decision.documents_not_assessed',
    {
      nl: `Nog niet beoordeeld: ${list}. Kies eerst per document of het openbaar wordt.`,
      en: `Not yet assessed: ${list}. First choose for each document whether it is disclosed.`,
    },
    { documentNumbers: documents.map((d) => d.documentNumber) },
  );
}

export function documentsNotReady(documents: DocumentRef[]): DomainError {
  const list = documents.map(named).join(', ');
  return new DomainError(
    'decision.documents_not_ready',
    {
      nl: `Nog niet verwerkt of mislukt: ${list}. Een besluit kan pas als alle documenten verwerkt zijn.`,
      en: `Not processed yet, or failed: ${list}. A decision needs every document processed.`,
    },
    { documentNumbers: documents.map((d) => d.documentNumber) },
  );
}

export function letterNotFound(): DomainError {
  return new DomainError('decision.letter.not_found', {
    nl: 'Er is (nog) geen besluit om te downloaden.',
    en: 'There is no decision to download (yet).',
  });
}

/** Every reason publication can be blocked for; the API's schema lists the same. */
export const publicationBlockerCodes = [
  'no_decision',
  'no_letter',
  'review_not_finished',
  'not_redacted',
  'leak_gate_failed',
  'leak_gate_pending',
  'disclosure_hold',
  'already_published',
  'status',
] as const;

/** One reason why publication is blocked, shown to the coordinator. */
export interface PublicationBlocker {
  code: (typeof publicationBlockerCodes)[number];
  nl: string;
  en: string;
  documentNumber?: number;
  until?: IsoDate;
}

export const blockers = {
  noDecision: (): PublicationBlocker => ({
    code: 'no_decision',
    nl: 'Er is nog geen besluit.',
    en: 'There is no decision yet.',
  }),
  noLetter: (): PublicationBlocker => ({
    code: 'no_letter',
    nl: 'Het besluit heeft geen besluitbrief. Neem het besluit met de brief, bij "Besluit".',
    en: 'The decision has no decision letter. Take the decision with its letter, under "Decision".',
  }),
  alreadyPublished: (): PublicationBlocker => ({
    code: 'already_published',
    nl: 'Dit besluit is al gepubliceerd.',
    en: 'This decision has already been published.',
  }),
  status: (statusNl: string, statusEn: string): PublicationBlocker => ({
    code: 'status',
    nl: `Publiceren kan niet in de status "${statusNl}".`,
    en: `Publishing is not possible in the status "${statusEn}".`,
  }),
  reviewNotFinished: (document: DocumentRef): PublicationBlocker => ({
    code: 'review_not_finished',
    nl: `Beoordeling niet af: ${named(document)}.`,
    en: `Review not finished: ${named(document)}.`,
    documentNumber: document.documentNumber,
  }),
  notRedacted: (document: DocumentRef): PublicationBlocker => ({
    code: 'not_redacted',
    nl: `Openbare versie niet bijgewerkt na de laatste wijziging: ${named(document)}.`,
    en: `Public version not updated after the last change: ${named(document)}.`,
    documentNumber: document.documentNumber,
  }),
  leakGatePending: (document: DocumentRef): PublicationBlocker => ({
    code: 'leak_gate_pending',
    nl: `Lektoets nog niet gedaan op ${named(document)}.`,
    en: `Leak gate not yet run on ${named(document)}.`,
    documentNumber: document.documentNumber,
  }),
  leakGateFailed: (document: DocumentRef): PublicationBlocker => ({
    code: 'leak_gate_failed',
    nl: `Lektoets mislukt op ${named(document)}.`,
    en: `Leak gate failed on ${named(document)}.`,
    documentNumber: document.documentNumber,
  }),
  disclosureHold: (until: IsoDate): PublicationBlocker => ({
    code: 'disclosure_hold',
    nl: `Openbaarmaking opgeschort tot ${formatLongDate(until, 'nl')}.`,
    en: `Disclosure on hold until ${formatLongDate(until, 'en')}.`,
    until,
  }),
};

export function publicationBlocked(reasons: PublicationBlocker[]): DomainError {
  return new DomainError(
    'publication.blocked',
    {
      nl: `Publiceren kan nog niet. ${reasons.map((r) => r.nl).join(' ')}`,
      en: `Cannot publish yet. ${reasons.map((r) => r.en).join(' ')}`,
    },
    { reasons },
  );
}
