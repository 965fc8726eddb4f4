// bench/intake: POST /api/v1/requests and GET /api/v1/requests/{code} under 50 concurrent clients, against a bare
// express handler with the same body parser, on this machine, in one run. Prints requests/s, p50/p99 and the ratio.
//   node scripts/bootstrap.mjs pnpm run bench:intake     (BENCH_SECONDS=10 by default, per measurement)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { Organisation } from '@woo/db';
import { createTestDatabase } from '@woo/db/testing';

const root = resolve(import.meta.dirname, '../..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `woo-bench-${randomUUID().slice(0, 8)}`;

interface Result {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function startServer(kind: 'api' | 'bare', databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  const child = spawn(
    process.execPath,
    ['--import', tsx, join(root, 'bench/intake/server.ts'), kind, databaseUrl, redisUrl, prefix],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((done, fail) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const port = /PORT (\d+)/.exec(String(chunk))?.[1];
      if (port) done({ child, base: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => fail(new Error(`${kind} server exited with ${code}`)));
  });
}

function intakeBody(i: number) {
  return JSON.stringify({
    organisation: 'bench',
    question: `Alle documenten over de herinrichting van het Stationsplein, verzoek ${i}.`,
    requester: { name: 'Bench Verzoeker', email: `verzoeker${i}@example.org` },
  });
}

/** `clients` loops, each sending its next request when the previous one answered, for `seconds`. */
async function load(makeRequest: (i: number) => Promise<Response>): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let counter = 0;
  const stopAt = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < stopAt) {
        const t0 = performance.now();
        try {
          const response = await makeRequest(counter++);
          await response.arrayBuffer();
          if (response.status >= 400) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return { requests: latencies.length, errors, perSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99) };
}

async function measure(base: string, codes: string[]) {
  const intake = await load((i) =>
    fetch(`${base}/api/v1/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: intakeBody(i),
    }),
  );
  const status = await load((i) => fetch(`${base}/api/v1/requests/${codes[i % codes.length]}`));
  return { intake, status };
}

function row(name: string, r: Result) {
  return `${name.padEnd(34)} ${r.perSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99
    .toFixed(1)
    .padStart(6)} ms   (${r.requests} requests, ${r.errors} errors)`;
}

const db = await createTestDatabase();
const redis = new Redis(redisUrl);
let api: ChildProcess | undefined;
let bare: ChildProcess | undefined;
try {
  const em = db.orm.em.fork();
  em.create(Organisation, {
    slug: 'bench',
    name: 'Gemeente Bench',
    tooiIdentifier: null,
    firstContactNormWorkingDays: 3,
  });
  await em.flush();

  const apiServer = await startServer('api', db.databaseUrl);
  api = apiServer.child;
  // Tracking codes to read back: made through the real intake.
  const codes: string[] = [];
  for (let i = 0; i < 200; i++) {
    const response = await fetch(`${apiServer.base}/api/v1/requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: intakeBody(i),
    });
    if (response.status !== 201) throw new Error(`intake answered ${response.status}: ${await response.text()}`);
    codes.push(((await response.json()) as { trackingCode: string }).trackingCode);
  }
  const ours = await measure(apiServer.base, codes);
  api.kill('SIGTERM');

  const bareServer = await startServer('bare', db.databaseUrl);
  bare = bareServer.child;
  const reference = await measure(bareServer.base, codes);

  console.log(
    `bench/intake — ${clients} concurrent clients, ${seconds} s per measurement, ${new Date().toISOString()}`,
  );
  console.log(row('POST /api/v1/requests (ours)', ours.intake));
  console.log(row('POST (bare express handler)', reference.intake));
  console.log(row('GET /api/v1/requests/{code} (ours)', ours.status));
  console.log(row('GET (bare express handler)', reference.status));
  console.log(
    `ratio intake: ${((100 * ours.intake.perSecond) / reference.intake.perSecond).toFixed(1)}% of bare throughput ` +
      `(aim ≥ 30%), p99 ${ours.intake.p99.toFixed(1)} ms (aim < 50 ms)`,
  );
  console.log(
    `ratio status: ${((100 * ours.status.perSecond) / reference.status.perSecond).toFixed(1)}% of bare throughput, ` +
      `p99 ${ours.status.p99.toFixed(1)} ms`,
  );
} finally {
  api?.kill('SIGTERM');
  bare?.kill('SIGTERM');
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await db.drop();
}
