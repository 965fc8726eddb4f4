// Addresses → 5.1.2e: a Dutch postcode with a house number ("1234 AB 12", "1234AB 12a"), with the street and number
// before it when written there ("Stationsstraat 12, 1234 AB Plaats", also across two lines); and a street whose name
// ends in a street word (…straat, …laan, …weg) with a number. The place name is left readable: postcode and number
// already identify the home. A postcode with a place after it ("1793 GA Lindewaard", the last line of an address
// block) is proposed on its own; a street without a street word is taken after a cue that says it is an address
// ("woont aan de Hoge Woerd 54"). A Postbus or Antwoordnummer belongs to an organisation.
import type { Finding } from './finding.js';
import { matchAll } from './keyword-near.js';
import { dutchNameLexicon } from './name-lexicon.js';
import { readPageLines } from './page-lines.js';
import type { PageLines } from './page-lines.js';
import type { Recogniser } from './recogniser.js';
import { findingsForSpan } from './span-findings.js';
import type { FindingLabel } from './span-findings.js';
import { STREET_WORDS } from './street-words.js';

// SA, SD and SS are never issued as postcode letters.
const POSTCODE = /(?<![\p{L}\d])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/gu;
const NUMBER_AFTER =
  /^,? ?(?:nr\.? ?)?\d{1,5}(?: ?- ?\d{1,4}|[a-zA-Z]{1,3}(?![\p{L}\d])| [A-Z](?![\p{L}\d]))?(?![\p{L}\d])/u;
const STREET_TOKEN = String.raw`(?:\p{Lu}[\p{L}'.-]*|van|de|der|den|het|'t|op|aan|\d{1,2}e)`;
// 12, 12a, 12-2, 12 - 2, 12-II, 12 A, 12bis: a letter after a space only as a capital on its own ("5 in" is no suffix).
const HOUSE_NUMBER = String.raw`\d{1,5}(?: ?- ?(?:\d{1,4}|[IVX]{1,4}(?![\p{L}\d]))|[a-zA-Z]{1,3}(?![\p{L}\d])| [A-Z](?![\p{L}\d]))?`;
const STREET_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d'])(\p{Lu}[\p{L}'.-]*(?: ${STREET_TOKEN}){0,4}) (${HOUSE_NUMBER}) ?,? ?\n{0,2}$`,
  'u',
);
// The street word as a word of its own after a capitalised one: "Oude Gracht 139", "Hoge Dijk 4", "Lange Markt 2".
const STREET_WORDS_ALONE = [
  'Straat',
  'Laan',
  'Weg',
  'Plein',
  'Kade',
  'Gracht',
  'Singel',
  'Dijk',
  'Steeg',
  'Dreef',
  'Markt',
  'Wal',
  'Woerd',
  'Brink',
];
// The house number may be on the next line: a street and number wrap at the end of a line like any two words.
const STREET_WITH_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\d'])(?:\p{Lu}[\p{L}'.-]* (?:${STREET_TOKEN} ){0,3})?(?:\p{Lu}[\p{L}'-]*(?:${STREET_WORDS.join('|')})|\p{Lu}[\p{L}'-]* (?:${STREET_WORDS_ALONE.join('|')}))[ \n](?:nr\.? ?)?${HOUSE_NUMBER}(?![\p{L}\d])(?! ?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)`,
  'gu',
);
// Streets that start with their street word: "Laan van Meerdervoort 120a", "Plein 1813 4"… ("Plein 1813" alone is
// ambiguous and needs the name to continue with a word).
const STREET_WORD_FIRST = new RegExp(
  String.raw`(?<![\p{L}\d'])(?:Laan|Plein|Kade|Singel|Dreef|Hof|Weg|Straatweg|Dijk)(?: (?:van|der|de|den|het|op|'t|\p{Lu}[\p{L}'-]*)){1,4} ${HOUSE_NUMBER}(?![\p{L}\d])`,
  'gu',
);
const ORGANISATION_BOX = /^(?:postbus|antwoordnummer|pb)\b/i;
// A street without a street word, announced as an address: "woont aan de Hoge Woerd 54", "de woning aan de Vossenkamp
// 56", "wonende te …, Weverstede 238". The cue is matched in the folded text just before the street.
const ADDRESS_CUE =
  /(?:woont|wonend[e]?|woonachtig|woning|adres|gevestigd|verblijft|ingeschreven)(?: \p{L}+){0,2} (?:aan|op|in) (?:de |het )?$/u;
