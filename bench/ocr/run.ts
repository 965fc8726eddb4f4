// bench/ocr: the same 20 rendered Dutch pages (A4, 300 dpi; 10 clean, 10 made to look scanned) through our OCR pool
// (@woo/ocr, tesseract.js, size 1 and 2) and through the native tesseract CLI with the Dutch model, in one run:
// pages/minute for both, the ratio, and the character error rate against the ground truth.
// Not a timed test: it prints figures and the aims.
//   node scripts/bootstrap.mjs pnpm run bench:ocr
import { availableParallelism, cpus, loadavg } from 'node:os';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { characterErrorRate, createOcrPool } from '@woo/ocr';
import { greyPgm } from '@woo/pdf';
import type { OcrLanguage } from '@woo/ocr';
import { DEFAULT_SEED } from '../generate/bench-inputs.js';
import { generateOcrPages, OCR_DPI } from '../generate/ocr-pages.js';
import { findNativeTesseract, runNativeTesseract } from './native-tesseract.js';
import type { TimedRun } from './native-tesseract.js';

const native = findNativeTesseract();
if ('missing' in native) {
  console.error(`bench/ocr: ${native.missing}`);
  process.exit(2);
}
const cores = availableParallelism();
console.log(
  `bench/ocr — ${new Date().toISOString()} — ${cores} cores, ${cpus()[0]?.model ?? '?'}, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
console.log(`native: ${native.version}, -l nld, OMP_THREAD_LIMIT=1, one process per page`);
const pages = await generateOcrPages(DEFAULT_SEED);
// Both engines get the page as the pipeline hands it to the pool: 8-bit grey PGM (RenderedPage.grey), the same
// bytes for both, so neither pays for decoding a PNG the other does not.
async function asGrey(png: Buffer): Promise<Buffer> {
  const image = await loadImage(png);
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  return greyPgm(context.getImageData(0, 0, image.width, image.height).data, image.width, image.height);
}
const images = await Promise.all(pages.map((page) => asGrey(page.png)));
console.log(
  `${pages.length} pages, A4 at ${OCR_DPI} dpi (${pages.filter((p) => !p.scanned).length} clean, ${pages.filter((p) => p.scanned).length} scan-like)\n`,
);

async function runPool(size: number, languages: readonly OcrLanguage[]): Promise<TimedRun & { startSeconds: number }> {
  const starting = performance.now();
  const pool = await createOcrPool({ size, languages });
  const startSeconds = (performance.now() - starting) / 1000;
  try {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const results = await Promise.all(images.map((image, i) => pool.recognize(image, { dpi: OCR_DPI, page: i + 1 })));
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    return {
      texts: results.map((result) => result.words.map((word) => word.text).join(' ')),
      seconds,
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      startSeconds,
    };
  } finally {
    await pool.close();
  }
}

interface Row {
  label: string;
  workers: number;
  run: TimedRun;
  note?: string;
}

const cer = (texts: readonly string[], which: (scanned: boolean) => boolean) => {
  const chosen = pages.flatMap((page, i) =>
    which(page.scanned) ? [characterErrorRate(page.truth, texts[i] ?? '')] : [],
  );
  return chosen.reduce((sum, value) => sum + value, 0) / Math.max(1, chosen.length);
};

const concurrencies = [...new Set([1, 2, cores])];
const rows: Row[] = [];
for (const workers of concurrencies) {
  rows.push({ label: 'native tesseract', workers, run: await runNativeTesseract(images, OCR_DPI, workers) });
  const pool = await runPool(workers, ['nld']);
  rows.push({
    label: 'pool (tesseract.js)',
    workers,
    run: pool,
    note: `workers started in ${pool.startSeconds.toFixed(2)} s`,
  });
}
const withEnglish = await runPool(cores, ['nld', 'eng']);
rows.push({
  label: 'pool nld+eng',
  workers: cores,
  run: withEnglish,
  note: 'as the pipeline runs it (OCR_LANGUAGES default)',
});

const perMinute = (run: TimedRun) => (60 * images.length) / run.seconds;
console.log('engine               workers  pages/min  s/page(wall)  CPU s/page  CER all  CER clean  CER scan-like');
for (const row of rows) {
  console.log(
    `${row.label.padEnd(20)} ${String(row.workers).padStart(7)} ${perMinute(row.run).toFixed(1).padStart(10)} ${(row.run.seconds / images.length).toFixed(2).padStart(13)} ${(row.run.cpuSeconds / images.length).toFixed(2).padStart(11)} ` +
      `${(100 * cer(row.run.texts, () => true)).toFixed(2).padStart(7)}% ${(100 * cer(row.run.texts, (s) => !s)).toFixed(2).padStart(9)}% ${(100 * cer(row.run.texts, (s) => s)).toFixed(2).padStart(13)}%` +
      (row.note ? `   (${row.note})` : ''),
  );
}
console.log('\nRatio pool ÷ native, time per page at equal workers (aim ≤ 1.2, at equal accuracy):');
for (const workers of concurrencies) {
  const nativeRow = rows.find((row) => row.label === 'native tesseract' && row.workers === workers);
  const poolRow = rows.find((row) => row.label === 'pool (tesseract.js)' && row.workers === workers);
  if (!nativeRow || !poolRow) continue;
  const ratio = poolRow.run.seconds / nativeRow.run.seconds;
  const cpuRatio = poolRow.run.cpuSeconds / nativeRow.run.cpuSeconds;
  console.log(
    `  ${workers} worker(s): ${ratio.toFixed(2)}× ${ratio <= 1.2 ? '— within the aim' : '— OUTSIDE the aim'} (CPU time ${cpuRatio.toFixed(2)}×); CER pool ${(100 * cer(poolRow.run.texts, () => true)).toFixed(2)}% vs native ${(100 * cer(nativeRow.run.texts, () => true)).toFixed(2)}%`,
  );
}
const poolAt = (workers: number) => rows.find((row) => row.label === 'pool (tesseract.js)' && row.workers === workers);
const one = poolAt(1);
const most = poolAt(Math.max(...concurrencies));
if (one && most && most !== one) {
  const speedup = one.run.seconds / most.run.seconds;
  console.log(
    `Pool scaling (aim: with cores): ${most.workers} workers are ${speedup.toFixed(2)}× as fast as 1 (ideal ${Math.min(most.workers, cores)}×)`,
  );
}
