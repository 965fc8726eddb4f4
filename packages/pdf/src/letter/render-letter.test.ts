// The letter layout read back as a reader would: text extracted with pdf.js (readDocumentText), pages counted, the
// table header repeated on every page it runs over, Dutch diacritics kept, the ĳ ligature transliterated, and a
// character the font cannot print refused with its place instead of printed as "?".
import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { readDocumentText } from '../read/read-document-text.js';
import { pageTextString } from '../text/page-text-string.js';
import type { LetterLayout } from './letter-layout.js';
import { LetterTextError, printableText } from './letter-text.js';
import { renderLetter } from './render-letter.js';

function layout(overrides: Partial<LetterLayout> = {}): LetterLayout {
  return {
    letterhead: { name: 'Gemeente Proefstad', addressLines: ['Postbus 1', '1234 AB Proefstad'] },
    addressee: ['Zoë van Dijk-Ëmans', 'Kerkstraat 2'],
    facts: [['Datum', '10 maart 2026']],
    title: 'Besluit op uw Woo-verzoek',
    blocks: [
      { kind: 'heading', text: 'Uw verzoek' },
      { kind: 'paragraph', text: 'Wij hebben uw verzoek over de ĳsbaan en de coördinatie van de reünie ontvangen.' },
    ],
    signature: { closing: 'Met vriendelijke groet,', lines: ['de Woo-coördinator'] },
    footer: 'Gemeente Proefstad · WOO-2026-0001',
    pageLabel: (page, pages) => `Pagina ${page} van ${pages}`,
    documentTitle: 'Besluit Woo-verzoek WOO-2026-0001',
    ...overrides,
  };
}

const pageTexts = async (bytes: Uint8Array) => (await readDocumentText(bytes)).map(pageTextString);

describe('renderLetter', () => {
  it('keeps Dutch diacritics, transliterates the ĳ ligature and numbers the pages', async () => {
    const bytes = await renderLetter(layout());
    const [text] = await pageTexts(bytes);
    expect(text).toContain('Zoë van Dijk-Ëmans');
    expect(text).toContain('ijsbaan en de coördinatie van de reünie');
    expect(text).toContain('Pagina 1 van 1');
    expect(text).not.toContain('?');
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toBe('Besluit Woo-verzoek WOO-2026-0001');
  });

  it('runs a long inventory over several pages with the header on each, no row lost', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `document-${i + 1}.pdf`, 'deels openbaar']);
    const bytes = await renderLetter(
      layout({
        blocks: [
          {
            kind: 'table',
            columns: [
              { header: 'Nr.', width: 0.1 },
              { header: 'Omschrijving', width: 0.6 },
              { header: 'Beoordeling', width: 0.3 },
            ],
            rows,
          },
        ],
      }),
    );
    const texts = await pageTexts(bytes);
    expect(texts.length).toBeGreaterThan(2);
    for (const [index, text] of texts.entries()) {
      expect(text).toContain(`Pagina ${index + 1} van ${texts.length}`);
      if (index < texts.length - 1) expect(text).toContain('Omschrijving');
    }
    const all = texts.join('\n');
    for (const [number] of rows) expect(all).toContain(`document-${number}.pdf`);
  });

  it('refuses a character the font cannot print, naming it and where it stands', async () => {
    await expect(
      renderLetter(
        layout({
          blocks: [
            {
              kind: 'paragraph',
              text: 'Zie 漢.',
              source: { nl: 'de motivering bij 5.1.2e', en: 'the motivation for 5.1.2e' },
            },
          ],
        }),
      ),
    ).rejects.toThrow(LetterTextError);
    const error = await renderLetter(
      layout({
        blocks: [
          {
            kind: 'paragraph',
            text: 'Zie 漢.',
            source: { nl: 'de motivering bij 5.1.2e', en: 'the motivation for 5.1.2e' },
          },
        ],
      }),
    ).catch((e: LetterTextError) => e);
    expect(error).toMatchObject({ code: 'letter.unsupported_character', details: { character: 'U+6F22' } });
    expect((error as LetterTextError).nl).toContain('in de motivering bij 5.1.2e');
    expect((error as LetterTextError).en).toContain('in the motivation for 5.1.2e');
  });

  it('maps letters with a diacritic the font lacks to their base letter, and drops invisible format characters', () => {
    const supported = new Set(
      [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ -'].map((c) => c.codePointAt(0)!),
    );
    expect(printableText('Łódź\u200b-Şişli', supported, { nl: 'test', en: 'test' })).toBe('Lodz-Sisli');
  });
});
