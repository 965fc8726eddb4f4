import { describe, expect, it } from 'vitest';
import { isGroundCode } from '../grounds/ground-code.js';
import type { DetectionContext } from './detection-context.js';
import type { Finding } from './finding.js';
import { findingKinds } from './finding.js';
import { mergeFindings } from './merge-findings.js';
import { layoutPage } from './page-text.fixture.js';
import { detectAll, detectionGrounds, recognisers, recognisersForGround, runRecognisers } from './registry.js';

const context = { knownPersons: [], locale: 'nl' } as const;

// A typical e-mail in a Woo dossier: headers, a body with names and identifiers, a signature.
const EMAIL = [
  'Van: Jansen, Pieter <p.jansen@utrecht.nl>',
  'Verzonden: dinsdag 3 maart 2026 10:12',
  'Aan: Woo-team <woo@utrecht.nl>; S. de Vries <sanne.devries@gmail.com>',
  'CC: Gemeente Utrecht <info@utrecht.nl>',
  'Onderwerp: RE: Woo-verzoek bouwvergunning Stationsstraat',
  '',
  'Beste Sanne,',
  '',
  'Zoals besproken met mevrouw Bakker en de heer J.P. van den Berg van team Vergunningen stuur ik je',
  'de stukken. De aanvrager, Mohamed El Idrissi (BSN 123456782, geboren op 12 maart 1980), woont aan de',
  'Stationsstraat 12, 3511 AB Utrecht. Hij was enige tijd ziek door een burn-out en kon daarom niet reageren.',
  'Het bedrag kan worden overgemaakt op NL91 ABNA 0417 1643 00. De auto met kenteken 12-ABC-3 staat in Den Haag.',
  'Het college van burgemeester en wethouders heeft op 12 maart 2026 besloten. Bel gerust: 06-12345678.',
  'Voor vragen over de Woo kunt u bellen met 0800-1234 of mailen naar woo@utrecht.nl.',
  '',
  'Met vriendelijke groet,',
  '',
  'Pieter Jansen',
  'Beleidsmedewerker Vergunningen',
  'Gemeente Utrecht | Afdeling Ruimte',
  'T 030 286 1234 | M +31 6 1234 5678',
  'p.jansen@utrecht.nl',
  '',
  'Dit bericht is uitsluitend bestemd voor de geadresseerde.',
];

function summary(findings: readonly Finding[]): string[] {
  return findings.map((finding) => `${finding.ground} ${finding.kind}: ${finding.text}`);
}

describe('the registry', () => {
  it('lists every recogniser once, each with a real ground and kinds', () => {
    expect(new Set(recognisers.map((r) => r.name)).size).toBe(recognisers.length);
    for (const recogniser of recognisers) {
      expect(isGroundCode(recogniser.ground)).toBe(true);
      expect(recogniser.kinds.length).toBeGreaterThan(0);
      for (const kind of recogniser.kinds) expect(findingKinds).toContain(kind);
    }
  });

  it('gives the recognisers of one ground for its queue', () => {
    expect(detectionGrounds).toEqual(['5.1.1d', '5.1.1e', '5.1.2e']);
    expect(recognisersForGround('5.1.1e').map((r) => r.name)).toEqual(['bsn-elfproef']);
    expect(recognisersForGround('5.1.1d').map((r) => r.name)).toEqual(['special-category-lexicon']);
    expect(recognisersForGround('5.1.2e').map((r) => r.name)).toEqual([
      'email-address',
      'dutch-phone-number',
      'iban-mod97',
      'dutch-address',
      'dutch-licence-plate',
      'date-of-birth',
      'known-person',
      'dutch-person-name',
      'email-signature',
    ]);
    expect(recognisersForGround('5.2')).toEqual([]);
  });

  it('runs one ground on its own: only findings of that ground', () => {
    const findings = runRecognisers(recognisersForGround('5.1.1e'), [layoutPage(EMAIL)], context);
    expect(summary(findings)).toEqual(['5.1.1e bsn: 123456782']);
  });
});

