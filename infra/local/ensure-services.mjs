#!/usr/bin/env node
// Makes sure what the test suite needs on this machine is there: a PostgreSQL server, a Redis server and the Debian
// tools that tests call. It starts what is installed but not running, installs what is missing when it runs as root
// on Debian/Ubuntu, and otherwise stops with the exact commands to run. Plain JavaScript on purpose: `.ci/run` calls
// it with whatever Node.js the machine has, before the project's own toolchain exists.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';

/** Debian tools the tests call, as [binary, package]. Later capabilities add theirs here. */
export const requiredDebianTools = [
  // The browser tests (playwright-core drives the system Chromium).
  ['chromium', 'chromium'],
  // pdftotext: tests read the text of the decision letter and of public versions as a reader's tool would.
  ['pdftotext', 'poppler-utils'],
];

const say = (message) => process.stderr.write(`[services] ${message}\n`);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
let aptUpdated = false;

function which(binary) {
  const found = spawnSync('sh', ['-c', `command -v ${binary}`], { encoding: 'utf8' });
  return found.status === 0 ? found.stdout.trim() : null;
}

function run(command, args) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status === 0;
}

function aptInstall(packages) {
  if (!isRoot || !hasApt) return false;
  if (!aptUpdated) {
    say('apt-get update');
    run('apt-get', ['update', '-qq']);
    aptUpdated = true;
  }
  say(`apt-get install -y ${packages.join(' ')}`);
  return run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages]);
}

function reachable(host, port, timeoutMs = 1000) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function waitFor(host, port, seconds) {
  for (let i = 0; i < seconds * 4; i++) {
    if (await reachable(host, port, 500)) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

function target(urlText, fallback) {
  const url = new URL(urlText ?? fallback);
  return { host: url.hostname, port: Number(url.port || new URL(fallback).port), local: isLocal(url.hostname) };
}

function isLocal(host) {
  return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '[::1]';
}

function stop(message) {
  process.stderr.write(`\n[services] ${message}\n`);
  process.exit(1);
}

async function ensurePostgres() {
  const pg = target(process.env.TEST_DATABASE_ADMIN_URL ?? process.env.DATABASE_URL, 'postgres://127.0.0.1:5432/');
  if (await reachable(pg.host, pg.port)) return;
  if (!pg.local) stop(`PostgreSQL at ${pg.host}:${pg.port} does not answer. Start it, or unset DATABASE_URL.`);
  if (!existsSync('/etc/postgresql')) {
    say('PostgreSQL is not installed.');
    if (!aptInstall(['postgresql'])) {
      stop(
        'PostgreSQL is needed for the tests. Install and start it, e.g.\n' +
          '  sudo apt-get install -y postgresql   (Debian/Ubuntu)\n' +
          '  brew install postgresql@16 && brew services start postgresql@16   (macOS)\n' +
          '  docker compose -f infra/compose.yaml up -d postgres\n' +
          'and let the tests connect as user "postgres" without a password from 127.0.0.1\n' +
          '(or set TEST_DATABASE_ADMIN_URL=postgres://user:password@host:port/postgres).',
      );
    }
    trustLoopback();
  }
  for (const version of readdirSync('/etc/postgresql')) {
    say(`starting PostgreSQL ${version}`);
    run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
  }
  if (!(await waitFor(pg.host, pg.port, 30))) stop(`PostgreSQL did not come up on ${pg.host}:${pg.port}.`);
}

/** A fresh Debian cluster asks for passwords over TCP; the test machine lets local connections in (as CI does). */
function trustLoopback() {
  for (const version of readdirSync('/etc/postgresql')) {
    const hba = `/etc/postgresql/${version}/main/pg_hba.conf`;
    if (!existsSync(hba)) continue;
    const current = readFileSync(hba, 'utf8');
    if (current.includes('# woo: trust loopback')) continue;
    const lines = '# woo: trust loopback\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n';
    writeFileSync(hba, lines + current);
  }
}

async function ensureRedis() {
  const redis = target(process.env.REDIS_URL, 'redis://127.0.0.1:6379');
  if (await reachable(redis.host, redis.port)) return;
  if (!redis.local) stop(`Redis at ${redis.host}:${redis.port} does not answer. Start it, or unset REDIS_URL.`);
  if (!which('redis-server') && !aptInstall(['redis-server'])) {
    stop(
      'Redis is needed for the tests. Install and start it, e.g.\n' +
        '  sudo apt-get install -y redis-server   (Debian/Ubuntu)\n' +
        '  brew install redis && brew services start redis   (macOS)\n' +
        '  docker compose -f infra/compose.yaml up -d redis',
    );
  }
  say(`starting redis-server on ${redis.port}`);
  run('redis-server', [
    '--daemonize',
    'yes',
    '--bind',
    '127.0.0.1',
    '--port',
    String(redis.port),
    '--save',
    '',
    '--appendonly',
    'no',
  ]);
  if (!(await waitFor(redis.host, redis.port, 15))) stop(`Redis did not come up on ${redis.host}:${redis.port}.`);
}

function ensureDebianTools() {
  const missing = requiredDebianTools.filter(([binary]) => !which(binary));
  if (missing.length === 0) return;
  const packages = [...new Set(missing.map(([, pkg]) => pkg))];
  if (!aptInstall(packages) || requiredDebianTools.some(([binary]) => !which(binary))) {
    stop(`The tests need: ${packages.join(', ')}. Install them with\n  sudo apt-get install -y ${packages.join(' ')}`);
  }
}

await ensurePostgres();
await ensureRedis();
ensureDebianTools();
