// Joins findings of the same page and ground that cover a common word (an e-mail address found by the e-mail and the
// signature recogniser; a name found by the lexicon and the known-persons list), so a reviewer judges each region
// once. Findings of different grounds are never merged: each ground is decided, printed and counted on its own.
// A merged finding stays a piece of the finding over several lines its parts were pieces of (`pieceOf`); when parts
// of two such findings merge, they are one finding, and all their pieces get one key.
import type { PageText } from '../text/page-text.js';
import type { Finding } from './finding.js';
import { boxOfWords } from './span-findings.js';

function sharesWord(a: Finding, b: Finding): boolean {
  const words = new Set(a.wordIndexes);
  return b.wordIndexes.some((index) => words.has(index));
}

function mergeTwo(a: Finding, b: Finding, page: PageText | undefined): Finding {
  const wordIndexes = [...new Set([...a.wordIndexes, ...b.wordIndexes])].sort((x, y) => x - y);
  const [lead, other] =
    a.confidence > b.confidence || (a.confidence === b.confidence && a.text.length >= b.text.length) ? [a, b] : [b, a];
  const recognisers = [...new Set([...lead.recogniser.split('+'), ...other.recogniser.split('+')])];
  let text: string;
  if (lead.text.includes(other.text)) text = lead.text;
  else if (other.text.includes(lead.text)) text = other.text;
  else if (page) text = wordIndexes.map((index) => page.words[index]?.text ?? '').join(' ');
  else text = `${a.text} ${b.text}`;
  const { pieceOf: _leadPieceOf, ...rest } = lead;
  const pieceOf = lead.pieceOf ?? other.pieceOf;
  return {
    ...rest,
    text,
    recogniser: recognisers.join('+'),
    confidence: Math.max(a.confidence, b.confidence),
    box: page ? boxOfWords(page, wordIndexes) : unionBox(a, b),
    wordIndexes,
    ...(pieceOf === undefined ? {} : { pieceOf }),
  };
}

function unionBox(a: Finding, b: Finding): Finding['box'] {
  const x0 = Math.min(a.box[0], b.box[0]);
  const y0 = Math.min(a.box[1], b.box[1]);
  const x1 = Math.max(a.box[0] + a.box[2], b.box[0] + b.box[2]);
  const y1 = Math.max(a.box[1] + a.box[3], b.box[1] + b.box[3]);
  return [x0, y0, x1 - x0, y1 - y0];
}

/**
 * Merges findings of one page and ground that share a word, until none do. The result is ordered by page, then
 * reading order (first word), then ground.
 */
export function mergeFindings(findings: readonly Finding[], pages: readonly PageText[] = []): Finding[] {
  const pageByNumber = new Map(pages.map((page) => [page.page, page]));
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = `${finding.page}\u0000${finding.ground}`;
    const group = groups.get(key) ?? [];
    group.push(finding);
    groups.set(key, group);
  }
  const pieceKeys = new PieceKeys();
  const result: Finding[] = [];
  for (const group of groups.values()) {
    const merged: Finding[] = [];
    for (const finding of group) {
      let current = finding;
      for (let i = merged.length - 1; i >= 0; i -= 1) {
        const existing = merged[i] as Finding;
        if (sharesWord(existing, current)) {
          pieceKeys.join(existing.pieceOf, current.pieceOf);
          current = mergeTwo(existing, current, pageByNumber.get(current.page));
          merged.splice(i, 1);
        }
      }
      merged.push(current);
    }
    result.push(...merged);
  }
  return pieceKeys
    .apply(result)
    .sort(
      (a, b) =>
        a.page - b.page ||
        (a.wordIndexes[0] ?? 0) - (b.wordIndexes[0] ?? 0) ||
        a.ground.localeCompare(b.ground) ||
        a.kind.localeCompare(b.kind),
    );
}

/** The piece keys that belong to one finding since parts of their pieces merged; each set goes by its least key. */
class PieceKeys {
  private readonly joined = new Map<string, string>();

  private root(key: string): string {
    let current = key;
    for (let next = this.joined.get(current); next !== undefined; next = this.joined.get(current)) current = next;
    return current;
  }

  join(a: string | undefined, b: string | undefined): void {
    if (a === undefined || b === undefined) return;
    const [rootA, rootB] = [this.root(a), this.root(b)];
    if (rootA === rootB) return;
    if (rootA < rootB) this.joined.set(rootB, rootA);
    else this.joined.set(rootA, rootB);
  }

  /** Every finding with its set's key; a key left on one finding only (no other piece) is dropped. */
  apply(findings: readonly Finding[]): Finding[] {
    const keyed = findings.map((finding) =>
      finding.pieceOf === undefined ? finding : { ...finding, pieceOf: this.root(finding.pieceOf) },
    );
    const count = new Map<string, number>();
    for (const { pieceOf } of keyed) if (pieceOf !== undefined) count.set(pieceOf, (count.get(pieceOf) ?? 0) + 1);
    return keyed.map((finding) => {
      if (finding.pieceOf === undefined || (count.get(finding.pieceOf) ?? 0) > 1) return finding;
      const { pieceOf: _alone, ...single } = finding;
      return single;
    });
  }
}
