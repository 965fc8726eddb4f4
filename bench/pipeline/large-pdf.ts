// bench/pipeline/large-pdf: what one page job's reading costs on a large PDF, and how that grows with the document.
// Builds an image-only PDF (every page its own copy of a 150-dpi JPEG scan of a short letter, as a scanner makes) and
// a text PDF (40 lines of Helvetica a page) of each size, stores them in a folder blob store, and times readPage — the
// page job's reading, without the database — for a sample of pages spread over each document: a scanned page is
// rendered for OCR and made grey, but not recognised. Sizes and documents are interleaved, round after round, so
// that the machine's load falls on all of them alike. Figures are CPU milliseconds (of the whole process: the
// machine is shared, and wall time mostly says how busy it was), wall milliseconds in brackets.
// Each document is measured twice a round: every job opening the original itself (as before), and the jobs going
// through one open-document cache as the worker runs them (workers/ocr/src/open-document-cache.ts). `--walk` then
// reads every page of the largest documents through one cache, two jobs at a time, printing the cost per page and
// the process's memory as it goes.
//   node --import tsx bench/pipeline/large-pdf.ts [--pages 50,500,1000] [--sample 6] [--rounds 3] [--walk]
// (`--rounds 0 --walk` only walks.)
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PageText } from '@woo/domain';
import { defaultDocumentLimits, openDocument, type PageRecognizer } from '@woo/pdf';
import { dutchLetterPdf, scanOf } from '@woo/pdf/testing';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readPage, type PageReadingDeps } from '../../packages/documents/src/pipeline/read-page.js';
import { createFolderBlobStore } from '../../packages/storage/src/index.js';
import { createOpenDocumentCache } from '../../workers/ocr/src/open-document-cache.js';

const { values } = parseArgs({
  options: {
    pages: { type: 'string' },
    sample: { type: 'string' },
    rounds: { type: 'string' },
    walk: { type: 'boolean' },
  },
});
const sizes = (values.pages ?? '50,500,1000').split(',').map(Number);
const sampleSize = Number(values.sample ?? 6);
const rounds = Number(values.rounds ?? 3);
const walk = values.walk ?? false;

/** Stands in for the OCR pool: the page is rendered and made grey as for tesseract, and no words come back. */
const noOcr: PageRecognizer = {
  recognize: (_image, { page }) =>
    Promise.resolve({ page: page ?? 1, width: 0, height: 0, source: 'ocr', words: [] } as PageText),
};

async function scanPdf(pages: number, scan: PDFDocument): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  // copyPages again for every page: each page gets its own image object, as in a scanner's PDF.
  for (let i = 0; i < pages; i += 1) doc.addPage((await doc.copyPages(scan, [0]))[0]!);
  return doc.save();
}

async function textPdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= pages; i += 1) {
    const page = doc.addPage([595, 842]);
    page.drawText(`Pagina ${i} van het verslag`, { x: 72, y: 780, size: 14, font });
    for (let line = 0; line < 40; line += 1) {
      const text = `Regel ${line + 1}: de gemeente heeft op ${1 + (line % 28)} maart het besluit genomen over dossier ${i}.`;
      page.drawText(text, { x: 72, y: 750 - line * 16, size: 10, font });
    }
  }
  return doc.save();
}

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
async function timed<T>(work: () => Promise<T>): Promise<{ wall: number; cpu: number; result: T }> {
  const wall = performance.now();
  const cpu = cpuMs();
  const result = await work();
  return { wall: performance.now() - wall, cpu: cpuMs() - cpu, result };
}

const folder = await mkdtemp(join(tmpdir(), 'woo-large-pdf-'));
const blobs = createFolderBlobStore(folder);
const scan = await PDFDocument.load(await scanOf(await dutchLetterPdf(), 150));

interface BenchDocument {
  name: string;
  pages: number;
  bytes: number;
  key: string;
}
const documents: BenchDocument[] = [];
for (const pages of sizes) {
  for (const [kind, make] of [
    ['scan', () => scanPdf(pages, scan)],
    ['text', () => textPdf(pages)],
  ] as const) {
    const bytes = await make();
    const key = `documents/${kind}-${pages}/original`;
    await blobs.put(key, bytes);
    documents.push({ name: `${kind} ${pages}`, pages, bytes: bytes.length, key });
  }
}
console.log(
  `documents: ${documents.map((d) => `${d.name} pages ${(d.bytes / 1024 / 1024).toFixed(1)} MB`).join(', ')}`,
);

/** Page numbers spread over the document, first and last included. */
const sampleOf = (pages: number) => [
  ...new Set(Array.from({ length: sampleSize }, (_, i) => 1 + Math.round((i * (pages - 1)) / (sampleSize - 1)))),
];

const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? NaN;
type Figures = { cpu: number[]; wall: number[] };
const add = (map: Map<string, Figures>, name: string, cpu: number, wall: number) => {
  const entry = map.get(name) ?? { cpu: [], wall: [] };
  entry.cpu.push(cpu);
  entry.wall.push(wall);
  map.set(name, entry);
};
// Per document, one figure a round: each job opening the original itself (as before the open-document cache: the
// median page job), and through the cache as the worker runs them (the first job, which opens, and the median of
// the others).
const eachJobOpens = new Map<string, Figures>();
const sharedFirst = new Map<string, Figures>();
const sharedLater = new Map<string, Figures>();
// Per document: reading the blob, pdf.js's open and pdf-lib's parse on their own, once a round.
const parts = new Map<string, { get: number[]; open: number[]; pdfLib: number[] }>();

