import { describe, expect, it } from 'vitest';
import { caseStatuses, statusLabels } from './case-status.js';
import { statusTexts } from './status-texts.js';

describe('statusTexts', () => {
  it.each(caseStatuses)('has a plain Dutch and an English text for %s', (status) => {
    const text = statusTexts[status];
    for (const part of [text.title.nl, text.title.en, text.body.nl, text.body.en]) expect(part.trim()).not.toBe('');
    // B1: short sentences. No sentence in the Dutch body longer than 20 words.
    for (const sentence of text.body.nl.split(/[.?!]\s*/).filter(Boolean)) {
      expect(sentence.split(/\s+/).length).toBeLessThanOrEqual(20);
    }
    expect(statusLabels[status].nl).not.toBe('');
  });
});
