// Names of persons found with the Dutch name lexicon and context rules → 5.1.2e 'person':
// - after a title: "dhr. Jansen", "mevrouw De Vries", "de heer J. Bakker", "mr. dr. A. Pietersen" (the title stays
//   readable; only the name is proposed);
// - initials with a surname: "J. Jansen", "A.B. van der Berg";
// - a first name from the lexicon with a surname: "Pieter de Vries", "Sanne Bakker";
// - a first name after a salutation: "Beste Jan,", "Hoi Sanne";
// - the names on e-mail header lines: "Van:", "Aan:", "CC:", "BCC:", "From:", "To:";
// - the first line of a signature block when it looks like a name ("Met vriendelijke groet," / "Jan Jansen").
// Not proposed: a name right after a public office ("wethouder Eelco Eerenberg", "minister De Jonge").
// Organisations and places ("Gemeente Utrecht", "Den Haag"), month names, header keywords and ordinary words are not.
import type { Finding } from './finding.js';
import { dutchNameLexicon } from './name-lexicon.js';
import type { NameLexicon } from './name-lexicon.js';
import { isCapitalised, tokeniseNames } from './name-tokens.js';
import type { NameToken } from './name-tokens.js';
import { readPageLines } from './page-lines.js';
import type { PageLines } from './page-lines.js';
import { isNameLikeWord, isOrganisationOrPlace, readName } from './read-name.js';
import type { Recogniser } from './recogniser.js';
import { findSignatureBlocks } from './signature-blocks.js';
import { findingsForSpan, mergeOverlappingSpans } from './span-findings.js';
import type { ScoredSpan } from './span-findings.js';
import { STREET_ENDINGS } from './street-words.js';

const RECOGNISER = 'dutch-person-name';
const SALUTATIONS = new Set(['beste', 'hoi', 'hallo', 'lieve', 'dear', 'hi', 'hey', 'goedemorgen', 'goedemiddag']);
// What follows the comma in "Jansen, Pieter", "Vries, J.P. de": one given name or initials, then particles.
const REVERSED_TAIL =
  /^\s*(?:(?:\p{Lu}\.\s?)+|\p{Lu}[\p{L}'-]+)(?:\s+(?:van|de|der|den|het|'t|ter|ten|te|in|op))*\s*$/u;
const HEADER = /^(?:van|aan|cc|bcc|from|to|afzender|geadresseerde)[ ]*:/u;

type Span = ScoredSpan;

/** Title tokens at i ("de heer", "dhr.", "mr. dr."): the index after them, or i when there is no title. */
function skipTitles(tokens: readonly NameToken[], i: number, lexicon: NameLexicon): number {
  let j = i;
  for (;;) {
    const token = tokens[j];
    const next = tokens[j + 1];
    if (token?.kind !== 'word') return j;
    if (next?.kind === 'word' && lexicon.titles.has(`${token.folded} ${next.folded}`)) j += 2;
    else if (lexicon.titles.has(token.folded)) j += 1;
    else return j;
    if (tokens[j]?.kind === 'punct' && tokens[j]?.text === '.') j += 1;
  }
}

/** "Wethouder Eelco Eerenberg", "minister De Jonge": officials at the public level are named in Woo decisions. */
function afterPublicOffice(tokens: readonly NameToken[], i: number, lexicon: NameLexicon): boolean {
  const previous = tokens[i - 1];
  return previous?.kind === 'word' && lexicon.publicOffices.has(previous.folded);
}

