import { describe, expect, it } from 'vitest';
import { parseNameLexicon } from './name-lexicon.js';
import { detectIn, texts } from './page-text.fixture.js';
import { personNameRecogniser } from './person-names.js';

const find = (...lines: string[]): string[] => texts(detectIn(personNameRecogniser, lines));

describe('personNameRecogniser', () => {
  it.each([
    ['a title and a surname', 'Ik sprak dhr. Jansen gisteren.', ['Jansen']],
    ['"mevrouw" and a capital tussenvoegsel', 'Volgens mevrouw De Vries klopt dat.', ['De Vries']],
    ['"de heer" with initials', 'Aanwezig: de heer J. Bakker.', ['J. Bakker']],
    ['stacked titles', 'Het advies van mr. dr. A. Pietersen volgt.', ['A. Pietersen']],
    ['a title and a surname not in the lexicon', 'Mevr. Kuzu-Yilmaz belde terug.', ['Kuzu-Yilmaz']],
    ['initials with a tussenvoegsel', 'Opgesteld door A.B. van der Berg.', ['A.B. van der Berg']],
    ['initials with a surname not in the lexicon', 'Getekend: P. Hoogstraten', ['P. Hoogstraten']],
    [
      'a first name and surname from the lexicon',
      'Pieter de Vries en Sanne Bakker waren er.',
      ['Pieter de Vries', 'Sanne Bakker'],
    ],
    ['a first name and an unknown surname', 'Vandaag belde Fatima Ouaziz over het verzoek.', ['Fatima Ouaziz']],
    ['two first names and a surname', 'Jan Willem Bakker kwam later.', ['Jan Willem Bakker']],
    ['a double surname', 'Lisa Jansen-de Vries schreef.', ['Lisa Jansen-de Vries']],
    ['a salutation', 'Beste Jan,', ['Jan']],
    ['a salutation with a full name', 'Hoi Sanne Bakker,', ['Sanne Bakker']],
    ['a title name wrapped to the next line', ['Gesproken met de heer J.', 'Jansen over het plan.'], ['J.', 'Jansen']],
  ])('finds %s', (_name, lines, expected) => {
    const findings = detectIn(personNameRecogniser, typeof lines === 'string' ? [lines] : lines);
    expect(texts(findings)).toEqual(expected);
    for (const finding of findings) {
      expect(finding).toMatchObject({ ground: '5.1.2e', kind: 'person', recogniser: 'dutch-person-name' });
    }
  });

  it.each([
    ['Den Haag', 'Het overleg was in Den Haag.'],
    ['Den Haag after a first name', 'Eva Den Haag'],
    ['an organisation', 'De Gemeente Utrecht en de Provincie Utrecht.'],
    ['a role after a form of address', 'Geachte mevrouw de Voorzitter,'],
    ['a form of address without a name', 'Geachte heer, mevrouw,'],
    ['month names', 'In Maart en April 2026.'],
    ['a letter and a sentence start', 'Zie plan B. Daarna volgt de rest.'],
    ['a first name that is an ordinary word', 'Roos Vandaag'],
    ['an ordinary capitalised word after a first name', 'Jan Hoofdstuk'],
    ['a surname alone', 'Jansen heeft gebeld.'],
    ['a public official', 'Wethouder Eelco Eerenberg en minister De Jonge spraken.'],
    ['a first name alone', 'Jan heeft gebeld.'],
    [
      'an ordinary sentence',
      'De gemeente heeft het verzoek op 3 maart 2026 ontvangen en neemt binnen vier weken een besluit.',
    ],
  ])('does not take %s', (_name, line) => {
    expect(find(line)).toEqual([]);
  });

  describe('e-mail headers', () => {
    it.each([
      ['Van: Jansen, Pieter <p.jansen@utrecht.nl>', ['Jansen, Pieter']],
      ['From: Sanne de Vries [mailto:s.devries@example.nl]', ['Sanne de Vries']],
      [
        'Aan: Pieter Jansen; Bakker, S.; "Hoogstraten, Erik" <e.h@x.nl>',
        ['Pieter Jansen', 'Bakker, S.', 'Hoogstraten, Erik'],
      ],
      ['CC: Jeroen Ouaziz, Anna Kuzu', ['Jeroen Ouaziz', 'Anna Kuzu']],
    ])('finds the names in %j', (line, expected) => {
      expect(find(line)).toEqual(expected);
    });

    it.each([
      ['an organisation', 'Van: Gemeente Utrecht <info@utrecht.nl>'],
      ['a team mailbox', 'Aan: Woo-team <woo@utrecht.nl>'],
      ['a header keyword with only an address', 'Aan: p.jansen@utrecht.nl'],
      ['the subject line', 'Onderwerp: Woo-verzoek Bouwvergunning Stationsstraat'],
      ['"Van" in a sentence', 'Van de stukken is een lijst gemaakt.'],
    ])('does not take %s', (_name, line) => {
      expect(find(line)).toEqual([]);
    });
  });

  it('finds the name line of a signature', () => {
    expect(find('Met vriendelijke groet,', '', 'Erik Hoogstraten', 'Beleidsmedewerker')).toEqual(['Erik Hoogstraten']);
    expect(find('Hoogachtend,', 'drs. K. Ouaziz')).toEqual(['K. Ouaziz']);
  });

  it('does not take the organisation line of a signature', () => {
    expect(find('Met vriendelijke groet,', 'Gemeente Utrecht')).toEqual([]);
  });
});

describe('parseNameLexicon', () => {
  it('refuses a lexicon with a malformed list', () => {
    expect(() => parseNameLexicon({ surnames: ['Jansen', 3] })).toThrow(/surnames/);
  });
});
