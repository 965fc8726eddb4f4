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
  /** May the name cross one plain line break (after a title, initials or a tussenvoegsel)? */
  crossLineBreak?: boolean;
}

function isWord(token: NameToken | undefined): token is NameToken {
  return token?.kind === 'word';
}

/** Organisation words, roles and places (also two-word places such as "den haag") make a candidate no name. */
export function isOrganisationOrPlace(tokens: readonly NameToken[], lexicon: NameLexicon): boolean {
  return tokens.some((token, i) => {
    const word = token.folded;
    if (lexicon.organisationWords.has(word) || lexicon.roleWords.has(word) || lexicon.places.has(word)) return true;
    const next = tokens[i + 1];
    return next !== undefined && lexicon.places.has(`${token.folded} ${next.folded}`);
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

export function readName(
  tokens: readonly NameToken[],
  from: number,
  lexicon: NameLexicon,
  options: ReadNameOptions = {},
): NameMatch | undefined {
  let j = from;
  // A plain line break may sit inside a name only once something announced more to come.
  const skipBreak = (): void => {
    const token = tokens[j];
    if (options.crossLineBreak && token?.kind === 'break' && !token.blank) j += 1;
  };
  let initials = false;
  if (tokens[j]?.kind === 'initials') {
    initials = true;
    j += 1;
    skipBreak();
  }
  const given: number[] = [];
  while (isWord(tokens[j]) && isCapitalised(tokens[j]?.text ?? '') && lexicon.firstNames.has(tokens[j]?.folded ?? '')) {
    if (!isWord(tokens[j + 1])) break;
    given.push(j);
    j += 1;
  }
  let particles = 0;
  while (isWord(tokens[j]) && lexicon.tussenvoegselWords.has(tokens[j]?.folded ?? '') && isWord(tokens[j + 1])) {
    particles += 1;
    j += 1;
  }
  if (particles > 0) skipBreak();
  if (!isSurnameWord(tokens[j], lexicon, particles > 0)) {
    // "Jan Willem" alone: the last first name is the surname as far as this rule is concerned.
    if (particles === 0 && given.length >= 2) j = given.pop() as number;
    else return undefined;
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
  const candidate = tokens.slice(from, to).filter((token) => token.kind === 'word');
  if (isOrganisationOrPlace(candidate, lexicon)) return undefined;
  const first = tokens[from] as NameToken;
  const last = tokens[to - 1] as NameToken;
  const surnameFolded = surname.folded;
  const withParticles = tokens
    .slice(j - particles, j + 1)
    .map((token) => token.folded)
    .join(' ');
  return {
    from,
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
