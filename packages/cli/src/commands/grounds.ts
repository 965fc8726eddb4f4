// `woo grounds`: the exemption-grounds catalog as a JSON array.
import { exemptionGrounds } from '@woo/domain';
import { usageError } from '../command.js';
import type { CommandResult } from '../command.js';
import { USAGE } from '../usage.js';

export function runGrounds(args: readonly string[]): CommandResult {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) return { exitCode: 0, stderr: USAGE };
  if (args.length > 0) return usageError(`woo grounds: unexpected argument "${args[0]}" (grounds takes no options)`);
  return { exitCode: 0, stdout: `${JSON.stringify(exemptionGrounds, null, 2)}\n` };
}
