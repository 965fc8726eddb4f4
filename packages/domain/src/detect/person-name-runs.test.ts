// The name rules that need no title, initials or lexicon given name: capitalised words with a tussenvoegsel between
// them or in pairs, names after "ten name van", names wrapped over a line, and unknown given names after a title.
// The names here are made up and deliberately not in the lexicon; the negatives are the capitalised word pairs a
// Woo dossier is full of (organisations, places, streets, departments, laws) and must stay readable.
import { describe, expect, it } from 'vitest';
import { detectIn, layoutPage, texts } from './page-text.fixture.js';
import { personNameRecogniser } from './person-names.js';

const find = (...lines: string[]): string[] => texts(detectIn(personNameRecogniser, lines));

describe('names without title or initials', () => {
  it.each([
    [
      'a tussenvoegsel between capitalised words',
      'Het gesprek met Wybrich ter Haarsma vond plaats.',
      ['Wybrich ter Haarsma'],
    ],
    ['a compound tussenvoegsel', 'Volgens Tjalling van der Heide-Bos is het klaar.', ['Tjalling van der Heide-Bos']],
    [
      'two capitalised words mid-sentence',
      'De auto staat op naam van Olufemi Adeyemi sinds maart.',
      ['Olufemi Adeyemi'],
    ],
    ['a pair at the start of a sentence', 'Rinske Hoogeveen is telefonisch bereikbaar.', ['Rinske Hoogeveen']],
    [
      'a name wrapped after the given name',
      ['Het gesprek met Wietske', 'Zandbergen vond plaats op 3 maart.'],
      ['Wietske', 'Zandbergen'],
    ],
    [
      'a name wrapped after the tussenvoegsel',
      ['ten name van Ayla de', 'Kruijswijk. Het bedrag'],
      ['Ayla de', 'Kruijswijk'],
    ],
    [
      'a sender line above an address',
      ['Ruurd van Dijkstra-Hiemstra', 'Spoorsingel 178', '7904 KV Oudewater'],
      ['Ruurd van Dijkstra-Hiemstra'],
    ],
    [
      'an account holder, surname alone',
      'overgemaakt naar NL91ABNA0417164300 ten name van Kruijswijk.',
      ['Kruijswijk'],
    ],
    [
      'a title, then an unknown given name and surname',
      'Volgens de heer Oussama Wieringa is het klaar.',
      ['Oussama Wieringa'],
    ],
    ['a title at the end of a line', ['Het advies van mevrouw', 'Hiltje Zandbergen volgt.'], ['Hiltje Zandbergen']],
    [
      'a title, a capital tussenvoegsel wrapped',
      ['Volgens de heer Van den', 'Vredeveld is dat zo.'],
      ['Van den', 'Vredeveld'],
    ],
    [
      'a surname that ends like a street or a dike',
      'Volgens Valentijn van der Hofstede en Zehra van Oostdijk.',
      ['Valentijn van der Hofstede', 'Zehra van Oostdijk'],
    ],
    [
      'an initial I that OCR read as a bar',
      'Mw. |. Bruinsma (geboren op 27-08-1994) heeft bezwaar gemaakt.',
      ['|. Bruinsma'],
    ],
    ['initials and a tussenvoegsel wrapped', ['Volgens J. ter', 'Ligtenhorst is dat zo.'], ['J. ter', 'Ligtenhorst']],
  ])('finds %s', (_name, lines, expected) => {
    const findings = detectIn(personNameRecogniser, typeof lines === 'string' ? [lines] : lines);
    expect(texts(findings)).toEqual(expected);
    for (const finding of findings) expect(finding).toMatchObject({ ground: '5.1.2e', kind: 'person' });
  });

  it.each([
    ['an organisation with a legal form', 'De opdracht ging naar Bouwbedrijf Noordhoek B.V. in maart.'],
    ['a ministry', 'Het Ministerie van Binnenlandse Zaken heeft gereageerd.'],
    ['the Raad van State', 'De Raad van State heeft uitspraak gedaan.'],
    ['a law', 'Op grond van de Algemene Verordening Gegevensbescherming weigeren wij dat.'],
    ['a department in a signature', 'senior adviseur Ruimtelijke Ordening'],
    ['a street with a number', 'Het pand aan de Prinses Irenelaan 85a staat leeg.'],
    ['a street without a number', 'De Oude Gracht wordt in 2027 heringericht.'],
    ['a street name with a street word', 'Omwonenden van de Zonnedauwstraat klaagden.'],
    ['a place after a postcode', ['Spoorsingel 178', '7904 KV Nieuw-Ravensloot', 'Tel. +31 55 685 2102']],
    ['a place after postcode letters that read as a title', 'de woning aan de Irenelaan 199, 8814 MW Zuidervaart. Het'],
    ['a place after the postcode letters DR', 'Hoefijzerpad 157, 7491 DR Nieuw-Ravensloot.'],
    ['a place with a tussenvoegsel', 'Het overleg was in Den Haag en daarna in Bergen op Zoom.'],
    ['the name of a weekday and a month', 'Op Maandag Januari is niets gebeurd.'],
    ['a sentence start followed by a lower-case word', 'Omwonenden hebben zorgen geuit over de Stationsweg.'],
    ['a public official', 'De burgemeester Hendrika Talsma opende de vergadering.'],
    ['OCR debris on a scanned address line', '3874 UN Oosterhaven - | Co'],
    ['a capitalised heading', 'Betreft: Herinrichting Stationsplein'],
    ['a station and a holiday', 'Op Goede Vrijdag is het Centraal Station dicht.'],
    ['the European Union', 'De Europese Unie en het Openbaar Ministerie.'],
  ])('does not take %s', (_name, ...lines) => {
    expect(find(...lines.flat())).toEqual([]);
  });

  it('reads over a bar that OCR left at the end of a line on a scan', () => {
    const lines = ['verdagen. De heer Aldert van |', 'Uiterwijk (geboren op 3 december 1967) heeft bezwaar gemaakt.'];
    const found = personNameRecogniser.detect(layoutPage(lines, { source: 'ocr' }), { knownPersons: [], locale: 'nl' });
    // The region on the first line runs to the end of the line, over the bar.
    expect(texts(found)).toEqual(['Aldert van |', 'Uiterwijk']);
  });
});
