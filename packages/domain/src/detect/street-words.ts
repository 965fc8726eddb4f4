// The words Dutch street names end in ("Stationsstraat", "Tolhuisweg", "Hoge Dijk"), for the address recogniser and
// for telling a street from a person's name.

/** Endings no surname shares: a word ending in one is a street, also without a house number ("Zonnedauwstraat"). */
export const STREET_ENDINGS = [
  'straat',
  'laan',
  'weg',
  'plein',
  'kade',
  'gracht',
  'singel',
  'steeg',
  'dreef',
  'pad',
  'markt',
  'plantsoen',
  'boulevard',
] as const;

/**
 * Every street word: the endings above and those surnames share as well ("Oostdijk", "Verhoef", "Hofstede"), which
 * make a street only with a house number.
 */
export const STREET_WORDS = [
  ...STREET_ENDINGS,
  'dijk',
  'baan',
  'wal',
  'allee',
  'erf',
  'hof',
  'hoven',
  'ring',
  'park',
  'veld',
  'akker',
  'donk',
  'gaarde',
  'kamp',
  'berg',
  'oord',
  'zijde',
  'burcht',
  'stede',
  'woerd',
  'horst',
  'brink',
  'hoeve',
  'wetering',
] as const;
