// Writes the benchmark inputs: the 200-page dossier with truth.json, and the 20 OCR pages with their truth.
//   node --import tsx bench/generate/run.ts [--out DIR] [--seed N] [--pages N]
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { DEFAULT_SEED, defaultBenchFolder, DOSSIER_PAGES } from './bench-inputs.js';
import { generateDossier } from './dossier.js';
import { generateOcrPages, writeOcrPages } from './ocr-pages.js';
import { truthKinds } from './truth.js';

const { values } = parseArgs({
  options: { out: { type: 'string' }, seed: { type: 'string' }, pages: { type: 'string' } },
});
const folder = values.out ?? defaultBenchFolder;
const seed = Number(values.seed ?? DEFAULT_SEED);
const started = performance.now();
const truth = await generateDossier({
  seed,
  pages: Number(values.pages ?? DOSSIER_PAGES),
  folder: join(folder, 'dossier'),
});
const pages = truth.files.reduce((n, f) => n + f.pages, 0);
const scanned = truth.files.reduce((n, f) => n + f.scannedPages, 0);
console.log(`dossier: ${truth.files.length} files, ${pages} pages (${scanned} scanned) in ${join(folder, 'dossier')}`);
for (const kind of truthKinds) {
  console.log(`  ${kind.padEnd(17)} ${truth.items.filter((item) => item.kind === kind).length}`);
}
const ocr = await generateOcrPages(seed);
await writeOcrPages(ocr, join(folder, 'ocr'));
console.log(`ocr: ${ocr.length} pages at 300 dpi in ${join(folder, 'ocr')}`);
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
