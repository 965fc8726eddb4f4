// Why a document cannot be read, in words a coordinator understands. The reading code throws these; ingest stores
// `code`, `nl` and `en` on the document (the document fails, never the queue).
import { DomainError } from '@woo/domain';

export type DocumentReadErrorCode =
  | 'document.empty'
  | 'document.too_large'
  | 'document.unsupported_type'
  | 'document.encrypted'
  | 'document.corrupt'
  | 'document.no_pages'
  | 'document.too_many_pages'
  | 'document.image_too_large'
  | 'document.image_corrupt'
  /** Drawing a page took longer than allowed (the API's render threads). */
  | 'document.render_timeout';

export class DocumentReadError extends DomainError {
  declare readonly code: DocumentReadErrorCode;

  constructor(code: DocumentReadErrorCode, texts: { nl: string; en: string }, details: Record<string, unknown> = {}) {
    super(code, texts, details);
    this.name = 'DocumentReadError';
  }
}

export function isDocumentReadError(error: unknown): error is DocumentReadError {
  return error instanceof DocumentReadError;
}

/** 1234567 → "1.234.567" (Dutch) and "1,234,567" (English). */
function count(n: number, locale: 'nl' | 'en'): string {
  return n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB');
}

/** A file size for people: "1,5 MB" / "1.5 MB", or kB below a megabyte. */
function fileSize(bytes: number, locale: 'nl' | 'en'): string {
  const format = (n: number) =>
    n.toLocaleString(locale === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: n < 10 ? 1 : 0 });
  return bytes < 1024 * 1024 ? `${format(bytes / 1024)} kB` : `${format(bytes / (1024 * 1024))} MB`;
}

export const documentReadErrors = {
  empty: () => new DocumentReadError('document.empty', { nl: 'Het bestand is leeg', en: 'The file is empty' }),

  tooLarge: (bytes: number, maxBytes: number) =>
    new DocumentReadError(
      'document.too_large',
      {
        nl: `Het bestand is te groot (${fileSize(bytes, 'nl')}; maximaal ${fileSize(maxBytes, 'nl')})`,
        en: `The file is too large (${fileSize(bytes, 'en')}; at most ${fileSize(maxBytes, 'en')})`,
      },
      { bytes, maxBytes },
    ),

  encrypted: () =>
    new DocumentReadError('document.encrypted', {
      nl: 'PDF is versleuteld: het bestand is met een wachtwoord beveiligd',
      en: 'The PDF is encrypted: the file is protected with a password',
    }),

  corrupt: (detail?: string) =>
    new DocumentReadError(
      'document.corrupt',
      { nl: 'PDF is beschadigd of onvolledig', en: 'The PDF is damaged or incomplete' },
      detail === undefined ? {} : { detail },
    ),

  noPages: () =>
    new DocumentReadError('document.no_pages', { nl: "PDF heeft geen pagina's", en: 'The PDF has no pages' }),

  tooManyPages: (pages: number, maxPages: number) =>
    new DocumentReadError(
      'document.too_many_pages',
      {
        nl: `Het document heeft te veel pagina's (${count(pages, 'nl')}; maximaal ${count(maxPages, 'nl')})`,
        en: `The document has too many pages (${count(pages, 'en')}; at most ${count(maxPages, 'en')})`,
      },
      { pages, maxPages },
    ),

  imageTooLarge: (width: number, height: number, maxPixels: number) =>
    new DocumentReadError(
      'document.image_too_large',
      {
        nl: `Afbeelding is te groot (${count(width, 'nl')} × ${count(height, 'nl')} pixels; maximaal ${count(maxPixels, 'nl')} pixels)`,
        en: `The image is too large (${count(width, 'en')} × ${count(height, 'en')} pixels; at most ${count(maxPixels, 'en')} pixels)`,
      },
      { width, height, maxPixels },
    ),

  imageCorrupt: (detail?: string) =>
    new DocumentReadError(
      'document.image_corrupt',
      { nl: 'Afbeelding is beschadigd of onvolledig', en: 'The image is damaged or incomplete' },
      detail === undefined ? {} : { detail },
    ),
};
