// The page as rendered for the public version leaves out annotations and form fields. Their appearance (a filled-in
// field, a sticky note, a stamp) is drawn over the page by a renderer, but their text is not in the page's text
// layer — so the detectors never saw it and no reviewer was offered a region for it. Burning it into the image
// would publish text nobody checked; the public version drops it instead (DESIGN §4: no annotations, no form fields).
import { PDFDocument, PDFName } from 'pdf-lib';

/** The PDF without /Annots on any page and without /AcroForm; other files (images) and unreadable PDFs unchanged. */
export async function withoutAnnotations(bytes: Uint8Array): Promise<Uint8Array> {
  if (!Buffer.from(bytes.subarray(0, 1024)).toString('latin1').includes('%PDF-')) return bytes;
  let document: PDFDocument;
  try {
    document = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch {
    // Encrypted or damaged: openDocument gives the reason (or reads it where pdf-lib cannot).
    return bytes;
  }
  let changed = false;
  for (const page of document.getPages()) {
    if (page.node.has(PDFName.of('Annots'))) {
      page.node.delete(PDFName.of('Annots'));
      changed = true;
    }
  }
  if (document.catalog.has(PDFName.of('AcroForm'))) {
    document.catalog.delete(PDFName.of('AcroForm'));
    changed = true;
  }
  return changed ? document.save({ useObjectStreams: false }) : bytes;
}
