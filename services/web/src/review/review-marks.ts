// What the first reviewer changed in this round, per region, from the review's change events (GET
// review/changes): added by hand, accepted, rejected, ground changed, box moved, changed by "apply to every
// occurrence", or marked (or no longer) as a namesake of a text that stands openly elsewhere. The events hold ids, grounds and boxes, never the text; the page shows the text from the regions.
import type { ReviewChangeEvent } from './review-api';

export type RegionMark =
  | { kind: 'added'; ground: string }
  | { kind: 'accepted'; ground: string }
  | { kind: 'rejected' }
  | { kind: 'ground'; from: string; to: string }
  | { kind: 'box' }
  | { kind: 'applied'; decision: 'accept' | 'reject'; ground: string | null }
  | { kind: 'namesake'; set: boolean };

interface Side {
  status?: string;
  ground?: string;
  box?: unknown;
}

const side = (value: unknown): Side => (value && typeof value === 'object' ? (value as Side) : {});
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];

/** Per region id, what happened to it in this round, oldest first. */
export function regionMarks(changes: readonly ReviewChangeEvent[]): Map<string, RegionMark[]> {
  const marks = new Map<string, RegionMark[]>();
  const add = (regionId: string | null, mark: RegionMark) => {
    if (!regionId) return;
    marks.set(regionId, [...(marks.get(regionId) ?? []), mark]);
  };
  for (const change of changes) {
    const data = change.data;
    const regionId = text(data.regionId);
    const from = side(data.from);
    const to = side(data.to);
    switch (change.type) {
      case 'document.region_added':
        add(regionId, { kind: 'added', ground: to.ground ?? '' });
        break;
      case 'document.region_accepted':
        if (from.ground && to.ground && from.ground !== to.ground) {
          add(regionId, { kind: 'ground', from: from.ground, to: to.ground });
        }
        if (from.status !== 'accepted') add(regionId, { kind: 'accepted', ground: to.ground ?? '' });
        break;
      case 'document.region_rejected':
        add(regionId, { kind: 'rejected' });
        break;
      case 'document.region_changed':
        if (from.ground && to.ground && from.ground !== to.ground) {
          add(regionId, { kind: 'ground', from: from.ground, to: to.ground });
        }
        if (JSON.stringify(from.box) !== JSON.stringify(to.box)) add(regionId, { kind: 'box' });
        break;
      case 'document.region_namesake_set':
      case 'document.region_namesake_cleared': {
        const set = change.type === 'document.region_namesake_set';
        // A finding over several lines is decided as a whole: every piece gets the mark.
        const pieces = ids(data.regionIds);
        for (const id of pieces.length > 0 ? pieces : [regionId]) add(id, { kind: 'namesake', set });
        break;
      }
      case 'document.regions_applied_to_case': {
        const decision = data.decision === 'reject' ? 'reject' : 'accept';
        const ground = text(data.ground);
        for (const id of ids(data.changedRegionIds)) add(id, { kind: 'applied', decision, ground });
        for (const id of ids(data.addedRegionIds)) add(id, { kind: 'added', ground: ground ?? '' });
        break;
      }
    }
  }
  return marks;
}
