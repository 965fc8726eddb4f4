// bench/intake: POST /api/v1/requests and GET /api/v1/requests/{code} under 50 concurrent clients, against a bare
// express handler with the same body parser, on this machine, in one run. Prints requests/s, p50/p99 and the ratio.
//   node scripts/bootstrap.mjs pnpm run bench:intake     (BENCH_SECONDS=10 by default, per measurement)
// Both servers run side by side; each measurement alternates between them in BENCH_ROUNDS slices (default 2), so a
// change in the machine's load from other work falls on both. BENCH_ONLY=intake|status runs one of the two;
// BENCH_CPU_PROF=<folder> starts the API with `node --cpu-prof` and writes its profile there on exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Redis } from 'ioredis';
import { Organisation } from '@woo/db';
import { createTestDatabase } from '@woo/db/testing';

const root = resolve(import.meta.dirname, '../..');
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const clients = Number(process.env.BENCH_CLIENTS ?? 50);
const rounds = Number(process.env.BENCH_ROUNDS ?? 2);
const only = process.env.BENCH_ONLY;
const cpuProfileDir = process.env.BENCH_CPU_PROF;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `woo-bench-${randomUUID().slice(0, 8)}`;

interface Result {
  requests: number;
  errors: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** CPU time (user + system) of the server process per request. */
  cpuMsPerRequest: number;
  /** CPU time of every PostgreSQL process on this machine per request (its share of the work; 0 when not visible). */
  postgresMsPerRequest: number;
}

function startServer(kind: 'api' | 'bare', databaseUrl: string): Promise<{ child: ChildProcess; base: string }> {
  const tsx = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
  const profile = kind === 'api' && cpuProfileDir ? ['--cpu-prof', '--cpu-prof-dir', resolve(cpuProfileDir)] : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', tsx, join(root, 'bench/intake/server.ts'), kind, databaseUrl, redisUrl, prefix],
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

interface Sample {
  latencies: number[];
  errors: number;
  elapsed: number;
  cpuMs: number;
  postgresMs: number;
}

const clockTicksPerSecond = 100;

/**
 * CPU time (ms) of all PostgreSQL server processes on this machine, from /proc (Linux; 0 elsewhere). Other sessions'
 * databases on the same server count too, so it is only meaningful on a quiet machine.
 */
function postgresCpuMs(): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      if (!stat.slice(stat.indexOf('(') + 1, close).startsWith('postgres')) continue;
      const fields = stat.slice(close + 2).split(' ');
      // utime and stime are fields 14 and 15 of /proc/<pid>/stat, i.e. 11 and 12 after the command.
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return (ticks * 1000) / clockTicksPerSecond;
}

/** The server's own CPU time so far (user + system, ms), from its bench-only route. */
async function cpuOf(base: string): Promise<number> {
  const usage = (await (await fetch(`${base}/__bench/cpu`)).json()) as { user: number; system: number };
  return (usage.user + usage.system) / 1000;
}

let counter = 0;

/** `clients` loops, each sending its next request when the previous one answered, for `duration` seconds. */
async function load(base: string, makeRequest: (i: number) => Promise<Response>, duration: number): Promise<Sample> {
  const cpuBefore = await cpuOf(base);
  const postgresBefore = postgresCpuMs();
  const latencies: number[] = [];
  let errors = 0;
  const stopAt = performance.now() + duration * 1000;
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
  const postgresMs = postgresCpuMs() - postgresBefore;
  return { latencies, errors, elapsed, cpuMs: (await cpuOf(base)) - cpuBefore, postgresMs };
}

function summary(samples: Sample[]): Result {
  const latencies = samples.flatMap((sample) => sample.latencies).sort((a, b) => a - b);
  const elapsed = samples.reduce((sum, sample) => sum + sample.elapsed, 0);
  const errors = samples.reduce((sum, sample) => sum + sample.errors, 0);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  const cpuMs = samples.reduce((sum, sample) => sum + sample.cpuMs, 0);
  const postgresMs = samples.reduce((sum, sample) => sum + sample.postgresMs, 0);
  return {
    requests: latencies.length,
    errors,
    perSecond: latencies.length / elapsed,
    p50: at(0.5),
    p99: at(0.99),
    cpuMsPerRequest: cpuMs / latencies.length,
    postgresMsPerRequest: postgresMs / latencies.length,
  };
}

const postIntake = (base: string) => (i: number) =>
  fetch(`${base}/api/v1/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: intakeBody(i),
  });
const getStatus = (base: string, codes: string[]) => (i: number) =>
  fetch(`${base}/api/v1/requests/${codes[i % codes.length]}`);

/** Ours and the reference in alternating slices of `seconds / rounds`, ours first in every round. */
async function compare(
  oursBase: string,
  referenceBase: string,
  request: (base: string) => (i: number) => Promise<Response>,
): Promise<{ ours: Result; reference: Result }> {
  const oursSamples: Sample[] = [];
  const referenceSamples: Sample[] = [];
  for (let round = 0; round < rounds; round++) {
    oursSamples.push(await load(oursBase, request(oursBase), seconds / rounds));
    referenceSamples.push(await load(referenceBase, request(referenceBase), seconds / rounds));
  }
  return { ours: summary(oursSamples), reference: summary(referenceSamples) };
}

/** SIGTERM, then wait for the exit (the API writes its CPU profile on the way out). */
function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return Promise.resolve();
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  child.kill('SIGTERM');
  return exited;
}

const load1 = () => loadavg()[0]!.toFixed(2);

function row(name: string, r: Result) {
  return `${name.padEnd(34)} ${r.perSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99
    .toFixed(1)
    .padStart(6)} ms   CPU ${r.cpuMsPerRequest.toFixed(2).padStart(5)} ms/req   PostgreSQL ${r.postgresMsPerRequest
    .toFixed(2)
    .padStart(5)} ms/req   (${r.requests} requests, ${r.errors} errors)`;
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
  const bareServer = await startServer('bare', db.databaseUrl);
  bare = bareServer.child;

  const loadBefore = load1();
  const intake = only === 'status' ? null : await compare(apiServer.base, bareServer.base, postIntake);
  const status =
    only === 'intake' ? null : await compare(apiServer.base, bareServer.base, (base) => getStatus(base, codes));
  const loadAfter = load1();

  console.log(
    `bench/intake — ${clients} concurrent clients, ${seconds} s per measurement in ${rounds} alternating slices, ` +
      `${new Date().toISOString()}, load average (1 min) ${loadBefore} before, ${loadAfter} after`,
  );
  if (intake) {
    console.log(row('POST /api/v1/requests (ours)', intake.ours));
    console.log(row('POST (bare express handler)', intake.reference));
  }
  if (status) {
    console.log(row('GET /api/v1/requests/{code} (ours)', status.ours));
    console.log(row('GET (bare express handler)', status.reference));
  }
  if (intake) {
    console.log(
      `ratio intake: ${((100 * intake.ours.perSecond) / intake.reference.perSecond).toFixed(1)}% of bare throughput ` +
        `(aim ≥ 30%), p99 ${intake.ours.p99.toFixed(1)} ms (aim < 50 ms)`,
    );
  }
  if (status) {
    console.log(
      `ratio status: ${((100 * status.ours.perSecond) / status.reference.perSecond).toFixed(1)}% of bare throughput, ` +
        `p99 ${status.ours.p99.toFixed(1)} ms`,
    );
  }
} finally {
  await Promise.all([stop(api), stop(bare)]);
  const keys = await redis.keys(`${prefix}:*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await db.drop();
}
