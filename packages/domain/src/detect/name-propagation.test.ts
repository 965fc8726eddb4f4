import { describe, expect, it } from 'vitest';
import { PROPAGATION_RECOGNISER } from './name-propagation.js';
import { layoutPage } from './page-text.fixture.js';
import { detectAll, recognisersForGround, runRecognisers } from './registry.js';

const context = { knownPersons: [], locale: 'nl' as const };

describe('name propagation over a document', () => {
  it('finds a surname standing alone on another page once it was found as a name', () => {
    const pages = [
      layoutPage(['Het gesprek met mevrouw Zandbergen vond plaats op 3 maart.'], { page: 1 }),
      layoutPage(['Volgens Zandbergen is de overlast toegenomen.', 'Daarna belde Zandbergen terug.'], {
        page: 2,
      }),
    ];
    const found = detectAll(pages, context).filter((finding) => finding.kind === 'person');
    expect(found.map((finding) => [finding.page, finding.text, finding.recogniser])).toEqual([
      [1, 'Zandbergen', 'dutch-person-name'],
      [2, 'Zandbergen', PROPAGATION_RECOGNISER],
      [2, 'Zandbergen', PROPAGATION_RECOGNISER],
    ]);
    expect(found[1]?.confidence).toBeLessThan(found[0]?.confidence ?? 0);
  });

  it('also runs in the 5.1.2e queue, which runs the person recognisers on the whole document', () => {
    const pages = [
      layoutPage(['Getekend: P. Hoogstraten'], { page: 1 }),
      layoutPage(['Hoogstraten, dat is de aanvrager.'], { page: 2 }),
    ];
    const texts = runRecognisers(recognisersForGround('5.1.2e'), pages, context).map((f) => `${f.page}:${f.text}`);
    expect(texts).toContain('2:Hoogstraten');
  });

  it('does not propagate a surname that is an ordinary word, or a lower-case occurrence', () => {
    const pages = [
      layoutPage(['Aanwezig: de heer J. Bakker en mevrouw Zandbergen.'], { page: 1 }),
      layoutPage(['De Bakker op de hoek is dicht; het zandbergen van de aannemer gaat door.'], { page: 2 }),
    ];
    const onPage2 = detectAll(pages, context).filter((finding) => finding.page === 2);
    expect(onPage2).toEqual([]);
  });

  it('leaves the surname readable right after a public office, as the name rules do', () => {
    const pages = [
      layoutPage(['Het gesprek met mevrouw Zandbergen vond plaats.'], { page: 1 }),
      layoutPage(['Wethouder Zandbergen heeft toegezegd de raad te informeren. Minister', '|', 'Zandbergen ook.'], {
        page: 2,
      }),
    ];
    expect(detectAll(pages, context).filter((finding) => finding.page === 2)).toEqual([]);
  });

  it("finds a surname found in the case's other documents, but not an ordinary word or a place among them", () => {
    const page = layoutPage(['Volgens Zandbergen en de Bakker in Utrecht is het klaar.', 'ZANDBERGEN BV']);
    const found = detectAll([page], { ...context, caseNames: ['mevrouw Zandbergen', 'J. Bakker', 'Utrecht', 'G.J.'] });
    expect(found.map((finding) => [finding.text, finding.recogniser])).toEqual([
      ['Zandbergen', PROPAGATION_RECOGNISER],
    ]);
  });

  it('does not run when no person recogniser is selected (the 5.1.1e queue)', () => {
    const pages = [layoutPage(['mevrouw Zandbergen', 'Zandbergen'])];
    expect(runRecognisers(recognisersForGround('5.1.1e'), pages, context)).toEqual([]);
  });
});
