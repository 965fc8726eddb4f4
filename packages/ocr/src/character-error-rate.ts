// Character error rate: edit distance between what was read and the truth, per character of the truth. Whitespace
// runs count as one space, so line breaks and layout do not count as errors. Used by tests and bench/ocr.
function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function editDistance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  const current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous.splice(0, previous.length, ...current);
  }
  return previous[b.length] ?? 0;
}

export function characterErrorRate(truth: string, recognized: string): number {
  const expected = normalized(truth);
  if (expected.length === 0) return normalized(recognized).length === 0 ? 0 : 1;
  return editDistance(expected, normalized(recognized)) / expected.length;
}
