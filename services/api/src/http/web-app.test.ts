import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { notFoundHandler } from './error-handler.js';
import { webApp } from './web-app.js';

const root = mkdtempSync(join(tmpdir(), 'woo-web-'));
let server: Server;
let base = '';

beforeAll(async () => {
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Woo</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  const app = express();
  app.get('/api/v1/ping', (_req, res) => void res.json({ pong: true }));
  app.use(webApp(root));
  app.use(notFoundHandler);
  server = app.listen(0);
  await new Promise((done) => server.once('listening', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

describe('the web app served by the API', () => {
  it('caches hashed assets for good and index.html never', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const index = await fetch(`${base}/`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toContain('<title>Woo</title>');
  });

  it("answers the app's own routes with index.html, but not /api or a missing asset", async () => {
    const status = await fetch(`${base}/status/abcdef`);
    expect(status.status).toBe(200);
    expect(status.headers.get('content-type')).toContain('text/html');
    expect((await fetch(`${base}/api/v1/ping`)).status).toBe(200);
    const api = await fetch(`${base}/api/v1/nothing`);
    expect(api.status).toBe(404);
    expect(((await api.json()) as { error: { code: string } }).error.code).toBe('http.not_found');
    expect((await fetch(`${base}/assets/gone-000.js`)).status).toBe(404);
  });
});
