#!/usr/bin/env node
// The entry point behind `npm start`, `npm test` and `npm run woo`.
//
// It runs on whatever Node.js the machine has (even an old one) and makes sure the project's own toolchain is there:
//   1. Node.js: when the machine's Node is older than `engines.node`, the pinned version (.node-version) is fetched
//      from the npm registry (the `node-<platform>-<arch>` packages carry the binary) into .tools/ and this script
//      re-runs itself with it.
//   2. pnpm: the version pinned in `packageManager`, fetched from the npm registry into .tools/.
//   3. dependencies: `pnpm install --frozen-lockfile`, skipped when the lockfile has not changed since the last one.
// Then it hands over to the command. Everything it says goes to stderr, so stdout stays the command's own output.
import { spawnSync, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync, readdirSync, renameSync } from 'node:fs';
import { dirname, join, resolve, delimiter } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, '.tools');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const pinnedNode = readFileSync(join(root, '.node-version'), 'utf8').trim();
const pinnedPnpm = pkg.packageManager.replace(/^pnpm@/, '').split('+')[0];
const quiet = process.env.WOO_BOOTSTRAP_QUIET === '1';

function say(message) {
  if (!quiet) process.stderr.write(`[bootstrap] ${message}\n`);
}

function fail(message) {
  process.stderr.write(`[bootstrap] ${message}\n`);
  process.exit(1);
}

function versionAtLeast(actual, wanted) {
  const a = actual.replace(/^v/, '').split('.').map(Number);
  const w = wanted.replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((a[i] ?? 0) !== (w[i] ?? 0)) return (a[i] ?? 0) > (w[i] ?? 0);
  }
  return true;
}

/** Downloads an npm package tarball with the machine's npm and unpacks it into `target` (its `package/` folder). */
function fetchPackage(spec, target) {
  const tmp = `${target}.partial`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const packed = spawnSync(npm, ['pack', spec, '--silent', '--pack-destination', tmp], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (packed.status !== 0) fail(`could not fetch ${spec} from the npm registry:\n${packed.stderr}`);
  const tarball = readdirSync(tmp).find((f) => f.endsWith('.tgz'));
  if (!tarball) fail(`npm pack ${spec} produced no tarball`);
  execFileSync('tar', ['xzf', join(tmp, tarball), '-C', tmp]);
  rmSync(join(tmp, tarball));
  rmSync(target, { recursive: true, force: true });
  renameSync(tmp, target);
}

// 1. Node.js
const wantedNode = pkg.engines.node.replace(/^>=\s*/, '');
if (!versionAtLeast(process.version, wantedNode)) {
  if (process.env.WOO_BOOTSTRAP_REEXEC === '1') fail(`the fetched Node.js still reports ${process.version}`);
  const nodeDir = join(tools, `node-${pinnedNode}`);
  const nodeBin = join(nodeDir, 'package', 'bin', 'node');
  if (!existsSync(nodeBin)) {
    // Said once, when it is fetched; later runs use it silently.
    say(`Node.js ${process.version} is older than this project needs (>= ${wantedNode}).`);
    say(`Fetching Node.js ${pinnedNode} from the npm registry into .tools/ (once); everything runs with it.`);
    fetchPackage(`node-${process.platform}-${process.arch}@${pinnedNode}`, nodeDir);
  }
  const env = {
    ...process.env,
    WOO_BOOTSTRAP_REEXEC: '1',
    PATH: `${dirname(nodeBin)}${delimiter}${process.env.PATH ?? ''}`,
    // Native addons must build against the headers of the Node that runs them, not the machine's.
    npm_config_nodedir: join(nodeDir, 'package'),
  };
  const child = spawnSync(nodeBin, [fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env,
  });
  process.exit(child.status ?? 1);
}

// From here on, `node` on the PATH is the one running this script.
process.env.PATH = `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`;
if (process.env.WOO_BOOTSTRAP_REEXEC !== '1') delete process.env.npm_config_nodedir;

// 2. pnpm
const pnpmDir = join(tools, `pnpm-${pinnedPnpm}`);
const pnpmEntry = join(pnpmDir, 'package', 'bin', 'pnpm.cjs');
if (!existsSync(pnpmEntry)) {
  say(`Fetching pnpm ${pinnedPnpm} from the npm registry into .tools/ (once).`);
  fetchPackage(`pnpm@${pinnedPnpm}`, pnpmDir);
}

function pnpm(args, options = {}) {
  return spawnSync(process.execPath, [pnpmEntry, ...args], { cwd: root, stdio: 'inherit', ...options });
}

// 3. dependencies
const lockfile = join(root, 'pnpm-lock.yaml');
const stamp = join(root, 'node_modules', '.woo-install-stamp');
const manifests = ['package.json', 'pnpm-workspace.yaml', 'pnpm-lock.yaml'];
const wantedStamp = createHash('sha256')
  .update(process.version)
  .update(manifests.map((f) => (existsSync(join(root, f)) ? readFileSync(join(root, f), 'utf8') : '')).join('\0'))
  .digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wantedStamp) {
  if (!existsSync(lockfile)) fail('pnpm-lock.yaml is missing: run `node .tools/pnpm-*/package/bin/pnpm.cjs install`.');
  say('Installing dependencies (pnpm install --frozen-lockfile).');
  // stdout of pnpm goes to stderr: stdout belongs to the command that follows.
  const installed = pnpm(['install', '--frozen-lockfile', '--reporter=append-only'], {
    stdio: ['ignore', process.stderr, 'inherit'],
  });
  if (installed.status !== 0) fail('pnpm install failed (see above).');
  writeFileSync(stamp, wantedStamp);
}

// Hand over. `start` and `test` are scripts in package.json (prefixed `_`), run by pnpm with this Node; `woo` runs
// the CLI directly so that a one-shot command does not pay for pnpm's start-up.
const [command = 'help', ...rest] = process.argv.slice(2);
let result;
if (command === 'woo') {
  const tsx = pathToFileURL(join(root, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  result = spawnSync(process.execPath, ['--import', tsx, join(root, 'packages/cli/src/main.ts'), ...rest], {
    cwd: process.cwd(),
    stdio: 'inherit',
  });
} else if (command === 'start' || command === 'test') {
  result = pnpm(['run', '--silent', `_${command}`, ...rest]);
} else if (command === 'pnpm') {
  result = pnpm(rest);
} else {
  fail(`unknown command "${command}"; use one of: start, test, woo, pnpm`);
}
process.exit(result.status ?? (result.signal ? 1 : 0));
