// bench/detect: detection quality on the generated dossier. Reads every document (text layer, or OCR through the
// pool for scans), runs detectAll with the case's known persons, and scores the findings against the inserted truth
// (matching rule in truth-matching.ts). Not a timed test: it prints figures against the aims.
//   node scripts/bootstrap.mjs pnpm run bench:detect    (or: node --import tsx bench/detect/run.ts [--dossier DIR] [--seed N])
// The text read from each file is cached under <dossier>/.read-cache (read-cache.ts); --no-cache reads afresh (and
// refreshes the cache).
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectAll } from '@woo/domain';
import { createOcrPool } from '@woo/ocr';
import type { PageRecognizer } from '@woo/pdf';
import { defaultBenchFolder, loadOrGenerateDossier } from '../generate/bench-inputs.js';
import { printDetectionReport } from './detection-report.js';
import { folderReadCache } from './read-cache.js';
import { readDossier } from './read-dossier.js';
import { matchFindings } from './truth-matching.js';
import type { FileFinding } from './truth-matching.js';

const { values } = parseArgs({
  // `pnpm run bench:detect -- --top 50` passes the "--" on.
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: {
    dossier: { type: 'string' },
    seed: { type: 'string' },
    top: { type: 'string' },
    'no-cache': { type: 'boolean' },
  },
});
const folder = values.dossier ?? join(defaultBenchFolder, 'dossier');
// Another seed gives a dossier the detectors were not tuned on (bench:generate -- --seed N --out DIR, then the same
// --seed and --dossier DIR/dossier here).
const truth = await loadOrGenerateDossier(folder, values.seed === undefined ? undefined : Number(values.seed));
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

// The pool starts on the first page that needs OCR: a fully cached run never starts it.
let pool: ReturnType<typeof createOcrPool> | undefined;
const lazyPool: PageRecognizer = {
  size: cores,
  recognize: async (png, options) => (await (pool ??= createOcrPool({ size: cores }))).recognize(png, options),
};
let documents;
const readStart = performance.now();
try {
  let done = 0;
  documents = await readDossier(
    folder,
    truth,
    lazyPool,
    () => {
      done += 1;
      if (done % 20 === 0) console.log(`  read ${done}/${truth.files.length} files`);
    },
    values['no-cache'] ? { ...folderReadCache(folder), get: async () => undefined } : folderReadCache(folder),
  );
} finally {
  if (pool) await (await pool).close();
}
const readSeconds = (performance.now() - readStart) / 1000;
const detectStart = performance.now();
// As the pipeline: the documents one after another, each with the names proposed in the case's documents before it
// (person findings with confidence 0.75 and up, as loadDetectionContext reads them from the stored regions).
const caseNames = new Set<string>();
const findings: FileFinding[] = [];
for (const document of documents) {
  const found = detectAll(document.pages, {
    knownPersons: truth.knownPersons,
    caseNames: [...caseNames],
    locale: 'nl',
  });
  for (const finding of found) {
    findings.push({ ...finding, file: document.file });
    if (finding.ground === '5.1.2e' && finding.recogniser.includes('person') && finding.confidence >= 0.75) {
      caseNames.add(finding.text);
    }
  }
}
const detectSeconds = (performance.now() - detectStart) / 1000;
const readPages = documents.reduce((n, d) => n + d.pages.length, 0);
console.log(
  `read ${documents.length} documents, ${readPages} pages in ${readSeconds.toFixed(1)} s (OCR pool of ${cores}); detectAll in ${detectSeconds.toFixed(2)} s; ${findings.length} findings`,
);
printDetectionReport(truth.items, matchFindings(truth.items, findings), Number(values.top ?? 20));
