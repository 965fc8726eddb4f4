// What the generator inserted, and where: the ground truth the detection benchmark scores against.
import { structuredIdentifierKinds } from '@woo/domain';

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

/** Structured identifiers, as the detectors define them: the issue asks recall 100% on these (and known persons). */
export const structuredKinds: readonly TruthKind[] = structuredIdentifierKinds;

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

/**
 * A public office holder named openly ("Minister Meindertsma"): no personal data to redact, and no item, but a
 * private person on the same page may share the surname. The gate cannot tell the two apart; a reviewer records that
 * the open one is another person (bench/pipeline does, as the stand-in reviewer).
 */
export interface OfficeHolderItem {
  file: string;
  page: number;
  /** As written, office and surname: "Minister Meindertsma". */
  text: string;
  surname: string;
}

export interface DossierTruth {
  seed: number;
  /** The case's known-persons list, as DetectionContext.knownPersons. */
  knownPersons: { name: string; role: string }[];
  files: { file: string; pages: number; scannedPages: number; kind: string }[];
  items: TruthItem[];
  /** Absent in a truth.json written before they were recorded (bench-inputs.ts then makes it again). */
  officeHolders?: OfficeHolderItem[];
}

/** A run of text, an inserted piece of personal data the detector should find, or an office holder named openly. */
export type Piece = string | { text: string; kind: TruthKind } | { text: string; officeHolder: string };

export const mark = (kind: TruthKind, text: string): Piece => ({ text, kind });

/** An office holder named openly, with the surname a private person of the same page may share. */
export const officeHolder = (text: string, surname: string): Piece => ({ text, officeHolder: surname });
