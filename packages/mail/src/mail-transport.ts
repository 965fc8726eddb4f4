import { createTransport, type SentMessageInfo, type Transporter } from 'nodemailer';
import { MailSendError } from './mail-send-error.js';

interface SenderOptions {
  /** The From header, e.g. 'Gemeente Voorbeeldstad <woo@voorbeeldstad.nl>'. */
  from: string;
  /** Milliseconds to wait for the connection, the greeting and each reply; a hung server must not hold a worker. */
  timeoutMs?: number;
}

export type MailTransportOptions = SenderOptions &
  (
    | { smtpUrl: string }
    | {
        host: string;
        port: number;
        /** TLS from the start (port 465); otherwise STARTTLS is used when the server offers it. */
        secure?: boolean;
        auth?: { user: string; pass: string };
      }
  );

export interface MailTransport {
  readonly from: string;
  readonly mailer: Transporter;
  /** Closes open connections. */
  close(): void;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A stable Message-ID (e.g. from the notification id) lets receivers drop a copy sent twice after a crash. */
  messageId?: string;
}

export interface SentMail {
  messageId: string;
  /** The SMTP server's reply, e.g. '250 OK: queued'. */
  response: string;
}

/** An SMTP transport (nodemailer), from a URL such as 'smtp://user:pass@mail.example.nl:587' or from parts. */
export function createMailTransport(options: MailTransportOptions): MailTransport {
  const timeout = options.timeoutMs ?? 30_000;
  const timeouts = { connectionTimeout: timeout, greetingTimeout: timeout, socketTimeout: timeout };
  const mailer =
    'smtpUrl' in options
      ? createTransport({ url: options.smtpUrl, ...timeouts })
      : createTransport({
          host: options.host,
          port: options.port,
          secure: options.secure ?? false,
          ...(options.auth ? { auth: options.auth } : {}),
          ...timeouts,
        });
  return { from: options.from, mailer, close: () => mailer.close() };
}

/**
 * Sends one message and resolves once the server accepted it. Any failure, a rejected recipient included, becomes a
 * `MailSendError` whose message carries no e-mail address.
 */
export async function sendMail(transport: MailTransport, mail: OutgoingMail): Promise<SentMail> {
  let info: SentMessageInfo;
  try {
    info = await transport.mailer.sendMail({
      from: transport.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      ...(mail.messageId ? { messageId: mail.messageId } : {}),
    });
  } catch (error) {
    throw MailSendError.from(error);
  }
  if (info.rejected && info.rejected.length > 0) {
    throw new MailSendError('The server rejected the recipient', 'EENVELOPE', undefined);
  }
  return { messageId: info.messageId, response: info.response ?? '' };
}
