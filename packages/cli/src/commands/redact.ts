// `woo redact FILE --out OUT.pdf (--auto [--known "Naam"]... | --regions REGIONS.json)`: writes the public version
// (burn-in redaction, DESIGN §4 step 6) and prints what it did as JSON, including the regions it applied in the
// REGIONS.json format, so `woo verify` can check the result against them.
import { writeFile } from 'node:fs/promises';
import { detectAll, isDomainError } from '@woo/domain';
import type { PageText } from '@woo/domain';
import { RedactionInputError, RegionsFileError, parseRegionsFile, readDocumentText, redactDocument } from '@woo/pdf';
import type { RedactionRegionInput } from '@woo/pdf';
import { UsageError, usageError } from '../command.js';
import type { CommandResult } from '../command.js';
import { USAGE } from '../usage.js';
import { lazyOcrPool } from './lazy-ocr-pool.js';
import { readInput, readOptions } from './options.js';

interface RedactArgs {
  help: boolean;
  file: string | undefined;
  out: string | undefined;
  auto: boolean;
  known: string[];
  regions: string | undefined;
}

function readArgs(args: readonly string[]): RedactArgs {
  const parsed: RedactArgs = {
    help: false,
    file: undefined,
    out: undefined,
    auto: false,
    known: [],
    regions: undefined,
  };
  readOptions(
    args,
    ({ name, arg, inline, value, once }) => {
      if (name === '-h' || name === '--help') parsed.help = true;
      else if (name === '--out') parsed.out = once(parsed.out);
      else if (name === '--regions') parsed.regions = once(parsed.regions);
      else if (name === '--known') parsed.known.push(value());
      else if (name === '--auto') {
        if (inline !== undefined) throw new UsageError(`--auto takes no value (got "${arg}")`);
        parsed.auto = true;
      } else return false;
      return true;
    },
    { get: () => parsed.file, set: (file) => (parsed.file = file), what: 'FILE' },
  );
  return parsed;
}

export async function runRedact(args: readonly string[]): Promise<CommandResult> {
  let parsed: RedactArgs;
  try {
    parsed = readArgs(args);
    if (parsed.help) return { exitCode: 0, stderr: USAGE };
    if (parsed.file === undefined) throw new UsageError('FILE is required');
    if (parsed.out === undefined) throw new UsageError('--out OUT.pdf is required');
    if (parsed.auto === (parsed.regions !== undefined))
      throw new UsageError('give either --auto or --regions REGIONS.json');
    if (!parsed.auto && parsed.known.length > 0) throw new UsageError('--known only goes with --auto');
  } catch (error) {
    if (error instanceof UsageError) return usageError(`woo redact: ${error.message}`);
    throw error;
  }

  const ocr = lazyOcrPool();
  try {
    const bytes = await readInput(parsed.file, 'FILE');
    let regions: RedactionRegionInput[];
    let originalWords: PageText[] | undefined;
    if (parsed.regions !== undefined) {
      regions = parseRegionsFile((await readInput(parsed.regions, '--regions')).toString('utf8'));
    } else {
      // The text as the detectors read it (OCR for pages without a text layer) is also the text layer's source.
      originalWords = await readDocumentText(bytes, { ocrPool: ocr, fileName: parsed.file });
      const knownPersons = parsed.known.map((name) => ({ name }));
      regions = detectAll(originalWords, { knownPersons, locale: 'nl' }).map((finding) => ({
        page: finding.page,
        box: finding.box,
        ground: finding.ground,
        text: finding.text,
      }));
    }
    const result = await redactDocument(bytes, regions, {
      ocrPool: ocr,
      ...(originalWords === undefined ? {} : { originalWords }),
    });
    await writeFile(parsed.out, result.pdf);
    const summary = {
      out: parsed.out,
      pages: result.pages.map(({ page, width, height, textSource, keptWords, boxes }) => ({
        page,
        width,
        height,
        textSource,
        keptWords,
        boxes: boxes.length,
      })),
      removedWords: result.removedWords.length,
      regions,
    };
    return { exitCode: 0, stdout: `${JSON.stringify(summary, null, 2)}\n` };
  } catch (error) {
    return inputError('woo redact', error);
  } finally {
    await ocr.close();
  }
}

/** Wrong input (a file that is not there, not a document, a bad REGIONS.json) exits 2; anything else is a bug. */
export function inputError(command: string, error: unknown): CommandResult {
  if (error instanceof UsageError || error instanceof RegionsFileError || error instanceof RedactionInputError) {
    return usageError(`${command}: ${error.message}`);
  }
  // The document cannot be read (not a PDF, encrypted, too many pages…) or a ground code is wrong. OCR failing is
  // no fault of the input: it goes to main as an unexpected error.
  if (isDomainError(error) && /^(document|ground)\./.test(error.code)) return usageError(`${command}: ${error.en}`);
  throw error;
}
