// The Dutch name lexicon shipped in packages/domain/data/dutch-names.json (see its "about" field for the source and
// how to extend it), checked once and turned into folded (lower case, no diacritics) sets for matching.
import data from '../../data/dutch-names.json' with { type: 'json' };
import { DomainError } from '../errors.js';
import { foldText } from './page-lines.js';

export interface NameLexicon {
  firstNames: ReadonlySet<string>;
  /** Full surnames with their tussenvoegsel ("de vries") and their last word ("vries"). */
  surnames: ReadonlySet<string>;
  surnameCores: ReadonlySet<string>;
  /** Single tussenvoegsel words ("van", "der", "'t"). */
  tussenvoegselWords: ReadonlySet<string>;
  /** Titles without their final dot ("dhr", "mevrouw", "de heer"). */
  titles: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
  organisationWords: ReadonlySet<string>;
  /** Role titles ("voorzitter", "minister"): after "mevrouw" they are no name. */
  roleWords: ReadonlySet<string>;
  /** Offices held in public ("wethouder", "minister"): a name right after one is a public official's. */
  publicOffices: ReadonlySet<string>;
  /** Places, folded, e.g. "den haag". */
  places: ReadonlySet<string>;
}

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item.trim() === '')) {
    throw new DomainError(
      'detect.lexicon_invalid',
      {
        nl: `dutch-names.json: "${field}" moet een lijst met namen (tekst) zijn`,
        en: `dutch-names.json: "${field}" must be a list of non-empty strings`,
      },
      { field },
    );
  }
  return value as string[];
}

function foldAll(values: readonly string[]): Set<string> {
  return new Set(values.map((value) => foldText(value.trim()).replace(/\.$/, '')));
}

/** Checks the shape of lexicon data and builds the lookup sets; throws `detect.lexicon_invalid` naming the field. */
export function parseNameLexicon(input: unknown): NameLexicon {
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const first = (
    typeof record.firstNames === 'object' && record.firstNames !== null ? record.firstNames : {}
  ) as Record<string, unknown>;
  const surnames = stringList(record.surnames, 'surnames');
  const tussenvoegsels = stringList(record.tussenvoegsels, 'tussenvoegsels');
  return {
    firstNames: foldAll([
      ...stringList(first.male, 'firstNames.male'),
      ...stringList(first.female, 'firstNames.female'),
    ]),
    surnames: foldAll(surnames),
    surnameCores: foldAll(surnames.map((surname) => surname.trim().split(/\s+/).at(-1) ?? surname)),
    tussenvoegselWords: foldAll(tussenvoegsels.flatMap((particle) => particle.split(/\s+/))),
    titles: foldAll(stringList(record.titles, 'titles')),
    commonWords: foldAll(stringList(record.commonWords, 'commonWords')),
    organisationWords: foldAll(stringList(record.organisationWords, 'organisationWords')),
    roleWords: foldAll(stringList(record.roleWords, 'roleWords')),
    publicOffices: foldAll(stringList(record.publicOffices, 'publicOffices')),
    places: foldAll(stringList(record.places, 'places')),
  };
}

let shipped: NameLexicon | undefined;

/** The lexicon shipped with the product, parsed once. */
export function dutchNameLexicon(): NameLexicon {
  shipped ??= parseNameLexicon(data);
  return shipped;
}
