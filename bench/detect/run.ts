// bench/detect: detection quality on the generated dossier. Reads every document (text layer, or OCR through the
// pool for scans), runs detectAll with the case's known persons, and scores the findings against the inserted truth
// (matching rule in truth-matching.ts). Not a timed test: it prints figures against the aims.
//   node scripts/bootstrap.mjs pnpm run bench:detect    (or: node --import tsx bench/detect/run.ts [--dossier DIR])
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectAll } from '@woo/domain';
import { createOcrPool } from '@woo/ocr';
import { defaultBenchFolder, loadOrGenerateDossier } from '../generate/bench-inputs.js';
import { printDetectionReport } from './detection-report.js';
import { readDossier } from './read-dossier.js';
import { matchFindings } from './truth-matching.js';
import type { FileFinding } from './truth-matching.js';

const { values } = parseArgs({ options: { dossier: { type: 'string' }, top: { type: 'string' } } });
const folder = values.dossier ?? join(defaultBenchFolder, 'dossier');
const truth = await loadOrGenerateDossier(folder);
const cores = availableParallelism();
console.log(
  `bench/detect — ${new Date().toISOString()} — ${cores} cores, ${cpus()[0]?.model ?? '?'}, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
const pages = truth.files.reduce((n, f) => n + f.pages, 0);
const scanned = truth.files.reduce((n, f) => n + f.scannedPages, 0);
console.log(
  `dossier ${folder}: ${truth.files.length} files, ${pages} pages (${scanned} scanned), ${truth.items.length} inserted items`,
);

const pool = await createOcrPool({ size: cores });
let documents;
const readStart = performance.now();
try {
  let done = 0;
  documents = await readDossier(folder, truth, pool, () => {
    done += 1;
    if (done % 20 === 0) console.log(`  read ${done}/${truth.files.length} files`);
  });
} finally {
  await pool.close();
}
const readSeconds = (performance.now() - readStart) / 1000;
const detectStart = performance.now();
const context = { knownPersons: truth.knownPersons, locale: 'nl' as const };
const findings: FileFinding[] = documents.flatMap((document) =>
  detectAll(document.pages, context).map((finding) => ({ ...finding, file: document.file })),
);
const detectSeconds = (performance.now() - detectStart) / 1000;
const readPages = documents.reduce((n, d) => n + d.pages.length, 0);
console.log(
  `read ${documents.length} documents, ${readPages} pages in ${readSeconds.toFixed(1)} s (OCR pool of ${cores}); detectAll in ${detectSeconds.toFixed(2)} s; ${findings.length} findings`,
);
printDetectionReport(truth.items, matchFindings(truth.items, findings), Number(values.top ?? 20));
