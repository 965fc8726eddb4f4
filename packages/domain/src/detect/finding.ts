// What a recogniser proposes: a region of one page to be redacted on one exemption ground. A person judges every
// finding before anything is redacted; `confidence` orders the review, it never decides on its own.
import type { GroundCode } from '../grounds/ground-code.js';
import type { Box } from '../text/page-text.js';

export const findingKinds = [
  'bsn',
  'email',
  'phone',
  'iban',
  'address',
  'licence_plate',
  'date_of_birth',
  'person',
  'signature',
  'special_category',
] as const;

export type FindingKind = (typeof findingKinds)[number];

/** The kinds found by their form (a checksum, a pattern): the same text is the same person's, wherever it stands. */
export const structuredIdentifierKinds: readonly FindingKind[] = [
  'bsn',
  'email',
  'phone',
  'iban',
  'address',
  'licence_plate',
  'date_of_birth',
];

export interface Finding {
  /** 1-based page number, as in PageText. */
  page: number;
  /** The text the region covers (the part on this line). */
  text: string;
  ground: GroundCode;
  kind: FindingKind;
  /** Name of the recogniser that proposed it; merged findings list every name joined by "+". */
  recogniser: string;
  /** 0–1. */
  confidence: number;
  /** Union of the words' boxes, padded a little and clamped to the page; PDF points from the top-left. */
  box: Box;
  /** Indexes into PageText.words of the words the region covers, ascending. */
  wordIndexes: number[];
  /**
   * Set on the pieces of one finding that runs over several lines (a span cut at each line break,
   * span-findings.ts): the same key on every piece, unique per span within a document. A finding on one line has
   * none, also when the next line starts with another finding of the same recogniser.
   */
  pieceOf?: string;
}
