// `woo ocr FILE`: the text of every page as JSON — from the PDF's text layer where it has one, from OCR (Dutch and
// English models, offline) where it has none. An unreadable file exits 2 with the reason a coordinator would read.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_OCR_DPI, isDocumentReadError, pageTextString, readDocumentText } from '@woo/pdf';
import { UsageError, usageError } from '../command.js';
import type { CommandResult } from '../command.js';
import { USAGE } from '../usage.js';
import { lazyOcrPool } from './lazy-ocr-pool.js';

interface OcrArgs {
  help: boolean;
  file: string | undefined;
  dpi: number;
  workers: number;
}

function positiveInteger(option: string, text: string, max: number): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new UsageError(`${option} "${text}" must be a whole number from 1 to ${max}`);
  }
  return value;
}

function readArgs(args: readonly string[]): OcrArgs {
  const parsed: OcrArgs = { help: false, file: undefined, dpi: DEFAULT_OCR_DPI, workers: 1 };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (arg.startsWith('--') && eq > 0) return arg.slice(eq + 1);
      const next = args[i + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      i += 1;
      return next;
    };
    if (name === '-h' || name === '--help') parsed.help = true;
    else if (name === '--dpi') parsed.dpi = positiveInteger('--dpi', value(), 1200);
    else if (name === '--workers') parsed.workers = positiveInteger('--workers', value(), 64);
    else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}" (see woo --help)`);
    else if (parsed.file !== undefined) throw new UsageError(`unexpected argument "${arg}" (one FILE only)`);
    else parsed.file = arg;
  }
  return parsed;
}

export async function runOcr(args: readonly string[]): Promise<CommandResult> {
  let parsed: OcrArgs;
  try {
    parsed = readArgs(args);
    if (parsed.help) return { exitCode: 0, stderr: USAGE };
    if (parsed.file === undefined) throw new UsageError('FILE is required (woo ocr FILE)');
  } catch (error) {
    if (error instanceof UsageError) return usageError(`woo ocr: ${error.message}`);
    throw error;
  }
  const file = parsed.file;

  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'Het bestand bestaat niet (file not found)'
        : code === 'EISDIR'
          ? 'Dit is een map, geen bestand (is a directory)'
          : `Het bestand kan niet worden gelezen (${code ?? String(error)})`;
    return usageError(`woo ocr: ${file}: ${reason}`);
  }

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
