// Turns the ways people write exemption grounds ('5.1.2.e', '5.1 lid 2 sub e', 'art. 10, tweede lid, onder e Wob')
// into one canonical code. Used on input (forms, imports of old inventories); output is always printed canonically.
//
// How it reads a code: lowercase, drop the words that carry no number ('artikel', 'art', 'aanhef', 'en', 'lid',
// 'sub', 'onder', 'onderdeel', 'van de', 'Woo', 'Wob'), turn ordinals ('tweede', '2e lid') into numbers, then read the remaining
// sequence of numbers and single letters: article (5.1, 5.2, 5.4, Wob 10, 11), lid, letter.
//
// The short form without a lid ('5.1.e') is ambiguous, because letters a–e exist in both lid 1 and lid 2.
// Rule: letters e–i mean lid 2 ('5.1.e' is the shorthand for privacy, 5.1.2e, in practice; f–i only exist in lid 2);
// letters a–d are refused with 'ground.ambiguous' instead of guessed, because a wrong guess there silently turns an
// absolute ground into a relative one (5.1.1d bijzondere persoonsgegevens versus 5.1.2d toezicht).
import { DomainError } from '../errors.js';
import { isGroundCode, type GroundCode } from './ground-code.js';
import { wobToWooGround } from './wob-ground-mapping.js';

const ignoredWords = new Set([
  'artikel',
  'art',
  'aanhef',
  'en',
  'lid',
  'sub',
  'onder',
  'onderdeel',
  'letter',
  'van',
  'de',
]);
const ordinals: Record<string, string> = {
  eerste: '1',
  tweede: '2',
  derde: '3',
  vierde: '4',
  vijfde: '5',
  zesde: '6',
  zevende: '7',
};

type Law = 'woo' | 'wob' | 'unspecified';

/** Canonical code for any accepted spelling. Throws `ground.unknown` (or `ground.ambiguous`) quoting the input. */
export function normalizeGroundCode(input: string): GroundCode {
  const text = input.trim().toLowerCase();
  if (text === 'dubbel') return 'dubbel';
  if (isGroundCode(text)) return text;

  const parsed = tokenize(text);
  if (!parsed) throw unknownGround(input);
  const { law, tokens } = parsed;
  const [article, ...rest] = tokens;

  if (article === '5' && law !== 'wob') return wooCode(rest, input);
  if ((article === '10' || article === '11') && law !== 'woo') return wobCode(article, rest, input);
  throw unknownGround(input);
}

/** Numbers and single letters in order, or null when something is left that is neither. */
function tokenize(text: string): { law: Law; tokens: string[] } | null {
  // '2e lid' / '2de lid' is an ordinal, not lid 2 plus letter e.
  const withOrdinals = text.replace(/\b(\d+)(?:e|de|ste)\s+lid\b/g, '$1 lid');
  let law: Law = 'unspecified';
  const tokens: string[] = [];
  for (const word of withOrdinals.split(/[^a-z0-9]+/).filter(Boolean)) {
    if (word === 'woo' || word === 'wob') {
      if (law !== 'unspecified' && law !== word) return null;
      law = word;
      continue;
    }
    if (ignoredWords.has(word)) continue;
    const ordinal = ordinals[word];
    if (ordinal) {
      tokens.push(ordinal);
      continue;
    }
    // '2e' in '5.1.2e' is lid 2, letter e: split runs of digits from runs of letters.
    for (const part of word.match(/\d+|[a-z]+/g) ?? []) {
      if (/^[a-z]{2,}$/.test(part)) return null;
      tokens.push(part);
    }
  }
  return { law, tokens };
}

function wooCode(rest: string[], input: string): GroundCode {
  const key = rest.join('.');
  // 5.2 and 5.4: the whole article is the ground; '5.2 lid 1' names the same ground.
  if (key === '2' || key === '2.1') return '5.2';
  if (key === '4') return '5.4';
  if (key === '1.5') return '5.1.5';
  const [articlePart, lid, letter, ...extra] = rest;
  if (articlePart !== '1' || extra.length > 0) throw unknownGround(input);
  if (lid !== undefined && isLetter(lid) && letter === undefined) {
    if (lid >= 'e') return checked(`5.1.2${lid}`, input);
    throw new DomainError(
      'ground.ambiguous',
      {
        nl: `"${input}" kan zowel artikel 5.1, eerste lid, als tweede lid, onder ${lid} zijn. Schrijf 5.1.1${lid} of 5.1.2${lid}.`,
        en: `"${input}" could be article 5.1, first or second paragraph, under ${lid}. Write 5.1.1${lid} or 5.1.2${lid}.`,
      },
      { input },
    );
  }
  if ((lid === '1' || lid === '2') && letter !== undefined && isLetter(letter)) {
    return checked(`5.1.${lid}${letter}`, input);
  }
  throw unknownGround(input);
}

function wobCode(article: string, rest: string[], input: string): GroundCode {
  // Wob 11 has one ground; '11' and '11.1' both name it.
  const key = article === '11' && rest.length === 0 ? '11.1' : [article, ...rest].join('.').replace(/\.([a-z])$/, '$1');
  const code = wobToWooGround.get(key);
  if (!code) throw unknownGround(input);
  return code;
}

function isLetter(token: string): boolean {
  return /^[a-z]$/.test(token);
}

function checked(candidate: string, input: string): GroundCode {
  if (!isGroundCode(candidate)) throw unknownGround(input);
  return candidate;
}

function unknownGround(input: string): DomainError {
  return new DomainError(
    'ground.unknown',
    {
      nl: `Uitzonderingsgrond niet herkend: "${input}". Gebruik een code uit de Woo, zoals 5.1.2e.`,
      en: `Exemption ground not recognised: "${input}". Use a Woo code such as 5.1.2e.`,
    },
    { input },
  );
}
