// The reason a coordinator reads when a file is of a kind we cannot open as pages ("Het bestand is geen PDF maar een
// ZIP-bestand"). The name is used only to phrase the reason; the kind always comes from the content.
import { DocumentReadError } from '../errors/document-read-error.js';
import type { DetectedFileType, FileKind } from './detect-file-type.js';

const LABELS: Record<FileKind, { nl: string; en: string }> = {
  pdf: { nl: 'een PDF', en: 'a PDF' },
  png: { nl: 'een PNG-afbeelding', en: 'a PNG image' },
  jpeg: { nl: 'een JPEG-afbeelding', en: 'a JPEG image' },
  tiff: { nl: 'een TIFF-afbeelding', en: 'a TIFF image' },
  eml: { nl: 'een e-mailbericht', en: 'an e-mail message' },
  zip: { nl: 'een ZIP-bestand', en: 'a ZIP file' },
  unknown: { nl: 'een bestand van onbekend type', en: 'a file of unknown type' },
};

const OFFICE_LABEL = { nl: 'een Office-bestand (ZIP-bestand)', en: 'an Office file (ZIP file)' };

/** What the file name claims, for the wording only. */
function claimedKind(fileName: string | undefined): FileKind | undefined {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName ?? '')?.[1]?.toLowerCase();
  switch (extension) {
    case 'pdf':
      return 'pdf';
    case 'png':
      return 'png';
    case 'jpg':
    case 'jpeg':
      return 'jpeg';
    case 'tif':
    case 'tiff':
      return 'tiff';
    case 'eml':
      return 'eml';
    default:
      return undefined;
  }
}

export function describeUnreadable(detected: DetectedFileType, fileName?: string): DocumentReadError {
  const actual = detected.office ? OFFICE_LABEL : LABELS[detected.kind];
  const claimed = claimedKind(fileName);
  const details = { kind: detected.kind, mediaType: detected.mediaType };
  if (claimed !== undefined && claimed !== detected.kind) {
    const expected = LABELS[claimed];
    return new DocumentReadError(
      'document.unsupported_type',
      {
        nl: `Het bestand is geen ${expected.nl.replace(/^een /, '')} maar ${actual.nl}`,
        en: `The file is not ${expected.en} but ${actual.en}`,
      },
      details,
    );
  }
  if (detected.kind === 'eml') {
    return new DocumentReadError(
      'document.unsupported_type',
      {
        nl: 'Het bestand is een e-mailbericht: dat wordt apart verwerkt, met de bijlagen als eigen documenten',
        en: 'The file is an e-mail message: it is processed separately, with its attachments as documents of their own',
      },
      details,
    );
  }
  return new DocumentReadError(
    'document.unsupported_type',
    {
      nl: `Het bestand is ${actual.nl}; dat kunnen we niet lezen (wel: PDF, PNG, JPEG, TIFF en e-mail)`,
      en: `The file is ${actual.en}; we cannot read it (we read PDF, PNG, JPEG, TIFF and e-mail)`,
    },
    details,
  );
}
