// `npm start` without DATABASE_URL and REDIS_URL: embedded PostgreSQL, a private redis-server, migrations, demo data,
// the API and the workers — and the demo data is still there after a restart.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot } from './support/processes.js';

const dataDir = mkdtempSync(join(tmpdir(), 'woo-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function startOnce(port: number) {
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), WOO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const tsx = pathToFileURL(join(repoRoot, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(process.execPath, ['--import', tsx, join(repoRoot, 'infra/local/start.ts')], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += String(chunk)));
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const started = Date.now();
  while (!stdout.includes('Woo is running') && Date.now() - started < 90_000) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  const health = await fetch(`http://localhost:${port}/healthz`).then((r) => r.json());
  child.kill('SIGINT');
  return { stdout, stderr, health, exitCode: await exited };
}

describe('npm start on a machine without DATABASE_URL and REDIS_URL', () => {
  it('comes up with embedded PostgreSQL and a private Redis, prints the login, and keeps data across restarts', async () => {
    const first = await startOnce(await freePort());
    expect(first.health).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true } });
    expect(first.stderr).toContain('embedded (PGlite)');
    expect(first.stderr).toContain('private redis-server');
    expect(first.stdout).toMatch(/Coordinator: +coordinator@voorbeeldstad\.example \/ \S+/);
    expect(first.stdout).toContain('slug "voorbeeldstad"');
    expect(first.stderr).toContain('demo data: created');
    expect(first.exitCode).toBe(0);

    const second = await startOnce(await freePort());
    expect(second.health).toMatchObject({ status: 'ok' });
    // The schema and the demo data were kept in the data folder.
    expect(second.stderr).toContain('database: schema up to date');
    expect(second.stderr).toContain('demo data: kept from the last run');
    expect(second.exitCode).toBe(0);
  }, 180_000);
});