const CUED_STREET = new RegExp(
  String.raw`(?<![\p{L}\d'])\p{Lu}[\p{L}'.-]+(?: ${STREET_TOKEN}){0,3}[ \n](?:nr\.? ?)?${HOUSE_NUMBER}(?![\p{L}\d])(?! ?(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b)`,
  'gu',
);
// A postcode followed by a place on the same line: the last line of an address block.
const PLACE_AFTER = /^ \p{Lu}[\p{L}'-]+/u;

const LABEL: FindingLabel = { ground: '5.1.2e', kind: 'address', recogniser: 'dutch-address', confidence: 0.95 };

/**
 * The address of an organisation in its letterhead or signature: a line above it in the same block (no blank gap)
 * is a Postbus or starts with an organisation word ("Gemeente Utrecht", "Ministerie van …").
 */
function inOrganisationBlock(lines: PageLines, start: number): boolean {
  const lexicon = dutchNameLexicon();
  let index = lines.lines.findIndex((line) => start >= line.start && start <= line.end);
  // A block of a letterhead has short lines; a line of running text is no letterhead ("… het overleg is …").
  const short = (line: { wordIndexes: readonly number[] } | undefined) => (line?.wordIndexes.length ?? 99) <= 6;
  if (!short(lines.lines[index])) return false;
  for (let above = 0; above < 2 && index > 0; above += 1) {
    if (lines.lines[index]?.gapBefore) return false;
    index -= 1;
    const line = lines.lines[index];
    if (!line || !short(line)) return false;
    const folded = lines.folded.slice(line.start, line.end).trim();
    const first = /^[\p{L}'-]+/u.exec(folded)?.[0] ?? '';
    if (ORGANISATION_BOX.test(folded) || lexicon.organisationWords.has(first)) return true;
  }
  return false;
}

interface Span {
  start: number;
  end: number;
  confidence: number;
}

/**
 * The postcode opens its line: an address block, not running text. OCR debris before it is allowed: marks such as
 * "|" or ":", and on a scan one lower-case scrap of at most two letters ("oo 8884 RI Nieuw-Ravensloot").
 */
function startsAddressLine(lines: PageLines, start: number): boolean {
  const line = lines.lines.find((candidate) => start >= candidate.start && start <= candidate.end);
  if (line === undefined) return false;
  const before = lines.text.slice(line.start, start);
  if (!/[\p{L}\d]/u.test(before)) return true;
  return lines.page.source === 'ocr' && /^[^\p{L}\d]*\p{Ll}{1,2}[^\p{L}\d]*$/u.test(before);
}

function postcodeAddresses(lines: PageLines): Span[] {
  const spans: Span[] = [];
  for (const { start, end } of matchAll(lines.text, POSTCODE)) {
    const before = lines.text.slice(Math.max(0, start - 80), start);
    const street = STREET_BEFORE.exec(before);
    if (street && ORGANISATION_BOX.test(street[1] ?? '')) continue;
    const after = NUMBER_AFTER.exec(lines.text.slice(end));
    if (!street && !after) {
      if (PLACE_AFTER.test(lines.text.slice(end, end + 40)) && startsAddressLine(lines, start)) {
        spans.push({ start, end, confidence: 0.85 });
      }
      continue;
    }
    const spanStart = street ? start - before.length + street.index : start;
    const spanEnd = after ? end + after[0].length : end;
    spans.push({ start: spanStart, end: spanEnd, confidence: street ? 0.95 : 0.9 });
  }
  return spans;
}

export const addressRecogniser: Recogniser = {
  name: 'dutch-address',
  ground: '5.1.2e',
  kinds: ['address'],
  detect(page) {
    const lines = readPageLines(page);
    const spans = postcodeAddresses(lines);
    for (const pattern of [STREET_WITH_NUMBER, STREET_WORD_FIRST]) {
      for (const { start, end } of matchAll(lines.text, pattern)) {
        if (spans.some((span) => start < span.end && end > span.start)) continue;
        spans.push({ start, end, confidence: 0.75 });
      }
    }
    for (const { start, end } of matchAll(lines.text, CUED_STREET)) {
      if (spans.some((span) => start < span.end && end > span.start)) continue;
      if (!ADDRESS_CUE.test(lines.folded.slice(Math.max(0, start - 40), start).replace(/\n/g, ' '))) continue;
      spans.push({ start, end, confidence: 0.8 });
    }
    const findings: Finding[] = [];
    for (const span of spans.sort((a, b) => a.start - b.start)) {
      if (inOrganisationBlock(lines, span.start)) continue;
      findings.push(...findingsForSpan(lines, span.start, span.end, { ...LABEL, confidence: span.confidence }));
    }
    return findings;
  },
};
