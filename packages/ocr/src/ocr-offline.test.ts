// OCR with no network at all: a child process in its own network namespace (unshare -rn, when the machine allows
// it) with every socket, DNS lookup and fetch refused in the main thread and in the tesseract worker threads.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DUTCH_LETTER_LINES, dutchLetterPng } from '@woo/pdf/testing';
import { describe, expect, it } from 'vitest';
import { characterErrorRate } from './character-error-rate.js';

const here = dirname(fileURLToPath(import.meta.url));
const hasUnshare = spawnSync('unshare', ['-rn', 'true']).status === 0;

describe('OCR offline', () => {
  it('recognises a page with the network unreachable and never tries to reach it', { timeout: 90_000 }, async () => {
    const folder = await mkdtemp(join(tmpdir(), 'woo-ocr-offline-'));
    try {
      const png = join(folder, 'letter.png');
      await writeFile(png, await dutchLetterPng(200));
      const node = [
        process.execPath,
        '--import',
        'tsx',
        '--import',
        join(here, 'testing/deny-network.ts'),
        join(here, 'testing/ocr-offline-probe.ts'),
        png,
        '200',
      ];
      const [command = '', ...args] = hasUnshare ? ['unshare', '-rn', ...node] : node;
      const run = await new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
        execFile(command, args, { cwd: here, encoding: 'utf8', timeout: 60_000 }, (error, stdout, stderr) => {
          done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
        });
      });
      expect(run.stderr).toContain('deny-network loaded (worker thread)');
      expect(run.stderr).not.toContain('NETWORK-ATTEMPT');
      expect(run.code).toBe(0);
      const { text } = JSON.parse(run.stdout) as { text: string };
      expect(characterErrorRate(DUTCH_LETTER_LINES.join(' '), text)).toBeLessThan(0.1);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
