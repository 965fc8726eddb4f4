// The `woo` command exactly as the README shows it: `npm run -s woo -- …` from the repository root, through the
// bootstrap. Stdout must carry only the command's output, so scripts can parse it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/processes.js';

function woo(...args: string[]) {
  const result = spawnSync('npm', ['run', '-s', 'woo', '--', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...process.env, npm_config_update_notifier: 'false' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run -s woo', () => {
  it('deadline prints one JSON object and nothing else on stdout', () => {
    // Received Mon 2 March 2026 + 28 = Mon 30 March; suspended 11–16 March (6 days) = Sun 5 April (Eerste Paasdag);
    // Mon 6 April is Tweede Paasdag, so Atw art. 1 gives Tue 7 April 2026.
    const { status, stdout } = woo('deadline', '--received', '2026-03-02', '--suspend', '2026-03-11:2026-03-17');
    expect(status).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ received: '2026-03-02', deadline: '2026-04-07', suspendedDays: 6, extended: false });
    expect(result.steps.length).toBeGreaterThan(2);
  });

  it('grounds prints the catalog as JSON', () => {
    const { status, stdout } = woo('grounds');
    expect(status).toBe(0);
    const codes = (JSON.parse(stdout) as { code: string }[]).map((ground) => ground.code);
    expect(codes).toContain('5.1.2e');
    expect(codes).toContain('5.1.1e');
  });

  it('exits 2 with one line on stderr for an impossible date', () => {
    const { status, stdout, stderr } = woo('deadline', '--received', '2026-02-30');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    const ourLines = stderr.split('\n').filter((line) => line.startsWith('woo'));
    expect(ourLines).toHaveLength(1);
    expect(ourLines[0]).toContain('2026-02-30');
  });
});
