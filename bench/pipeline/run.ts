// bench/pipeline: the generated 200-page dossier from upload to redacted-and-verified, on this machine, in one run.
// A real API (fresh PostgreSQL database, Redis under its own prefix, a folder blob store — the API test harness) and
// the real workers process (workers/runtime, OCR pool of one worker per core). The bench uploads every file, accepts
// every proposed region as soon as a document's detection is done (directly in the database: the stand-in for a
// reviewer who agrees with everything), submits and approves through the review API (four eyes: a coordinator and a
// reviewer), and waits until every document has passed (or failed) the leak gate. It prints the total time,
// pages/minute, the ratio to the OCR limit (scanned pages × native OCR time per page ÷ cores, measured in this run)
// and the detection recall/precision of the stored regions against the inserted truth.
// Not a timed test: it prints figures and the aims.
//   node scripts/bootstrap.mjs pnpm run bench:pipeline      (or: node --import tsx bench/pipeline/run.ts)
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Document, Official, Organisation, Page, RedactionRegion } from '@woo/db';
import { aCase, aThirdParty } from '@woo/db/testing';
import { openDocument, verifyRedaction } from '@woo/pdf';
import { loadRedactionInput } from '../../packages/documents/src/pipeline/redaction-input.js';
import { publicVersionBlobKey } from '../../packages/documents/src/pipeline/pipeline-blob-keys.js';
import { startTestApi } from '../../services/api/src/testing/api-test-harness.js';
import type { TestApi } from '../../services/api/src/testing/api-test-harness.js';
import { printDetectionReport } from '../detect/detection-report.js';
import { matchFindings } from '../detect/truth-matching.js';
import type { FileFinding } from '../detect/truth-matching.js';
import { defaultBenchFolder, loadOrGenerateDossier } from '../generate/bench-inputs.js';
import { sampleCpu, type ThreadCpu } from './thread-cpu.js';
import type { DossierTruth } from '../generate/truth.js';
import { markNamesakes, namesakesRecorded } from './namesakes.js';
import { childrenCpuSeconds, findNativeTesseract, runNativeTesseract } from '../ocr/native-tesseract.js';

const root = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: { dossier: { type: 'string' }, 'timeout-minutes': { type: 'string' }, 'cpu-prof': { type: 'string' } },
});
/** A folder for a CPU profile of the workers process (node --cpu-prof), to see where the time goes. */
const cpuProfileDir = values['cpu-prof'];
const folder = values.dossier ?? join(defaultBenchFolder, 'dossier');
const timeoutMs = Number(values['timeout-minutes'] ?? 60) * 60_000;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const cores = availableParallelism();
const NATIVE_SAMPLE_PAGES = 10;
const OCR_DPI = 300;

