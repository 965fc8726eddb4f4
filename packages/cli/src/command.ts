// What a `woo` subcommand is: a function from its arguments to output and an exit code. Commands do not write to the
// process themselves, so main.ts is the only place that touches stdout, stderr and the exit code.

export interface CommandResult {
  /** 0: done; 1: unexpected failure; 2: the input was wrong (usage error). */
  exitCode: 0 | 1 | 2;
  stdout?: string;
  /** On a usage error exactly one line that names the wrong value. */
  stderr?: string;
}

/** A command may be asynchronous (reading files, OCR); main awaits it. */
export type Command = (args: readonly string[]) => CommandResult | Promise<CommandResult>;

/** The input was wrong: main prints the message as one line and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function usageError(message: string): CommandResult {
  return { exitCode: 2, stderr: `${oneLine(message)}\n` };
}

/** Keeps an error message on one line, whatever it contained. */
export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