function contextSpans(tokens: readonly NameToken[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as NameToken;
    // The letters of a postcode are no title: "8814 MW Zuidervaart", "7491 DR Nieuw-Ravensloot".
    if (afterPostcode(tokens, i + 1)) {
      i += 1;
      continue;
    }
    if (afterPublicOffice(tokens, i, lexicon)) {
      const skipped = readName(tokens, skipTitles(tokens, i, lexicon), lexicon);
      i = skipped ? skipped.to : i + 1;
      continue;
    }
    const afterTitle = skipTitles(tokens, i, lexicon);
    if (afterTitle > i) {
      // A title only counts when it is written as one: "De heer" at a sentence start is fine, "heer" inside a word is not.
      const name = readName(tokens, afterTitle, lexicon, { crossLineBreak: true, unknownGivenNames: 2 });
      if (name) {
        spans.push({ start: name.start, end: name.end, confidence: 0.92 });
        i = name.to;
        continue;
      }
      i = afterTitle;
      continue;
    }
    if (token.kind === 'initials') {
      const name = readName(tokens, i, lexicon, { crossLineBreak: true });
      if (name && (name.tussenvoegsel || name.surnameInLexicon || !name.surnameIsCommonWord)) {
        spans.push({
          start: name.start,
          end: name.end,
          confidence: name.tussenvoegsel || name.surnameInLexicon ? 0.9 : 0.78,
        });
        i = name.to;
        continue;
      }
    }
    if (token.kind === 'word' && isCapitalised(token.text) && lexicon.firstNames.has(token.folded)) {
      const name = readName(tokens, i, lexicon);
      const ambiguous = lexicon.commonWords.has(token.folded);
      if (name && name.firstNames > 0 && (!ambiguous || name.surnameInLexicon || name.tussenvoegsel)) {
        const strong = name.surnameInLexicon || name.tussenvoegsel;
        spans.push({ start: name.start, end: name.end, confidence: strong ? 0.9 : 0.75 });
        i = name.to;
        continue;
      }
    }
    if (token.kind === 'word' && ACCOUNT_HOLDER.test(lineBefore(tokens, i))) {
      // "ten name van Wolthuis", "t.n.v. H. Wolthuis", "op naam gesteld van Grootveld": an account or a vehicle holder.
      const name = readName(tokens, i, lexicon, { crossLineBreak: true, unknownGivenNames: 2 });
      if (name && (name.firstNames > 0 || name.initials || name.tussenvoegsel || !name.surnameIsCommonWord)) {
        spans.push({ start: name.start, end: name.end, confidence: 0.85 });
        i = name.to;
        continue;
      }
    }
    if (token.kind === 'word' && SALUTATIONS.has(token.folded)) {
      const next = tokens[i + 1];
      if (next?.kind === 'word' && isCapitalised(next.text) && lexicon.firstNames.has(next.folded)) {
        const name = readName(tokens, i + 1, lexicon);
        const end = name?.end ?? next.end;
        spans.push({ start: next.start, end, confidence: 0.85 });
        i = name?.to ?? i + 2;
        continue;
      }
    }
    const run = nameRun(tokens, i, lexicon);
    if (run) {
      spans.push(run.span);
      i = run.to;
      continue;
    }
    i += 1;
  }
  return spans;
}

/** The folded words just before token i on the text (up to 30 characters), for cue phrases. */
function lineBefore(tokens: readonly NameToken[], i: number): string {
  const words: string[] = [];
  for (let k = i - 1; k >= 0 && words.length < 5; k -= 1) {
    const token = tokens[k] as NameToken;
    if (token.kind === 'break' && token.blank) break;
    if (token.kind === 'word' || token.kind === 'initials' || (token.kind === 'punct' && token.text === '.')) {
      words.unshift(token.folded);
    }
  }
  return words.join(' ').replace(/ \./g, '.');
}

const ACCOUNT_HOLDER = /(?:ten name van|t\.?n\.?v\.?|op naam (?:gesteld )?van)$/u;
const DIGIT = /^\d/u;

/**
 * A name without a title or initials whose given name is not in the lexicon: capitalised words that are no ordinary
 * word, organisation, role or place, with a tussenvoegsel between them ("Fedde ter Reitsma", "Aleida de Vlasblom":
 * a particle between two capitalised words is a name with high probability) or two of them ("Ilona Barendrecht").
 * Dutch capitalises only proper nouns inside a sentence, so two such words in a row are a name, a place or an
 * organisation; places and organisations are filtered by the lexicon, street names by their street word and number.
 */
