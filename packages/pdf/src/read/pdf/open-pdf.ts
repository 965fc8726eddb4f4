// A PDF opened with pdf.js behind the OpenedDocument interface. pdf.js runs its parser in-process (Node has no
// worker here), reads fonts and character maps from its own package folders and never fetches anything.
import type { Canvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { documentReadErrors } from '../../errors/document-read-error.js';
import { pageTextFromRuns } from '../../text/text-layer.js';
import type { TextRun } from '../../text/text-layer.js';
import type { DocumentLimits } from '../document-limits.js';
import type { DocumentPage, OpenedDocument } from '../document-types.js';
import { renderedPage } from '../rendered-page.js';
import { renderSize } from '../render-size.js';
import { PDFDocument } from 'pdf-lib';
import { imageCoverage } from './image-coverage.js';
import { drawImageOnlyPage, imageOnlyPage } from './image-only-page.js';
import type { ImageOnlyPage } from './image-only-page.js';
import { loadPdfJs, pdfJsDataFolders } from './pdfjs.js';

type RenderCanvas = Parameters<PDFPageProxy['render']>[0]['canvas'];

interface CanvasFactory {
  create(width: number, height: number): { canvas: Canvas; context: unknown };
}

function normalizedRotation(rotate: number): 0 | 90 | 180 | 270 {
  const r = (((rotate % 360) + 360) % 360) as number;
  return r === 90 || r === 180 || r === 270 ? r : 0;
}

function errorName(error: unknown): string {
  return error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
    ? String((error as { name: unknown }).name)
    : '';
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function openPdf(bytes: Uint8Array, limits: DocumentLimits): Promise<OpenedDocument> {
  const pdfjs = await loadPdfJs();
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy so the caller's bytes stay usable.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    ...pdfJsDataFolders,
    useWorkerFetch: false,
    useSystemFonts: false,
    disableFontFace: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    // Embedded images larger than this are not decoded (they render as blank), so a PDF cannot smuggle in a
    // 30,000 × 30,000 bitmap either.
    maxImageSize: limits.maxImagePixels,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    if (errorName(error) === 'PasswordException') throw documentReadErrors.encrypted();
    throw documentReadErrors.corrupt(errorMessage(error));
  }

  const pageCount = pdf.numPages;
  if (pageCount === 0) {
    await task.destroy();
    throw documentReadErrors.noPages();
  }
  if (pageCount > limits.maxPages) {
    await task.destroy();
    throw documentReadErrors.tooManyPages(pageCount, limits.maxPages);
  }
  const canvasFactory = (pdf as unknown as { canvasFactory: CanvasFactory }).canvasFactory;

  // The same file through pdf-lib, read once and only when a page is rendered: it finds the pages that are one
  // JPEG picture (scans, our own public versions), which are drawn with a native JPEG decoder (image-only-page.ts).
  // The caller's bytes are kept for it until then, and not after: a document kept open (the page jobs' cache) would
  // otherwise hold the file once more.
  let structure: Promise<PDFDocument | null> | undefined;
  let unparsed: Uint8Array | undefined = bytes;
  const readStructure = async (): Promise<PDFDocument | null> => {
    const source = unparsed as Uint8Array;
    unparsed = undefined;
    try {
      const document = await PDFDocument.load(source, {
        ignoreEncryption: true,
        updateMetadata: false,
        throwOnInvalidObject: true,
      });
      // An encrypted file's streams are encrypted; pdf.js decrypts them, pdf-lib does not.
      if (document.context.trailerInfo.Encrypt || document.isEncrypted) return null;
      return document.getPageCount() === pageCount ? document : null;
    } catch {
      return null;
    }
  };
  async function imageOnly(pageNumber: number): Promise<ImageOnlyPage | null> {
    structure ??= readStructure();
    const document = await structure;
    if (!document) return null;
    try {
      const found = imageOnlyPage(document, pageNumber - 1);
      // A picture larger than the limit is not decoded by pdf.js either (it renders blank): leave it to pdf.js.
      return found && found.width * found.height <= limits.maxImagePixels ? found : null;
    } catch {
      return null;
    }
  }

  async function page(pageNumber: number): Promise<DocumentPage> {
    if (!Number.isInteger(pageNumber) || pageNumber < 1 || pageNumber > pageCount) {
      throw new RangeError(`page ${pageNumber} does not exist (the document has ${pageCount})`);
    }
    let proxy: PDFPageProxy;
    try {
      proxy = await pdf.getPage(pageNumber);
    } catch (error) {
      throw documentReadErrors.corrupt(`page ${pageNumber}: ${errorMessage(error)}`);
    }
    // Scale 1 viewport: sizes in points as displayed; pdf.js applies /Rotate and the CropBox (page.view) here.
    const viewport = proxy.getViewport({ scale: 1 });
    const widthPt = viewport.width;
    const heightPt = viewport.height;
    return {
      pageNumber,
      widthPt,
      heightPt,
      rotation: normalizedRotation(proxy.rotate),
      async render({ dpi }) {
        const size = renderSize(widthPt, heightPt, dpi, limits.maxRenderPixels);
        const scaled = proxy.getViewport({ scale: size.dpi / 72 });
        const picture = await imageOnly(pageNumber);
        if (picture) {
          try {
            return renderedPage(await drawImageOnlyPage(picture, scaled.transform, size.width, size.height), size.dpi);
          } catch {
            // A JPEG the native decoder refuses: pdf.js decides what it shows.
          }
        }
        const { canvas } = canvasFactory.create(size.width, size.height);
        try {
          await proxy.render({ canvas: canvas as unknown as RenderCanvas, viewport: scaled }).promise;
        } catch (error) {
          throw documentReadErrors.corrupt(`page ${pageNumber}: ${errorMessage(error)}`);
        }
        return renderedPage(canvas, size.dpi);
      },
      async textLayer() {
        let content;
        try {
          content = await proxy.getTextContent();
        } catch (error) {
          throw documentReadErrors.corrupt(`page ${pageNumber}: ${errorMessage(error)}`);
        }
        const runs: TextRun[] = content.items.filter((item) => 'str' in item);
        return pageTextFromRuns(
          pageNumber,
          { width: widthPt, height: heightPt },
          runs,
          content.styles,
          viewport.transform,
          viewport.scale,
        );
      },
      async imageCoverage() {
        let list;
        try {
          list = await proxy.getOperatorList();
        } catch (error) {
          throw documentReadErrors.corrupt(`page ${pageNumber}: ${errorMessage(error)}`);
        }
        return imageCoverage(list.fnArray, list.argsArray, pdfjs.OPS, proxy.view);
      },
      release() {
        // pdf.js defers this while a render of the page is still running.
        proxy.cleanup();
      },
    };
  }

  return {
    kind: 'pdf',
    mediaType: 'application/pdf',
    pageCount,
    page,
    close: () => task.destroy(),
  };
}
