// Warming the render threads at start-up (main.ts sets `renderThreads.warm`): the thread starts in the background
// while the app already answers, the log says when it is ready, and a warm-up that fails is logged without stopping
// the app. The test harness does not warm: a test that draws nothing starts no thread.
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@woo/logging';
import { createApp, type AppDeps } from './app.js';
import { startTestApi, type TestApi } from './testing/api-test-harness.js';

let api: TestApi;
let threadsBeforeHarness: number;

/** The worker threads of this process, as Node's diagnostic report lists them. */
function threadsOfProcess(): number {
  return (process.report.getReport() as { workers: unknown[] }).workers.length;
}

beforeAll(async () => {
  threadsBeforeHarness = threadsOfProcess();
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
});
afterAll(async () => {
  await api?.close();
});

interface LogLine {
  level: number;
  msg: string;
  threads?: number;
  err?: { message: string };
}

/** An app on the harness's database and Redis with `changes`, listening, and the lines it logs. */
async function serve(changes: Partial<AppDeps>) {
  const lines: LogLine[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  const app = createApp({ ...api.deps, logger: createLogger({ name: 'api-warm', level: 'info' }, sink), ...changes });
  const server = app.listen(0);
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    lines,
    async logged(message: string): Promise<LogLine> {
      for (let waited = 0; waited < 120_000; waited += 100) {
        const line = lines.find((each) => each.msg === message);
        if (line) return line;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`not logged: ${message}`);
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
}

describe('warming the render threads', () => {
  it('is not done by the test harness', async () => {
    expect((await api.request('GET', '/healthz')).status).toBe(200);
    expect(threadsOfProcess()).toBe(threadsBeforeHarness);
  });

  it('starts the thread in the background: the app answers meanwhile, and logs when the thread is ready', async () => {
    const before = threadsOfProcess();
    const app = await serve({ renderThreads: { threads: 1, warm: true } });
    try {
      const health = await fetch(`${app.base}/healthz`);
      expect(health.status).toBe(200);
      // Answered while the thread was still starting (that takes seconds).
      expect(app.lines.some((line) => line.msg === 'render threads warm')).toBe(false);
      const warm = await app.logged('render threads warm');
      expect(warm).toMatchObject({ level: 30, threads: 1 });
      expect(threadsOfProcess()).toBe(before + 1);
    } finally {
      await app.close();
    }
    expect(threadsOfProcess()).toBe(before);
  }, 150_000);

  it('logs a warm-up that fails and goes on', async () => {
    // Limits that refuse every document, so the warm-up's own small page is refused too.
    const app = await serve({ renderThreads: { threads: 1, warm: true }, documentLimits: { maxPages: 0 } });
    try {
      const failed = await app.logged('render threads could not be warmed; they start on the first image');
      expect(failed.level).toBe(40);
      expect(failed.err?.message).toMatch(/pagina|page/i);
      expect((await fetch(`${app.base}/healthz`)).status).toBe(200);
    } finally {
      await app.close();
    }
  }, 150_000);
});
