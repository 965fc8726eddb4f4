// Scoring detection against the inserted truth.
//
// THE MATCHING RULE. A finding matches a truth item when both are on the same page of the same file and, after
// normalising both texts (Unicode NFKD, diacritics dropped, lower case, everything but letters and digits removed),
// they overlap: their longest common substring covers at least 60% of the shorter text, and at least 3
// characters. So a finding "Stationsstraat 12" matches the inserted address
// "Stationsstraat 12, 1234 AB" (a region is the part on one line), a finding "Jan de Vries" matches the inserted
// "de Vries", and a special-category finding "de heer Bos is lid van de" (one line of a longer region) matches the
// inserted phrase "is lid van de vakbond FNV". Kinds and grounds are NOT required to agree for a match (a phone
// number proposed as part of a signature still hides the number); how often the ground differs is printed
// separately.
// A region that runs over several lines arrives as one finding per line; those parts (same file, page, recogniser
// and ground, word indexes running on) are matched as one text, and each part shares the verdict.
// - A truth item is FOUND (counts for recall) when at least one finding matches it.
// - A finding is CORRECT (counts for precision) when it matches at least one truth item; otherwise it is a false
//   positive.
import type { Finding } from '@woo/domain';
import type { TruthItem } from '../generate/truth.js';

export function normaliseForMatching(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

const MIN_OVERLAP = 3;
const SHARE_OF_SHORTER = 0.6;

function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    const current = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j += 1) {
      if (a[i - 1] !== b[j - 1]) continue;
      current[j] = (previous[j - 1] ?? 0) + 1;
      best = Math.max(best, current[j] ?? 0);
    }
    previous = current;
  }
  return best;
}

export function textsMatch(a: string, b: string): boolean {
  const [x, y] = [normaliseForMatching(a), normaliseForMatching(b)];
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const overlap = longestCommonSubstring(x, y);
  return overlap >= MIN_OVERLAP && overlap >= SHARE_OF_SHORTER * Math.min(x.length, y.length);
}

export interface FileFinding extends Finding {
  file: string;
}

export interface MatchResult {
  found: Map<TruthItem, FileFinding[]>;
  missed: TruthItem[];
  correct: FileFinding[];
  falsePositives: FileFinding[];
  /** Matched pairs whose grounds differ. */
  groundMismatches: { item: TruthItem; finding: FileFinding }[];
}

const pageKey = (file: string, page: number) => `${file}#${page}`;

/** Groups the per-line parts of multi-line regions: consecutive findings whose word indexes run on. */
function regions(findings: readonly FileFinding[]): FileFinding[][] {
  const groups: FileFinding[][] = [];
  for (const finding of findings) {
    const group = groups.find((candidate) => {
      const last = candidate.at(-1) as FileFinding;
      return (
        last.file === finding.file &&
        last.page === finding.page &&
        last.recogniser === finding.recogniser &&
        last.ground === finding.ground &&
        (last.wordIndexes.at(-1) ?? -2) + 1 === finding.wordIndexes[0]
      );
    });
    if (group) group.push(finding);
    else groups.push([finding]);
  }
  return groups;
}

export function matchFindings(truth: readonly TruthItem[], findings: readonly FileFinding[]): MatchResult {
  const truthByPage = new Map<string, TruthItem[]>();
  for (const item of truth) {
    const key = pageKey(item.file, item.page);
    truthByPage.set(key, [...(truthByPage.get(key) ?? []), item]);
  }
  const found = new Map<TruthItem, FileFinding[]>();
  const correct: FileFinding[] = [];
  const falsePositives: FileFinding[] = [];
  const groundMismatches: MatchResult['groundMismatches'] = [];
  for (const parts of regions(findings)) {
    const first = parts[0] as FileFinding;
    const text = parts.map((part) => part.text).join(' ');
    const onPage = truthByPage.get(pageKey(first.file, first.page)) ?? [];
    const matches = onPage.filter(
      (item) => textsMatch(item.text, text) || parts.some((p) => textsMatch(item.text, p.text)),
    );
    if (matches.length === 0) {
      falsePositives.push(...parts);
      continue;
    }
    correct.push(...parts);
    for (const item of matches) {
      found.set(item, [...(found.get(item) ?? []), ...parts]);
      if (item.ground !== first.ground) groundMismatches.push({ item, finding: first });
    }
  }
  return { found, missed: truth.filter((item) => !found.has(item)), correct, falsePositives, groundMismatches };
}