describe('detectAll', () => {
  it('finds in a typical e-mail what a Woo coordinator would redact, and nothing silly', () => {
    const findings = detectAll([layoutPage(EMAIL)], { knownPersons: [{ name: 'Mohamed El Idrissi' }], locale: 'nl' });
    expect(summary(findings)).toEqual([
      '5.1.2e person: Jansen, Pieter',
      '5.1.2e email: p.jansen@utrecht.nl',
      '5.1.2e person: S. de Vries',
      '5.1.2e email: sanne.devries@gmail.com',
      '5.1.2e person: Sanne',
      '5.1.2e person: Bakker',
      '5.1.2e person: J.P. van den Berg',
      '5.1.2e person: Mohamed El Idrissi',
      '5.1.1e bsn: 123456782',
      '5.1.2e date_of_birth: 12 maart 1980',
      '5.1.2e address: Stationsstraat 12, 3511 AB',
      '5.1.1d special_category: Hij was enige tijd ziek door een burn-out en kon daarom niet reageren.',
      '5.1.2e iban: NL91 ABNA 0417 1643 00',
      '5.1.2e licence_plate: 12-ABC-3',
      '5.1.2e phone: 06-12345678',
      '5.1.2e person: Pieter Jansen',
      '5.1.2e signature: Beleidsmedewerker Vergunningen',
      '5.1.2e phone: T 030 286 1234 | M +31 6 1234 5678',
      '5.1.2e email: p.jansen@utrecht.nl',
    ]);
    const known = findings.find((finding) => finding.text === 'Mohamed El Idrissi');
    expect(known?.recogniser).toBe('known-person+dutch-person-name');
  });

  it('finds in a decision letter the requester and the officials below the public level, not the organisation', () => {
    const letter = [
      'Gemeente Utrecht',
      'Postbus 16200, 3500 CE Utrecht',
      'Stadsplateau 1, 3521 AZ Utrecht',
      'Telefoon 14 030 | www.utrecht.nl',
      '',
      'Aan de heer M. de Groot',
      'Kerkweg 14',
      '3451 AB Vleuten',
      '',
      'Datum: 2 april 2026',
      'Ons kenmerk: 2026-0042',
      'Onderwerp: Besluit op uw Woo-verzoek',
      '',
      'Geachte heer De Groot,',
      '',
      'Op 3 maart 2026 hebben wij uw verzoek op grond van de Wet open overheid (Woo) ontvangen. U vraagt om',
      'documenten over de herinrichting van het Stationsplein. Mark van Dijk van de afdeling Mobiliteit heeft',
      'met u gebeld op 6 maart 2026. Wij hebben 14 documenten gevonden. In bijlage 1 vindt u de inventarislijst.',
      'De minister van Binnenlandse Zaken en Koninkrijksrelaties heeft een brief gestuurd aan de Tweede Kamer.',
      'Vragen? Bel 030 - 286 00 00 of mail naar woo@utrecht.nl. Wethouder Eelco Eerenberg tekende het besluit.',
      '',
      'Hoogachtend,',
      'burgemeester en wethouders van Utrecht,',
      'namens dezen,',
      '',
      'drs. A.B. Pietersen',
      'teamleider Juridische Zaken',
    ];
    const findings = detectAll([layoutPage(letter)], {
      knownPersons: [{ name: 'Maarten de Groot', role: 'requester' }],
      locale: 'nl',
    });
    expect(summary(findings)).toEqual([
      '5.1.2e person: M. de Groot',
      '5.1.2e address: Kerkweg 14',
      '5.1.2e address: 3451 AB',
      '5.1.2e person: De Groot',
      '5.1.2e person: Mark van Dijk',
      '5.1.2e phone: 030 - 286 00 00',
      '5.1.2e person: drs. A.B. Pietersen', // the signature line and the name, merged
      '5.1.2e signature: teamleider Juridische Zaken',
    ]);
  });

  it('finds nothing in ordinary sentences', () => {
    const page = layoutPage([
      'De gemeente heeft het verzoek op 3 maart 2026 ontvangen en neemt binnen vier weken een besluit.',
      'Het college van burgemeester en wethouders van Den Haag vergadert op dinsdag 10 maart 2026.',
      'Op grond van artikel 5.1, tweede lid, onder e, van de Woo is de informatie niet openbaar gemaakt.',
      'Bijlage 2 bevat de inventarislijst met 14 documenten; zie ook pagina 12 en 13.',
    ]);
    expect(detectAll([page], context)).toEqual([]);
  });

  it('numbers findings by the page they are on', () => {
    const pages = [layoutPage(['niets hier']), layoutPage(['BSN 123456782'], { page: 2 })];
    expect(detectAll(pages, context).map((finding) => finding.page)).toEqual([2]);
  });
});

