// `woo ocr FILE`: the text of every page as JSON — from the PDF's text layer where it has one, from OCR (Dutch and
// English models, offline) where it has none. An unreadable file exits 2 with the reason a coordinator would read.
import { basename } from 'node:path';
import { DEFAULT_OCR_DPI, isDocumentReadError, pageTextString, readDocumentText } from '@woo/pdf';
import { UsageError, usageError } from '../command.js';
import type { CommandResult } from '../command.js';
import { USAGE } from '../usage.js';
import { lazyOcrPool } from './lazy-ocr-pool.js';
import { positiveInteger, readInput, readOptions } from './options.js';

interface OcrArgs {
  help: boolean;
  file: string | undefined;
  dpi: number;
  workers: number;
}

function readArgs(args: readonly string[]): OcrArgs {
  const parsed: OcrArgs = { help: false, file: undefined, dpi: DEFAULT_OCR_DPI, workers: 1 };
  readOptions(
    args,
    ({ name, value }) => {
      if (name === '-h' || name === '--help') parsed.help = true;
      else if (name === '--dpi') parsed.dpi = positiveInteger('--dpi', value(), 1200);
      else if (name === '--workers') parsed.workers = positiveInteger('--workers', value(), 64);
      else return false;
      return true;
    },
    { get: () => parsed.file, set: (file) => (parsed.file = file), what: 'FILE' },
  );
  return parsed;
}

export async function runOcr(args: readonly string[]): Promise<CommandResult> {
  let parsed: OcrArgs;
  let bytes: Buffer;
  try {
    parsed = readArgs(args);
    if (parsed.help) return { exitCode: 0, stderr: USAGE };
    if (parsed.file === undefined) throw new UsageError('FILE is required (woo ocr FILE)');
    bytes = await readInput(parsed.file);
  } catch (error) {
    if (error instanceof UsageError) return usageError(`woo ocr: ${error.message}`);
    throw error;
  }
  const file = parsed.file;

  const ocrPool = lazyOcrPool(parsed.workers);
  try {
    const pages = await readDocumentText(bytes, { ocrPool, dpi: parsed.dpi, fileName: basename(file) });
    const output = {
      file,
      pages: pages.map((page) => ({
        page: page.page,
        source: page.source,
        width: page.width,
        height: page.height,
        text: pageTextString(page),
        words: page.words,
      })),
    };
    return { exitCode: 0, stdout: `${JSON.stringify(output, null, 2)}\n` };
  } catch (error) {
    if (isDocumentReadError(error)) return usageError(`woo ocr: ${file}: ${error.nl} (${error.en})`);
    throw error;
  } finally {
    await ocrPool.close();
  }
}
