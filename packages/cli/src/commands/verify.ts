// `woo verify OUT.pdf --original FILE [--regions REGIONS.json] [--identifier TEXT]...`: the leak gate (DESIGN §4
// step 7). Exit 0 and {"passed": true} when nothing leaks; exit 1 with the JSON report when something does; exit 2
// on bad input. The original's file name is checked too: it must not survive in the public version.
import { basename } from 'node:path';
import { parseRegionsFile, readDocumentText, verifyRedaction } from '@woo/pdf';
import type { RedactionRegionInput } from '@woo/pdf';
import { UsageError, usageError } from '../command.js';
import type { CommandResult } from '../command.js';
import { USAGE } from '../usage.js';
import { lazyOcrPool } from './lazy-ocr-pool.js';
import { inputError, readInput } from './redact.js';

interface VerifyArgs {
  help: boolean;
  file: string | undefined;
  original: string | undefined;
  regions: string | undefined;
  identifiers: string[];
}

function readArgs(args: readonly string[]): VerifyArgs {
  const parsed: VerifyArgs = { help: false, file: undefined, original: undefined, regions: undefined, identifiers: [] };
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
    switch (name) {
      case '-h':
      case '--help':
        parsed.help = true;
        break;
      case '--original':
        parsed.original = once(parsed.original);
        break;
      case '--regions':
        parsed.regions = once(parsed.regions);
        break;
      case '--identifier':
        parsed.identifiers.push(value());
        break;
      default:
        if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}" (see woo --help)`);
        if (parsed.file !== undefined) throw new UsageError(`unexpected argument "${arg}" (one OUT.pdf only)`);
        parsed.file = arg;
    }
  }
  return parsed;
}

export async function runVerify(args: readonly string[]): Promise<CommandResult> {
  let parsed: VerifyArgs;
  try {
    parsed = readArgs(args);
    if (parsed.help) return { exitCode: 0, stderr: USAGE };
    if (parsed.file === undefined) throw new UsageError('OUT.pdf is required');
    if (parsed.original === undefined) throw new UsageError('--original FILE is required');
  } catch (error) {
    if (error instanceof UsageError) return usageError(`woo verify: ${error.message}`);
    throw error;
  }

  const ocr = lazyOcrPool();
  try {
    const publicPdf = await readInput(parsed.file, 'OUT.pdf');
    const original = await readInput(parsed.original, '--original');
    const regions: RedactionRegionInput[] =
      parsed.regions === undefined
        ? []
        : parseRegionsFile((await readInput(parsed.regions, '--regions')).toString('utf8'));
    // The original's words (OCR for a scan): what lay under each region is searched for in the public version.
    const originalWords = await readDocumentText(original, { ocrPool: ocr, fileName: parsed.original });
    const result = await verifyRedaction(publicPdf, {
      original,
      regions,
      originalWords,
      detectedIdentifiers: parsed.identifiers,
      originalFileName: basename(parsed.original),
    });
    return { exitCode: result.passed ? 0 : 1, stdout: `${JSON.stringify(result, null, 2)}\n` };
  } catch (error) {
    return inputError('woo verify', error);
  } finally {
    await ocr.close();
  }
}