describe('the pieces of a finding over several lines', () => {
  const detect = (lines: string[], knownPersons: DetectionContext['knownPersons'] = []) =>
    detectAll([layoutPage(lines)], { knownPersons, locale: 'nl' });
  const pieces = (findings: readonly Finding[]) => findings.map((finding) => [finding.text, finding.pieceOf]);

  it('gives two different names on consecutive lines no shared key', () => {
    const findings = detect(['Het gesprek was met Piet Bakker', 'Kees de Vries was er ook bij.']);
    expect(pieces(findings)).toEqual([
      ['Piet Bakker', undefined],
      ['Kees de Vries', undefined],
    ]);
  });

  it('gives the two pieces of one name split over two lines one key, also when two recognisers found it', () => {
    const lines = ['Gesproken met de heer J.', 'Jansen, 06-12345678, over het plan.'];
    const [first, second, phone, ...rest] = detect(lines, [{ name: 'Jan Jansen', role: 'requester' }]);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ text: 'J.', recogniser: 'known-person+dutch-person-name' });
    expect(second).toMatchObject({ text: 'Jansen', recogniser: 'known-person+dutch-person-name' });
    expect(first?.pieceOf).toBeDefined();
    expect(second?.pieceOf).toBe(first?.pieceOf);
    // The phone number right after it on the second line is a finding of its own.
    expect(phone).toMatchObject({ text: '06-12345678' });
    expect(phone).not.toHaveProperty('pieceOf');
    // Deterministic: detection run again gives the same key.
    expect(detect(lines, [{ name: 'Jan Jansen', role: 'requester' }])[0]?.pieceOf).toBe(first?.pieceOf);
  });

  it('gives the lines of a signature and e-mail addresses on consecutive lines no shared key', () => {
    expect(pieces(detect(['Met vriendelijke groet,', 'Jan Jansen', 'Piet Bakker']))).toEqual([
      ['Jan Jansen', undefined],
      ['Piet Bakker', undefined],
    ]);
    expect(pieces(detect(['Mail jan@example.org en', 'piet@example.org']))).toEqual([
      ['jan@example.org', undefined],
      ['piet@example.org', undefined],
    ]);
  });
});

describe('mergeFindings', () => {
  const base: Finding = {
    page: 1,
    text: 'a',
    ground: '5.1.2e',
    kind: 'email',
    recogniser: 'one',
    confidence: 0.9,
    box: [10, 10, 10, 10],
    wordIndexes: [1],
  };

  it('merges findings of one ground that share a word: union of words and box, highest confidence leads', () => {
    const page = layoutPage(['T 030 286 1234']);
    const merged = mergeFindings(
      [
        {
          ...base,
          kind: 'signature',
          recogniser: 'sig',
          confidence: 0.8,
          text: 'T 030 286 1234',
          wordIndexes: [0, 1, 2, 3],
        },
        { ...base, kind: 'phone', recogniser: 'phone', confidence: 0.97, text: '030 286 1234', wordIndexes: [1, 2, 3] },
      ],
      [page],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      kind: 'phone',
      recogniser: 'phone+sig',
      confidence: 0.97,
      text: 'T 030 286 1234',
      wordIndexes: [0, 1, 2, 3],
    });
    // 5 + 3 + 15 + 3 + 15 + 3 + 20 pt of words and gaps, 1 pt padding each side
    expect(merged[0]?.box).toEqual([71, 70.5, 66, 13]);
  });

  it('merges chains transitively and joins texts that do not contain each other', () => {
    const merged = mergeFindings([
      { ...base, text: 'a b', wordIndexes: [1, 2], box: [0, 0, 10, 10] },
      { ...base, text: 'c d', wordIndexes: [3, 4], box: [20, 0, 10, 10] },
      { ...base, text: 'b c', wordIndexes: [2, 3], box: [10, 0, 10, 10], confidence: 0.95 },
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.wordIndexes).toEqual([1, 2, 3, 4]);
    expect(merged[0]?.box).toEqual([0, 0, 30, 10]);
  });

  it('keeps the key of a piece it merges with a finding on one line', () => {
    const merged = mergeFindings([
      { ...base, text: 'J.', wordIndexes: [4], pieceOf: 'span' },
      { ...base, text: 'Jansen', wordIndexes: [5], pieceOf: 'span' },
      { ...base, text: 'Jansen', wordIndexes: [5], recogniser: 'two', confidence: 0.95 },
    ]);
    expect(merged.map((finding) => [finding.recogniser, finding.pieceOf])).toEqual([
      ['one', 'span'],
      ['two+one', 'span'],
    ]);
  });

  it('gives all pieces of two findings over lines one key when parts of them merge, and drops a key left alone', () => {
    const merged = mergeFindings([
      { ...base, text: 'de heer J.', wordIndexes: [3, 4], pieceOf: 'b' },
      { ...base, text: 'Jansen', wordIndexes: [5], pieceOf: 'b' },
      { ...base, text: 'J.', wordIndexes: [4], pieceOf: 'a' },
      { ...base, text: 'Jansen', wordIndexes: [5, 6], pieceOf: 'a' },
      { ...base, text: 'Piet', wordIndexes: [9], pieceOf: 'c' },
    ]);
    expect(merged.map((finding) => [finding.text, finding.pieceOf])).toEqual([
      ['de heer J.', 'a'],
      ['Jansen', 'a'],
      ['Piet', undefined],
    ]);
    expect(merged[2]).not.toHaveProperty('pieceOf');
  });

  it('keeps findings of different grounds, pages or words apart', () => {
    const merged = mergeFindings([
      base,
      { ...base, ground: '5.1.1d', kind: 'special_category' },
      { ...base, page: 2 },
      { ...base, wordIndexes: [2] },
    ]);
    expect(merged).toHaveLength(4);
  });
});
