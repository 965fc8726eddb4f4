// Prints detection quality against the inserted truth: recall per kind and per group (with the aims),
// precision, and the misses and false positives a detector engineer can act on. Shared by bench/detect and
// bench/pipeline.
import { structuredKinds, truthKinds } from '../generate/truth.js';
import type { TruthItem, TruthKind } from '../generate/truth.js';
import type { FileFinding, MatchResult } from './truth-matching.js';

const percent = (part: number, whole: number) => (whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1)}%`);

export interface DetectionSummary {
  structuredRecall: number;
  knownPersonRecall: number;
  otherNameRecall: number;
  precision: number;
}

function recall(items: readonly TruthItem[], result: MatchResult): number {
  return items.length === 0 ? 1 : items.filter((item) => result.found.has(item)).length / items.length;
}

export function printDetectionReport(truth: readonly TruthItem[], result: MatchResult, top = 20): DetectionSummary {
  const line = (label: string, items: readonly TruthItem[]) => {
    const found = items.filter((item) => result.found.has(item)).length;
    const text = items.filter((item) => !item.scanned);
    const scanned = items.filter((item) => item.scanned);
    const foundOf = (list: readonly TruthItem[]) => list.filter((item) => result.found.has(item)).length;
    console.log(
      `  ${label.padEnd(22)} ${String(found).padStart(5)}/${String(items.length).padEnd(5)} ${percent(found, items.length).padStart(6)}` +
        `   text pages ${percent(foundOf(text), text.length).padStart(6)}   scanned ${percent(foundOf(scanned), scanned.length).padStart(6)}`,
    );
  };
  const ofKinds = (kinds: readonly TruthKind[]) => truth.filter((item) => kinds.includes(item.kind));
  console.log('\nRecall per kind (found / inserted):');
  for (const kind of truthKinds) line(kind, ofKinds([kind]));
  console.log('\nRecall per group (aim):');
  line('structured (100%)', ofKinds(structuredKinds));
  line('known persons (100%)', ofKinds(['known_person']));
  line('other names (≥ 95%)', ofKinds(['person']));
  line('signature blocks', ofKinds(['signature']));
  line('special categories', ofKinds(['special_category']));
  line('all', truth);
  const findings = result.correct.length + result.falsePositives.length;
  console.log(
    `\nPrecision (aim ≥ 90%): ${percent(result.correct.length, findings)}  — ${result.correct.length} of ${findings} findings match an inserted item`,
  );
  console.log(`Matched findings whose ground differs from the truth's: ${result.groundMismatches.length}`);
  const byRecogniser = new Map<string, { correct: number; wrong: number }>();
  for (const [list, key] of [
    [result.correct, 'correct'],
    [result.falsePositives, 'wrong'],
  ] as const) {
    for (const finding of list) {
      const entry = byRecogniser.get(finding.recogniser) ?? { correct: 0, wrong: 0 };
      entry[key] += 1;
      byRecogniser.set(finding.recogniser, entry);
    }
  }
  console.log('Precision per recogniser:');
  for (const [name, { correct, wrong }] of [...byRecogniser].sort((a, b) => b[1].wrong - a[1].wrong)) {
    console.log(
      `  ${name.padEnd(34)} ${percent(correct, correct + wrong).padStart(6)}  (${wrong} false of ${correct + wrong})`,
    );
  }
  printMisses(result.missed, top);
  printFalsePositives(result.falsePositives, top);
  return {
    structuredRecall: recall(ofKinds(structuredKinds), result),
    knownPersonRecall: recall(ofKinds(['known_person']), result),
    otherNameRecall: recall(ofKinds(['person']), result),
    precision: findings === 0 ? 1 : result.correct.length / findings,
  };
}

function printMisses(missed: readonly TruthItem[], top: number): void {
  console.log(
    `\nMisses (${missed.length}; first ${Math.min(top, missed.length)}, structured and known persons first):`,
  );
  const rank = (item: TruthItem) =>
    structuredKinds.includes(item.kind) ? 0 : item.kind === 'known_person' ? 1 : item.kind === 'person' ? 2 : 3;
  const sorted = [...missed].sort((a, b) => rank(a) - rank(b) || Number(a.scanned) - Number(b.scanned));
  for (const item of sorted.slice(0, top)) {
    console.log(
      `  ${item.kind.padEnd(16)} ${JSON.stringify(item.text).padEnd(40)} ${item.file} p${item.page}${item.scanned ? ' (scan)' : ''}`,
    );
  }
}

function printFalsePositives(falsePositives: readonly FileFinding[], top: number): void {
  const groups = new Map<string, { count: number; example: FileFinding }>();
  for (const finding of falsePositives) {
    const key = `${finding.recogniser}\u0000${finding.text}`;
    const group = groups.get(key);
    if (group) group.count += 1;
    else groups.set(key, { count: 1, example: finding });
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count);
  console.log(`\nFalse positives (${falsePositives.length}; top ${Math.min(top, sorted.length)} texts by count):`);
  for (const { count, example } of sorted.slice(0, top)) {
    console.log(
      `  ${String(count).padStart(3)}× ${example.recogniser.padEnd(24)} ${JSON.stringify(example.text).padEnd(40)} e.g. ${example.file} p${example.page}`,
    );
  }
}
