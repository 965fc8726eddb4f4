// The document types of a Woo dossier — letters (outgoing, and incoming from residents), e-mails and memos — as
// blocks of text with personal data inserted in the sentences people really write it in.
import {
  dateOfBirth,
  emailAddress,
  iban,
  landlinePhone,
  licencePlate,
  mobilePhone,
  phone,
  postalAddress,
  writtenBsn,
  writtenDate,
} from './identifiers.js';
import type { Block } from './layout.js';
import {
  addressedName,
  fullName,
  initialsName,
  KNOWN_PERSONS,
  randomPerson,
  surnameAfterTitle,
  title,
} from './people.js';
import type { Person } from './people.js';
import type { Random } from './random.js';
import { FILLER, FUNCTIONS, OFFICES, SPECIAL_CATEGORY_PHRASES, SUBJECTS } from './sentences.js';
import { mark, officeHolder } from './truth.js';
import type { Piece } from './truth.js';

export const MUNICIPALITY = 'Lindewaard';
const DOMAIN = 'lindewaard.nl';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A person of the case: mostly strangers, sometimes one of the known persons (found through the case's list). */
function someone(random: Random): { person: Person; kind: 'person' | 'known_person' } {
  if (random.chance(0.25)) return { person: random.pick(KNOWN_PERSONS), kind: 'known_person' };
  return { person: randomPerson(random), kind: 'person' };
}

/** A sentence without personal data; an office holder in it ("Minister Meindertsma") is marked as one. */
function filler(random: Random): Piece[] {
  const offices: Piece[] = [];
  const text = random
    .pick(FILLER)
    .replaceAll('{date}', () => writtenDate(random, 2023, 2026))
    .replaceAll('{amount}', () => `€ ${random.int(12, 980)}.${random.int(100, 999)},-`)
    .replaceAll('{ref}', () => `Z/${random.int(23, 26)}/${random.int(100000, 999999)}`)
    .replaceAll('{office}', () => {
      // In this order (office, then person): the same draws as before office holders were recorded. The marker is a
      // private-use character, which no sentence holds.
      const office = random.pick(OFFICES);
      const { surname } = randomPerson(random);
      offices.push(officeHolder(`${office} ${surname}`, surname));
      return `\uE000${offices.length - 1}\uE000`;
    })
    .replaceAll('{place}', MUNICIPALITY);
  return text
    .split(/\uE000(\d+)\uE000/)
    .map((part, index) => (index % 2 === 1 ? (offices[Number(part)] as Piece) : part))
    .filter((piece) => piece !== '');
}

/** A sentence carrying one piece of personal data (sometimes two). */
function personalSentence(random: Random): Piece[] {
  const { person, kind } = someone(random);
  const [prefix, name] = addressedName(random, person);
  const who = (start: boolean): Piece[] => [start ? capital(prefix) : prefix, mark(kind, name)];
  switch (random.int(0, 12)) {
    case 0:
      return ['Het burgerservicenummer van betrokkene is ', mark('bsn', writtenBsn(random)), '.'];
    case 1:
      return [
        'De vergoeding is overgemaakt naar rekeningnummer ',
        mark('iban', iban(random)),
        ' ten name van ',
        ...who(false),
        '.',
      ];
    case 2:
      return [...who(true), ' is telefonisch bereikbaar op ', mark('phone', phone(random)), '.'];
    case 3: {
      const email = emailAddress(random, person.given, person.surname);
      return ['Reacties kunnen naar ', mark('email', email), ', het adres dat ', ...who(false), ' heeft opgegeven.'];
    }
    case 4: {
      const address = postalAddress(random);
      return [
        'Het handhavingsverzoek betreft de woning aan de ',
        mark('address', `${address.street} ${address.number}, ${address.postcode}`),
        ` ${address.place}.`,
      ];
    }
    case 5:
      return [
        'Op de parkeerplaats stond een bestelbus met kenteken ',
        mark('licence_plate', licencePlate(random)),
        ' zonder geldige vergunning.',
      ];
    case 6:
      return [...who(true), ' (geboren op ', mark('date_of_birth', dateOfBirth(random)), ') heeft bezwaar gemaakt.'];
    case 7:
      return [...who(true), ' ', mark('special_category', random.pick(SPECIAL_CATEGORY_PHRASES)), '.'];
    case 8:
      return ['Volgens ', ...who(false), ' is de overlast sinds het voorjaar toegenomen.'];
    case 9:
      return ['Het gesprek met ', ...who(false), ' vond plaats op ', writtenDate(random, 2024, 2026), '.'];
    case 10:
      return [
        'Geboortedatum: ',
        mark('date_of_birth', dateOfBirth(random)),
        '; BSN: ',
        mark('bsn', writtenBsn(random)),
      ];
    case 11:
      return [
        'De auto (kenteken ',
        mark('licence_plate', licencePlate(random)),
        ') is op naam gesteld van ',
        ...who(false),
        '.',
      ];
    default:
      return [
        ...who(true),
        ' woont aan de ',
        mark(
          'address',
          (() => {
            const a = postalAddress(random);
            return `${a.street} ${a.number}`;
          })(),
        ),
        ' en is bereikbaar via ',
        mark('phone', mobilePhone(random)),
        '.',
      ];
  }
}

/** A paragraph of 2–4 sentences; `personal` of them carry personal data. */
function paragraph(random: Random, personal: number): Block {
  const sentences: Piece[][] = Array.from({ length: random.int(2, 4) }, () => filler(random));
  for (let i = 0; i < personal; i += 1) sentences.splice(random.int(0, sentences.length), 0, personalSentence(random));
  return { type: 'paragraph', pieces: sentences.flatMap((sentence, i) => (i === 0 ? sentence : [' ', ...sentence])) };
}

function bodyPages(random: Random, pages: number, firstPageParagraphs: number): Block[] {
  const blocks: Block[] = [];
  for (let page = 0; page < pages; page += 1) {
    if (page > 0) blocks.push({ type: 'pageBreak' });
    const count = page === 0 ? firstPageParagraphs : random.int(6, 8);
    for (let i = 0; i < count; i += 1) blocks.push(paragraph(random, random.chance(0.5) ? random.int(1, 2) : 0));
  }
  return blocks;
}

function signature(random: Random, signer: { person: Person; kind: 'person' | 'known_person' }, mail: boolean) {
  const lines: Piece[][] = [['Met vriendelijke groet,'], [''], [mark(signer.kind, fullName(signer.person))]];
  lines.push([mark('signature', random.pick(FUNCTIONS))], [`Gemeente ${MUNICIPALITY}`]);
  if (mail || random.chance(0.5)) lines.push(['T ', mark('phone', mobilePhone(random))]);
  if (mail) lines.push(['E ', mark('email', emailAddress(random, signer.person.given, signer.person.surname, DOMAIN))]);
  return { type: 'lines', lines } satisfies Block;
}

/** An official of the municipality: a stranger, or the official on the known-persons list. */
function official(random: Random) {
  const known = KNOWN_PERSONS.find((person) => person.role === 'official');
  if (known && random.chance(0.2)) return { person: known as Person, kind: 'known_person' as const };
  return { person: randomPerson(random), kind: 'person' as const };
}

/** An outgoing letter of the municipality to a resident. */
export function outgoingLetter(random: Random, pages: number): Block[] {
  const to = someone(random);
  const address = postalAddress(random);
  const subject = random.pick(SUBJECTS);
  return [
    { type: 'lines', bold: true, size: 14, lines: [[`Gemeente ${MUNICIPALITY}`]] },
    {
      type: 'lines',
      size: 8.5,
      lines: [[`Postbus ${random.int(100, 9999)}, ${random.int(1000, 9999)} AA ${MUNICIPALITY}`], ['Telefoon 14 0345']],
      gapAfter: 24,
    },
    {
      type: 'lines',
      lines: [
        [capital(title(to.person, false)), ' ', mark(to.kind, initialsName(to.person))],
        [mark('address', `${address.street} ${address.number}`)],
        [mark('address', address.postcode), ` ${address.place.toUpperCase()}`],
      ],
      gapAfter: 24,
    },
    {
      type: 'lines',
      size: 9.5,
      lines: [
        [`Datum ${writtenDate(random, 2025, 2026)}`],
        [`Ons kenmerk Z/${random.int(23, 26)}/${random.int(100000, 999999)}`],
        [`Onderwerp ${subject}`],
      ],
      gapAfter: 18,
    },
    {
      type: 'lines',
      lines: [
        [
          to.person.gender === 'v' ? 'Geachte mevrouw ' : 'Geachte heer ',
          mark(to.kind, surnameAfterTitle(to.person)),
          ',',
        ],
      ],
    },
    ...bodyPages(random, pages, 4),
    signature(random, official(random), false),
  ];
}

/** A letter a resident wrote to the municipality (these often arrive on paper and are scanned). */
export function incomingLetter(random: Random, pages: number): Block[] {
  const from = someone(random);
  const address = postalAddress(random);
  const email = emailAddress(random, from.person.given, from.person.surname);
  return [
    {
      type: 'lines',
      lines: [
        [mark(from.kind, fullName(from.person))],
        [mark('address', `${address.street} ${address.number}`)],
        [mark('address', address.postcode), ` ${address.place}`],
        ['Tel. ', mark('phone', landlinePhone(random))],
        [mark('email', email)],
      ],
      gapAfter: 20,
    },
    {
      type: 'lines',
      lines: [[`Aan het college van burgemeester en wethouders van ${MUNICIPALITY}`], [`Postbus 1500`]],
      gapAfter: 16,
    },
    {
      type: 'lines',
      lines: [[`${address.place}, ${writtenDate(random, 2025, 2026)}`], [`Betreft: ${random.pick(SUBJECTS)}`]],
      gapAfter: 16,
    },
    { type: 'lines', lines: [['Geachte heer, mevrouw,']] },
    ...bodyPages(random, pages, 4),
    {
      type: 'lines',
      lines: [['Met vriendelijke groet,'], [''], [mark(from.kind, fullName(from.person))]],
    },
  ];
}

export interface MailMessage {
  from: { name: string; email: string };
  to: { name: string; email: string };
  cc?: { name: string; email: string };
  subject: string;
  date: Date;
  /** Blocks of the printed message (headers first), as the PDF shows it. */
  blocks: Block[];
  /** Blocks of the body only (for the .eml, whose headers are MIME headers). */
  bodyBlocks: Block[];
}

function mailParty(random: Random, internal: boolean) {
  const party = internal ? official(random) : someone(random);
  const email = emailAddress(random, party.person.given, party.person.surname, internal ? DOMAIN : undefined);
  return { ...party, name: fullName(party.person), email };
}

/** An e-mail between an official and a resident or a colleague; `pages` of body. */
export function mailMessage(random: Random, pages: number, start: Date): MailMessage {
  const from = mailParty(random, random.chance(0.6));
  const to = mailParty(random, random.chance(0.5));
  const cc = random.chance(0.3) ? mailParty(random, true) : undefined;
  const subject = `${random.chance(0.4) ? 'RE: ' : ''}${random.pick(SUBJECTS)}`;
  const date = new Date(start.getTime() + random.int(0, 400) * 86_400_000 + random.int(8, 17) * 3_600_000);
  const party = (p: { kind: 'person' | 'known_person'; name: string; email: string }): Piece[] => [
    mark(p.kind, p.name),
    ' <',
    mark('email', p.email),
    '>',
  ];
  const headers: Piece[][] = [
    ['Van: ', ...party(from)],
    ['Aan: ', ...party(to)],
    ...(cc ? [['CC: ', ...party(cc)]] : []),
    [`Verzonden: ${date.toISOString().slice(0, 16).replace('T', ' ')}`],
    [`Onderwerp: ${subject}`],
  ];
  const greetingName = to.person.given;
  const bodyBlocks: Block[] = [
    { type: 'lines', lines: [[random.pick(['Beste ', 'Hoi ', 'Goedemorgen ']), mark(to.kind, greetingName), ',']] },
    ...bodyPages(random, pages, random.int(2, 4)),
    signature(random, from, true),
  ];
  return {
    from,
    to,
    ...(cc ? { cc } : {}),
    subject,
    date,
    blocks: [{ type: 'lines', lines: headers, gapAfter: 18 }, ...bodyBlocks],
    bodyBlocks,
  };
}

/** An internal memo (nota) of one or more pages. */
export function memo(random: Random, pages: number): Block[] {
  const author = official(random);
  return [
    { type: 'lines', bold: true, size: 16, lines: [['Memo']], gapAfter: 12 },
    {
      type: 'lines',
      lines: [
        ['Aan: team Ruimte en het college'],
        ['Van: ', mark(author.kind, initialsName(author.person)), `, ${random.pick(FUNCTIONS)}`],
        [`Datum: ${writtenDate(random, 2024, 2026)}`],
        [`Onderwerp: ${random.pick(SUBJECTS)}`],
      ],
      gapAfter: 18,
    },
    ...bodyPages(random, pages, 6),
  ];
}
