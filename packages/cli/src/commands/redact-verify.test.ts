// `woo redact` and `woo verify` run as child processes, on generated documents, checked as an attacker would.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDocument } from '@woo/pdf';
import type { RedactionRegionInput } from '@woo/pdf';
import { dutchLetterPdf, scannedPdf, textPdf, zipFile } from '@woo/pdf/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function woo(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/main.ts', ...args],
      { cwd: repoRoot, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const BSN = '111222333';
const LINES = [
  { text: 'Besluit op uw Woo-verzoek', x: 72, y: 770, size: 18 },
  { text: 'Geachte mevrouw De Vries, hierbij ontvangt u het besluit.', x: 72, y: 700, size: 12 },
  { text: `Uw BSN ${BSN} en uw adres j.devries@example.nl zijn bekend.`, x: 72, y: 670, size: 12 },
  { text: 'Met vriendelijke groet, de burgemeester van Utrecht', x: 72, y: 600, size: 12 },
];

let dir: string;
const path = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'woo-redact-'));
  await writeFile(path('letter.pdf'), await textPdf({ lines: LINES }));
  await writeFile(path('scan.pdf'), await scannedPdf(200));
  await writeFile(path('archive.pdf'), zipFile());
  await writeFile(path('bad-regions.json'), JSON.stringify([{ page: 0, box: [1, 1, 1, 1], ground: '5.1.2e' }]));
  await writeFile(path('page-3.json'), JSON.stringify([{ page: 3, box: [1, 1, 10, 10], ground: '5.1.2e' }]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The region a reviewer draws over `phrase` on page 1, from the text layer of `bytes`. */
async function regionOver(bytes: Uint8Array, phrase: string): Promise<RedactionRegionInput> {
  const document = await openDocument(bytes);
  const page = await (await document.page(1)).textLayer();
  await document.close();
  const parts = phrase.split(' ');
  const words = page?.words ?? [];
  const start = words.findIndex((_, i) => parts.every((part, j) => words[i + j]?.text.replace(/[.,]$/, '') === part));
  if (start < 0) throw new Error(`"${phrase}" not found`);
  const covered = words.slice(start, start + parts.length);
  const left = Math.min(...covered.map((w) => w.x));
  const top = Math.min(...covered.map((w) => w.y));
  const right = Math.max(...covered.map((w) => w.x + w.width));
  const bottom = Math.max(...covered.map((w) => w.y + w.height));
  return { page: 1, box: [left, top, right - left, bottom - top], ground: '5.1.2e', text: phrase };
}

/** The text layer as a PDF reader extracts it (what pdftotext would print). */
async function textOf(file: string): Promise<string> {
  const document = await openDocument(await readFile(file));
  const words: string[] = [];
  for (let n = 1; n <= document.pageCount; n += 1) {
    const text = await (await document.page(n)).textLayer();
    words.push(...(text?.words.map((word) => word.text) ?? []));
  }
  await document.close();
  return words.join(' ');
}

// One document at a time: each run renders pages (and OCR starts tesseract) on a machine shared with other work.
describe('woo redact and woo verify', () => {
  it('writes a public version that passes the gate; the original itself fails it', async () => {
    const letter = await readFile(path('letter.pdf'));
    // The e-mail address spells the name too ("devries"): the gate would rightly fail a version that keeps it.
    const regions = [await regionOver(letter, 'De Vries'), await regionOver(letter, 'j.devries@example.nl')];
    await writeFile(path('regions.json'), JSON.stringify(regions));
    const run = await woo('redact', path('letter.pdf'), '--out', path('public.pdf'), '--regions', path('regions.json'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ out: path('public.pdf'), pages: [{ page: 1, textSource: 'original', boxes: 2 }] });
    expect(summary.regions).toEqual(regions);

    const text = await textOf(path('public.pdf'));
    expect(text).toContain('hierbij');
    expect(text).not.toContain('Vries');
    expect((await readFile(path('public.pdf'))).toString('latin1')).not.toContain('Vries');

    const verified = await woo(
      'verify',
      path('public.pdf'),
      '--original',
      path('letter.pdf'),
      '--regions',
      path('regions.json'),
    );
    expect(verified.stderr).toBe('');
    expect(JSON.parse(verified.stdout)).toEqual({ passed: true, leaks: [] });
    expect(verified.code).toBe(0);

    const leaked = await woo(
      'verify',
      path('letter.pdf'),
      '--original',
      path('letter.pdf'),
      '--regions',
      path('regions.json'),
    );
    expect(leaked.code).toBe(1);
    const report = JSON.parse(leaked.stdout);
    expect(report.passed).toBe(false);
    expect(report.leaks).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ route: 'text-layer', text: 'De Vries', page: 1 }),
        expect.objectContaining({ route: 'pixels', kind: 'unpainted', page: 1 }),
      ]),
    );
  }, 60_000);

  it('--auto redacts every finding of the detectors, known persons included', async () => {
    const run = await woo('redact', path('letter.pdf'), '--out', path('auto.pdf'), '--auto', '--known', 'M. de Vries');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const { regions } = JSON.parse(run.stdout) as { regions: RedactionRegionInput[] };
    expect(regions.map((region) => region.ground)).toEqual(expect.arrayContaining(['5.1.1e', '5.1.2e']));
    const text = await textOf(path('auto.pdf'));
    expect(text).not.toContain(BSN);
    expect(text).not.toContain('devries');
    expect(text).not.toContain('Vries');
    expect(text).toContain('burgemeester');

    await writeFile(path('auto-regions.json'), JSON.stringify(regions));
    const verified = await woo(
      'verify',
      path('auto.pdf'),
      '--original',
      path('letter.pdf'),
      '--regions',
      path('auto-regions.json'),
      '--identifier',
      BSN,
    );
    expect(verified.code).toBe(0);
  }, 60_000);

  it('a scanned page gets its text layer from OCR of the redacted image: the name is not in it', async () => {
    // The scan is the Dutch letter rendered to an image; its layout is that of the text version.
    await writeFile(path('scan-regions.json'), JSON.stringify([await regionOver(await dutchLetterPdf(), 'Jansen')]));
    const run = await woo(
      'redact',
      path('scan.pdf'),
      '--out',
      path('scan-public.pdf'),
      '--regions',
      path('scan-regions.json'),
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).pages[0].textSource).toBe('ocr');
    const text = await textOf(path('scan-public.pdf'));
    expect(text).toMatch(/burgemeester/);
    expect(text).not.toMatch(/Jansen/i);
  }, 60_000);
});

