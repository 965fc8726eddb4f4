// The structured look: the PDF as a reader program sees it (pdf-lib, last revision), every indirect object walked.
// Every string is collected and labelled with the leak route its place stands for (Info, annotation, bookmark,
// form field, ActualText/Alt, attachment); every stream that is not an image is decoded and read — as syntax
// (its string operands) and as text (XMP, embedded files).
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
} from 'pdf-lib';
import type { PDFObject } from 'pdf-lib';
import { bytesAsText, readPdfStrings } from './pdf-strings.js';
import type { ExtractedText, LeakRoute } from './extracted-text.js';
import { inflateTolerant } from './scan-file-bytes.js';

const MARKED_CONTENT_KEYS = new Set(['ActualText', 'Alt', 'E']);
const FORM_FIELD_KEYS = new Set(['T', 'TU', 'TM', 'V', 'DV', 'Opt', 'CA', 'RC', 'AC']);
const FILESPEC_KEYS = new Set(['F', 'UF', 'Desc']);

/** Reads a PDF with pdf-lib; throws when it cannot be read at all. */
export async function loadForInspection(bytes: Uint8Array): Promise<PDFDocument> {
  return PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
}

export function extractPdfObjects(document: PDFDocument): ExtractedText[] {
  const { context } = document;
  const found: ExtractedText[] = [];
  const pageOf = pageNumbersByObject(document);
  const infoRef = context.trailerInfo.Info;

  const visit = (object: PDFObject | undefined, route: LeakRoute, page: number | undefined, seen: Set<PDFObject>) => {
    if (!object || seen.has(object)) return;
    seen.add(object);
    if (object instanceof PDFString || object instanceof PDFHexString) {
      const text = object.decodeText();
      if (text.trim()) found.push({ route, text, mode: 'loose', ...(page === undefined ? {} : { page }) });
    } else if (object instanceof PDFArray) {
      for (const item of object.asArray()) visit(item, route, page, seen);
    } else if (object instanceof PDFDict) {
      const dictRoute = routeOfDict(object, route);
      for (const [key, value] of object.entries()) {
        visit(value, routeOfKey(key.decodeText(), dictRoute), page, seen);
      }
    }
  };

  for (const [ref, object] of context.enumerateIndirectObjects()) {
    const key = ref.toString();
    const page = pageOf.get(key);
    const baseRoute: LeakRoute = infoRef instanceof PDFRef && infoRef.toString() === key ? 'info' : 'object';
    if (object instanceof PDFStream) {
      visit(object.dict, baseRoute, page, new Set());
      found.push(...readStream(object, page));
    } else {
      visit(object, baseRoute, page, new Set());
    }
  }
  // An Info dictionary written directly into the trailer is no indirect object.
  if (context.trailerInfo.Info instanceof PDFDict) visit(context.trailerInfo.Info, 'info', undefined, new Set());
  return found;
}

function routeOfDict(dict: PDFDict, inherited: LeakRoute): LeakRoute {
  if (inherited === 'info') return 'info';
  const type = nameOf(dict.get(PDFName.of('Type')));
  const subtype = nameOf(dict.get(PDFName.of('Subtype')));
  if (type === 'Annot' || (subtype && dict.has(PDFName.of('Rect')))) return 'annotation';
  if (dict.has(PDFName.of('FT')) || (dict.has(PDFName.of('T')) && dict.has(PDFName.of('Kids')))) return 'form-field';
  if (type === 'Filespec' || dict.has(PDFName.of('EF'))) return 'embedded-file';
  if (
    type === 'Outlines' ||
    (dict.has(PDFName.of('Title')) && (dict.has(PDFName.of('Parent')) || dict.has(PDFName.of('Dest'))))
  ) {
    return 'outline';
  }
  if (type === 'StructElem' || dict.has(PDFName.of('ActualText')) || dict.has(PDFName.of('Alt')))
    return 'marked-content';
  return inherited;
}

function routeOfKey(key: string, dictRoute: LeakRoute): LeakRoute {
  if (MARKED_CONTENT_KEYS.has(key)) return 'marked-content';
  if (dictRoute === 'object' && FORM_FIELD_KEYS.has(key)) return 'form-field';
  if (dictRoute === 'object' && FILESPEC_KEYS.has(key)) return 'embedded-file';
  return dictRoute;
}

function readStream(stream: PDFStream, page: number | undefined): ExtractedText[] {
  const type = nameOf(stream.dict.get(PDFName.of('Type')));
  const subtype = nameOf(stream.dict.get(PDFName.of('Subtype')));
  if (subtype === 'Image') return [];
  const decoded = decodeStreamContents(stream);
  if (!decoded) return [];
  const at = page === undefined ? {} : { page };
  if (type === 'Metadata' || subtype === 'XML') return [{ route: 'xmp', text: bytesAsText(decoded), mode: 'loose' }];
  if (type === 'EmbeddedFile') return [{ route: 'embedded-file', text: bytesAsText(decoded), mode: 'loose' }];
  const route: LeakRoute = page === undefined ? 'stream' : 'content-stream';
  const latin1 = Buffer.from(decoded.buffer, decoded.byteOffset, decoded.byteLength).toString('latin1');
  return [
    { route, text: latin1, mode: 'strict', ...at },
    ...readPdfStrings(latin1).map((text): ExtractedText => ({ route, text, mode: 'loose', ...at })),
  ];
}

/** The decoded bytes of a stream, or null when its filters cannot be decoded (images) or the data is broken. */
export function decodeStreamContents(stream: PDFStream): Uint8Array | null {
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  const filter = stream.dict.get(PDFName.of('Filter'));
  const filters = filter instanceof PDFArray ? filter.asArray().map(nameOf) : filter ? [nameOf(filter)] : [];
  if (filters.length === 0) return stream.contents;
  if (filters.length === 1 && filters[0] === 'FlateDecode' && !stream.dict.has(PDFName.of('DecodeParms'))) {
    return inflateTolerant(stream.contents);
  }
  try {
    return decodePDFRawStream(stream).decode();
  } catch {
    return null;
  }
}

/** Page numbers (1-based) of the objects that belong to one page: its content streams and annotations. */
function pageNumbersByObject(document: PDFDocument): Map<string, number> {
  const pages = new Map<string, number>();
  let pageList;
  try {
    pageList = document.getPages();
  } catch {
    return pages;
  }
  pageList.forEach((page, index) => {
    for (const key of ['Contents', 'Annots']) {
      const value = page.node.get(PDFName.of(key));
      const refs = value instanceof PDFRef ? [value] : value instanceof PDFArray ? value.asArray() : [];
      for (const ref of refs) {
        if (ref instanceof PDFRef) pages.set(ref.toString(), index + 1);
        // Contents may be a reference to an array of references.
        const target = ref instanceof PDFRef ? document.context.lookup(ref) : undefined;
        if (target instanceof PDFArray) {
          for (const inner of target.asArray()) if (inner instanceof PDFRef) pages.set(inner.toString(), index + 1);
        }
      }
    }
  });
  return pages;
}

function nameOf(object: PDFObject | undefined): string | undefined {
  return object instanceof PDFName ? object.decodeText() : undefined;
}
