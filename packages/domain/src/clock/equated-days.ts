// Days equated with public holidays by Royal Decree (Atw art. 3(3)). They are decided year by year, so they live in a
// data file an administrator can extend (packages/domain/data/equated-days.json), never in code.
// Importing the JSON is the only "I/O" here and happens once, at module load; the calendar itself takes the array.
import data from '../../data/equated-days.json' with { type: 'json' };
import { isIsoDate } from '../dates/iso-date.js';
import type { IsoDate } from '../dates/iso-date.js';
import { DomainError } from '../errors.js';

export interface EquatedDay {
  date: IsoDate;
  nl: string;
  en: string;
  /** Where the equation is decided, e.g. the Besluit and its Staatsblad number. */
  source: string;
}

function badEntry(index: number, entry: unknown, problem: string): DomainError {
  const shown = JSON.stringify(entry) ?? String(entry);
  return new DomainError(
    'holidays.equated_day_invalid',
    {
      nl: `Gelijkgestelde dag nr. ${index + 1} in equated-days.json is ongeldig (${problem}): ${shown}`,
      en: `Equated day #${index + 1} in equated-days.json is invalid (${problem}): ${shown}`,
    },
    { index, entry, problem },
  );
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/** Checks the shape of equated-day data; throws `holidays.equated_day_invalid` naming the first bad entry. */
export function parseEquatedDays(input: unknown): EquatedDay[] {
  if (!Array.isArray(input)) {
    throw new DomainError(
      'holidays.equated_days_not_a_list',
      { nl: 'equated-days.json moet een lijst (array) zijn', en: 'equated-days.json must be a list (array)' },
      {},
    );
  }
  const seen = new Set<string>();
  return input.map((entry: unknown, index): EquatedDay => {
    if (typeof entry !== 'object' || entry === null || Array.isArray(entry))
      throw badEntry(index, entry, 'not an object');
    const { date, nl, en, source } = entry as Record<string, unknown>;
    if (typeof date !== 'string' || !isIsoDate(date))
      throw badEntry(index, entry, 'date is not a real YYYY-MM-DD date');
    if (!isNonEmptyString(nl)) throw badEntry(index, entry, 'nl is missing or empty');
    if (!isNonEmptyString(en)) throw badEntry(index, entry, 'en is missing or empty');
    if (!isNonEmptyString(source)) throw badEntry(index, entry, 'source is missing or empty');
    if (seen.has(date)) throw badEntry(index, entry, `date ${date} is listed twice`);
    seen.add(date);
    return { date, nl, en, source };
  });
}

/** The equated days shipped with the product, validated. */
export function loadEquatedDays(): EquatedDay[] {
  return parseEquatedDays(data);
}
