// Reads a person's name from a position in the token list:
//   [initials] [first names…] [tussenvoegsels…] Surname[-tussenvoegsel Surname]
// and says what made it a name, so that each context rule (title, initials, first name, header, signature) can
// decide whether that is enough. Organisations and places ("Gemeente Utrecht", "Den Haag") are never names.
import type { NameLexicon } from './name-lexicon.js';
import type { NameToken } from './name-tokens.js';
import { isCapitalised } from './name-tokens.js';

export interface NameMatch {
  /** Token index of the first token and one past the last. */
  from: number;
  to: number;
  start: number;
  end: number;
  initials: boolean;
  firstNames: number;
  tussenvoegsel: boolean;
  surnameInLexicon: boolean;
  /** The surname is an ordinary word as well ("Bakker", "Roos"). */
  surnameIsCommonWord: boolean;
}

export interface ReadNameOptions {
  /**
   * May the name cross plain line breaks (after a title, between given names, initials, tussenvoegsels and the
   * surname)? Names wrap at the end of a line like any words; a blank gap never sits inside a name.
   */
  crossLineBreak?: boolean;
  /**
   * How many capitalised words outside the lexicon may stand as given names before the surname ("de heer Oussama
   * Wieringa", "Fedde ter Reitsma"). 0 by default: only the lexicon's given names count.
   */
  unknownGivenNames?: number;
}

function isWord(token: NameToken | undefined): token is NameToken {
  return token?.kind === 'word';
}

/** Organisation words, roles and places (also places of several words such as "den haag") make a candidate no name. */
export function isOrganisationOrPlace(tokens: readonly NameToken[], lexicon: NameLexicon): boolean {
  return tokens.some((token, i) => {
    const word = token.folded;
    if (lexicon.organisationWords.has(word) || lexicon.roleWords.has(word) || lexicon.places.has(word)) return true;
    // Places of two to four words: "den haag", "bergen op zoom", "alphen aan den rijn".
    for (let n = 2; n <= 4 && i + n <= tokens.length; n += 1) {
      const words = tokens.slice(i, i + n).map((t) => t.folded);
      if (lexicon.places.has(words.join(' '))) return true;
    }
    return false;
  });
}

function isSurnameWord(token: NameToken | undefined, lexicon: NameLexicon, afterParticle: boolean): boolean {
  if (!isWord(token) || !isCapitalised(token.text) || token.text.length < 2) return false;
  if (lexicon.titles.has(token.folded) || lexicon.tussenvoegselWords.has(token.folded)) return false;
  if (lexicon.organisationWords.has(token.folded) || lexicon.roleWords.has(token.folded)) return false;
  if (lexicon.places.has(token.folded)) return false;
  if (lexicon.commonWords.has(token.folded) && !afterParticle) {
    return lexicon.surnameCores.has(token.folded) || lexicon.surnames.has(token.folded);
  }
  return true;
}

// Capitalised, lower case after that; a capital again only after a hyphen ("Kuzu-Yilmaz", "Gerrit-Jan") or an
// apostrophe ("O'Neill"); a hyphen may also end in a tussenvoegsel ("Jansen-de"). "AppStream" is a product and
// "Woo-verzoek" a compound noun, not names. "IJsselmuiden" starts with the Dutch capital IJ.
const NAME_SHAPE =
  /^(?:IJ|\p{Lu})[\p{Ll}'’]+(?:-(?:IJ|\p{Lu})[\p{Ll}'’]+|-(?:de|van|der|den|ter|ten|te|het)|['’]\p{Lu}\p{Ll}+)*$/u;

/** A capitalised word that may be part of a name: no title, particle, organisation, role, place or ordinary word. */
export function isNameLikeWord(token: NameToken | undefined, lexicon: NameLexicon): token is NameToken {
  return (
    token !== undefined &&
    isSurnameWord(token, lexicon, false) &&
    !lexicon.commonWords.has(token.folded) &&
    !lexicon.publicOffices.has(token.folded) &&
    NAME_SHAPE.test(token.text)
  );
}

export function readName(
  tokens: readonly NameToken[],
  from: number,
  lexicon: NameLexicon,
  options: ReadNameOptions = {},
): NameMatch | undefined {
  // A plain line break may sit inside a name only once something announced more to come.
  const isPlainBreak = (index: number): boolean =>
    options.crossLineBreak === true && tokens[index]?.kind === 'break' && tokens[index]?.blank !== true;
  /** The index of the next token after i, stepping over one plain line break. */
  const next = (i: number): number => (isPlainBreak(i + 1) ? i + 2 : i + 1);
  let j = from;
  if (isPlainBreak(j)) j += 1;
  const start = j;
  let initials = false;
  if (tokens[j]?.kind === 'initials') {
    initials = true;
    j = isPlainBreak(j + 1) ? j + 2 : j + 1;
  }
  const given: number[] = [];
  let unknownGiven = 0;
  for (;;) {
    const token = tokens[j];
    if (!isWord(token) || !isCapitalised(token.text) || !isWord(tokens[next(j)])) break;
    const following = tokens[next(j)] as NameToken;
    if (lexicon.firstNames.has(token.folded)) {
      given.push(j);
    } else if (
      unknownGiven < (options.unknownGivenNames ?? 0) &&
      isNameLikeWord(token, lexicon) &&
      (isCapitalised(following.text) || lexicon.tussenvoegselWords.has(following.folded))
    ) {
      given.push(j);
      unknownGiven += 1;
    } else break;
    j = next(j);
  }
  let particles = 0;
  let particleStart = j;
  while (isWord(tokens[j]) && lexicon.tussenvoegselWords.has(tokens[j]?.folded ?? '') && isWord(tokens[next(j)])) {
    if (particles === 0) particleStart = j;
    particles += 1;
    j = next(j);
  }
  if (!isSurnameWord(tokens[j], lexicon, particles > 0)) {
    // "Jan Willem" alone: the last first name is the surname as far as this rule is concerned.
    if (particles === 0 && given.length >= 2) {
      j = given.pop() as number;
    } else return undefined;
  }
  const surname = tokens[j] as NameToken;
  let to = j + 1;
  // Double surname written "Jansen-de Vries": the word ends in "-de"; the rest follows.
  const dangling = /-(\p{L}+)$/u.exec(surname.folded);
  if (dangling && lexicon.tussenvoegselWords.has(dangling[1] ?? '')) {
    let k = to;
    while (isWord(tokens[k]) && lexicon.tussenvoegselWords.has(tokens[k]?.folded ?? '')) k += 1;
    if (isSurnameWord(tokens[k], lexicon, true)) to = k + 1;
  }
  const candidate = tokens.slice(start, to).filter((token) => token.kind === 'word');
  if (isOrganisationOrPlace(candidate, lexicon)) return undefined;
  const first = tokens[start] as NameToken;
  const last = tokens[to - 1] as NameToken;
  const surnameFolded = surname.folded;
  const withParticles = [
    ...(particles > 0 ? tokens.slice(particleStart, j).filter((token) => token.kind === 'word') : []),
    surname,
  ]
    .map((token) => token.folded)
    .join(' ');
  return {
    from: start,
    to,
    start: first.start,
    end: last.end,
    initials,
    firstNames: given.length,
    tussenvoegsel: particles > 0,
    surnameInLexicon: lexicon.surnameCores.has(surnameFolded) || lexicon.surnames.has(withParticles),
    surnameIsCommonWord: lexicon.commonWords.has(surnameFolded),
  };
}
