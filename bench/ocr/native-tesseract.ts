// The native tesseract CLI (Debian tesseract-ocr + tesseract-ocr-nld) as the reference OCR: one process per page,
// OMP_THREAD_LIMIT=1 (its OpenMP threads spin against each other on a small machine), `concurrency` processes at
// a time. Shared by bench/ocr and bench/pipeline (the OCR limit).
import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const INSTALL_HINT = 'apt-get install -y tesseract-ocr tesseract-ocr-nld';

export interface NativeTesseract {
  version: string;
}

/** The CLI's version when it is installed with the Dutch model; otherwise an explanation what to install. */
export function findNativeTesseract(): NativeTesseract | { missing: string } {
  const version = spawnSync('tesseract', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    return { missing: `the native tesseract CLI is not installed. Install it with: ${INSTALL_HINT}` };
  }
  const languages = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (!`${languages.stdout}`.split('\n').some((line) => line.trim() === 'nld')) {
    return { missing: `tesseract has no Dutch model (nld). Install it with: ${INSTALL_HINT}` };
  }
  return { version: `${version.stdout}${version.stderr}`.split('\n')[0]?.trim() ?? 'tesseract' };
}

function recognise(file: string, dpi: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'tesseract',
      [file, 'stdout', '-l', 'nld', '--dpi', String(dpi)],
      { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });
}

export interface TimedRun {
  texts: string[];
  seconds: number;
  /** CPU seconds the engine used (all its threads or processes): robust where others share the machine. */
  cpuSeconds: number;
}

/** CPU seconds of this process's children that have ended (cutime + cstime of /proc/self/stat). */
export function childrenCpuSeconds(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/**
 * OCRs every image (PNG or grey PGM) with the CLI, `concurrency` processes at a time; wall-clock and CPU seconds for
 * the whole set.
 */
export async function runNativeTesseract(
  images: readonly Buffer[],
  dpi: number,
  concurrency: number,
): Promise<TimedRun> {
  const folder = await mkdtemp(join(tmpdir(), 'woo-bench-tesseract-'));
  try {
    const files = await Promise.all(
      images.map(async (image, i) => {
        const file = join(folder, `page-${i}.${image.subarray(0, 2).toString('latin1') === 'P5' ? 'pgm' : 'png'}`);
        await writeFile(file, image);
        return file;
      }),
    );
    const texts: string[] = [];
    let next = 0;
    const cpuBefore = childrenCpuSeconds();
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = next++; i < files.length; i = next++) texts[i] = await recognise(files[i] as string, dpi);
      }),
    );
    return { texts, seconds: (performance.now() - started) / 1000, cpuSeconds: childrenCpuSeconds() - cpuBefore };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
