// Builds the web app (services/web → services/web/dist) when the build is missing or older than its sources, with
// vite's own bin run by this Node. Used by `npm start` and by the browser tests. A lock folder keeps two processes
// (npm start and a test, or two test files) from building over each other; the build goes to a scratch folder and
// replaces dist/ only when complete, so a running server never serves half a build.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
export const webDir = join(root, 'services/web');
export const webDist = join(webDir, 'dist');
const lockDir = join(webDir, '.build-lock');
const staleLockMs = 5 * 60_000;

function newestSourceTime(): number {
  let newest = 0;
  const visit = (path: string) => {
    const stat = statSync(path);
    if (stat.isDirectory()) for (const entry of readdirSync(path)) visit(join(path, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const entry of ['src', 'index.html', 'vite.config.ts', 'package.json']) {
    const path = join(webDir, entry);
    if (existsSync(path)) visit(path);
  }
  return newest;
}

/** True when dist/ is missing or older than a file under services/web/src (or its config). */
export function webBuildIsStale(): boolean {
  const index = join(webDist, 'index.html');
  return !existsSync(index) || statSync(index).mtimeMs < newestSourceTime();
}

function runVite(outDir: string): Promise<void> {
  const vite = join(webDir, 'node_modules/vite/bin/vite.js');
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [vite, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: webDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.once('error', fail);
    child.once('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build failed (${code}):\n${output}`))));
  });
}

async function takeLock(): Promise<void> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      return;
    } catch {
      // Someone else builds; a lock left by a process that died is taken over after a while.
      const lock = statSync(lockDir, { throwIfNoEntry: false });
      if (lock && Date.now() - lock.mtimeMs > staleLockMs) {
        rmSync(lockDir, { recursive: true, force: true });
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Builds the web app if needed. Returns whether it built. */
export async function ensureWebBuild(log: (message: string) => void = () => {}): Promise<boolean> {
  if (!webBuildIsStale()) return false;
  await takeLock();
  try {
    // Another process may have built it while this one waited.
    if (!webBuildIsStale()) return false;
    log('web app: building services/web (vite build)…');
    const scratch = join(webDir, `.dist-${process.pid}`);
    await runVite(scratch);
    rmSync(webDist, { recursive: true, force: true });
    renameSync(scratch, webDist);
    log('web app: built into services/web/dist');
    return true;
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
