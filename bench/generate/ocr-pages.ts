// The OCR benchmark's pages: 20 A4 pages of Dutch case-file text rendered at 300 dpi — the first half clean renders,
// the second half made to look scanned (askew, grey paper, specks) — each with its ground-truth text.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { incomingLetter, memo, outgoingLetter } from './documents.js';
import { layOut, pageText } from './layout.js';
import { createRandom } from './random.js';
import { helveticaMeasure, renderPage } from './render-pages.js';

export const OCR_DPI = 300;

export interface OcrPage {
  name: string;
  png: Buffer;
  truth: string;
  scanned: boolean;
}

export async function generateOcrPages(seed: number, count = 20): Promise<OcrPage[]> {
  const random = createRandom(seed);
  const measure = await helveticaMeasure();
  const pages: OcrPage[] = [];
  for (let i = 0; i < count; i += 1) {
    const make = [outgoingLetter, incomingLetter, memo][i % 3] ?? memo;
    const [page] = layOut(make(random, 1), measure);
    if (!page) throw new Error('layout produced no page');
    const scanned = i >= count / 2;
    const options = scanned ? { dpi: OCR_DPI, rotation: (random.next() - 0.5) * 1.2, noise: 0.0005 } : { dpi: OCR_DPI };
    const canvas = await renderPage(page, options, random);
    pages.push({
      name: `page-${String(i + 1).padStart(2, '0')}`,
      png: await canvas.encode('png'),
      truth: pageText(page),
      scanned,
    });
  }
  return pages;
}

/** Writes page-NN.png and page-NN.txt (the truth) into `folder`. */
export async function writeOcrPages(pages: readonly OcrPage[], folder: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const page of pages) {
    await writeFile(join(folder, `${page.name}.png`), page.png);
    await writeFile(join(folder, `${page.name}.txt`), `${page.truth}\n`);
  }
}
