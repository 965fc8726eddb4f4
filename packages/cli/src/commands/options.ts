// Reading a command's arguments and the files it names, the same way for every `woo` subcommand: `--name value` or
// `--name=value`, one positional FILE, and a usage error (exit 2, one line) for anything else.
import { readFile } from 'node:fs/promises';
import { UsageError } from '../command.js';

export interface Option {
  /** The option's name (`--out`), or the argument itself when it is not an option. */
  name: string;
  arg: string;
  /** The `=value` part of `--name=value`, if given that way. */
  inline: string | undefined;
  /** The option's value: inline, or the next argument (which then is consumed). */
  value(): string;
  /** The value of an option that may be given only once; `current` is what was read before. */
  once(current: string | undefined): string;
}

/**
 * Calls `onOption` for each argument. It returns false for an argument it does not know; such an argument is then the
 * single positional FILE (`setFile`), or an unknown option.
 */
export function readOptions(
  args: readonly string[],
  onOption: (option: Option) => boolean,
  positional: { get(): string | undefined; set(file: string): void; what: string },
): void {
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const inline = arg.startsWith('--') && eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = (): string => {
      if (inline !== undefined) return inline;
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      i += 1;
      return next;
    };
    const once = (current: string | undefined): string => {
      if (current !== undefined) throw new UsageError(`${name} is given more than once`);
      return value();
    };
    if (onOption({ name, arg, inline, value, once })) continue;
    if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}" (see woo --help)`);
    if (positional.get() !== undefined) {
      throw new UsageError(`unexpected argument "${arg}" (one ${positional.what} only)`);
    }
    positional.set(arg);
  }
}

export function positiveInteger(option: string, text: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UsageError(`${option} "${text}" must be a whole number from 1 to ${max}`);
  }
  return value;
}

/** Reads a file named on the command line; a missing or unreadable one is a usage error that says why. */
export async function readInput(path: string, what = 'FILE'): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'Het bestand bestaat niet (file not found)'
        : code === 'EISDIR'
          ? 'Dit is een map, geen bestand (is a directory)'
          : `Het bestand kan niet worden gelezen (${code ?? String(error)})`;
    throw new UsageError(`${what} ${path}: ${reason}`);
  }
}
