// bench/pipeline/steps: CPU milliseconds per page of each pipeline step outside OCR, on the generated dossier, in one
// process without database or queues — to see what a change to reading, burn-in or the leak gate is worth before
// running the whole pipeline bench. The review image (rendered on the review screen's first request for a page, not
// in the pipeline) is measured on its own line and left out of the pipeline's total. Each page is read as its page job reads it (the document opened
// for that page alone); a scanned page is rendered for OCR and made grey, but not recognised. Regions: the boxes of
// the text-layer words of each inserted item (truth.json) on the page, or, for a scanned page (whose words only OCR
// would give), one box per item across the page's top — the cost hardly depends on where a box is.
//   node --import tsx bench/pipeline/steps.ts [--dossier DIR] [--compare-dpi 200]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Box, PageText } from '@woo/domain';
import {
  openDocument,
  readPageText,
  redactDocument,
  verifyRedaction,
  type PageRecognizer,
  type RedactionRegionInput,
} from '@woo/pdf';
import PostalMime from 'postal-mime';
import type { Address } from 'postal-mime';
import { defaultBenchFolder, loadOrGenerateDossier } from '../generate/bench-inputs.js';
import { printMail } from '../generate/print-mail.js';
import type { TruthItem } from '../generate/truth.js';
import { reviewImageOf } from '../../packages/documents/src/pipeline/review-image.js';

const { values } = parseArgs({ options: { dossier: { type: 'string' }, 'compare-dpi': { type: 'string' } } });
/** Also burn in (and gate) every document at this resolution, interleaved, to compare under the same load. */
const compareDpi = values['compare-dpi'] === undefined ? undefined : Number(values['compare-dpi']);
const folder = values.dossier ?? join(defaultBenchFolder, 'dossier');
const truth = await loadOrGenerateDossier(folder);

const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};
const spent: Record<string, number> = {};
async function timed<T>(step: string, work: () => Promise<T>): Promise<T> {
  const start = cpuMs();
  try {
    return await work();
  } finally {
    spent[step] = (spent[step] ?? 0) + cpuMs() - start;
  }
}

/** Stands in for the OCR pool: the page is rendered and made grey as for tesseract, and no words come back. */
const noOcr: PageRecognizer = {
  recognize: (_image, { page }) =>
    Promise.resolve({ page: page ?? 1, width: 0, height: 0, source: 'ocr', words: [] } as PageText),
};

function addressLine(addresses: Address | readonly Address[] | undefined): string | undefined {
  if (addresses === undefined) return undefined;
  const list = Array.isArray(addresses) ? addresses : [addresses];
  return list.map((a: Address) => (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? ''))).join(', ');
}

/** The documents a file becomes: itself, or an .eml's printed message and each attachment. */
async function documentsOf(file: string): Promise<{ name: string; bytes: Uint8Array }[]> {
  const bytes = new Uint8Array(await readFile(join(folder, file)));
  if (!file.endsWith('.eml')) return [{ name: file, bytes }];
  const mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  const date = mail.headers.find((header) => header.key === 'date')?.value;
  const printed = await printMail({
    ...(mail.from ? { from: addressLine(mail.from) } : {}),
    ...(mail.to ? { to: addressLine(mail.to) } : {}),
    ...(mail.cc ? { cc: addressLine(mail.cc) } : {}),
    ...(date ? { date } : {}),
    ...(mail.subject ? { subject: mail.subject } : {}),
    text: mail.text ?? '',
  });
  return [
    { name: file, bytes: printed },
    ...mail.attachments.map((attachment) => ({
      name: `${file}/${attachment.filename ?? 'bijlage'}`,
      bytes:
        typeof attachment.content === 'string' ? Buffer.from(attachment.content) : new Uint8Array(attachment.content),
    })),
  ];
}

function regionsOf(items: readonly TruthItem[], pages: readonly PageText[]): RedactionRegionInput[] {
  const regions: RedactionRegionInput[] = [];
  for (const item of items) {
    const page = pages.find((p) => p.page === item.page);
    const parts = item.text.split(/\s+/);
    const words = page?.words.filter((word) => parts.includes(word.text.replace(/[,.;:]$/, ''))) ?? [];
    if (words.length === 0) {
      const box: Box = [72, 72 + 14 * regions.length, 120, 12];
      regions.push({ page: item.page, box, ground: item.ground, text: item.text });
      continue;
    }
    for (const word of words) {
      regions.push({
        page: item.page,
        box: [word.x, word.y, word.width, word.height],
        ground: item.ground,
        text: word.text,
      });
    }
  }
  return regions;
}

const REVIEW_IMAGE = 'review image (on request)';
let pageCount = 0;
let pagesWithRegions = 0;
for (const { file } of truth.files) {
  for (const document of await documentsOf(file)) {
    // Page jobs: one open document per page, as processPage does.
    const probe = await openDocument(document.bytes);
    const count = probe.pageCount;
    await probe.close();
    const pages: PageText[] = [];
    for (let number = 1; number <= count; number += 1) {
      pageCount += 1;
      const opened = await timed('open (per page job)', () => openDocument(document.bytes));
      const page = await opened.page(number);
      pages.push(await timed('text layer / OCR render', () => readPageText(page, { ocrPool: noOcr })));
      await timed(REVIEW_IMAGE, () => reviewImageOf(page));
      await opened.close();
    }
    const regions = regionsOf(
      truth.items.filter((item) => item.file === document.name),
      pages,
    );
    pagesWithRegions += new Set(regions.map((region) => region.page)).size;
    const redacted = await timed('burn-in', () => redactDocument(document.bytes, regions, { originalWords: pages }));
    await timed('leak gate', () =>
      verifyRedaction(redacted.pdf, { original: document.bytes, regions, originalWords: pages }),
    );
    if (compareDpi !== undefined) {
      const other = await timed(`burn-in at ${compareDpi} dpi`, () =>
        redactDocument(document.bytes, regions, { originalWords: pages, dpi: compareDpi }),
      );
      await timed(`leak gate at ${compareDpi} dpi`, () =>
        verifyRedaction(other.pdf, { original: document.bytes, regions, originalWords: pages }),
      );
    }
  }
}

console.log(`${pageCount} pages, ${pagesWithRegions} with regions; CPU ms per page:`);
let total = 0;
for (const [step, ms] of Object.entries(spent)) {
  if (step !== REVIEW_IMAGE && !step.endsWith(' dpi')) total += ms;
  console.log(`  ${step.padEnd(26)} ${(ms / pageCount).toFixed(1).padStart(7)}`);
}
console.log(`  ${'pipeline total'.padEnd(26)} ${(total / pageCount).toFixed(1).padStart(7)}`);
