// What the letter renderer lays out: a letterhead, the addressee, a few facts (date, reference), a title, blocks of
// headings, paragraphs and tables, and a signature. The content (what a besluit says) is made elsewhere; this only
// knows about pages, lines and columns.
import type { LetterPlace } from './letter-text.js';

export interface LetterTableColumn {
  header: string;
  /** Share of the text width, e.g. 0.1; the shares of a table add up to 1. */
  width: number;
}

export type LetterBlock =
  | { kind: 'heading'; text: string }
  /** `source` names the paragraph in an error about a character that cannot be printed. */
  | { kind: 'paragraph'; text: string; source?: LetterPlace }
  | { kind: 'table'; columns: LetterTableColumn[]; rows: string[][] };

export interface LetterLayout {
  letterhead: { name: string; addressLines: string[] };
  /** The addressee's lines (name, address). */
  addressee: string[];
  /** Label and value pairs under the address, e.g. ['Datum', '8 april 2026']. */
  facts: [string, string][];
  title: string;
  blocks: LetterBlock[];
  signature: { closing: string; lines: string[] };
  /** Printed diagonally on every page (e.g. 'CONCEPT' on a preview); absent on the final letter. */
  watermark?: string;
  /** Printed at the foot of every page before the page number, e.g. the case reference. */
  footer: string;
  /** 'Pagina {page} van {pages}'. */
  pageLabel: (page: number, pages: number) => string;
  /** Document title in the PDF's metadata (no personal data). */
  documentTitle: string;
}
