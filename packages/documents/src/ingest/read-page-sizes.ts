// The pages a document has, as ingest records them before any page is rendered: number, size and rotation.
import { openDocument, type DocumentLimits } from '@woo/pdf';

export interface PageSize {
  pageNumber: number;
  widthPt: number;
  heightPt: number;
  rotation: 0 | 90 | 180 | 270;
}

/** Throws a DocumentReadError when the bytes cannot be read as pages within the limits. */
export async function readPageSizes(
  bytes: Uint8Array,
  limits: DocumentLimits,
  fileName: string | undefined,
): Promise<PageSize[]> {
  const opened = await openDocument(bytes, limits, fileName === undefined ? {} : { fileName });
  try {
    const pages: PageSize[] = [];
    for (let pageNumber = 1; pageNumber <= opened.pageCount; pageNumber += 1) {
      const page = await opened.page(pageNumber);
      pages.push({ pageNumber, widthPt: page.widthPt, heightPt: page.heightPt, rotation: page.rotation });
    }
    return pages;
  } finally {
    await opened.close();
  }
}
