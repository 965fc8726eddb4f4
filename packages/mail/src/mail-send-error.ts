import { maskEmailAddresses } from './mask-email-address.js';

/**
 * Sending failed. The message is safe to log and to store: e-mail addresses in the server's reply are masked.
 * `responseCode` is the SMTP reply code when the server answered (5xx: refused for good; 4xx: try later).
 */
export class MailSendError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
    readonly responseCode: number | undefined,
  ) {
    super(message);
    this.name = 'MailSendError';
  }

  static from(error: unknown): MailSendError {
    if (error instanceof MailSendError) return error;
    const details = (error ?? {}) as { message?: unknown; code?: unknown; responseCode?: unknown };
    const code = typeof details.code === 'string' ? details.code : undefined;
    const responseCode = typeof details.responseCode === 'number' ? details.responseCode : undefined;
    const text = maskEmailAddresses(typeof details.message === 'string' ? details.message : String(error));
    return new MailSendError(`${code ? `${code}: ` : ''}${text}`, code, responseCode);
  }
}