for (let round = 1; round <= rounds; round += 1) {
  // Rotate the order, so no document is always measured right after the same one.
  const order = documents.map((_, i) => documents[(i + round) % documents.length]!);
  for (const document of order) {
    const pages = sampleOf(document.pages);
    const jobsOf = async (deps: PageReadingDeps) => {
      const cpu: number[] = [];
      const wall: number[] = [];
      for (const pageNumber of pages) {
        const job = await timed(() => readPage(deps, document.key, pageNumber));
        cpu.push(job.cpu);
        wall.push(job.wall);
      }
      return { cpu, wall };
    };
    const alone = await jobsOf({ blobs, ocr: noOcr });
    add(eachJobOpens, document.name, median(alone.cpu), median(alone.wall));

    const documentsOpen = createOpenDocumentCache({ blobs });
    const shared = await jobsOf({ blobs, ocr: noOcr, documents: documentsOpen });
    await documentsOpen.close();
    add(sharedFirst, document.name, shared.cpu[0]!, shared.wall[0]!);
    add(sharedLater, document.name, median(shared.cpu.slice(1)), median(shared.wall.slice(1)));

    const get = await timed(() => blobs.get(document.key));
    const open = await timed(() => openDocument(get.result, defaultDocumentLimits));
    await open.result.close();
    const pdfLib = await timed(() =>
      PDFDocument.load(get.result, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: true }),
    );
    const part = parts.get(document.name) ?? { get: [], open: [], pdfLib: [] };
    part.get.push(get.cpu);
    part.open.push(open.cpu);
    part.pdfLib.push(pdfLib.cpu);
    parts.set(document.name, part);
  }
  console.log(`round ${round} done`);
}

const range = (list: number[]) => {
  const sorted = [...list].sort((a, b) => a - b);
  const low = sorted[0]!.toFixed(0);
  const high = sorted[sorted.length - 1]!.toFixed(0);
  return low === high ? low : `${low}–${high}`;
};
const cell = (figures: Figures) => `${range(figures.cpu)} (${range(figures.wall)})`;
if (rounds > 0) printTable();
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

function printTable() {
  console.log(
    `\nCPU ms (wall ms) per page job: the median of ${sampleSize} pages spread over the document, range over ${rounds} rounds.\n` +
      '"each job opens": every job reads and opens the original itself (no cache); "shared": the page jobs go through\n' +
      'one open-document cache, the first job opens it. Then CPU ms of reading the blob, opening it with pdf.js and\n' +
      'parsing it with pdf-lib, each on its own:',
  );
  const columns = [11, 5, 20, 18, 16, 10, 12, 14];
  const row = (cells: string[]) =>
    console.log(cells.map((text, i) => (i === 0 ? text.padEnd(columns[i]!) : text.padStart(columns[i]!))).join(' '));
  row([
    'document',
    'MB',
    'each job opens',
    'shared: first',
    'shared: later',
    'read blob',
    'pdf.js open',
    'pdf-lib parse',
  ]);
  for (const document of documents) {
    const part = parts.get(document.name)!;
    row([
      document.name,
      (document.bytes / 1024 / 1024).toFixed(1),
      cell(eachJobOpens.get(document.name)!),
      cell(sharedFirst.get(document.name)!),
      cell(sharedLater.get(document.name)!),
      range(part.get),
      range(part.open),
      range(part.pdfLib),
    ]);
  }
}

if (walk) {
  // Every page of the largest documents in order, two jobs at a time (WORKER_CONCURRENCY's default), through one
  // cache as in the worker: the cost per page over a whole document, and whether memory stays flat.
  const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  for (const document of documents.filter((d) => d.pages === Math.max(...sizes))) {
    const documentsOpen = createOpenDocumentCache({ blobs });
    let next = 1;
    let done = 0;
    const start = { cpu: cpuMs(), wall: performance.now() };
    const worker = async () => {
      while (next <= document.pages) {
        const pageNumber = next;
        next += 1;
        await readPage({ blobs, ocr: noOcr, documents: documentsOpen }, document.key, pageNumber);
        done += 1;
        if (done % 250 === 0 || done === document.pages) {
          const memory = process.memoryUsage();
          console.log(
            `${document.name}: ${done} pages, ${((cpuMs() - start.cpu) / done).toFixed(1)} CPU ms ` +
              `(${((performance.now() - start.wall) / done).toFixed(1)} wall ms) a page so far; RSS ` +
              `${megabytes(memory.rss)}, heap ${megabytes(memory.heapUsed)}, outside the heap ` +
              `${megabytes(memory.external)}`,
          );
        }
      }
    };
    await Promise.all([worker(), worker()]);
    await documentsOpen.close();
  }
}
await rm(folder, { recursive: true, force: true });
