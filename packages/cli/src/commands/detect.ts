// `woo detect FILE [--known "Naam"]...`: the proposed redactions of a PDF or image as a JSON array, each tagged with
// its exemption ground. The page text comes from @woo/pdf (text layer, or OCR where a page has none); the
// recognisers are the domain's. An unreadable file or a wrong argument exits 2 with one line on stderr.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { detectAll } from '@woo/domain';
import type { KnownPerson } from '@woo/domain';
import { isDocumentReadError, readDocumentText } from '@woo/pdf';
import { UsageError, usageError } from '../command.js';
import type { CommandResult } from '../command.js';
import { USAGE } from '../usage.js';
import { lazyOcrPool } from './lazy-ocr-pool.js';

interface DetectArgs {
  help: boolean;
  file: string | undefined;
  known: KnownPerson[];
  workers: number;
}

function readArgs(args: readonly string[]): DetectArgs {
  const parsed: DetectArgs = { help: false, file: undefined, known: [], workers: 1 };
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
    else if (name === '--known') {
      const person = value().trim();
      if (!/\p{L}/u.test(person)) throw new UsageError(`--known "${person}" is not a name`);
      parsed.known.push({ name: person });
    } else if (name === '--workers') {
      const text = value();
      const workers = Number(text);
      if (!Number.isInteger(workers) || workers < 1 || workers > 64) {
        throw new UsageError(`--workers "${text}" must be a whole number from 1 to 64`);
      }
      parsed.workers = workers;
    } else if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}" (see woo --help)`);
    else if (parsed.file !== undefined) throw new UsageError(`unexpected argument "${arg}" (one FILE only)`);
    else parsed.file = arg;
  }
  return parsed;
}

function unreadable(file: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file}: Het bestand bestaat niet (file not found)`;
  if (code === 'EISDIR') return `${file}: Dit is een map, geen bestand (is a directory)`;
  return `${file}: Het bestand kan niet worden gelezen (${code ?? String(error)})`;
}

export async function runDetect(args: readonly string[]): Promise<CommandResult> {
  let parsed: DetectArgs;
  try {
    parsed = readArgs(args);
    if (parsed.help) return { exitCode: 0, stderr: USAGE };
    if (parsed.file === undefined) throw new UsageError('FILE is required (woo detect FILE [--known "Naam"]...)');
  } catch (error) {
    if (error instanceof UsageError) return usageError(`woo detect: ${error.message}`);
    throw error;
  }
  const file = parsed.file;

  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return usageError(`woo detect: ${unreadable(file, error)}`);
  }

  const ocrPool = lazyOcrPool(parsed.workers);
  try {
    const pages = await readDocumentText(bytes, { ocrPool, fileName: basename(file) });
    const findings = detectAll(pages, { knownPersons: parsed.known, locale: 'nl' }).map((finding) => ({
      page: finding.page,
      text: finding.text,
      ground: finding.ground,
      kind: finding.kind,
      box: finding.box,
      recogniser: finding.recogniser,
      confidence: finding.confidence,
    }));
    return { exitCode: 0, stdout: `${JSON.stringify(findings, null, 2)}\n` };
  } catch (error) {
    if (isDocumentReadError(error)) return usageError(`woo detect: ${file}: ${error.nl} (${error.en})`);
    throw error;
  } finally {
    await ocrPool.close();
  }
}
