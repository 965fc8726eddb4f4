// A surname once found as a person's name in a document (after a title, with initials, in a signature, from the
// known-persons list…) is a person's name wherever it recurs in that document, also standing alone ("Volgens
// Eijkelenboom…", "gemeentesecretaris Eijkelenboom"): a reviewer who redacts it on one page and finds it readable on
// the next has published it. Runs over all pages of one document, after the per-page recognisers; names found in
// the case's other documents (DetectionContext.caseNames) count as found here.
import type { PageText } from '../text/page-text.js';
import type { Finding } from './finding.js';
import { dutchNameLexicon } from './name-lexicon.js';
import { foldText } from './page-lines.js';
import { boxOfWords } from './span-findings.js';

export const PROPAGATION_RECOGNISER = 'person-name-propagation';
const PROPAGATE_FROM = 0.75;

const bare = (text: string): string => text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');

/** Surnames (folded) of the person findings: the last word of each name, when it can stand as a name on its own. */
function surnamesOf(findings: readonly Finding[], pages: readonly PageText[]): Set<string> {
  const lexicon = dutchNameLexicon();
  const surnames = new Set<string>();
  for (const finding of findings) {
    // Only from names with evidence (a title, initials, a tussenvoegsel, the lexicon, the case's list): a pair of
    // capitalised words alone is not enough to hunt the word through the whole document.
    if (finding.kind !== 'person' || finding.confidence < PROPAGATE_FROM) continue;
    const page = pages.find((candidate) => candidate.page === finding.page);
    const last = finding.wordIndexes.at(-1);
    const word = bare(last === undefined ? '' : (page?.words[last]?.text ?? ''));
    const folded = foldText(word);
    if (word.length < 3 || !/^\p{Lu}\p{Ll}/u.test(word)) continue;
    if (lexicon.commonWords.has(folded) || lexicon.tussenvoegselWords.has(folded) || lexicon.titles.has(folded)) {
      continue;
    }
    if (lexicon.organisationWords.has(folded) || lexicon.places.has(folded) || lexicon.roleWords.has(folded)) continue;
    surnames.add(folded);
  }
  return surnames;
}

/** The surname of a name found in another document of the case: its last word, when it can stand as a name. */
function surnameOfText(text: string): string | undefined {
  const lexicon = dutchNameLexicon();
  const word = bare(text.trim().split(/\s+/u).at(-1) ?? '');
  const folded = foldText(word);
  if (word.length < 3 || !/^\p{Lu}\p{Ll}/u.test(word)) return undefined;
  if (lexicon.commonWords.has(folded) || lexicon.tussenvoegselWords.has(folded) || lexicon.titles.has(folded)) {
    return undefined;
  }
  if (lexicon.organisationWords.has(folded) || lexicon.places.has(folded) || lexicon.roleWords.has(folded)) {
    return undefined;
  }
  return folded;
}

/**
 * New findings for every capitalised occurrence of a found surname that no person finding covers yet: surnames of
 * this document's person findings, and of the names found in the case's other documents (`caseNames`).
 */
export function propagatePersonNames(
  pages: readonly PageText[],
  findings: readonly Finding[],
  caseNames: readonly string[] = [],
): Finding[] {
  const surnames = surnamesOf(findings, pages);
  for (const name of caseNames) {
    const surname = surnameOfText(name);
    if (surname !== undefined) surnames.add(surname);
  }
  if (surnames.size === 0) return [];
  const covered = new Set(
    findings.filter((f) => f.kind === 'person').flatMap((f) => f.wordIndexes.map((index) => `${f.page}:${index}`)),
  );
  const lexicon = dutchNameLexicon();
  const added: Finding[] = [];
  for (const page of pages) {
    page.words.forEach((word, index) => {
      const text = bare(word.text);
      // Capitalised as a name: not in capitals ("ZUIDERVAART" in a letterhead is a place or an organisation).
      if (!/^\p{Lu}\p{Ll}/u.test(text) || !surnames.has(foldText(text)) || covered.has(`${page.page}:${index}`)) {
        return;
      }
      // "burgemeester Poelstra", "Wethouder Beukema": named in public office, as the name rules leave them.
      // The word before, stepping over OCR debris ("Wethouder\n_\nZuurbier").
      let before = index - 1;
      while (before >= 0 && !/\p{L}/u.test(page.words[before]?.text ?? '')) before -= 1;
      if (lexicon.publicOffices.has(foldText(bare(page.words[before]?.text ?? '')))) return;
      added.push({
        page: page.page,
        text,
        ground: '5.1.2e',
        kind: 'person',
        recogniser: PROPAGATION_RECOGNISER,
        confidence: 0.7,
        box: boxOfWords(page, [index]),
        wordIndexes: [index],
      });
    });
  }
  return added;
}
