// `woo ocr` as a user runs it: a child process on generated files.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { characterErrorRate } from '@woo/ocr';
import { DUTCH_LETTER_LINES, encryptedPdf, scannedPdf, textPdf, zipFile } from '@woo/pdf/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
let folder: string;

function woo(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/main.ts', ...args],
      { cwd: repoRoot, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) =>
        done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'woo-ocr-cli-'));
  await Promise.all([
    writeFile(join(folder, 'besluit.pdf'), await textPdf()),
    writeFile(join(folder, 'scan.pdf'), await scannedPdf(200)),
    writeFile(join(folder, 'versleuteld.pdf'), await encryptedPdf()),
    writeFile(join(folder, 'archief.pdf'), zipFile('notities.txt', 'geheim')),
  ]);
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('woo ocr', () => {
  it('prints the text layer of a text PDF as JSON, with word boxes', async () => {
    const file = join(folder, 'besluit.pdf');
    const run = await woo('ocr', file);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    expect(output.file).toBe(file);
    expect(output.pages).toHaveLength(1);
    expect(output.pages[0]).toMatchObject({ page: 1, source: 'text-layer', width: 595, height: 842 });
    expect(output.pages[0].text.split('\n')[1]).toBe('Geachte mevrouw De Vries, hierbij ontvangt u het besluit.');
    expect(output.pages[0].words[0]).toEqual({
      text: 'Besluit',
      x: 72,
      y: expect.any(Number),
      width: expect.any(Number),
      height: expect.any(Number),
      confidence: 1,
    });
  });

  it('OCRs a scanned PDF', { timeout: 90_000 }, async () => {
    const run = await woo('ocr', join(folder, 'scan.pdf'));
    expect(run.code).toBe(0);
    const [page] = JSON.parse(run.stdout).pages;
    expect(page.source).toBe('ocr');
    expect(characterErrorRate(DUTCH_LETTER_LINES.join('\n'), page.text)).toBeLessThan(0.1);
  });

  it.each([
    ['archief.pdf', 'Het bestand is geen PDF maar een ZIP-bestand'],
    ['versleuteld.pdf', 'PDF is versleuteld'],
    ['bestaat-niet.pdf', 'Het bestand bestaat niet'],
  ])('%s: exit 2 with one line giving the reason', async (name, reason) => {
    const run = await woo('ocr', join(folder, name));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(reason);
  });

  it('no FILE, or an unknown option: usage error', async () => {
    const run = await woo('ocr');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('woo ocr: FILE is required (woo ocr FILE)\n');
    expect((await woo('ocr', '--fast', 'x.pdf')).stderr).toBe('woo ocr: unknown option "--fast" (see woo --help)\n');
  });
});
