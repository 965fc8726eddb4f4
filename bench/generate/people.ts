// The persons in the generated dossier. Given names and surnames were chosen OUTSIDE the detector's lexicon
// (packages/domain/data/dutch-names.json, checked when this list was written), so the "other names" recall measures
// the context rules (titles, initials, headers, signatures) rather than a lookup of the same list. The known persons
// are the case's list: the detector gets them as DetectionContext.knownPersons.
import type { Random } from './random.js';

const GIVEN_NAMES = [
  'Taco',
  'Siebe',
  'Melle',
  'Jurre',
  'Eline',
  'Noortje',
  'Ineke',
  'Jacoba',
  'Klaasje',
  'Soufiane',
  'Gerolf',
  'Sytse',
  'Everhard',
  'Gysbert',
  'Roeland',
  'Quirijn',
  'Valentijn',
  'Leopold',
  'Aldert',
  'Barend',
  'Tijmen',
  'Fedde',
  'Onno',
  'Berend',
  'Wolter',
  'Idske',
  'Anneloes',
  'Aleida',
  'Berdien',
  'Fenneke',
  'Gerlinde',
  'Ilona',
  'Jorieke',
  'Nelleke',
  'Riemke',
  'Sjoukje',
  'Wendeline',
  'Geertruida',
  'Hillegonda',
  'Marrit',
  'Jildou',
  'Baukje',
  'Machteld',
  'Odile',
  'Clasina',
  'Adelheid',
  'Joëlle',
  'Tessel',
  'Ymke',
  'Zehra',
  'Oussama',
  'Anand',
  'Soenita',
];

const SURNAMES = [
  'Wijnberg',
  'Dekkers',
  'Brouwers',
  'Schippers',
  'Groeneveld',
  'Noordhoek',
  'Hofstede',
  'Oudshoorn',
  'Elhadji',
  'Ruiters',
  'Rademaker',
  'Cornelissen',
  'Langeveld',
  'Vlasblom',
  'Spaargaren',
  'Overbeek',
  'Kalkman',
  'Nijenhuis',
  'Lansbergen',
  'Vredenburg',
  'Wolthuis',
  'Bruinsma',
  'Feenstra',
  'Wieringa',
  'Boersema',
  'Smeenk',
  'Ligtenberg',
  'Rozendaal',
  'Uiterwijk',
  'Westerveld',
  'Appelman',
  'Beukema',
  'Doornbos',
  'Eijkelenboom',
  'Frankema',
  'Jonkman',
  'Meindertsma',
  'Ottens',
  'Poelstra',
  'Reitsma',
  'Talsma',
  'Vellinga',
  'Barendrecht',
  'Duijvestein',
  'Fokkema',
  'Gerritsma',
  'Jellema',
  'Leijten',
  'Mesman',
  'Oostdijk',
  'Ruijgrok',
  'Tollenaar',
  'Uitdehaag',
  'Vlietstra',
  'Warmerdam',
  'Zuurbier',
  'Akkermans',
  'Crielaard',
  'Dieleman',
  'Grootveld',
];

const PARTICLES = ['van', 'de', 'van der', 'van den', 'ter', 'van de'];

export type Gender = 'm' | 'v';

export interface Person {
  given: string;
  /** Tussenvoegsel, lower case as written inside a full name ("van der"); '' when none. */
  particle: string;
  surname: string;
  gender: Gender;
}

// Gender only chooses "de heer" or "mevrouw"; the lists above are split by the usual use of each name.
const FEMALE = new Set([
  'Eline',
  'Noortje',
  'Ineke',
  'Jacoba',
  'Klaasje',
  'Idske',
  'Anneloes',
  'Aleida',
  'Berdien',
  'Fenneke',
  'Gerlinde',
  'Ilona',
  'Jorieke',
  'Nelleke',
  'Riemke',
  'Sjoukje',
  'Wendeline',
  'Geertruida',
  'Hillegonda',
  'Marrit',
  'Jildou',
  'Baukje',
  'Machteld',
  'Odile',
  'Clasina',
  'Adelheid',
  'Joëlle',
  'Tessel',
  'Ymke',
  'Zehra',
  'Soenita',
]);

export function randomPerson(random: Random): Person {
  const given = random.pick(GIVEN_NAMES);
  return {
    given,
    particle: random.chance(0.3) ? random.pick(PARTICLES) : '',
    surname: random.pick(SURNAMES),
    gender: FEMALE.has(given) ? 'v' : 'm',
  };
}

/** The requester, a third party and an official marked non-public: the case's known-persons list. */
export const KNOWN_PERSONS: readonly (Person & { role: string })[] = [
  { given: 'Annelies', particle: 'van', surname: 'Rijckevorsel', gender: 'v', role: 'requester' },
  { given: 'Gerrit-Jan', particle: '', surname: 'Oosterbroek', gender: 'm', role: 'third_party' },
  { given: 'Marloes', particle: 'ter', surname: 'Haitsma Mulier', gender: 'v', role: 'official' },
];

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function fullName(person: Person): string {
  return [person.given, person.particle, person.surname].filter((part) => part !== '').join(' ');
}

export function initials(person: Person): string {
  return person.given
    .split('-')
    .map((part) => `${part.charAt(0)}.`)
    .join('');
}

/** "J. van der Wal" */
export function initialsName(person: Person): string {
  return [initials(person), person.particle, person.surname].filter((part) => part !== '').join(' ');
}

/** The surname as written after a title: "De heer Van der Wal" capitalises the particle. */
export function surnameAfterTitle(person: Person): string {
  return person.particle === '' ? person.surname : `${capital(person.particle)} ${person.surname}`;
}

export function title(person: Person, formal: boolean): string {
  if (person.gender === 'v') return formal ? 'mevrouw' : 'mw.';
  return formal ? 'de heer' : 'dhr.';
}

/** How the name is written in running text, with its form of address. Returns [prefix that stays, name]. */
export function addressedName(random: Random, person: Person): [prefix: string, name: string] {
  switch (random.int(0, 4)) {
    case 0:
      return [`${title(person, true)} `, surnameAfterTitle(person)];
    case 1:
      return [`${title(person, false)} `, initialsName(person)];
    case 2:
      return ['', initialsName(person)];
    case 3:
      return [`${title(person, true)} `, fullName(person)];
    default:
      return ['', fullName(person)];
  }
}
