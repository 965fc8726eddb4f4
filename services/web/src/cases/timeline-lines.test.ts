// Every event type that can stand in a case's audit log has a label in Dutch and English (the lists are the ones the
// packages write from, so a new type without a label fails here), and a case with hundreds of region decisions reads
// as a few lines.
import { describe, expect, it } from 'vitest';
import { auditEventTypes } from '../../../../packages/cases/src/audit-event-types';
import { caseEventTypes } from '../../../../packages/domain/src/case/case-transitions';
import { reviewEventTypes } from '../../../../packages/documents/src/review/review-event-types';
import type { AuditEvent } from '../api/api-types';
import { messages } from '../i18n/messages';
import { eventLabelKey, regionCountKey, regionEventTypes, timelineLines } from './timeline-lines';

const allTypes = [...Object.values(auditEventTypes), ...caseEventTypes, ...Object.values(reviewEventTypes)] as string[];

describe('the labels of the timeline', () => {
  it('knows every event type of the cases, the case clock and the review', () => {
    expect(allTypes.length).toBeGreaterThan(35);
    expect(allTypes).toContain('document.region_accepted');
    expect(allTypes).toContain('decided');
    expect(allTypes).toContain('case.received');
  });

  it.each(['nl', 'en'] as const)('has a label in %s for every event type', (lang) => {
    const missing = allTypes.filter((type) => !messages[lang][eventLabelKey(type)]?.trim());
    expect(missing).toEqual([]);
  });

  it.each(['nl', 'en'] as const)('has a count text in %s for every decision on a region', (lang) => {
    // The timeline's own list of region decisions is the review's: none is forgotten, none invented.
    const reviewRegionTypes = Object.values(reviewEventTypes).filter((type) => type.startsWith('document.region_'));
    expect([...regionEventTypes].sort()).toEqual([...reviewRegionTypes].sort());
    for (const type of regionEventTypes) expect(messages[lang][regionCountKey(type)]).toContain('{count}');
  });
});

let nextId = 1;
function event(type: string, data: Record<string, unknown> = {}, extra: Partial<AuditEvent> = {}): AuditEvent {
  return {
    id: nextId++,
    type,
    occurredOn: '2026-03-10',
    recordedAt: '2026-03-10T10:00:00.000Z',
    actor: { kind: 'staff', userId: 'u1', role: 'coordinator' },
    reason: null,
    data,
    isPublic: false,
    ...extra,
  };
}

describe('timelineLines', () => {
  it('makes 200 pages of region decisions on one document one line with counts', () => {
    const events = [
      event('case.received'),
      ...Array.from({ length: 400 }, (_, index) =>
        event(index % 4 === 3 ? 'document.region_rejected' : 'document.region_accepted', {
          documentId: 'd1',
          page: Math.floor(index / 2) + 1,
        }),
      ),
      event('document.region_added', { documentId: 'd1', page: 7 }),
      event('document.review_submitted', { documentId: 'd1' }),
    ];
    const lines = timelineLines(events);
    expect(lines.map((line) => line.kind)).toEqual(['single', 'regions', 'documents']);
    expect(lines[1]!.counts).toEqual({
      'document.region_accepted': 300,
      'document.region_rejected': 100,
      'document.region_added': 1,
    });
    expect(lines[1]!.events).toHaveLength(401);
  });

  it('starts a new line for another document, person, day or a reason', () => {
    const lines = timelineLines([
      event('document.region_accepted', { documentId: 'd1' }),
      event('document.region_accepted', { documentId: 'd2' }),
      event(
        'document.region_accepted',
        { documentId: 'd2' },
        { actor: { kind: 'staff', userId: 'u2', role: 'reviewer' } },
      ),
      event('document.region_accepted', { documentId: 'd2' }, { occurredOn: '2026-03-11' }),
      event('document.review_reopened', { documentId: 'd2' }, { reason: 'Kijk de grond na.' }),
      event('document.review_reopened', { documentId: 'd3' }, { reason: 'Kijk de grond na.' }),
    ]);
    expect(lines.map((line) => [line.kind, line.documentIds.join(), line.events.length])).toEqual([
      ['regions', 'd1', 1],
      ['regions', 'd2', 1],
      ['regions', 'd2', 1],
      ['regions', 'd2', 1],
      ['documents', 'd2', 1],
      ['documents', 'd3', 1],
    ]);
  });

  it('names all documents of one step taken on several (a redaction applied to every document)', () => {
    const lines = timelineLines([
      event('document.regions_applied_to_case', { documentId: 'd1' }),
      event('document.regions_applied_to_case', { documentId: 'd2' }),
      event('document.regions_applied_to_case', { documentId: 'd3' }),
      event('note'),
      event('document.review_submitted', { documentId: 'd1' }),
    ]);
    expect(lines.map((line) => [line.type, line.documentIds])).toEqual([
      ['document.regions_applied_to_case', ['d1', 'd2', 'd3']],
      ['note', []],
      ['document.review_submitted', ['d1']],
    ]);
  });
});
