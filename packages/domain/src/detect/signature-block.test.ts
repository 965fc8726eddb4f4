import { describe, expect, it } from 'vitest';
import { detectIn, layoutPage, texts } from './page-text.fixture.js';
import { signatureBlockRecogniser } from './signature-block.js';

const find = (...lines: string[]): string[] => texts(detectIn(signatureBlockRecogniser, lines));

describe('signatureBlockRecogniser', () => {
  it('takes the lines after the closing up to a blank gap, leaving the organisation readable', () => {
    const lines = [
      'Dank voor je hulp.',
      '',
      'Met vriendelijke groet,',
      '',
      'Erik Hoogstraten',
      'Beleidsmedewerker Vergunningen',
      'Gemeente Utrecht | Afdeling Ruimte',
      'Postbus 16200, 3500 CE Utrecht',
      'www.utrecht.nl',
      'T 030 286 1234',
      'e.hoogstraten@utrecht.nl',
      '',
      'Dit bericht is uitsluitend bestemd voor de geadresseerde.',
    ];
    const findings = detectIn(signatureBlockRecogniser, lines);
    expect(texts(findings)).toEqual([
      'Erik Hoogstraten',
      'Beleidsmedewerker Vergunningen',
      'T 030 286 1234',
      'e.hoogstraten@utrecht.nl',
    ]);
    for (const finding of findings) {
      expect(finding).toMatchObject({ ground: '5.1.2e', kind: 'signature', recogniser: 'email-signature' });
    }
  });

  it.each([
    [
      ['Hoogachtend,', 'drs. K. Ouaziz', 'Directeur'],
      ['drs. K. Ouaziz', 'Directeur'],
    ],
    [
      ['Kind regards,', 'Anna Kuzu', 'Policy officer'],
      ['Anna Kuzu', 'Policy officer'],
    ],
    [['Met vriendelijke groet, Jan Jansen'], ['Jan Jansen']],
    [
      [
        'Hoogachtend,',
        'burgemeester en wethouders van Utrecht,',
        'namens dezen,',
        '',
        'drs. A.B. Pietersen',
        'teamleider',
      ],
      ['drs. A.B. Pietersen', 'teamleider'],
    ],
    [['Groeten,', 'Sanne', '', 'Van: Jansen, Pieter'], ['Sanne']],
    [['Met vriendelijke groet,', 'Sanne', 'Van: Jansen, Pieter'], ['Sanne']],
    [
      ['Met vriendelijke groet,', 'Erik Hoogstraten', 'medewerker Klantcontactcentrum', 'Gemeente Utrecht'],
      ['Erik Hoogstraten', 'medewerker Klantcontactcentrum'],
    ],
    [['Met vriendelijke groet, | : . oo', '|', 'Erik Hoogstraten ~~ ==', "'"], ['Erik Hoogstraten ~~ ==']],
  ])('finds the block in %j', (lines, expected) => {
    expect(find(...lines)).toEqual(expected);
  });

  it('steps over lines of OCR debris and the gaps around them on a scan', () => {
    const lines = [
      'Met vriendelijke groet, _',
      '|',
      '',
      'Jildou Feenstra',
      '_',
      ':',
      '',
      '|',
      'projectleider Stationsplein |',
    ];
    const scan = layoutPage(lines, { source: 'ocr' });
    const found = texts(signatureBlockRecogniser.detect(scan, { knownPersons: [], locale: 'nl' }));
    expect(found).toEqual(['Jildou Feenstra', 'projectleider Stationsplein |']);
    // On a text layer, a blank gap ends the block as before (here right after the bar under the closing).
    expect(find(...lines)).toEqual([]);
  });

  it.each([
    [
      'a closing phrase inside a sentence',
      ['Hij stuurde zijn vriendelijke groeten aan iedereen.', 'De stukken volgen.'],
    ],
    ['a closing followed by prose', ['Groeten uit Utrecht, waar het vandaag regent en waait zoals altijd.']],
    ['a closing with nothing after it', ['Met vriendelijke groet,']],
    ['an ordinary sentence', ['De gemeente stuurt de stukken binnen vier weken.']],
  ])('does not take %s', (_name, lines) => {
    expect(find(...lines)).toEqual([]);
  });
});
