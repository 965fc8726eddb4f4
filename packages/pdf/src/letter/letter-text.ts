// The letter uses the PDF standard fonts (Helvetica), whose WinAnsi encoding holds every letter of Dutch (é, ë, ï, ü,
// ó…). Text outside it is transliterated where that keeps the meaning (the ĳ ligature → "ij", "ő" → "o", typographic
// spaces → a space); anything else is refused with the character and where it stands, never printed as "?".
import { DomainError } from '@woo/domain';

const replacements = new Map<string, string>([
  ['\u0133', 'ij'],
  ['\u0132', 'IJ'],
  ['\u00a0', ' '],
  ['\u2002', ' '],
  ['\u2003', ' '],
  ['\u2009', ' '],
  ['\u202f', ' '],
  ['\u2010', '-'],
  ['\u2011', '-'],
  ['\u2212', '-'],
  ['\u2032', "'"],
  ['\u2033', '"'],
  ['\u0141', 'L'],
  ['\u0142', 'l'],
  ['\u0110', 'D'],
  ['\u0111', 'd'],
  ['\u0131', 'i'],
]);

/** Where a text stands in the letter, in both languages, e.g. { nl: 'de motivering bij 5.1.2e', en: 'the motivation for 5.1.2e' }. */
export interface LetterPlace {
  nl: string;
  en: string;
  /** The input field the text came from (e.g. 'motivations.5.1.2e'), so a form can show the error next to it. */
  field?: string;
}

export class LetterTextError extends DomainError {
  constructor(character: string, where: LetterPlace) {
    const codePoint = `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    super(
      'letter.unsupported_character',
      {
        nl: `Het teken "${character}" (${codePoint}) in ${where.nl} kan niet in de brief worden gezet. Vervang het door een gewone letter of leesteken.`,
        en: `The character "${character}" (${codePoint}) in ${where.en} cannot be printed in the letter. Replace it with a plain letter or punctuation mark.`,
      },
      { character: codePoint, where: where.en, ...(where.field && { field: where.field }) },
    );
    this.name = 'LetterTextError';
  }
}

/**
 * Makes `text` printable in a font whose character set is `supported` (code points): kept, transliterated, or refused
 * with a LetterTextError naming the character and `where` it stands.
 */
export function printableText(text: string, supported: ReadonlySet<number>, where: LetterPlace): string {
  let out = '';
  for (const character of text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ')) {
    const codePoint = character.codePointAt(0)!;
    if (character === '\n' || supported.has(codePoint)) {
      out += character;
      continue;
    }
    const replacement = replacements.get(character);
    if (replacement !== undefined && [...replacement].every((c) => supported.has(c.codePointAt(0)!))) {
      out += replacement;
      continue;
    }
    // A letter with a diacritic the font lacks: the base letter (ő → o, ș → s).
    const base = character.normalize('NFD').replace(/\p{M}/gu, '');
    if (base !== character && base.length > 0 && [...base].every((c) => supported.has(c.codePointAt(0)!))) {
      out += base;
      continue;
    }
    // Invisible format characters (zero-width space, soft hyphen…) carry nothing to print.
    if (/\p{Cf}/u.test(character)) continue;
    throw new LetterTextError(character, where);
  }
  return out;
}
