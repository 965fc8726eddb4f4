// Finds the signature blocks of e-mails and letters: the lines after a closing ("Met vriendelijke groet",
// "Hoogachtend", "Kind regards") up to a blank gap, a new e-mail header or a disclaimer. One blank gap right after
// the closing is allowed (the space left for a signature). Shared by the signature and person recognisers.
import type { PageLines, TextLine } from './page-lines.js';

export interface SignatureBlock {
  /** Offset in the page text just after the closing phrase (and its comma). */
  afterClosing: number;
  /** The lines of the block; the first may be the rest of the closing's own line. */
  lines: { start: number; end: number }[];
}

const CLOSING =
  /(?<!\p{L})(?:met (?:vriendelijke|hartelijke|collegiale) groet(?:en)?|(?:vriendelijke|hartelijke) groet(?:en)?|met groet|hoogachtend|mvg|groetjes|groeten|groet|kind regards|best regards|warm regards|regards|yours sincerely|sincerely)(?!\p{L})[ ]*,?/gu;
const STOP =
  /^(?:van|aan|from|to|cc|verzonden|sent|onderwerp|subject|datum|date)\s*:|^-{2,}|^_{3,}|^disclaimer|^dit (?:e-?mail)?bericht|^this (?:e-?mail|message)|^aan dit bericht|^op .* schreef/u;
const MAX_LINES = 7;
const MAX_LINE_LENGTH = 70;

function lineAt(lines: PageLines, offset: number): number {
  return lines.lines.findIndex((line) => offset >= line.start && offset <= line.end);
}

export function findSignatureBlocks(lines: PageLines): SignatureBlock[] {
  const blocks: SignatureBlock[] = [];
  CLOSING.lastIndex = 0;
  for (let match = CLOSING.exec(lines.folded); match !== null; match = CLOSING.exec(lines.folded)) {
    const lineIndex = lineAt(lines, match.index);
    const line = lines.lines[lineIndex];
    if (!line) continue;
    // The closing must start its line (a phrase inside a sentence is no closing).
    if (lines.folded.slice(line.start, match.index).trim() !== '') continue;
    const afterClosing = match.index + match[0].length;
    const rest = lines.text.slice(afterClosing, line.end).trim();
    // "Groeten uit Utrecht, …" is a sentence: after the closing only a short name may follow on the same line.
    if (rest.length > 40 || /[.!?]$/.test(rest)) continue;
    if (rest !== '' && !match[0].trimEnd().endsWith(',')) continue;
    const block: SignatureBlock = { afterClosing, lines: [] };
    if (rest !== '') block.lines.push({ start: line.end - rest.length, end: line.end });
    let allowGap = block.lines.length === 0;
    const scanned = lines.page.source === 'ocr';
    let afterDebris = false;
    for (let k = lineIndex + 1; k < lines.lines.length && block.lines.length < MAX_LINES; k += 1) {
      const next = lines.lines[k] as TextLine;
      const text = lines.folded.slice(next.start, next.end).trim();
      // On a scan, lines of debris ("|", "_", ":") stand between the lines of a signature, with gaps around them:
      // they are skipped, and a gap next to one does not end the block.
      if (scanned && !/[\p{L}\d]{2}/u.test(text)) {
        if (next.gapBefore && !allowGap && !afterDebris) break;
        afterDebris = true;
        continue;
      }
      if (next.gapBefore && !allowGap && !afterDebris) break;
      afterDebris = false;
      // "burgemeester en wethouders van Utrecht," / "namens dezen,": the closing goes on; the space for the
      // signature may still follow.
      allowGap = text.endsWith(',') && (allowGap || block.lines.every((line) => lines.text[line.end - 1] === ','));
      if (STOP.test(text) || text.length > MAX_LINE_LENGTH) break;
      block.lines.push({ start: next.start, end: next.end });
    }
    if (block.lines.length > 0) blocks.push(block);
    CLOSING.lastIndex = Math.max(CLOSING.lastIndex, (block.lines.at(-1)?.end ?? afterClosing) + 1);
  }
  return blocks;
}
