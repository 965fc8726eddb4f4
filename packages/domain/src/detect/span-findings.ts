// Turns a span of the page's line text into findings: one per line the span touches, each with the union of its
// words' boxes, padded a little (renderers draw glyphs beyond their font-metric boxes) and clamped to the page.
import type { GroundCode } from '../grounds/ground-code.js';
import type { Box, PageText, PageWord } from '../text/page-text.js';
import type { Finding, FindingKind } from './finding.js';
import type { PageLines } from './page-lines.js';

export interface FindingLabel {
  ground: GroundCode;
  kind: FindingKind;
  recogniser: string;
  confidence: number;
}

/** Horizontal padding stays small so that a padded box does not touch the next word on the line. */
function padding(height: number): { x: number; y: number } {
  return { x: Math.max(1, 0.05 * height), y: Math.max(1, 0.15 * height) };
}

/** The union of the words' boxes, padded and clamped to the page. */
export function boxOfWords(page: PageText, wordIndexes: readonly number[]): Box {
  const words = wordIndexes.map((index) => page.words[index]).filter((w): w is PageWord => w !== undefined);
  if (words.length === 0) return [0, 0, 0, 0];
  const left = Math.min(...words.map((w) => w.x));
  const top = Math.min(...words.map((w) => w.y));
  const right = Math.max(...words.map((w) => w.x + w.width));
  const bottom = Math.max(...words.map((w) => w.y + w.height));
  const pad = padding(bottom - top);
  const x0 = Math.max(0, left - pad.x);
  const y0 = Math.max(0, top - pad.y);
  const x1 = Math.min(page.width, right + pad.x);
  const y1 = Math.min(page.height, bottom + pad.y);
  return [round(x0), round(y0), round(Math.max(0, x1 - x0)), round(Math.max(0, y1 - y0))];
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Findings for text[start, end): split at line breaks, trimmed, one finding per non-empty piece. When the span
 * leaves more than one piece, the pieces share `pieceOf`: the page, ground, recogniser and the span's offsets in the
 * page's line text, so a re-run of detection gives the same key and no other span of the document has it.
 */
export function findingsForSpan(lines: PageLines, start: number, end: number, label: FindingLabel): Finding[] {
  const findings: Finding[] = [];
  let pieceStart = start;
  for (let i = start; i <= end; i += 1) {
    if (i === end || lines.text[i] === '\n') {
      const finding = pieceFinding(lines, pieceStart, i, label);
      if (finding) findings.push(finding);
      pieceStart = i + 1;
    }
  }
  if (findings.length < 2) return findings;
  const pieceOf = `${lines.page.page}:${label.ground}:${label.recogniser}:${start}-${end}`;
  return findings.map((finding) => ({ ...finding, pieceOf }));
}

function pieceFinding(lines: PageLines, start: number, end: number, label: FindingLabel): Finding | undefined {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(lines.text[s] ?? '')) s += 1;
  while (e > s && /\s/.test(lines.text[e - 1] ?? '')) e -= 1;
  if (s >= e) return undefined;
  const indexes = new Set<number>();
  for (let i = s; i < e; i += 1) {
    const owner = lines.charWord[i] ?? -1;
    if (owner >= 0) indexes.add(owner);
  }
  if (indexes.size === 0) return undefined;
  const wordIndexes = [...indexes].sort((a, b) => a - b);
  return {
    page: lines.page.page,
    text: lines.text.slice(s, e),
    ground: label.ground,
    kind: label.kind,
    recogniser: label.recogniser,
    confidence: label.confidence,
    box: boxOfWords(lines.page, wordIndexes),
    wordIndexes,
  };
}

export interface ScoredSpan {
  start: number;
  end: number;
  confidence: number;
}

/** Joins overlapping spans (one name found by two rules), keeping the highest confidence. */
export function mergeOverlappingSpans(spans: readonly ScoredSpan[]): ScoredSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: ScoredSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.confidence = Math.max(last.confidence, span.confidence);
    } else merged.push({ ...span });
  }
  return merged;
}