describe.concurrent('woo redact and woo verify: bad input', () => {
  it.each([
    ['redact without --out', ['redact', 'letter.pdf', '--regions', 'regions.json'], '--out'],
    [
      'redact with --auto and --regions',
      ['redact', 'letter.pdf', '--out', 'x.pdf', '--auto', '--regions', 'r.json'],
      '--auto or --regions',
    ],
    [
      'redact with --known but no --auto',
      ['redact', 'letter.pdf', '--out', 'x.pdf', '--regions', 'r.json', '--known', 'Jan'],
      '--known',
    ],
    ['redact of a missing file', ['redact', 'missing.pdf', '--out', 'x.pdf', '--auto'], 'missing.pdf'],
    ['redact of a ZIP named .pdf', ['redact', 'archive.pdf', '--out', 'x.pdf', '--auto'], 'ZIP'],
    [
      'redact with a bad REGIONS.json',
      ['redact', 'letter.pdf', '--out', 'x.pdf', '--regions', 'bad-regions.json'],
      '[0].page',
    ],
    [
      'redact with a region on a page that does not exist',
      ['redact', 'letter.pdf', '--out', 'x.pdf', '--regions', 'page-3.json'],
      'page 3',
    ],
    ['redact with an unknown option', ['redact', 'letter.pdf', '--out', 'x.pdf', '--auto', '--fast'], '--fast'],
    ['verify without --original', ['verify', 'letter.pdf'], '--original'],
    ['verify of a file that is not a PDF', ['verify', 'archive.pdf', '--original', 'letter.pdf'], 'ZIP'],
  ])(
    '%s: exit 2, one line on stderr',
    async (_name, args, named) => {
      const [command = '', ...rest] = args;
      const run = await woo(command, ...rest.map((arg) => (/\.(pdf|json)$/.test(arg) ? path(arg) : arg)));
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(named);
    },
    60_000,
  );
});
