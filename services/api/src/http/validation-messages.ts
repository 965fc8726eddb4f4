// zod's issues in Dutch and English, for per-field messages a requester can act on. Custom checks carry their own
// texts in `params: { nl, en }`.
import type { z } from 'zod';

export interface Bilingual {
  nl: string;
  en: string;
}

type Issue = z.core.$ZodIssue;

const typeNames: Record<string, Bilingual> = {
  string: { nl: 'tekst', en: 'text' },
  number: { nl: 'een getal', en: 'a number' },
  int: { nl: 'een heel getal', en: 'a whole number' },
  boolean: { nl: 'ja of nee (true/false)', en: 'yes or no (true/false)' },
  array: { nl: 'een lijst', en: 'a list' },
  object: { nl: 'een object', en: 'an object' },
};

function sizeMessage(issue: Issue & { origin?: string }, bound: number | bigint, kind: 'min' | 'max'): Bilingual {
  const n = Number(bound);
  if (issue.origin === 'string') {
    return kind === 'min'
      ? n <= 1
        ? { nl: 'Vul dit veld in.', en: 'Please fill in this field.' }
        : { nl: `Gebruik minstens ${n} tekens.`, en: `Use at least ${n} characters.` }
      : { nl: `Gebruik hoogstens ${n} tekens.`, en: `Use at most ${n} characters.` };
  }
  if (issue.origin === 'array') {
    return kind === 'min'
      ? { nl: `Geef er minstens ${n}.`, en: `Give at least ${n}.` }
      : { nl: `Geef er hoogstens ${n}.`, en: `Give at most ${n}.` };
  }
  return kind === 'min'
    ? { nl: `Moet minstens ${n} zijn.`, en: `Must be at least ${n}.` }
    : { nl: `Mag hoogstens ${n} zijn.`, en: `Must be at most ${n}.` };
}

export function issueMessage(issue: Issue): Bilingual {
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) return { nl: 'Dit veld is verplicht.', en: 'This field is required.' };
      const expected = typeNames[issue.expected] ?? { nl: issue.expected, en: issue.expected };
      return { nl: `Hier hoort ${expected.nl}.`, en: `This should be ${expected.en}.` };
    }
    case 'too_small':
      return sizeMessage(issue, issue.minimum, 'min');
    case 'too_big':
      return sizeMessage(issue, issue.maximum, 'max');
    case 'invalid_format':
      if (issue.format === 'email') {
        return { nl: 'Dit is geen geldig e-mailadres.', en: 'This is not a valid e-mail address.' };
      }
      if (issue.format === 'date') {
        return { nl: 'Gebruik een datum als JJJJ-MM-DD.', en: 'Use a date as YYYY-MM-DD.' };
      }
      if (issue.format === 'uuid') return { nl: 'Dit is geen geldige id.', en: 'This is not a valid id.' };
      return { nl: 'De vorm klopt niet.', en: 'The format is not right.' };
    case 'invalid_value':
      return {
        nl: `Kies een van: ${issue.values.map(String).join(', ')}.`,
        en: `Choose one of: ${issue.values.map(String).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return { nl: 'Dit veld kennen we niet. Laat het weg.', en: 'This field is not known. Leave it out.' };
    case 'custom': {
      const texts = issue.params as Partial<Bilingual> | undefined;
      if (texts?.nl && texts.en) return { nl: texts.nl, en: texts.en };
      return { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' };
    }
    default:
      return { nl: 'Deze waarde klopt niet.', en: 'This value is not valid.' };
  }
}
