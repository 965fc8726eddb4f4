// Why an upload request, or one file in it, is refused: each with a Dutch and an English text.
import { DomainError } from '@woo/domain';

export function notMultipart(): DomainError {
  return new DomainError('upload.invalid_request', {
    nl: 'Stuur de bestanden als multipart/form-data.',
    en: 'Send the files as multipart/form-data.',
  });
}

export function noFiles(): DomainError {
  return new DomainError('upload.invalid_request', {
    nl: 'Kies ten minste één bestand.',
    en: 'Choose at least one file.',
  });
}

export function unreadableUpload(): DomainError {
  return new DomainError('upload.invalid_request', {
    nl: 'Het uploaden is afgebroken of het verzoek is onleesbaar. Probeer het opnieuw.',
    en: 'The upload was interrupted or the request is unreadable. Please try again.',
  });
}

/** A file refused on its own; the other files of the request go on. */
export interface RejectedFile {
  filename: string;
  code: 'upload.too_large' | 'upload.too_many_files' | 'upload.empty';
  reason: { nl: string; en: string };
}

function megabytes(bytes: number, locale: 'nl-NL' | 'en-GB'): string {
  return (bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 });
}

export const fileRejections = {
  tooLarge: (filename: string, maxBytes: number): RejectedFile => ({
    filename,
    code: 'upload.too_large',
    reason: {
      nl: `Het bestand is te groot (maximaal ${megabytes(maxBytes, 'nl-NL')} MB)`,
      en: `The file is too large (at most ${megabytes(maxBytes, 'en-GB')} MB)`,
    },
  }),
  tooManyFiles: (filename: string, maxFiles: number): RejectedFile => ({
    filename,
    code: 'upload.too_many_files',
    reason: {
      nl: `Te veel bestanden in één keer (maximaal ${maxFiles}); upload dit bestand opnieuw`,
      en: `Too many files at once (at most ${maxFiles}); upload this file again`,
    },
  }),
  empty: (filename: string): RejectedFile => ({
    filename,
    code: 'upload.empty',
    reason: { nl: 'Het bestand is leeg', en: 'The file is empty' },
  }),
};
