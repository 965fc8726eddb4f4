// An .eml file as ingest needs it: the header lines people read, the body as text, and every attachment as bytes
// (e-mails attached to e-mails too: they become documents of their own, not text inside this one).
import PostalMime, { type Address } from 'postal-mime';
import { htmlToText } from './html-to-text.js';
import { emailReadErrors } from './email-read-errors.js';

export interface EmailHeaderLine {
  /** Dutch label as mail programs here print it: Van, Aan, Cc, Datum, Onderwerp. */
  label: string;
  value: string;
}

export interface EmailAttachment {
  filename: string | null;
  mimeType: string;
  content: Uint8Array;
}

export interface ParsedEmail {
  headers: EmailHeaderLine[];
  body: string;
  attachments: EmailAttachment[];
}

function formatAddress(address: Address): string {
  if (address.group !== undefined) return `${address.name}: ${address.group.map(formatAddress).join(', ')};`;
  return address.name ? `${address.name} <${address.address}>` : address.address;
}

function formatAddresses(addresses: readonly Address[] | Address | undefined): string {
  if (addresses === undefined) return '';
  return (Array.isArray(addresses) ? addresses : [addresses]).map(formatAddress).join(', ');
}

function toBytes(content: ArrayBuffer | Uint8Array | string): Uint8Array {
  if (typeof content === 'string') return new Uint8Array(Buffer.from(content, 'utf8'));
  return content instanceof Uint8Array ? content : new Uint8Array(content);
}

export async function parseEmail(bytes: Uint8Array): Promise<ParsedEmail> {
  let email;
  try {
    email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw emailReadErrors.corrupt(error instanceof Error ? error.message : undefined);
  }
  // The Date header as the sender wrote it: printing it is not deciding a date.
  const date = email.headers.find((header) => header.key === 'date')?.value ?? '';
  const headers = [
    { label: 'Van', value: formatAddresses(email.from) },
    { label: 'Aan', value: formatAddresses(email.to) },
    { label: 'Cc', value: formatAddresses(email.cc) },
    { label: 'Datum', value: date },
    { label: 'Onderwerp', value: email.subject ?? '' },
  ].filter((line) => line.value.trim() !== '');
  const body = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : '';
  return {
    headers,
    body: body.replace(/\r\n?/g, '\n'),
    attachments: email.attachments.map((attachment) => ({
      filename: attachment.filename,
      mimeType: attachment.mimeType,
      content: toBytes(attachment.content),
    })),
  };
}
