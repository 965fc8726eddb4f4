import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isDocumentReadError } from '../errors/document-read-error.js';
import { redactDocument } from '../redact/redact-document.js';
import { LETTER_LINES, SECRET_BSN, SECRET_NAME, letterDocument, letterPdf, regionOver } from './leak-fixtures.js';
import { verifyRedaction } from './verify-redaction.js';

describe.concurrent('verifyRedaction', () => {
  it('fails the unredacted original: the text is there and nothing is painted', async () => {
    const original = await letterPdf();
    const region = await regionOver(original);
    const result = await verifyRedaction(original, { original, regions: [region] });
    expect(result.passed).toBe(false);
    expect(result.leaks).toEqual(
      expect.arrayContaining([
        { route: 'pixels', text: SECRET_NAME, page: 1, kind: 'unpainted' },
        { route: 'text-layer', text: SECRET_NAME, page: 1, kind: 'region-text' },
      ]),
    );
  });

  it('finds a box that covers only part of the region (pixels) and the uncovered words', async () => {
    const original = await letterPdf();
    const region = await regionOver(original);
    const partial = await regionOver(original, 'Jan');
    const { pdf } = await redactDocument(original, [{ ...partial, text: 'Jan' }], { box: { minWidth: 0 } });
    const result = await verifyRedaction(pdf, { original, regions: [region] });
    expect(result.leaks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ route: 'pixels', kind: 'unpainted' }),
        expect.objectContaining({ route: 'text-layer', text: 'Vries,', kind: 'region-word' }),
      ]),
    );
  });

  it('fails when a detected identifier was left in, and when the same name also stands elsewhere', async () => {
    const doc = await letterDocument([...LETTER_LINES, { text: `Kopie aan ${SECRET_NAME}`, x: 72, y: 400, size: 12 }]);
    const original = await doc.save();
    const region = await regionOver(original);
    const { pdf } = await redactDocument(original, [region]);
    const result = await verifyRedaction(pdf, { original, regions: [region], detectedIdentifiers: [SECRET_BSN] });
    expect(result.passed).toBe(false);
    expect(result.leaks).toEqual(
      expect.arrayContaining([
        { route: 'text-layer', text: SECRET_BSN, page: 1, kind: 'identifier' },
        { route: 'text-layer', text: SECRET_NAME, page: 1, kind: 'region-text' },
      ]),
    );
  });

  it('passes our redaction of everything, with the ground codes as the only trace', async () => {
    const original = await letterPdf();
    const regions = [
      await regionOver(original),
      { ...(await regionOver(original, SECRET_BSN)), ground: '5.1.1e' as const },
    ];
    const { pdf } = await redactDocument(original, regions);
    expect(await verifyRedaction(pdf, { original, regions, detectedIdentifiers: [SECRET_BSN] })).toEqual({
      passed: true,
      leaks: [],
    });
  });

  it('does not count a metadata value that the original also shows openly (the Title that is the heading)', async () => {
    const doc = await letterDocument();
    doc.setTitle('Besluit op uw Woo-verzoek');
    doc.setAuthor('Piet Jansen');
    const original = await doc.save();
    const region = await regionOver(original);
    const { pdf } = await redactDocument(original, [region]);
    // The public version shows the heading too; it is no leak. Put the author in its text to see that one is.
    const withAuthor = await PDFDocument.load(pdf);
    withAuthor.getPage(0).drawText('Opgesteld door Piet Jansen', { x: 72, y: 100, size: 10 });
    const result = await verifyRedaction(await withAuthor.save(), { original, regions: [region] });
    expect(result.leaks.map((leak) => leak.text)).toEqual(expect.arrayContaining(['Piet Jansen']));
    expect(result.leaks.map((leak) => leak.text)).not.toContain('Besluit op uw Woo-verzoek');
  });

  it('a finding over two lines: its pieces open elsewhere are no leak, the whole name and a real leak still are', async () => {
    // "Jan de" at the end of one line, "Vries" at the start of the next, and "Jan de" also openly in the closing.
    const lines = [
      { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 18 },
      { text: 'Hierbij ontvangt de heer Jan de', x: 72, y: 700, size: 12 },
      { text: 'Vries het besluit op zijn verzoek.', x: 72, y: 685, size: 12 },
      { text: 'Met groet, Jan de Boer, burgemeester', x: 72, y: 600, size: 12 },
    ];
    const original = await (await letterDocument(lines)).save();
    const pieces = [
      { ...(await regionOver(original, 'Jan de')), text: 'Jan de' },
      { ...(await regionOver(original, 'Vries')), text: 'Vries' },
    ];
    const { pdf } = await redactDocument(original, pieces);
    // Unlinked, the piece "Jan de" is searched everywhere and found in the closing line.
    const unlinked = await verifyRedaction(pdf, { original, regions: pieces });
    expect(unlinked.leaks).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: 'Jan de', kind: 'region-text' })]),
    );
    // Linked as one finding, it passes.
    const linked = pieces.map((piece) => ({ ...piece, group: 'finding-1' }));
    expect(await verifyRedaction(pdf, { original, regions: linked })).toEqual({ passed: true, leaks: [] });
    // The whole name is still searched strictly: put it into the public version and the gate fails.
    const withName = await PDFDocument.load(pdf);
    withName.getPage(0).drawText('Kopie: Jan de Vries', { x: 72, y: 100, size: 10 });
    const leaked = await verifyRedaction(await withName.save(), { original, regions: linked });
    expect(leaked.leaks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ route: 'text-layer', text: 'Jan de Vries', kind: 'region-text' }),
      ]),
    );
    // A piece that stood nowhere openly in the original is still a leak on its own.
    const withPiece = await PDFDocument.load(pdf);
    withPiece.getPage(0).drawText('Vries', { x: 72, y: 100, size: 10 });
    const piece = await verifyRedaction(await withPiece.save(), { original, regions: linked });
    expect(piece.leaks).toEqual(
      expect.arrayContaining([expect.objectContaining({ route: 'text-layer', text: 'Vries' })]),
    );
  });

  describe('a region marked as a namesake (the open occurrence elsewhere is another person)', () => {
    // A private person's surname redacted, and a public office holder of the same surname openly on the same page.
    const NAMESAKE_LINES = [
      { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 18 },
      { text: 'Geachte mevrouw Meindertsma, hierbij ontvangt u het besluit.', x: 72, y: 700, size: 12 },
      { text: 'Minister Meindertsma heeft het voorstel besproken met het college.', x: 72, y: 680, size: 12 },
      { text: `Uw burgerservicenummer is ${SECRET_BSN}.`, x: 72, y: 660, size: 12 },
      { text: `Kopie van het dossier ${SECRET_BSN} aan de afdeling.`, x: 72, y: 640, size: 12 },
    ];

    async function namesakeLetter(lines = NAMESAKE_LINES) {
      const original = await (await letterDocument(lines)).save();
      // regionOver takes the first occurrence in reading order: the private person's, after "Geachte mevrouw".
      const surname = { ...(await regionOver(original, 'Meindertsma')), id: 'region-surname' };
      const bsn = { ...(await regionOver(original, SECRET_BSN)), ground: '5.1.1e' as const, id: 'region-bsn' };
      return { original, surname, bsn };
    }

    it('fails without the decision, naming the region, and passes with it', async () => {
      const { original, surname, bsn } = await namesakeLetter();
      const { pdf } = await redactDocument(original, [surname, bsn]);
      const strict = await verifyRedaction(pdf, { original, regions: [surname] });
      expect(strict.passed).toBe(false);
      expect(strict.leaks).toContainEqual({
        route: 'text-layer',
        text: 'Meindertsma',
        page: 1,
        kind: 'region-text',
        regionId: 'region-surname',
      });

      const decided = await verifyRedaction(pdf, { original, regions: [{ ...surname, namesake: true }] });
      expect(decided).toEqual({ passed: true, leaks: [] });
    });

    it('still fails an identifier region with the decision: identifiers are never exempt', async () => {
      const { original, surname, bsn } = await namesakeLetter();
      // Only the first BSN is redacted; the second one stands openly, as a namesake would.
      const regions = [
        { ...surname, namesake: true },
        { ...bsn, namesake: true },
      ];
      const { pdf } = await redactDocument(original, regions);
      const result = await verifyRedaction(pdf, { original, regions, detectedIdentifiers: [SECRET_BSN] });
      expect(result.passed).toBe(false);
      expect(result.leaks).toContainEqual({ route: 'text-layer', text: SECRET_BSN, page: 1, kind: 'identifier' });
      expect(result.leaks.map((leak) => leak.text)).not.toContain('Meindertsma');
    });

    it('still fails a text the original did not show outside every region: the decision hides no real leak', async () => {
      // Without the office holder's line the surname stood nowhere openly: putting it in the public version leaks.
      const lines = NAMESAKE_LINES.filter((line) => !line.text.startsWith('Minister'));
      const { original, surname } = await namesakeLetter(lines);
      const region = { ...surname, namesake: true };
      const { pdf } = await redactDocument(original, [region]);
      const leaked = await PDFDocument.load(pdf);
      leaked.getPage(0).drawText('Meindertsma', { x: 72, y: 100, size: 10 });
      const result = await verifyRedaction(await leaked.save(), { original, regions: [region] });
      expect(result.leaks).toContainEqual(
        expect.objectContaining({ route: 'text-layer', text: 'Meindertsma', regionId: 'region-surname' }),
      );
    });

    it('keeps the other words under the region strict, and the pixels', async () => {
      // "mevrouw Meindertsma" also stands openly further on.
      const lines = [
        ...NAMESAKE_LINES,
        { text: 'Een afschrift gaat naar mevrouw Meindertsma.', x: 72, y: 620, size: 12 },
      ];
      const { original, surname } = await namesakeLetter(lines);
      // Over the surname only, the decision lets the open "mevrouw Meindertsma" stand.
      const narrow = { ...surname, namesake: true };
      const narrowPdf = (await redactDocument(original, [narrow])).pdf;
      expect(await verifyRedaction(narrowPdf, { original, regions: [narrow] })).toEqual({ passed: true, leaks: [] });
      // A box over "mevrouw Meindertsma," whose text is only the surname: the words under it are more than the text
      // the decision is about, and are still searched strictly.
      const wide = { ...(await regionOver(original, 'mevrouw Meindertsma')), text: 'Meindertsma', id: 'wide' };
      const region = { ...wide, namesake: true };
      const { pdf } = await redactDocument(original, [region]);
      const words = await verifyRedaction(pdf, { original, regions: [region] });
      expect(words.leaks).toContainEqual(
        expect.objectContaining({ route: 'text-layer', kind: 'region-words', regionId: 'wide' }),
      );
      expect(words.leaks.filter((leak) => leak.kind === 'region-text')).toEqual([]);
      // The region left unpainted: the pixel check does not care about the decision.
      const unpainted = await verifyRedaction(original, { original, regions: [narrow] });
      expect(unpainted.leaks).toContainEqual({
        route: 'pixels',
        text: 'Meindertsma',
        page: 1,
        kind: 'unpainted',
        regionId: 'region-surname',
      });
    });
  });

  it('throws a DocumentReadError for a public version that is not a PDF', async () => {
    const original = await letterPdf();
    const error = await verifyRedaction(new TextEncoder().encode('not a pdf'), { original, regions: [] }).catch(
      (caught: unknown) => caught,
    );
    expect(isDocumentReadError(error)).toBe(true);
  });
});
