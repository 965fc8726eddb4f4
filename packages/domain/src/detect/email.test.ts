import { describe, expect, it } from 'vitest';
import { emailRecogniser, isFunctionalMailbox } from './email.js';
import { detectIn, texts } from './page-text.fixture.js';

describe('emailRecogniser', () => {
  it.each([
    ['Mail naar jan.jansen@example.nl graag.', 'jan.jansen@example.nl'],
    ['Van: Jansen <p.jansen@utrecht.nl>', 'p.jansen@utrecht.nl'],
    ['E: s.de-vries+woo@mail.co.uk', 's.de-vries+woo@mail.co.uk'],
    ['OCR: jan @ voorbeeld.nl', 'jan @ voorbeeld.nl'],
    ['Adres: rené.müller@voorbeeld.de.', 'rené.müller@voorbeeld.de'],
  ])('finds %j', (line, text) => {
    const findings = detectIn(emailRecogniser, [line]);
    expect(texts(findings)).toEqual([text]);
    expect(findings[0]).toMatchObject({ ground: '5.1.2e', kind: 'email' });
  });

  it.each([
    ['a functional mailbox of an organisation', 'Stuur het naar info@utrecht.nl of woo@minbzk.nl'],
    ['an @ without a domain', 'Twitter: @gemeente'],
    ['a domain without @', 'Zie www.utrecht.nl'],
    ['an ordinary sentence', 'Het besluit is verzonden per post.'],
  ])('does not take %s', (_name, line) => {
    expect(detectIn(emailRecogniser, [line])).toEqual([]);
  });

  it('tells functional mailboxes from personal ones', () => {
    expect(isFunctionalMailbox('Info@utrecht.nl')).toBe(true);
    expect(isFunctionalMailbox('j.info@utrecht.nl')).toBe(false);
  });
});
