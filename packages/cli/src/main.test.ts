// Runs the real `woo` CLI as a child process, as a user or a script would.
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function woo(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'packages/cli/src/main.ts', ...args],
      { cwd: repoRoot, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

describe.concurrent('woo deadline', () => {
  it('prints the DESIGN example as one JSON object', async () => {
    const run = await woo('deadline', '--received', '2026-03-02', '--suspend', '2026-03-11:2026-03-17');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const output = JSON.parse(run.stdout);
    // 2 Mar + 28 = 30 Mar; + 6 = Sun 5 Apr (Easter), Mon 6 Apr Easter Monday → Tue 7 Apr
    expect(output).toMatchObject({
      received: '2026-03-02',
      deadline: '2026-04-07',
      firstTermEnd: '2026-04-07',
      suspendedDays: 6,
      extended: false,
    });
    expect(Object.keys(output)).toEqual(['received', 'deadline', 'firstTermEnd', 'suspendedDays', 'extended', 'steps']);
    expect(output.steps.map((step: { code: string }) => step.code)).toEqual([
      'received',
      'term',
      'suspension',
      'atw_shift',
    ]);
    for (const step of output.steps) {
      expect(Object.keys(step).sort()).toEqual(expect.arrayContaining(['code', 'date', 'en', 'nl']));
      expect(step.nl).not.toBe('');
      expect(step.en).not.toBe('');
    }
  });

  it('adds the extension', async () => {
    const run = await woo('deadline', '--received=2026-03-02', '--suspend=2026-03-11:2026-03-17', '--extended');
    expect(run.code).toBe(0);
    // unadjusted 5 Apr + 14 = Sun 19 Apr → Mon 20 Apr
    expect(JSON.parse(run.stdout)).toMatchObject({
      deadline: '2026-04-20',
      firstTermEnd: '2026-04-07',
      extended: true,
    });
  });

  it('takes several suspensions and counts overlapping days once', async () => {
    const run = await woo(
      'deadline',
      '--received',
      '2027-02-01',
      '--suspend',
      '2027-02-03:2027-02-10:precisering',
      '--suspend',
      '2027-02-08:2027-02-12',
    );
    expect(run.code).toBe(0);
    // 1 Feb + 28 = 1 Mar; union [3 Feb, 12 Feb) = 9 days → Wed 10 Mar
    expect(JSON.parse(run.stdout)).toMatchObject({ deadline: '2027-03-10', suspendedDays: 9 });
  });

  it.each([
    ['an impossible date', ['--received', '2025-02-29'], '2025-02-29'],
    ['a malformed date', ['--received', '2026-3-2'], '2026-3-2'],
    ['RESUME before FROM', ['--received', '2026-03-02', '--suspend', '2026-03-17:2026-03-11'], '2026-03-11'],
    ['a malformed --suspend', ['--received', '2026-03-02', '--suspend', '2026-03-11'], '2026-03-11'],
    ['an impossible --suspend date', ['--received', '2026-03-02', '--suspend', '2026-02-30:2026-03-11'], '2026-02-30'],
    ['an unknown reason', ['--received', '2026-03-02', '--suspend', '2026-03-11:2026-03-17:vakantie'], 'vakantie'],
    ['a suspension before the term', ['--received', '2026-03-02', '--suspend', '2026-03-01:2026-03-05'], '2026-03-01'],
    ['a missing --received', ['--extended'], '--received'],
    ['--received without a value', ['--received'], '--received'],
    ['an unknown flag', ['--received', '2026-03-02', '--verbose'], '--verbose'],
    ['a stray argument', ['--received', '2026-03-02', 'tomorrow'], 'tomorrow'],
  ])('refuses %s: exit 2, one line on stderr naming it, nothing on stdout', async (_name, args, named) => {
    const run = await woo('deadline', ...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.endsWith('\n')).toBe(true);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(named);
  });
});

describe.concurrent('woo grounds and usage', () => {
  it('woo grounds prints the catalog as a JSON array', async () => {
    const run = await woo('grounds');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const grounds = JSON.parse(run.stdout);
    expect(Array.isArray(grounds)).toBe(true);
    expect(grounds.map((ground: { code: string }) => ground.code)).toEqual(
      expect.arrayContaining(['5.1.1e', '5.1.2e', '5.2', 'dubbel']),
    );
  });

  it('woo --help prints usage on stderr and exits 0', async () => {
    const run = await woo('--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('deadline --received YYYY-MM-DD');
    expect(run.stderr).toContain('--suspend');
  });

  it('an unknown command prints usage on stderr and exits 2', async () => {
    const run = await woo('deadlines');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('unknown command "deadlines"');
    expect(run.stderr).toContain('Usage: woo');
  });

  it('no command at all exits 2', async () => {
    const run = await woo();
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Usage: woo');
  });
});
