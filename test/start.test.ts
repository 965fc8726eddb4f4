// `npm start` without DATABASE_URL and REDIS_URL: embedded PostgreSQL, a private redis-server, migrations, demo data,
// the API and the workers, a demo mailbox — and the demo data is still there after a restart.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, repoRoot } from './support/processes.js';

const dataDir = mkdtempSync(join(tmpdir(), 'woo-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function startOnce(port: number, whileRunning?: (base: string) => Promise<void>) {
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), WOO_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  delete env.SMTP_URL;
  delete env.PUBLIC_BASE_URL;
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
  // 'close', not 'exit': 'close' comes after the child's stdout and stderr have been read to the end.
  const exited = new Promise<number | null>((done) => child.once('close', (code) => done(code)));
  const started = Date.now();
  while (!stdout.includes('Woo is running') && Date.now() - started < 90_000) {
    if (child.exitCode !== null) throw new Error(`npm start exited early:\n${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  try {
    const health = await fetch(`http://localhost:${port}/healthz`).then((r) => r.json());
    await whileRunning?.(`http://localhost:${port}`);
    child.kill('SIGINT');
    return { stdout, stderr, health, exitCode: await exited };
  } finally {
    // A failed check must not leave the system running behind the test.
    if (child.exitCode === null) child.kill('SIGINT');
  }
}

const mailFolder = join(dataDir, 'mail');
const mailFiles = () => (existsSync(mailFolder) ? readdirSync(mailFolder).filter((name) => name.endsWith('.eml')) : []);

/** A request through the public intake; its acknowledgement lands in the demo mailbox with a link to this host. */
async function submitRequestAndReadMail(base: string) {
  const response = await fetch(`${base}/api/v1/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      organisation: 'voorbeeldstad',
      question: 'Alle verslagen van de wijkraad over de nieuwe brug in 2025.',
      requester: { name: 'Demo Verzoeker', email: 'demo@example.org' },
    }),
  });
  expect(response.status).toBe(201);
  const started = Date.now();
  while (mailFiles().length === 0 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 250));
  const [first] = mailFiles();
  expect(first, 'a mail in the demo mailbox').toBeDefined();
  expect(readFileSync(join(mailFolder, first!), 'utf8')).toContain(`${base}/status/`);
}

describe('npm start on a machine without DATABASE_URL and REDIS_URL', () => {
  it('comes up with embedded PostgreSQL and a private Redis, prints the login, and keeps data across restarts', async () => {
    const first = await startOnce(await freePort(), submitRequestAndReadMail);
    expect(first.health).toMatchObject({ status: 'ok', database: { ok: true }, redis: { ok: true } });
    expect(first.stderr).toContain('embedded (PGlite)');
    expect(first.stderr).toContain('private redis-server');
    expect(first.stdout).toMatch(/Coordinator: +coordinator@voorbeeldstad\.example \/ \S+/);
    expect(first.stdout).toContain('slug "voorbeeldstad"');
    expect(first.stdout).toMatch(/Reviewer: +toetser@voorbeeldstad\.example \/ \S+/);
    expect(first.stdout).toMatch(/Admin: +beheer@voorbeeldstad\.example \/ \S+/);
    expect(first.stderr).toContain('demo data: created');
    expect(first.stderr).toContain('Mail: demo mailbox');
    // The console says that a mail arrived, not to whom or what link it carries.
    expect(first.stderr).toMatch(/mail: ".+" → /);
    expect(first.stderr).not.toContain('demo@example.org');
    expect(first.stderr).not.toContain('/status/');
    expect(first.exitCode).toBe(0);

    const second = await startOnce(await freePort());
    expect(second.health).toMatchObject({ status: 'ok' });
    // The schema and the demo data were kept in the data folder.
    expect(second.stderr).toContain('database: schema up to date');
    expect(second.stderr).toContain('demo data: kept from the last run');
    expect(second.exitCode).toBe(0);
  }, 180_000);
});
