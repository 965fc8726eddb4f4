import { describe, expect, it } from 'vitest';
import { allowedEvents, applyCaseEvent, foldCaseEvents } from './apply-case-event.js';
import { ctx, reach, receivedOn } from './case-scenarios.fixture.js';

describe('allowedEvents', () => {
  it('offers what a new request can get', () => {
    expect(allowedEvents(reach('received').state, ctx)).toEqual([
      'contact_logged',
      'precisering_asked',
      'consent_to_delay_given',
      'documents_collected',
      'extension',
      'notice_of_default_received',
      'forwarded',
      'not_handled',
      'withdrawn',
    ]);
  });

  it('offers nothing in a final status', () => {
    for (const status of ['closed', 'withdrawn', 'forwarded', 'not_handled', 'resolved_informally'] as const) {
      expect(allowedEvents(reach(status).state, ctx)).toEqual([]);
    }
  });

  it('offers publishing and closing after a decision', () => {
    expect(allowedEvents(reach('decided').state, ctx)).toEqual(['published', 'closed']);
  });

  it('stops offering the extension once used, or once the first term ended (with today)', () => {
    const state = reach('assessing').state;
    expect(allowedEvents(state, { ...ctx, today: '2026-03-30' })).toContain('extension');
    expect(allowedEvents(state, { ...ctx, today: '2026-03-31' })).not.toContain('extension');
    const extended = applyCaseEvent(state, { type: 'extension', on: '2026-03-10', reasons: 'Omvang' }, ctx);
    expect(allowedEvents(extended, ctx)).not.toContain('extension');
  });

  it('offers ending a consent only while one runs, and a court order only after a notice of default', () => {
    const consent = foldCaseEvents(receivedOn, [{ type: 'consent_to_delay_given', on: '2026-03-03' }], ctx);
    expect(allowedEvents(consent, ctx)).toContain('consent_to_delay_ended');
    expect(allowedEvents(consent, ctx)).not.toContain('consent_to_delay_given');
    expect(allowedEvents(reach('received').state, ctx)).not.toContain('court_order');
    const notice = foldCaseEvents(receivedOn, [{ type: 'notice_of_default_received', on: '2026-03-31' }], ctx);
    expect(allowedEvents(notice, ctx)).toContain('court_order');
  });

  it('offers the end of the disclosure hold only from its first day (with today)', () => {
    const hold = reach('disclosure_hold').state;
    expect(allowedEvents(hold, { ...ctx, today: '2026-03-20' })).toEqual([]);
    expect(allowedEvents(hold, { ...ctx, today: hold.disclosureHoldUntil! })).toEqual(['disclosure_hold_ended']);
  });
});
