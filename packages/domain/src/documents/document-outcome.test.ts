import { describe, expect, it } from 'vitest';
import { deriveDocumentAssessment, outcomeNotices, type AssessedRegion } from './document-outcome.js';

const accepted = (ground: string): AssessedRegion => ({ status: 'accepted', ground });
const rejected = (ground: string): AssessedRegion => ({ status: 'rejected', ground });
const proposed = (ground: string): AssessedRegion => ({ status: 'proposed', ground });

describe('deriveDocumentAssessment', () => {
  it.each<[string, AssessedRegion[], string[], string, 'openbaar' | 'deels_openbaar']>([
    ['no regions at all', [], [], '', 'openbaar'],
    ['only rejected regions', [rejected('5.1.2e'), rejected('5.1.1e')], [], '', 'openbaar'],
    ['only open proposals', [proposed('5.1.2e')], [], '', 'openbaar'],
    ['one accepted region', [accepted('5.1.2e')], ['5.1.2e'], '5.1.2e', 'deels_openbaar'],
    ['the same ground twice', [accepted('5.1.2e'), accepted('5.1.2e')], ['5.1.2e'], '5.1.2e', 'deels_openbaar'],
    [
      'grounds in the order of the law, not of the regions',
      [accepted('5.2'), accepted('5.1.2e'), accepted('5.1.1e'), accepted('5.1.5'), accepted('5.1.2a')],
      ['5.1.1e', '5.1.2a', '5.1.2e', '5.1.5', '5.2'],
      '5.1.1e; 5.1.2a; 5.1.2e; 5.1.5; 5.2',
      'deels_openbaar',
    ],
    [
      'rejected and open regions add no ground',
      [accepted('5.1.2e'), rejected('5.1.1d'), proposed('5.1.1e')],
      ['5.1.2e'],
      '5.1.2e',
      'deels_openbaar',
    ],
    [
      'old spellings and Wob codes print canonically',
      [accepted('5.1.2.e'), accepted('10.2e'), accepted('10.1d')],
      ['5.1.1d', '5.1.2e'],
      '5.1.1d; 5.1.2e',
      'deels_openbaar',
    ],
  ])('%s', (_name, regions, grounds, groundList, suggestedOutcome) => {
    const derived = deriveDocumentAssessment(regions);
    expect(derived.grounds).toEqual(grounds);
    expect(derived.groundList).toBe(groundList);
    expect(derived.suggestedOutcome).toBe(suggestedOutcome);
  });

  it('counts accepted and open regions', () => {
    const derived = deriveDocumentAssessment([
      accepted('5.1.2e'),
      proposed('5.1.2e'),
      proposed('5.1.1e'),
      rejected('5.2'),
    ]);
    expect(derived).toMatchObject({ acceptedRegions: 1, openRegions: 2 });
  });

  it('refuses a region ground it cannot read rather than leaving it out of the inventory', () => {
    expect(() => deriveDocumentAssessment([accepted('5.3')])).toThrow(
      expect.objectContaining({ code: 'ground.unknown' }),
    );
  });
});

describe('outcomeNotices', () => {
  const none = deriveDocumentAssessment([]);
  const some = deriveDocumentAssessment([accepted('5.1.2e')]);
  it.each([
    ['openbaar', none, []],
    ['openbaar', some, ['outcome.openbaar_with_redactions']],
    ['deels_openbaar', some, []],
    ['deels_openbaar', none, ['outcome.deels_openbaar_without_redactions']],
    ['niet_openbaar', some, []],
    ['niet_openbaar', none, ['outcome.niet_openbaar_without_grounds']],
    ['reeds_openbaar', none, []],
    ['reeds_openbaar', some, []],
    [null, some, []],
  ] as const)('%s with %o', (outcome, derived, codes) => {
    const notices = outcomeNotices(outcome, derived);
    expect(notices.map((notice) => notice.code)).toEqual(codes);
    for (const notice of notices) {
      expect(notice.nl.length).toBeGreaterThan(10);
      expect(notice.en.length).toBeGreaterThan(10);
    }
  });
});
