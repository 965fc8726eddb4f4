// `woo deadline`: the decision deadline as JSON. Parses and checks its arguments here; the counting is the domain's.
import {
  compareIsoDates,
  computeDecisionDeadline,
  defaultHolidayCalendar,
  isDomainError,
  isIsoDate,
} from '@woo/domain';
import type { Suspension, SuspensionReason } from '@woo/domain';
import { UsageError, usageError } from '../command.js';
import type { CommandResult } from '../command.js';
import { USAGE } from '../usage.js';

const REASONS: readonly SuspensionReason[] = ['precisering', 'consent_to_delay', 'zienswijze'];
const DEFAULT_REASON: SuspensionReason = 'zienswijze';

interface DeadlineArgs {
  help: boolean;
  received: string | undefined;
  suspend: string[];
  extended: boolean;
}

/** Reads `--name value`, `--name=value` and flags; anything else is a UsageError naming it. */
function readArgs(args: readonly string[]): DeadlineArgs {
  const parsed: DeadlineArgs = { help: false, received: undefined, suspend: [], extended: false };
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
    switch (name) {
      case '-h':
      case '--help':
        parsed.help = true;
        break;
      case '--received':
        if (parsed.received !== undefined) throw new UsageError('--received is given more than once');
        parsed.received = value();
        break;
      case '--suspend':
        parsed.suspend.push(value());
        break;
      case '--extended':
        if (inline !== undefined) throw new UsageError(`--extended takes no value (got "${arg}")`);
        parsed.extended = true;
        break;
      default:
        throw new UsageError(
          arg.startsWith('-') ? `unknown option "${arg}" (see woo --help)` : `unexpected argument "${arg}"`,
        );
    }
  }
  return parsed;
}

function checkDate(option: string, value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`${option} "${value}" is not a valid date (use YYYY-MM-DD)`);
  return value;
}

/** FROM:RESUME[:REASON] → Suspension. */
function parseSuspension(text: string): Suspension {
  const parts = text.split(':');
  if (parts.length < 2 || parts.length > 3) {
    throw new UsageError(`--suspend "${text}" must be FROM:RESUME, e.g. 2026-03-11:2026-03-17`);
  }
  const [fromText = '', resumeText = '', reasonText] = parts;
  const from = checkDate('--suspend FROM', fromText);
  const resume = checkDate('--suspend RESUME', resumeText);
  if (compareIsoDates(resume, from) < 0) {
    throw new UsageError(`--suspend "${text}": RESUME ${resume} is before FROM ${from}`);
  }
  const reason = reasonText === undefined ? DEFAULT_REASON : REASONS.find((r) => r === reasonText);
  if (reason === undefined) {
    throw new UsageError(`--suspend "${text}": unknown reason "${reasonText}" (use ${REASONS.join(', ')})`);
  }
  return { reason, from, resume };
}

export function runDeadline(args: readonly string[]): CommandResult {
  let input: { received: string; suspensions: Suspension[]; extended: boolean };
  try {
    const parsed = readArgs(args);
    if (parsed.help) return { exitCode: 0, stderr: USAGE };
    if (parsed.received === undefined) throw new UsageError('--received YYYY-MM-DD is required');
    input = {
      received: checkDate('--received', parsed.received),
      suspensions: parsed.suspend.map(parseSuspension),
      extended: parsed.extended,
    };
  } catch (error) {
    if (error instanceof UsageError) return usageError(`woo deadline: ${error.message}`);
    throw error;
  }

  try {
    const result = computeDecisionDeadline({
      receivedOn: input.received,
      suspensions: input.suspensions,
      extended: input.extended,
      calendar: defaultHolidayCalendar(),
    });
    const output = {
      received: result.receivedOn,
      deadline: result.deadline,
      firstTermEnd: result.firstTermEnd,
      suspendedDays: result.suspendedDays,
      extended: result.extended,
      steps: result.steps.map((step) => ({
        code: step.code,
        date: step.date,
        ...(step.days === undefined ? {} : { days: step.days }),
        nl: step.nl,
        en: step.en,
      })),
    };
    return { exitCode: 0, stdout: `${JSON.stringify(output, null, 2)}\n` };
  } catch (error) {
    // A rule of the clock refused the input (e.g. a suspension before the term started): the input was wrong.
    if (isDomainError(error)) return usageError(`woo deadline: ${error.en}`);
    throw error;
  }
}
