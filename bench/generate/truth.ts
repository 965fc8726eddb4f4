// What the generator inserted, and where: the ground truth the detection benchmark scores against.

export const truthKinds = [
  'bsn',
  'email',
  'phone',
  'iban',
  'address',
  'licence_plate',
  'date_of_birth',
  'known_person',
  'person',
  'signature',
  'special_category',
] as const;

export type TruthKind = (typeof truthKinds)[number];

/** Structured identifiers: the issue asks recall 100% on these (and on known persons). */
export const structuredKinds: readonly TruthKind[] = [
  'bsn',
  'email',
  'phone',
  'iban',
  'address',
  'licence_plate',
  'date_of_birth',
];

export type TruthGround = '5.1.1e' | '5.1.2e' | '5.1.1d';

export function groundOf(kind: TruthKind): TruthGround {
  if (kind === 'bsn') return '5.1.1e';
  if (kind === 'special_category') return '5.1.1d';
  return '5.1.2e';
}

export interface TruthItem {
  /** Path relative to the dossier folder; an e-mail attachment is "<mail>.eml/<attachment name>". */
  file: string;
  /** 1-based page of that file (an .eml's message body is page 1). */
  page: number;
  /** The inserted text exactly as written. */
  text: string;
  kind: TruthKind;
  ground: TruthGround;
  /** Whether the page is a scan (its text reaches the detector through OCR). */
  scanned: boolean;
}

export interface DossierTruth {
  seed: number;
  /** The case's known-persons list, as DetectionContext.knownPersons. */
  knownPersons: { name: string; role: string }[];
  files: { file: string; pages: number; scannedPages: number; kind: string }[];
  items: TruthItem[];
}

/** A run of text, or an inserted piece of personal data the detector should find. */
export type Piece = string | { text: string; kind: TruthKind };

export const mark = (kind: TruthKind, text: string): Piece => ({ text, kind });
