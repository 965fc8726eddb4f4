// `woo detect` on generated PDFs: once as a child process through main.ts, as a user or a script would run it, and
// in-process for the rest (each child pays tsx's start-up).
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scannedPdf, textPdf, zipFile } from '@woo/pdf/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDetect } from './detect.js';

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

interface PrintedFinding {
  page: number;
  text: string;
  ground: string;
  kind: string;
  box: [number, number, number, number];
  recogniser: string;
  confidence: number;
}

let folder: string;
const files = { text: '', scanned: '', zip: '' };

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'woo-detect-'));
  files.text = join(folder, 'mail.pdf');
  files.scanned = join(folder, 'scan.pdf');
  files.zip = join(folder, 'not-a-pdf.pdf');
  await writeFile(
    files.text,
    await textPdf({
      lines: [
        { text: 'Van: Jansen, Pieter <p.jansen@example.nl>', x: 72, y: 770, size: 12 },
        { text: 'Het verzoek van Jan Pieter de Vries (BSN 123456782) is ontvangen.', x: 72, y: 740, size: 12 },
        { text: 'Bel gerust: 06-12345678. Het besluit volgt binnen vier weken.', x: 72, y: 710, size: 12 },
      ],
    }),
  );
  await writeFile(files.scanned, await scannedPdf(200));
  await writeFile(files.zip, zipFile());
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe.concurrent('woo detect', () => {
  it('prints the findings of a text PDF as a JSON array, with grounds, kinds and boxes in points', async () => {
    const run = await woo('detect', files.text, '--known', 'Jan Pieter de Vries');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const findings = JSON.parse(run.stdout) as PrintedFinding[];
    expect(findings.map((f) => [f.page, f.ground, f.kind, f.text])).toEqual([
      [1, '5.1.2e', 'person', 'Jansen, Pieter'],
      [1, '5.1.2e', 'email', 'p.jansen@example.nl'],
      [1, '5.1.2e', 'person', 'Jan Pieter de Vries'],
      [1, '5.1.1e', 'bsn', '123456782'],
      [1, '5.1.2e', 'phone', '06-12345678'],
    ]);
    for (const finding of findings) {
      expect(Object.keys(finding)).toEqual(['page', 'text', 'ground', 'kind', 'box', 'recogniser', 'confidence']);
      const [x, , w, h] = finding.box;
      expect(x).toBeGreaterThanOrEqual(72 - 2);
      expect(x + w).toBeLessThanOrEqual(595);
      expect(w).toBeGreaterThan(0);
      expect(h).toBeGreaterThan(10);
    }
    // The first line's baseline is 770 pt from the bottom of an 842 pt page: its box lies around 72 pt from the top.
    const email = findings.find((f) => f.kind === 'email');
    expect(email?.box[1]).toBeGreaterThan(55);
    expect((email?.box[1] ?? 0) + (email?.box[3] ?? 0)).toBeLessThan(80);
    expect(findings.find((f) => f.text === 'Jan Pieter de Vries')?.recogniser).toContain('known-person');
  });

  it('reads a scanned page with OCR', { timeout: 60_000 }, async () => {
    const run = await runDetect([files.scanned]);
    expect(run.stderr ?? '').toBe('');
    expect(run.exitCode).toBe(0);
    const findings = JSON.parse(run.stdout ?? '') as PrintedFinding[];
    // "Geachte heer Jansen," on the scan
    expect(findings).toContainEqual(
      expect.objectContaining({ page: 1, ground: '5.1.2e', kind: 'person', text: expect.stringMatching(/^Jansen/) }),
    );
  });

  it.each([
    ['no FILE', [], 'FILE'],
    ['a missing file', ['/nonexistent/woo.pdf'], 'woo.pdf'],
    ['an unknown option', ['x.pdf', '--verbose'], '--verbose'],
    ['--known without a value', ['x.pdf', '--known'], '--known'],
    ['--known without letters', ['x.pdf', '--known', '42'], '42'],
    ['two files', ['a.pdf', 'b.pdf'], 'b.pdf'],
  ])('refuses %s: exit 2, one line on stderr naming it, nothing on stdout', async (_name, args, named) => {
    const run = await runDetect(args);
    expect(run.exitCode).toBe(2);
    expect(run.stdout ?? '').toBe('');
    expect(run.stderr?.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(named);
  });

  it('refuses a ZIP named .pdf with the reason', async () => {
    const run = await runDetect([files.zip]);
    expect(run.exitCode).toBe(2);
    expect(run.stdout ?? '').toBe('');
    expect(run.stderr?.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/ZIP/i);
  });

  it('exits 2 through main.ts too, with one line on stderr', async () => {
    const run = await woo('detect', '/nonexistent/woo.pdf');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('woo.pdf');
  });
});
