// A finding that runs over several lines arrives as one finding per line (the recognisers cut a span at each line
// break). The pieces are linked by a group — the dedupKey of the first piece — so the leak gate can search the
// whole text strictly and each piece ("Van", "de heer") only like a covered word.
import type { Finding } from '@woo/domain';
import { regionDedupKey } from './region-dedup-key.js';

/**
 * Two findings are pieces of one when the recogniser, ground and kind are the same, the second starts with the word
 * right after the last word of the first, and it starts on a lower line (its top below the middle of the first).
 */
function continues(first: Finding, next: Finding): boolean {
  const last = first.wordIndexes.at(-1);
  const start = next.wordIndexes[0];
  return (
    first.page === next.page &&
    first.recogniser === next.recogniser &&
    first.ground === next.ground &&
    first.kind === next.kind &&
    last !== undefined &&
    start === last + 1 &&
    next.box[1] > first.box[1] + first.box[3] / 2
  );
}

/** The group of every finding that is a piece of a finding over several lines; single-line findings have none. */
export function findingGroups(findings: readonly Finding[]): Map<Finding, string> {
  const ordered = [...findings].sort(
    (a, b) =>
      a.page - b.page ||
      a.recogniser.localeCompare(b.recogniser) ||
      a.ground.localeCompare(b.ground) ||
      a.kind.localeCompare(b.kind) ||
      (a.wordIndexes[0] ?? 0) - (b.wordIndexes[0] ?? 0),
  );
  const groups = new Map<Finding, string>();
  let run: Finding[] = [];
  const close = () => {
    const first = run[0];
    if (first && run.length > 1) {
      const group = regionDedupKey(first);
      for (const piece of run) groups.set(piece, group);
    }
  };
  for (const finding of ordered) {
    const previous = run.at(-1);
    if (previous && continues(previous, finding)) run.push(finding);
    else {
      close();
      run = [finding];
    }
  }
  close();
  return groups;
}
