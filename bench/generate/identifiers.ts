// Dutch personal identifiers that are valid by their own rules (BSN elfproef, IBAN mod-97, issued postcode letters,
// real licence-plate sidecodes), written the ways people write them. Built from the rules, not from the detector's
// code, so the benchmark measures the detector instead of repeating it.
import type { Random } from './random.js';

/** Nine digits passing the elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function bsn(random: Random): string {
  for (;;) {
    const digits = [random.int(1, 9), ...Array.from({ length: 7 }, () => random.int(0, 9))];
    const sum = digits.reduce((total, digit, i) => total + (9 - i) * digit, 0);
    const check = sum % 11;
    if (check === 10) continue;
    return [...digits, check].join('');
  }
}

export function writtenBsn(random: Random): string {
  const plain = bsn(random);
  return random.chance(0.25) ? `${plain.slice(0, 4)}.${plain.slice(4, 6)}.${plain.slice(6)}` : plain;
}

const BANKS = ['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'ASNB', 'KNAB', 'BUNQ', 'RBRB'];

function mod97(numeric: string): number {
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder;
}

/** A Dutch IBAN with correct check digits (ISO 13616 mod-97), grouped by four or written solid. */
export function iban(random: Random): string {
  const bank = random.pick(BANKS);
  const account = random.digits(10);
  const numeric = `${bank}${account}NL00`.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  const check = String(98 - mod97(numeric)).padStart(2, '0');
  const solid = `NL${check}${bank}${account}`;
  return random.chance(0.6) ? solid.replace(/(.{4})(?=.)/g, '$1 ') : solid;
}

const AREA_CODES = ['010', '020', '030', '033', '035', '038', '050', '053', '055', '058', '070', '071', '073', '076'];
const LONG_AREA_CODES = ['0318', '0341', '0575', '0598', '0513', '0485'];

export function mobilePhone(random: Random): string {
  const rest = `${random.int(1, 5)}${random.digits(7)}`;
  switch (random.int(0, 3)) {
    case 0:
      return `06-${rest}`;
    case 1:
      return `06 ${rest.slice(0, 4)} ${rest.slice(4)}`;
    case 2:
      return `+31 6 ${rest.slice(0, 4)} ${rest.slice(4)}`;
    default:
      return `06${rest}`;
  }
}

export function landlinePhone(random: Random): string {
  if (random.chance(0.3)) {
    const area = random.pick(LONG_AREA_CODES);
    const rest = `${random.int(2, 9)}${random.digits(5)}`;
    return random.chance(0.5) ? `${area}-${rest}` : `(${area}) ${rest}`;
  }
  const area = random.pick(AREA_CODES);
  const rest = `${random.int(2, 9)}${random.digits(6)}`;
  switch (random.int(0, 2)) {
    case 0:
      return `${area}-${rest}`;
    case 1:
      return `${area} ${rest.slice(0, 3)} ${rest.slice(3)}`;
    default:
      return `+31 ${area.slice(1)} ${rest.slice(0, 3)} ${rest.slice(3)}`;
  }
}

export function phone(random: Random): string {
  return random.chance(0.6) ? mobilePhone(random) : landlinePhone(random);
}

const STREETS = [
  'Lindenlaan',
  'Kerkstraat',
  'Molenweg',
  'Burgemeester Visserstraat',
  'Jan van Galenstraat',
  'Prinses Irenelaan',
  'Oude Gracht',
  'Vossenkamp',
  'Hoefijzerpad',
  'Beukenhof',
  'Dorpsstraat',
  'Zonnedauwstraat',
  'Kastanjelaan',
  'Spoorsingel',
  'Weverstede',
  'Hoge Woerd',
  'Abel Tasmanstraat',
  'Van Limburg Stirumplein',
  'Tolhuisweg',
  'Noorderdijk',
];
const PLACES = ['Lindewaard', 'Oosterhaven', 'Zuidervaart', 'Beekveld', 'Holtermeer', 'Nieuw-Ravensloot'];
// Postcode letters SA, SD and SS are never issued.
const POSTCODE_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export interface PostalAddress {
  street: string;
  number: string;
  postcode: string;
  place: string;
}

export function postalAddress(random: Random): PostalAddress {
  const pickLetters = () => `${random.pick([...POSTCODE_LETTERS])}${random.pick([...POSTCODE_LETTERS])}`;
  let letters = pickLetters();
  while (['SA', 'SD', 'SS'].includes(letters)) letters = pickLetters();
  const base = String(random.int(1, 240));
  const suffix = random.chance(0.2) ? random.pick(['a', 'b', 'A', '-2', ' bis', '-II']) : '';
  return {
    street: random.pick(STREETS),
    number: `${base}${suffix}`,
    postcode: `${random.int(1000, 9999)} ${letters}`,
    place: random.pick(PLACES),
  };
}

export const placeNames = PLACES;

// Sidecodes 4–11 (1999 onwards), as issued: digits 9, letters X; vowels are not used on plates.
const SIDECODES = ['XX-XX-99', '99-XX-XX', '99-XXX-9', '9-XXX-99', 'XX-999-X', 'X-999-XX', 'XXX-99-X', 'X-99-XXX'];
const PLATE_LETTERS = 'BDFGHJKLNPRSTVXZ';

export function licencePlate(random: Random): string {
  const shape = random.pick(SIDECODES);
  return [...shape]
    .map((c) => (c === '9' ? String(random.int(0, 9)) : c === 'X' ? random.pick([...PLATE_LETTERS]) : c))
    .join('');
}

const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

export function writtenDate(random: Random, fromYear: number, toYear: number): string {
  const year = random.int(fromYear, toYear);
  const month = random.int(1, 12);
  const day = random.int(1, 28);
  if (random.chance(0.5)) return `${day} ${MONTHS[month - 1]} ${year}`;
  return `${String(day).padStart(2, '0')}-${String(month).padStart(2, '0')}-${year}`;
}

export function dateOfBirth(random: Random): string {
  return writtenDate(random, 1938, 2006);
}

const PROVIDERS = ['gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com', 'xs4all.nl', 'planet.nl'];

/** A private address made from the person's name, or an address at the organisation's domain. */
export function emailAddress(random: Random, given: string, surname: string, domain?: string): string {
  const clean = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z]/g, '');
  const local = random.pick([
    `${clean(given)}.${clean(surname)}`,
    `${clean(given).charAt(0)}.${clean(surname)}`,
    `${clean(given)}${clean(surname)}${random.int(1, 99)}`,
  ]);
  return `${local}@${domain ?? random.pick(PROVIDERS)}`;
}
