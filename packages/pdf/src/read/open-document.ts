// Opens any document we can read (PDF, PNG, JPEG, TIFF) behind one interface. The type comes from the content; the
// optional file name only shapes the reason when the content is something else ("geen PDF maar een ZIP-bestand").
import { documentReadErrors } from '../errors/document-read-error.js';
import { describeUnreadable } from '../sniff/describe-unreadable.js';
import { detectFileType } from '../sniff/detect-file-type.js';
import { defaultDocumentLimits } from './document-limits.js';
import type { DocumentLimits } from './document-limits.js';
import type { OpenedDocument } from './document-types.js';
import { openImage } from './image/open-image.js';
import { openPdf } from './pdf/open-pdf.js';

export interface OpenDocumentOptions {
  /** The uploaded file name, used only in the wording of an error. */
  fileName?: string;
}

/** Throws a DocumentReadError (code, nl, en) when the bytes cannot be read as pages. */
export async function openDocument(
  bytes: Uint8Array,
  limits: DocumentLimits = defaultDocumentLimits,
  options: OpenDocumentOptions = {},
): Promise<OpenedDocument> {
  if (bytes.length === 0) throw documentReadErrors.empty();
  if (bytes.length > limits.maxBytes) throw documentReadErrors.tooLarge(bytes.length, limits.maxBytes);
  const detected = detectFileType(bytes);
  switch (detected.kind) {
    case 'pdf':
      return openPdf(bytes, limits);
    case 'png':
    case 'jpeg':
    case 'tiff':
      return openImage(bytes, detected.kind, limits);
    default:
      throw describeUnreadable(detected, options.fileName);
  }
}