const native = findNativeTesseract();
if ('missing' in native) {
  console.error(`bench/pipeline: ${native.missing} (needed for the OCR limit)`);
  process.exit(2);
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

function startWorkers(api: TestApi): ChildProcess {
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(cpuProfileDir)}`] : [];
  // Node/V8 flags for the workers process only, for experiments (e.g. BENCH_WORKERS_NODE_FLAGS=--single-threaded-gc).
  const flags = (process.env.BENCH_WORKERS_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  return spawn(process.execPath, [...profile, ...flags, '--import', tsx, join(root, 'workers/runtime/src/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: api.db.databaseUrl,
      REDIS_URL: redisUrl,
      QUEUE_PREFIX: api.prefix,
      BLOB_DIR: api.blobDir,
      OCR_POOL_SIZE: String(cores),
      OUTBOX_POLL_MS: '200',
      LOG_LEVEL: 'warn',
      UPLOAD_MAX_FILE_BYTES: String(100 * 1024 * 1024),
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function newCase(api: TestApi, organisation: Organisation, truth: DossierTruth): Promise<string> {
  const em = api.db.orm.em.fork();
  const requester = truth.knownPersons.find((person) => person.role === 'requester');
  const kase = aCase(em, {
    organisation: em.getReference(Organisation, organisation.id),
    ...(requester ? { requesterName: requester.name } : {}),
  });
  // The case's third parties are known persons too, and so are the organisation's officials marked non-public.
  for (const person of truth.knownPersons.filter((p) => p.role === 'third_party')) {
    aThirdParty(em, { case: kase, name: person.name });
  }
  for (const person of truth.knownPersons.filter((p) => p.role === 'official')) {
    em.create(Official, {
      organisation: em.getReference(Organisation, organisation.id),
      name: person.name,
      namePublic: false,
    });
  }
  await em.flush();
  return kase.id;
}

async function upload(api: TestApi, caseId: string, cookie: string, files: readonly string[]): Promise<void> {
  // A few files per request, as a browser would send a selection.
  for (let i = 0; i < files.length; i += 10) {
    const form = new FormData();
    for (const file of files.slice(i, i + 10)) {
      form.append('files', new Blob([new Uint8Array(await readFile(join(folder, file)))]), file);
    }
    const response = await fetch(`${api.base}/api/v1/cases/${caseId}/documents`, {
      method: 'POST',
      headers: { 'x-requested-with': 'bench', cookie },
      body: form,
    });
    const body = (await response.json()) as { rejected?: unknown[] };
    if (response.status !== 201 || (body.rejected?.length ?? 0) > 0) {
      throw new Error(`upload failed: ${response.status} ${JSON.stringify(body)}`);
    }
  }
}

interface Progress {
  documents: number;
  detected: number;
  verified: number;
  /** Unreadable, or detection or redaction failed: nothing more will happen to it without a person. */
  failed: number;
}

/** Accepts the proposed regions of every detected document and sends it through submit and approve. */
async function reviewDetected(
  api: TestApi,
  caseId: string,
  coordinator: string,
  reviewer: string,
  reviewed: Set<string>,
) {
  const em = api.db.orm.em.fork();
  const ready = await em.find(Document, {
    case: caseId,
    status: 'ready',
    detectStatus: 'done',
    reviewStatus: 'open',
    id: { $nin: [...reviewed] },
  });
  for (const document of ready) {
    await em.nativeUpdate(RedactionRegion, { document: document.id, status: 'proposed' }, { status: 'accepted' });
    await markNamesakes(api, document, truth.officeHolders ?? [], coordinator);
    const submit = await api.request('POST', `/api/v1/documents/${document.id}/review/submit`, { cookie: coordinator });
    if (submit.status !== 200)
      throw new Error(`submit ${document.originalFilename}: ${submit.status} ${JSON.stringify(submit.body)}`);
    const approve = await api.request('POST', `/api/v1/documents/${document.id}/review/approve`, { cookie: reviewer });
    if (approve.status !== 200)
      throw new Error(`approve ${document.originalFilename}: ${approve.status} ${JSON.stringify(approve.body)}`);
    reviewed.add(document.id);
  }
}

async function progress(api: TestApi, caseId: string): Promise<Progress> {
  const documents = await api.db.orm.em
    .fork()
    .find(Document, { case: caseId }, { fields: ['status', 'detectStatus', 'leakGatePassed', 'redactStatus'] });
  type Row = (typeof documents)[number];
  const verified = (d: Row) => d.leakGatePassed !== null && d.leakGatePassed !== undefined;
  const failed = (d: Row) =>
    !verified(d) && (d.status === 'failed' || d.detectStatus === 'failed' || d.redactStatus === 'failed');
  return {
    documents: documents.length,
    detected: documents.filter((d) => d.detectStatus === 'done' || d.detectStatus === 'failed').length,
    verified: documents.filter(verified).length,
    failed: documents.filter(failed).length,
  };
}

const done = (p: Progress) => p.documents > 0 && p.verified + p.failed === p.documents;

/**
 * Native tesseract seconds per page, wall-clock and CPU (one process, OMP_THREAD_LIMIT=1) on scanned pages of this
 * dossier, rendered at 300 dpi and handed over as the pipeline hands them to its pool (grey PGM).
 */
async function nativeSecondsPerPage(api: TestApi, caseId: string): Promise<{ wall: number; cpu: number }> {
  const em = api.db.orm.em.fork();
  const pages = await em.find(
    Page,
    { document: { case: caseId }, hasTextLayer: false },
    {
      populate: ['document'],
      limit: NATIVE_SAMPLE_PAGES,
      orderBy: { document: { documentNumber: 'asc' }, pageNumber: 'asc' },
    },
  );
  const images: Buffer[] = [];
  for (const page of pages) {
    const bytes = await api.deps.blobs!.get(page.document.blobKey);
    const source = await openDocument(new Uint8Array(bytes));
    images.push((await (await source.page(page.pageNumber)).render({ dpi: OCR_DPI })).grey());
    await source.close();
  }
  const run = await runNativeTesseract(images, OCR_DPI, 1);
  const count = Math.max(1, images.length);
  return { wall: run.seconds / count, cpu: run.cpuSeconds / count };
}

/**
 * The stored regions as findings, named by file the way truth.json names them ("<mail>.eml/<attachment>"). A region
 * over several lines is stored as one row per line; rows of one recogniser on consecutive lines (the next one starts
 * left of where the previous one started, within two line heights below it) get running word indexes, so the
 * matching joins them as bench/detect does.
 */
async function storedFindings(api: TestApi, caseId: string): Promise<FileFinding[]> {
  const em = api.db.orm.em.fork();
  const documents = await em.find(Document, { case: caseId }, { populate: ['parent'] });
  const fileOf = new Map(
    documents.map((d) => [d.id, d.parent ? `${d.parent.originalFilename}/${d.originalFilename}` : d.originalFilename]),
  );
  const regions = await em.find(
    RedactionRegion,
    { document: { case: caseId }, origin: 'detected' },
    { populate: ['page'], orderBy: { page: { id: 'asc' }, y: 'asc', x: 'asc' } },
  );
  const findings: FileFinding[] = [];
  let index = 0;
  for (const region of regions) {
    const [x, y, width, height] = [region.x, region.y, region.width, region.height].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    const file = fileOf.get(region.document.id) ?? '?';
    const previous = findings.findLast(
      (f) => f.file === file && f.page === region.page.pageNumber && f.recogniser === region.recogniser,
    );
    const continues =
      previous !== undefined && y > previous.box[1] && y - previous.box[1] < 2 * previous.box[3] && x < previous.box[0];
    index = continues ? (previous.wordIndexes[0] ?? 0) + 1 : index + 1000;
    findings.push({
      file,
      page: region.page.pageNumber,
      text: region.text ?? '',
      ground: region.ground as FileFinding['ground'],
      kind: 'person' as const,
      recogniser: region.recogniser,
      confidence: Number(region.confidence),
      box: [x, y, width, height],
      wordIndexes: [index],
    });
  }
  // matchFindings groups parts in the order given: put each region's parts next to each other.
  return findings.sort((a, b) => (a.wordIndexes[0] ?? 0) - (b.wordIndexes[0] ?? 0));
}

/**
 * Where the CPU went, each part as a share of the CPU limit (native OCR's CPU seconds for the scanned pages): the
 * shares add up to what the run would take on a machine of its own, so the OCR pool's own share is a floor under
 * the ratio that no work outside OCR can lower.
 */
function printCpuShares(cpu: ThreadCpu, apiSeconds: number, limitCpuSeconds: number): void {
  const rows: [string, number][] = [
    ['OCR pool (tesseract.js worker threads)', cpu.workerThreads],
    ['workers main thread', cpu.main],
    ["V8's helper threads (garbage collection)", cpu.v8Platform],
    ["libuv's pool (files, canvas encoding)", cpu.libuvPool],
    ['other threads of the workers process', cpu.other],
    ['API and this bench (one process)', apiSeconds],
    ['PostgreSQL', cpu.postgres],
    ['Redis', cpu.redis],
  ];
  const total = rows.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log(
    `CPU seconds during the run, and each as a share of the CPU limit (${limitCpuSeconds.toFixed(1)} s × 1):`,
  );
  for (const [name, seconds] of rows) {
    console.log(`  ${name.padEnd(44)} ${seconds.toFixed(1).padStart(7)} s  ${(seconds / limitCpuSeconds).toFixed(2)}×`);
  }
  console.log(`  ${'all'.padEnd(44)} ${total.toFixed(1).padStart(7)} s  ${(total / limitCpuSeconds).toFixed(2)}×`);
  console.log(
    `  the OCR pool alone is ${(cpu.workerThreads / limitCpuSeconds).toFixed(2)}× native OCR: the floor under the ratio, before any page is rendered, redacted or checked`,
  );
}

const truth = await loadOrGenerateDossier(folder);
console.log(
  `bench/pipeline — ${new Date().toISOString()} — ${cores} cores, ${cpus()[0]?.model ?? '?'}, load ${loadavg()
    .map((n) => n.toFixed(2))
    .join(' ')}`,
);
const api = await startTestApi({ redisUrl, uploadLimits: { maxFileBytes: 100 * 1024 * 1024, maxFiles: 10 } });
let workers: ChildProcess | undefined;
try {
  const organisation = await api.organisation();
  const coordinator = (await api.staff(organisation, 'coordinator')).cookie;
  const reviewer = (await api.staff(organisation, 'reviewer')).cookie;
  const caseId = await newCase(api, organisation, truth);
  workers = startWorkers(api);
  const threadCpu = sampleCpu(workers.pid!);
  const benchCpuBefore = process.cpuUsage();
  const started = performance.now();
  await upload(
    api,
    caseId,
    coordinator,
    truth.files.map((f) => f.file),
  );
  const uploadSeconds = (performance.now() - started) / 1000;
  console.log(`uploaded ${truth.files.length} files in ${uploadSeconds.toFixed(1)} s`);
  const reviewed = new Set<string>();
  let last = '';
  for (;;) {
    await reviewDetected(api, caseId, coordinator, reviewer, reviewed);
    const now = await progress(api, caseId);
    const line = `documents ${now.documents}, detected ${now.detected}, verified ${now.verified}, failed ${now.failed}`;
    if (line !== last) console.log(`  ${((performance.now() - started) / 1000).toFixed(0).padStart(5)} s  ${line}`);
    last = line;
    if (done(now)) break;
    if (performance.now() - started > timeoutMs) throw new Error(`not finished after ${timeoutMs / 60_000} minutes`);
    if (workers.exitCode !== null) throw new Error(`the workers process exited with ${workers.exitCode}`);
    await sleep(1000);
  }
  const totalSeconds = (performance.now() - started) / 1000;
  // Stop the workers before measuring native OCR, so the measurement has the machine to itself.
  const cpuBefore = childrenCpuSeconds();
  workers.kill('SIGTERM');
  await new Promise((done) => workers?.once('exit', done));
  workers = undefined;
  // The workers process's CPU seconds over its whole life (start-up and migrations included): next to the
  // wall-clock time, a figure that other people's work on a shared machine does not inflate.
  const workersCpuSeconds = childrenCpuSeconds() - cpuBefore;
  const perThread = threadCpu.stop();
  const benchCpu = process.cpuUsage(benchCpuBefore);
  const apiCpuSeconds = (benchCpu.user + benchCpu.system) / 1e6;

  const em = api.db.orm.em.fork();
  const documents = await em.find(Document, { case: caseId });
  const pages = await em.count(Page, { document: { case: caseId } });
  // Pages read by OCR: no usable text layer (every page has been processed by now).
  const scannedPages = await em.count(Page, { document: { case: caseId }, hasTextLayer: false, ocrStatus: 'done' });
  const passed = documents.filter((d) => d.leakGatePassed === true).length;
  const failed = documents.filter((d) => d.status === 'failed' || d.leakGatePassed === false);
  const nativeOcr = await nativeSecondsPerPage(api, caseId);
  const perPage = nativeOcr.wall;
  const ocrLimit = (scannedPages * perPage) / cores;
  const ocrLimitCpu = (scannedPages * nativeOcr.cpu) / cores;
  console.log(
    `\n${documents.length} documents (e-mail attachments included), ${pages} pages, ${scannedPages} without a text layer (OCR)`,
  );
  console.log(`leak gate passed: ${passed}; failed or unreadable: ${failed.length}`);
  console.log(`regions marked as a namesake of an office holder in their document: ${namesakesRecorded()}`);
  for (const d of failed) {
    console.log(`  ${d.originalFilename}: ${d.failureReason ?? JSON.stringify(d.leakReport)}`);
    // The stored report keeps routes and pages only; the bench's data is made up, so it may show what leaked.
    if (d.leakGatePassed === false && d.redactedRevision !== null && d.redactedRevision !== undefined) {
      const input = await loadRedactionInput(em, d.id);
      const blobs = api.deps.blobs!;
      const result = await verifyRedaction(await blobs.get(publicVersionBlobKey(d.id, d.redactedRevision)), {
        original: await blobs.get(d.blobKey),
        regions: input.regions,
        detectedIdentifiers: input.identifiers,
        originalFileName: d.originalFilename,
        originalWords: input.originalWords,
      });
      for (const leak of result.leaks) {
        console.log(`      ${leak.route} p${leak.page ?? '-'} ${leak.kind}: ${JSON.stringify(leak.text)}`);
      }
    }
  }
  console.log(`total (upload → every document redacted and verified): ${totalSeconds.toFixed(1)} s`);
  console.log(`pages/minute: ${((60 * pages) / totalSeconds).toFixed(1)}`);
  console.log(
    `OCR limit: ${scannedPages} scanned pages × ${perPage.toFixed(2)} s/page (native tesseract, ${NATIVE_SAMPLE_PAGES} pages sampled) ÷ ${cores} cores = ${ocrLimit.toFixed(1)} s`,
  );
  if (ocrLimit > 0) {
    const ratio = totalSeconds / ocrLimit;
    console.log(
      `ratio to the OCR limit (aim ≤ 1.5): ${ratio.toFixed(2)}× ${ratio <= 1.5 ? '— within the aim' : '— OUTSIDE the aim'}`,
    );
    console.log(
      `CPU time: the workers process used ${workersCpuSeconds.toFixed(1)} CPU s (÷ ${cores} cores = ${(workersCpuSeconds / cores).toFixed(1)} s); native OCR ${nativeOcr.cpu.toFixed(2)} CPU s/page → CPU limit ${ocrLimitCpu.toFixed(1)} s; ratio ${(workersCpuSeconds / cores / ocrLimitCpu).toFixed(2)}× (what the wall-clock ratio would be on a machine of our own, if the work spread over the cores)`,
    );
    printCpuShares(perThread, apiCpuSeconds, scannedPages * nativeOcr.cpu);
  } else console.log('ratio to the OCR limit: no scanned pages, so no OCR limit');
  printDetectionReport(truth.items, matchFindings(truth.items, await storedFindings(api, caseId)));
} finally {
  if (workers && workers.exitCode === null) {
    workers.kill('SIGTERM');
    await new Promise((done) => workers?.once('exit', done));
  }
  await api.close();
}
