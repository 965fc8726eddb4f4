// Every leak route of DESIGN §4: a fixture that LEAKS with a naive redaction, and is CLEAN after redactDocument.
// "Leaks" is shown twice: by the leak gate, and by looking with the tools an attacker uses (pdf.js text, pdf-lib).
import { PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { openDocument } from '../read/open-document.js';
import type { RedactionRegionInput } from '../redact/redaction-region.js';
import { redactDocument } from '../redact/redact-document.js';
import {
  ACTUAL_TEXT_INITIALS,
  FILE_NAME,
  METADATA_SECRETS,
  SECRET_BSN,
  SECRET_NAME,
  boxOfPhrase,
  letterPdf,
  naiveBlackBox,
  naiveOcrOfOriginal,
  naiveWithFileNameTitle,
  pixelReadingOcr,
  readWords,
  regionOver,
  scannedLetter,
  shortNameLetter,
  withActualText,
  withAnnotation,
  withAttachment,
  withFormField,
  withIncrementalUpdate,
  withMetadata,
  withOutline,
} from './leak-fixtures.js';
import { verifyRedaction } from './verify-redaction.js';
import type { VerifyResult } from './verify-redaction.js';

/** Everything in a file as text, the way `strings` + zlib would show it: for attacker-style assertions. */
function everything(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

async function pageText(bytes: Uint8Array): Promise<string> {
  return (await readWords(bytes)).flatMap((page) => page.words.map((word) => word.text)).join(' ');
}

/** Share of dark pixels in a box (points, top-left) of page 1 as rendered. */
async function inkIn(bytes: Uint8Array, box: [number, number, number, number]): Promise<number> {
  const document = await openDocument(bytes);
  const image = await (await document.page(1)).render({ dpi: 72 });
  const pixels = image.rgba();
  await document.close();
  let dark = 0;
  let all = 0;
  for (let y = Math.ceil(box[1]) + 2; y < box[1] + box[3] - 2; y += 1) {
    for (let x = Math.ceil(box[0]) + 2; x < box[0] + box[2] - 2; x += 1) {
      all += 1;
      if ((pixels[(y * image.width + x) * 4] ?? 255) < 128) dark += 1;
    }
  }
  return dark / all;
}

function routes(result: VerifyResult): string[] {
  return [...new Set(result.leaks.map((leak) => leak.route))].sort();
}

interface Case {
  name: string;
  original: () => Promise<Uint8Array>;
  /** What the page shows where the name is (default: the name). */
  phrase?: string;
  /** Routes the naive black box must be caught on (at least these). */
  naiveRoutes: string[];
}

const cases: Case[] = [
  {
    name: 'box drawn over text that stays in the file',
    original: letterPdf,
    naiveRoutes: ['content-stream', 'file-bytes', 'text-layer'],
  },
  { name: 'text in an annotation', original: withAnnotation, naiveRoutes: ['annotation'] },
  {
    name: 'ActualText and Alt in marked content and the structure tree',
    original: withActualText,
    phrase: ACTUAL_TEXT_INITIALS,
    naiveRoutes: ['content-stream', 'file-bytes', 'marked-content'],
  },
  { name: 'bookmark (outline) title', original: withOutline, naiveRoutes: ['outline'] },
  { name: 'form field value', original: withFormField, naiveRoutes: ['form-field'] },
  { name: 'attachment (embedded file)', original: withAttachment, naiveRoutes: ['embedded-file'] },
];

describe.concurrent('leak routes: naive black box leaks, burn-in is clean', () => {
  it.each(cases)('$name', async ({ original: make, phrase, naiveRoutes }) => {
    const original = await make();
    const region = { ...(await regionOver(original, phrase)), text: SECRET_NAME };
    const regions = [region];

    const naive = await naiveBlackBox(original, regions);
    const naiveResult = await verifyRedaction(naive, { original, regions });
    expect(naiveResult.passed).toBe(false);
    expect(routes(naiveResult)).toEqual(expect.arrayContaining(naiveRoutes));

    const { pdf } = await redactDocument(original, regions);
    const result = await verifyRedaction(pdf, { original, regions });
    expect(result).toEqual({ passed: true, leaks: [] });
    expect(everything(pdf)).not.toMatch(/Vries/);
    expect(await pageText(pdf)).not.toContain('Vries');
    expect(await pageText(pdf)).toContain('burgemeester');
  });

  it('attachment: the naive copy still carries the attached file, ours has no names tree', async () => {
    const original = await withAttachment();
    const regions = [await regionOver(original)];
    const naive = await PDFDocument.load(await naiveBlackBox(original, regions));
    expect(naive.catalog.get(PDFName.of('Names'))).toBeDefined();
    const ours = await PDFDocument.load((await redactDocument(original, regions)).pdf);
    expect(ours.catalog.get(PDFName.of('Names'))).toBeUndefined();
    expect(ours.catalog.get(PDFName.of('AcroForm'))).toBeUndefined();
    expect(ours.catalog.get(PDFName.of('Outlines'))).toBeUndefined();
    expect(ours.catalog.get(PDFName.of('OpenAction'))).toBeUndefined();
  });

  it('form field: its filled-in value is not drawn into the page image either (nobody reviewed that text)', async () => {
    const original = await withFormField();
    // The naive copy shows the value where the field is: the renderer draws its appearance.
    const field: [number, number, number, number] = [72, 842 - 520, 200, 20];
    expect(await inkIn(await naiveBlackBox(original, [await regionOver(original)]), field)).toBeGreaterThan(0.01);
    const { pdf } = await redactDocument(original, [await regionOver(original)]);
    expect(await inkIn(pdf, field)).toBe(0);
  });

  it('incremental save: the earlier revision keeps the name; ours is one fresh revision', async () => {
    const updated = await withIncrementalUpdate();
    // A reader shows the last revision: the name is not in the text layer any more …
    expect(await pageText(updated)).not.toContain('Vries');
    // … but the first revision is still in the file.
    const letter = await letterPdf();
    const region = await regionOver(letter);
    const naiveResult = await verifyRedaction(updated, { original: letter, regions: [region] });
    expect(naiveResult.passed).toBe(false);
    expect(routes(naiveResult)).toContain('file-bytes');
    expect(routes(naiveResult)).not.toContain('text-layer');

    const { pdf } = await redactDocument(updated, [{ ...region, text: SECRET_NAME }]);
    expect(await verifyRedaction(pdf, { original: updated, regions: [region] })).toEqual({ passed: true, leaks: [] });
    const text = everything(pdf);
    expect(text.match(/startxref/g)).toHaveLength(1);
    expect(text.match(/%%EOF/g)).toHaveLength(1);
    expect(text).not.toContain('/Prev');
  });

  it('metadata: Info (Author, Title, Producer) and XMP are copied by the naive save, not by ours', async () => {
    const original = await withMetadata();
    const regions = [await regionOver(original)];
    const naiveResult = await verifyRedaction(await naiveBlackBox(original, regions), { original, regions });
    expect(routes(naiveResult)).toEqual(expect.arrayContaining(['info', 'xmp']));
    const leakedTexts = naiveResult.leaks.map((leak) => leak.text);
    for (const secret of METADATA_SECRETS) expect(leakedTexts).toContain(secret);

    const { pdf } = await redactDocument(original, regions);
    expect(await verifyRedaction(pdf, { original, regions })).toEqual({ passed: true, leaks: [] });
    const doc = await PDFDocument.load(pdf, { updateMetadata: false });
    expect([
      doc.getTitle(),
      doc.getAuthor(),
      doc.getSubject(),
      doc.getKeywords(),
      doc.getProducer(),
      doc.getCreator(),
    ]).toEqual(['', '', '', '', '', '']);
    expect(doc.catalog.get(PDFName.of('Metadata'))).toBeUndefined();
    for (const secret of [...METADATA_SECRETS, 'Karin', 'pdf-lib']) expect(everything(pdf)).not.toContain(secret);
  });

  it('file name: a title copied from the file name leaks; ours carries no file name', async () => {
    const original = await letterPdf();
    const regions = [await regionOver(original)];
    const naive = await naiveWithFileNameTitle(original, regions);
    const naiveResult = await verifyRedaction(naive, { original, regions, originalFileName: FILE_NAME });
    expect(naiveResult.leaks).toEqual(
      expect.arrayContaining([expect.objectContaining({ route: 'info', kind: 'file-name' })]),
    );
    const { pdf } = await redactDocument(original, regions);
    expect(await verifyRedaction(pdf, { original, regions, originalFileName: FILE_NAME })).toEqual({
      passed: true,
      leaks: [],
    });
    expect(everything(pdf)).not.toMatch(/appelboom/i);
  });

  it('OCR of the unredacted image leaks; ours only OCRs the redacted image', async () => {
    const { scanned, layout } = await scannedLetter();
    const regions: RedactionRegionInput[] = [
      { page: 1, box: boxOfPhrase(layout, SECRET_NAME), ground: '5.1.2e', text: SECRET_NAME },
      { page: 1, box: boxOfPhrase(layout, SECRET_BSN), ground: '5.1.1e', text: SECRET_BSN },
    ];
    const naive = await naiveOcrOfOriginal(scanned, regions, pixelReadingOcr(layout));
    const naiveResult = await verifyRedaction(naive, { original: scanned, regions, originalWords: [layout] });
    expect(naiveResult.leaks).toEqual(
      expect.arrayContaining([expect.objectContaining({ route: 'text-layer', text: SECRET_NAME })]),
    );

    const ocr = pixelReadingOcr(layout);
    const result = await redactDocument(scanned, regions, { ocrPool: ocr });
    expect(ocr.seen).toBe(1);
    expect(result.pages[0]?.textSource).toBe('ocr');
    const text = await pageText(result.pdf);
    expect(text).toContain('burgemeester');
    expect(text).not.toContain('Vries');
    expect(text).not.toContain(SECRET_BSN);
    expect(await verifyRedaction(result.pdf, { original: scanned, regions, originalWords: [layout] })).toEqual({
      passed: true,
      leaks: [],
    });
  });

  it('previews: exactly one image per page and no thumbnails', async () => {
    const original = await withMetadata();
    const { pdf } = await redactDocument(original, [await regionOver(original)]);
    const doc = await PDFDocument.load(pdf);
    const images = doc.context
      .enumerateIndirectObjects()
      .filter(
        ([, object]) =>
          object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'),
      );
    expect(images).toHaveLength(doc.getPageCount());
    for (const page of doc.getPages()) {
      expect(page.node.get(PDFName.of('Thumb'))).toBeUndefined();
      expect(page.node.get(PDFName.of('Annots'))).toBeUndefined();
      const xobjects = page.node.Resources()?.lookup(PDFName.of('XObject'), PDFDict);
      expect(xobjects?.keys()).toHaveLength(1);
    }
    expect(everything(pdf)).not.toContain('/Thumb');
  });

  it('short name: a box as wide as the name tells its length; ours gives short names one width', async () => {
    const widths: { naive: number; ours: number }[] = [];
    for (const name of ['Jan', 'Sanne']) {
      const original = await shortNameLetter(name);
      const region = await regionOver(original, name);
      const { pages } = await redactDocument(original, [region]);
      widths.push({ naive: region.box[2], ours: pages[0]?.boxes[0]?.[2] ?? 0 });
    }
    const [jan, sanne] = widths as [{ naive: number; ours: number }, { naive: number; ours: number }];
    expect(sanne.naive - jan.naive).toBeGreaterThan(5);
    expect(jan.ours).toBeCloseTo(sanne.ours, 1);
    expect(jan.ours).toBeGreaterThan(sanne.naive);
  });
});
