import { describe, expect, it } from 'vitest';
import { detectIn, texts } from './page-text.fixture.js';
import { parseSpecialCategories, specialCategoryRecogniser, specialCategoryTerms } from './special-categories.js';

const find = (...lines: string[]) => detectIn(specialCategoryRecogniser, lines);

describe('specialCategoryRecogniser', () => {
  it.each([
    ['health', 'De medewerker is sinds maart ziek thuis.'],
    ['health (burn-out)', 'Zij kampt met een burn-out.'],
    ['health (stem)', 'Hij was depressief na het ongeval.'],
    ['health (phrase)', 'Na een ziekenhuis opname herstelde zij.'],
    ['health (chronic condition)', 'De heer Bos heeft een chronische longziekte.'],
    ['religion', 'De aanvrager is moslim.'],
    ['ethnicity', 'Hij is van Marokkaanse afkomst.'],
    ['sexual life', 'Zij sprak over haar seksuele geaardheid.'],
    ['trade union', 'Hij is lid van de vakbond.'],
    ['criminal', 'Betrokkene heeft een strafblad.'],
    ['criminal (phrase)', 'Hij is verdachte van diefstal.'],
  ])('finds %s, with the sentence as the region', (_name, line) => {
    const findings = find(line);
    expect(texts(findings)).toEqual([line]);
    expect(findings[0]).toMatchObject({ ground: '5.1.1d', kind: 'special_category' });
    expect(findings[0]?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(findings[0]?.confidence).toBeLessThanOrEqual(0.7);
  });

  it('takes only the sentence around the term, and one finding per line when it wraps', () => {
    const findings = find(
      'Het besluit volgt. De heer meldde dat hij al weken',
      'overspannen thuis zit. De rest is bekend.',
    );
    expect(texts(findings)).toEqual(['De heer meldde dat hij al weken', 'overspannen thuis zit.']);
    expect(findings[1]?.box[1]).toBeGreaterThan(findings[0]?.box[1] ?? Infinity);
  });

  it('merges two terms in one sentence into one region', () => {
    expect(texts(find('Hij is ziek en heeft een strafblad.'))).toEqual(['Hij is ziek en heeft een strafblad.']);
  });

  it.each([
    ['an ordinary sentence', 'De gemeente heeft het verzoek ontvangen en neemt binnen vier weken een besluit.'],
    ['a term inside a longer word', 'De ziekenomroep en de rasechte Utrechter.'],
    ['a legal phrase', 'De informatie wordt in goed geloof verstrekt.'],
  ])('does not take %s', (_name, line) => {
    expect(find(line)).toEqual([]);
  });

  it('loads the shipped lexicon, every category with terms, confidences 0.5–0.7', () => {
    const terms = specialCategoryTerms();
    expect(new Set(terms.map((term) => term.category))).toEqual(
      new Set(['health', 'religion', 'ethnicity', 'sexual_life', 'trade_union', 'criminal']),
    );
    for (const term of terms) {
      expect(term.confidence).toBeGreaterThanOrEqual(0.5);
      expect(term.confidence).toBeLessThanOrEqual(0.7);
    }
  });

  it.each([
    ['no categories', {}],
    ['an unknown category', { categories: { hobby: { weight: 0.5, terms: ['golf'] } } }],
    ['a category without weight', { categories: { health: { terms: ['ziek'] } } }],
    ['an empty term', { categories: { health: { weight: 0.6, terms: [' '] } } }],
  ])('refuses lexicon data with %s', (_name, data) => {
    expect(() => parseSpecialCategories(data)).toThrow(/special-categories.json/);
  });
});
