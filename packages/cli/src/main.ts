// The `woo` command: picks the subcommand, runs it, and is the only place that writes to stdout/stderr and sets the
// exit code. Run as `node --import tsx packages/cli/src/main.ts <command>` or `npm run -s woo -- <command>`.
// Each command is imported only when it is run: a one-shot command loads no more than it needs.
import { oneLine } from './command.js';
import type { Command, CommandResult } from './command.js';
import { USAGE } from './usage.js';

const COMMANDS: Record<string, () => Promise<Command>> = {
  deadline: async () => (await import('./commands/deadline.js')).runDeadline,
  grounds: async () => (await import('./commands/grounds.js')).runGrounds,
  detect: async () => (await import('./commands/detect.js')).runDetect,
  redact: async () => (await import('./commands/redact.js')).runRedact,
  verify: async () => (await import('./commands/verify.js')).runVerify,
  ocr: async () => (await import('./commands/ocr.js')).runOcr,
};

async function dispatch(argv: readonly string[]): Promise<CommandResult> {
  const [name, ...rest] = argv;
  if (name === '--help' || name === '-h' || name === 'help') return { exitCode: 0, stderr: USAGE };
  if (name === undefined) return { exitCode: 2, stderr: `woo: no command given\n${USAGE}` };
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) return { exitCode: 2, stderr: `woo: unknown command "${name}"\n${USAGE}` };
  try {
    const command = await load();
    return await command(rest);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { exitCode: 1, stderr: `woo ${name}: unexpected error: ${oneLine(message)}\n` };
  }
}

const result = await dispatch(process.argv.slice(2));
if (result.stdout) process.stdout.write(result.stdout);
if (result.stderr) process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
