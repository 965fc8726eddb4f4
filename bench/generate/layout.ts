// Lays blocks of text out on A4 pages (Helvetica, as pdf-lib's standard fonts measure it) and records on which page
// each inserted piece landed. A block is never split across pages, so an inserted piece has exactly one page.
import type { Piece, TruthKind } from './truth.js';

export type Block =
  | { type: 'lines'; lines: Piece[][]; size?: number; bold?: boolean; gapAfter?: number }
  | { type: 'paragraph'; pieces: Piece[]; size?: number; gapAfter?: number }
  | { type: 'pageBreak' };

export interface LaidOutLine {
  text: string;
  x: number;
  /** Baseline, points from the top of the page. */
  baseline: number;
  size: number;
  bold: boolean;
}

export interface LaidOutPage {
  lines: LaidOutLine[];
  inserted: { text: string; kind: TruthKind }[];
  /** Office holders named openly on the page ("Minister Meindertsma"), with their surname. */
  officeHolders: { text: string; surname: string }[];
}

export type Measure = (text: string, size: number, bold: boolean) => number;

export const PAGE_WIDTH = 595;
export const PAGE_HEIGHT = 842;
const MARGIN_X = 70;
const MARGIN_TOP = 64;
const MARGIN_BOTTOM = 60;
const BODY_SIZE = 10.5;
const LEADING = 1.38;

const textOf = (pieces: readonly Piece[]) =>
  pieces.map((piece) => (typeof piece === 'string' ? piece : piece.text)).join('');
const insertedOf = (pieces: readonly Piece[]) =>
  pieces.flatMap((piece) =>
    typeof piece !== 'string' && 'kind' in piece ? [{ text: piece.text, kind: piece.kind }] : [],
  );
const officeHoldersOf = (pieces: readonly Piece[]) =>
  pieces.flatMap((piece) =>
    typeof piece !== 'string' && 'officeHolder' in piece ? [{ text: piece.text, surname: piece.officeHolder }] : [],
  );

function wrap(text: string, size: number, measure: Measure): string[] {
  const width = PAGE_WIDTH - 2 * MARGIN_X;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && measure(candidate, size, false) > width) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export function layOut(blocks: readonly Block[], measure: Measure): LaidOutPage[] {
  const pages: LaidOutPage[] = [{ lines: [], inserted: [], officeHolders: [] }];
  let y = MARGIN_TOP;
  const current = () => pages[pages.length - 1] as LaidOutPage;
  const newPage = () => {
    pages.push({ lines: [], inserted: [], officeHolders: [] });
    y = MARGIN_TOP;
  };
  for (const block of blocks) {
    if (block.type === 'pageBreak') {
      if (current().lines.length > 0) newPage();
      continue;
    }
    const size = block.size ?? BODY_SIZE;
    const bold = block.type === 'lines' && block.bold === true;
    const texts =
      block.type === 'lines' ? block.lines.map((line) => textOf(line)) : wrap(textOf(block.pieces), size, measure);
    const height = texts.length * size * LEADING;
    if (y + height > PAGE_HEIGHT - MARGIN_BOTTOM && current().lines.length > 0) newPage();
    for (const text of texts) {
      y += size * LEADING;
      if (text.trim() !== '') current().lines.push({ text, x: MARGIN_X, baseline: y, size, bold });
    }
    current().inserted.push(...(block.type === 'lines' ? block.lines.flatMap(insertedOf) : insertedOf(block.pieces)));
    current().officeHolders.push(
      ...(block.type === 'lines' ? block.lines.flatMap(officeHoldersOf) : officeHoldersOf(block.pieces)),
    );
    y += block.gapAfter ?? size * 0.8;
  }
  return pages.filter((page) => page.lines.length > 0);
}

/** The page's text as a reader sees it, line by line: the ground truth for OCR. */
export function pageText(page: LaidOutPage): string {
  return page.lines.map((line) => line.text).join('\n');
}

/** The blocks as plain text (paragraphs unwrapped, a blank line between blocks): an e-mail body. */
export function plainText(blocks: readonly Block[]): string {
  return blocks
    .flatMap((block) => {
      if (block.type === 'pageBreak') return [];
      if (block.type === 'lines') return [block.lines.map((line) => textOf(line)).join('\n')];
      return [textOf(block.pieces)];
    })
    .join('\n\n');
}
