import { describe, expect, it } from 'vitest';
import { MailSendError } from './mail-send-error.js';
import { maskEmailAddress, maskEmailAddresses } from './mask-email-address.js';

describe('masking e-mail addresses', () => {
  it('keeps the first letter and the domain', () => {
    expect(maskEmailAddress('jan.jansen@example.org')).toBe('j***@example.org');
    expect(maskEmailAddress('not an address')).toBe('***');
  });

  it('masks every address in a server reply', () => {
    expect(maskEmailAddresses('550 5.1.1 <jan.jansen@example.org>: unknown; also piet@x.nl')).toBe(
      '550 5.1.1 <j***@example.org>: unknown; also p***@x.nl',
    );
  });

  it('gives send errors a message without addresses, with the SMTP code', () => {
    const error = MailSendError.from(
      Object.assign(new Error("Can't send mail - all recipients were rejected: 550 <jan@example.org> no"), {
        code: 'EENVELOPE',
        responseCode: 550,
      }),
    );
    expect(error.message).toBe("EENVELOPE: Can't send mail - all recipients were rejected: 550 <j***@example.org> no");
    expect(error.responseCode).toBe(550);
  });
});