function nameRun(
  tokens: readonly NameToken[],
  i: number,
  lexicon: NameLexicon,
): { span: Span; to: number } | undefined {
  const token = tokens[i];
  if (token?.kind !== 'word' || !isNameLikeWord(token, lexicon) || afterPostcode(tokens, i)) return undefined;
  // One given name outside the lexicon: three unknown capitalised words ("Free Software Foundation") are a title.
  const name = readName(tokens, i, lexicon, { crossLineBreak: true, unknownGivenNames: 1 });
  if (!name || name.firstNames === 0 || name.initials) return undefined;
  const words = tokens.slice(name.from, name.to).filter((t) => t.kind === 'word');
  // Without other evidence only the particles surnames commonly have: "Bergen op Zoom" is no name.
  if (words.some((t) => lexicon.tussenvoegselWords.has(t.folded) && !COMMON_PARTICLES.has(t.folded))) return undefined;
  const nameWords = words.filter((t) => !lexicon.tussenvoegselWords.has(t.folded));
  // Each word a name: from the lexicon, or name-like and of three letters or more (OCR debris: "Co", "Oe").
  const isName = (t: NameToken) =>
    lexicon.firstNames.has(t.folded) || (isNameLikeWord(t, lexicon) && t.text.replace(/\W/gu, '').length >= 3);
  if (!nameWords.every(isName)) return undefined;
  // "Prinses Irenelaan", "Oude Gracht": a street. With a tussenvoegsel it is a surname ("van der Hofstede").
  if (!name.tussenvoegsel && nameWords.some((t) => STREET_SUFFIX.test(t.folded))) return undefined;
  // A longer run of capitalised words ("Free Software Foundation", "Woo-verzoek Bouwvergunning Stationsstraat") is a
  // title or an organisation: a person is a given name and a surname.
  const isPlain = (t: NameToken | undefined) => t?.kind === 'break' && !t.blank;
  const nextWord = isPlain(tokens[name.to]) ? tokens[name.to + 1] : tokens[name.to];
  const previousWord = isPlain(tokens[name.from - 1]) ? tokens[name.from - 2] : tokens[name.from - 1];
  if (!name.tussenvoegsel && (isNameLikeWord(nextWord, lexicon) || isNameLikeWord(previousWord, lexicon))) {
    return undefined;
  }
  // "Prinses Irenelaan 85a", "Hoge Woerd 12": followed by a number, it is a street.
  const after = tokens[name.to];
  if (after?.kind === 'punct' && DIGIT.test(after.text)) return undefined;
  // "Bouwbedrijf Noord B.V.", "Jansen Installatietechniek BV": an organisation.
  const following = tokens.slice(name.to, name.to + 2).filter((t) => t.kind === 'word' || t.kind === 'initials');
  if (following.some((t) => ORGANISATION_SUFFIX.test(t.text))) return undefined;
  if (isOrganisationOrPlace(following, lexicon)) return undefined;
  const confidence = name.tussenvoegsel ? 0.8 : 0.7;
  return { span: { start: name.start, end: name.end, confidence }, to: name.to };
}

/** "1234 AB Lindewaard": a word right after a postcode is a place. */
function afterPostcode(tokens: readonly NameToken[], i: number): boolean {
  const letters = tokens[i - 1];
  const digit = tokens[i - 2];
  return (
    letters?.kind === 'word' && /^[A-Z]{2}$/u.test(letters.text) && digit?.kind === 'punct' && DIGIT.test(digit.text)
  );
}

const COMMON_PARTICLES = new Set([
  'van',
  'de',
  'der',
  'den',
  'ter',
  'ten',
  'te',
  'het',
  "'t",
  'la',
  'le',
  'du',
  'da',
  'el',
]);
const ORGANISATION_SUFFIX = /^(?:B\.?V\.?|N\.?V\.?|V\.?O\.?F\.?|C\.?V\.?|Holding|Groep|Group)$/u;
// Words that end in a street word are streets ("Zonnedauwstraat", "Tolhuisweg"), also without a number; endings that
// surnames share ("Hofstede", "Verhoef", "Oostdijk") are left to the number and the address cue.
const STREET_SUFFIX = new RegExp(String.raw`\p{L}{2}(?:${STREET_ENDINGS.join('|')})$`, 'u');

