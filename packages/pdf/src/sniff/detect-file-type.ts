// What a file is, decided by its content and never by its name: a ".pdf" that is really a ZIP must be called a ZIP.
export type FileKind = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'eml' | 'zip' | 'unknown';

export interface DetectedFileType {
  kind: FileKind;
  mediaType: string;
  /** For a ZIP: true when it looks like an Office Open XML or OpenDocument file (docx, xlsx, odt, …). */
  office?: boolean;
}

const PDF_HEADER_WINDOW = 1024;
// RFC 5322 header names a mail file starts with (exported .eml, mbox-less). Case-insensitive.
const MAIL_HEADERS = [
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'received',
  'return-path',
  'message-id',
  'mime-version',
  'delivered-to',
  'x-mailer',
  'reply-to',
  'sender',
  'content-type',
  'thread-topic',
  'x-ms-exchange-organization-authas',
];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.subarray(start, Math.min(end, bytes.length))).toString('latin1');
}

/** PDF readers accept `%PDF-` anywhere in the first KiB (junk before it happens with some scanners). */
function hasPdfHeader(bytes: Uint8Array): boolean {
  return ascii(bytes, 0, PDF_HEADER_WINDOW).includes('%PDF-');
}

/** A ZIP whose first entries name the Office or OpenDocument parts. */
function looksLikeOffice(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, 4096);
  return /\[Content_Types\]\.xml|word\/|xl\/|ppt\/|mimetypeapplication\/vnd\.oasis\.opendocument/.test(head);
}

/**
 * A mail file begins with header lines `Name: value` (possibly folded). We ask for at least two known headers among
 * the first lines, and no binary bytes, so a text file that happens to start with "To:" is not called an e-mail.
 */
function looksLikeMail(bytes: Uint8Array): boolean {
  const head = ascii(bytes, 0, 4096);
  // Control bytes (other than tab, CR, LF, FF) mean binary content.
  for (let i = 0; i < head.length; i += 1) {
    const code = head.charCodeAt(i);
    if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) return false;
  }
  const lines = head.replace(/^\uFEFF/, '').split(/\r?\n/);
  let known = 0;
  let headerLines = 0;
  for (const line of lines) {
    if (line === '') break; // end of the header block
    if (/^[ \t]/.test(line)) continue; // folded continuation
    const match = /^([!-9;-~]+):/.exec(line);
    if (!match) {
      // mbox "From " separator before the headers is fine; anything else ends the test.
      if (headerLines === 0 && line.startsWith('From ')) continue;
      return false;
    }
    headerLines += 1;
    if (MAIL_HEADERS.includes((match[1] ?? '').toLowerCase())) known += 1;
    if (known >= 2) return true;
    if (headerLines >= 40) break;
  }
  return false;
}

export function detectFileType(bytes: Uint8Array): DetectedFileType {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { kind: 'png', mediaType: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { kind: 'jpeg', mediaType: 'image/jpeg' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return { kind: 'tiff', mediaType: 'image/tiff' };
  }
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    const office = looksLikeOffice(bytes);
    return {
      kind: 'zip',
      mediaType: office ? 'application/vnd.openxmlformats-officedocument' : 'application/zip',
      office,
    };
  }
  // Checked after the binary signatures: a PNG can contain "%PDF-" by chance, a PDF never starts with a PNG header.
  if (hasPdfHeader(bytes)) return { kind: 'pdf', mediaType: 'application/pdf' };
  if (looksLikeMail(bytes)) return { kind: 'eml', mediaType: 'message/rfc822' };
  return { kind: 'unknown', mediaType: 'application/octet-stream' };
}
