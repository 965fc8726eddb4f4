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
import { readInput, readOptions } from './options.js';
import { inputError } from './redact.js';

interface VerifyArgs {
  help: boolean;
  file: string | undefined;
  original: string | undefined;
  regions: string | undefined;
  identifiers: string[];
}

function readArgs(args: readonly string[]): VerifyArgs {
  const parsed: VerifyArgs = { help: false, file: undefined, original: undefined, regions: undefined, identifiers: [] };
  readOptions(
    args,
    ({ name, value, once }) => {
      if (name === '-h' || name === '--help') parsed.help = true;
      else if (name === '--original') parsed.original = once(parsed.original);
      else if (name === '--regions') parsed.regions = once(parsed.regions);
      else if (name === '--identifier') parsed.identifiers.push(value());
      else return false;
      return true;
    },
    { get: () => parsed.file, set: (file) => (parsed.file = file), what: 'OUT.pdf' },
  );
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