/** A piece of a header or signature line that is nothing but a name: capitalised words, initials, particles. */
function nameOnly(tokens: readonly NameToken[], lexicon: NameLexicon): boolean {
  const words = tokens.filter((token) => token.kind === 'word');
  if (words.length === 0 || tokens.length > 8) return false;
  if (tokens.some((token) => token.kind === 'break' || (token.kind === 'punct' && !/^[,.'"()-]$/.test(token.text)))) {
    return false;
  }
  if (isOrganisationOrPlace(words, lexicon)) return false;
  const names = words.filter((token) => isCapitalised(token.text) && !lexicon.tussenvoegselWords.has(token.folded));
  if (names.length === 0) return false;
  // Ordinary words only ("Vergunningen") are no name, unless initials or the lexicon say otherwise ("Bakker, S.").
  const named = (token: NameToken): boolean =>
    !lexicon.commonWords.has(token.folded) ||
    lexicon.surnameCores.has(token.folded) ||
    lexicon.firstNames.has(token.folded);
  if (!tokens.some((token) => token.kind === 'initials') && !names.some(named)) return false;
  return words.every(
    (token) =>
      (isCapitalised(token.text) && !lexicon.titles.has(token.folded)) || lexicon.tussenvoegselWords.has(token.folded),
  );
}

/** Replaces e-mail addresses, <…> and [mailto:…] by spaces, keeping offsets. */
function blankAddresses(text: string): string {
  return text.replace(/\[mailto:[^\]]*\]|<[^>]*>|\S+@\S+/gu, (found) => ' '.repeat(found.length)).replace(/["']/g, ' ');
}

function tokensIn(tokens: readonly NameToken[], start: number, end: number): NameToken[] {
  return tokens.filter((token) => token.start >= start && token.end <= end);
}

function headerSpans(lines: PageLines, tokens: readonly NameToken[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  lines.lines.forEach((line) => {
    const folded = lines.folded.slice(line.start, line.end);
    const header = HEADER.exec(folded);
    if (!header) return;
    const from = line.start + header[0].length;
    const blanked = blankAddresses(lines.text.slice(from, line.end));
    // Recipients are separated by ";"; a comma separates "Surname, Given" or a list of full names.
    let offset = from;
    for (const chunk of blanked.split(';')) {
      const commas = chunk.split(',');
      const pieces = commas.length === 2 && REVERSED_TAIL.test(commas[1] ?? '') ? [chunk] : commas;
      let pieceOffset = offset;
      for (const piece of pieces) {
        const start = pieceOffset + (piece.length - piece.trimStart().length);
        const end = pieceOffset + piece.trimEnd().length;
        pieceOffset += piece.length + 1;
        if (end <= start) continue;
        const inside = tokensIn(tokens, start, end);
        if (nameOnly(inside, lexicon)) spans.push({ start, end, confidence: 0.9 });
      }
      offset += chunk.length + 1;
    }
  });
  return spans;
}

function signatureNameSpans(lines: PageLines, tokens: readonly NameToken[], lexicon: NameLexicon): Span[] {
  const spans: Span[] = [];
  for (const block of findSignatureBlocks(lines)) {
    const first = block.lines[0];
    if (!first) continue;
    const inside = tokensIn(tokens, first.start, first.end);
    const words = inside.filter((token) => token.kind === 'word');
    if (words.length <= 5 && nameOnly(inside, lexicon)) {
      spans.push({ start: first.start, end: first.end, confidence: 0.9 });
    }
  }
  return spans;
}

export const personNameRecogniser: Recogniser = {
  name: RECOGNISER,
  ground: '5.1.2e',
  kinds: ['person'],
  detect(page) {
    const lexicon = dutchNameLexicon();
    const lines = readPageLines(page);
    const tokens = tokeniseNames(lines);
    const spans = mergeOverlappingSpans([
      ...contextSpans(tokens, lexicon),
      ...headerSpans(lines, tokens, lexicon),
      ...signatureNameSpans(lines, tokens, lexicon),
    ]);
    const findings: Finding[] = [];
    for (const span of spans) {
      findings.push(
        ...findingsForSpan(lines, span.start, span.end, {
          ground: '5.1.2e',
          kind: 'person',
          recogniser: RECOGNISER,
          confidence: span.confidence,
        }),
      );
    }
    return findings;
  },
};
