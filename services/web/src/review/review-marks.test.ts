// What the second reviewer sees marked, from the review's change events: one row per kind of event.
import { describe, expect, it } from 'vitest';
import type { ReviewChangeEvent } from './review-api';
import { regionMarks } from './review-marks';

let nextId = 1;
function event(type: string, data: Record<string, unknown>): ReviewChangeEvent {
  return {
    eventId: nextId++,
    type,
    occurredOn: '2026-03-10',
    recordedAt: '2026-03-10T11:00:00.000Z',
    actor: { id: 'u1', displayName: 'Co Ördinator', role: 'coordinator' },
    data,
  };
}

const box = { x: 72, y: 100, width: 60, height: 12 };

describe('regionMarks', () => {
  it.each([
    [
      'accepted as proposed',
      event('document.region_accepted', {
        regionId: 'r1',
        from: { status: 'proposed', ground: '5.1.2e' },
        to: { status: 'accepted', ground: '5.1.2e' },
      }),
      [{ kind: 'accepted', ground: '5.1.2e' }],
    ],
    [
      'accepted with another ground',
      event('document.region_accepted', {
        regionId: 'r1',
        from: { status: 'proposed', ground: '5.1.2e' },
        to: { status: 'accepted', ground: '5.1.2h' },
      }),
      [
        { kind: 'ground', from: '5.1.2e', to: '5.1.2h' },
        { kind: 'accepted', ground: '5.1.2h' },
      ],
    ],
    [
      'another ground for a region already accepted',
      event('document.region_accepted', {
        regionId: 'r1',
        from: { status: 'accepted', ground: '5.1.2e' },
        to: { status: 'accepted', ground: '5.1.1d' },
      }),
      [{ kind: 'ground', from: '5.1.2e', to: '5.1.1d' }],
    ],
    [
      'rejected',
      event('document.region_rejected', { regionId: 'r1', from: { status: 'proposed' }, to: { status: 'rejected' } }),
      [{ kind: 'rejected' }],
    ],
    [
      'added by hand',
      event('document.region_added', { regionId: 'r1', to: { status: 'accepted', ground: '5.1.2i', box } }),
      [{ kind: 'added', ground: '5.1.2i' }],
    ],
    [
      'box moved, ground kept',
      event('document.region_changed', {
        regionId: 'r1',
        from: { ground: '5.1.2e', box },
        to: { ground: '5.1.2e', box: { ...box, x: 80 } },
      }),
      [{ kind: 'box' }],
    ],
  ])('%s', (_what, change, expected) => {
    expect(regionMarks([change]).get('r1')).toEqual(expected);
  });

  it('marks every region an "apply to every occurrence" changed or added, and nothing for an outcome', () => {
    const marks = regionMarks([
      event('document.regions_applied_to_case', {
        sourceRegionId: 'r1',
        decision: 'accept',
        ground: '5.1.2e',
        changedRegionIds: ['r2', 'r3'],
        addedRegionIds: ['r4'],
      }),
      event('document.outcome_set', { from: { outcome: null }, to: { outcome: 'deels_openbaar' } }),
    ]);
    expect([...marks.keys()].sort()).toEqual(['r2', 'r3', 'r4']);
    expect(marks.get('r2')).toEqual([{ kind: 'applied', decision: 'accept', ground: '5.1.2e' }]);
    expect(marks.get('r4')).toEqual([{ kind: 'added', ground: '5.1.2e' }]);
  });

  it('marks a namesake decision set and cleared, on every piece of a finding over several lines', () => {
    const marks = regionMarks([
      event('document.region_namesake_set', { regionId: 'r1', from: { namesake: false }, to: { namesake: true } }),
      event('document.region_namesake_set', { regionId: 'r2', regionIds: ['r2', 'r3'], to: { namesake: true } }),
      event('document.region_namesake_cleared', { regionId: 'r1', to: { namesake: false } }),
    ]);
    expect(marks.get('r1')).toEqual([
      { kind: 'namesake', set: true },
      { kind: 'namesake', set: false },
    ]);
    expect(marks.get('r3')).toEqual([{ kind: 'namesake', set: true }]);
  });

  it('keeps the marks of one region in the order they happened, and ignores data it cannot read', () => {
    const marks = regionMarks([
      event('document.region_rejected', { regionId: 'r1' }),
      event('document.region_accepted', { regionId: 'r1', from: 'garbled', to: { status: 'accepted', ground: '5.2' } }),
      event('document.region_added', { regionId: 42 }),
      event('document.regions_applied_to_case', { decision: 'reject', changedRegionIds: 'r9' }),
    ]);
    expect([...marks.keys()]).toEqual(['r1']);
    expect(marks.get('r1')).toEqual([{ kind: 'rejected' }, { kind: 'accepted', ground: '5.2' }]);
  });
});
