// `woo detect FILE [--known "Naam"]...`: the proposed redactions of a PDF or image as a JSON array, each tagged with
// its exemption ground. The page text comes from @woo/pdf (text layer, or OCR where a page has none); the
// recognisers are the domain's. An unreadable file or a wrong argument exits 2 with one line on stderr.
import { basename } from 'node:path';
import { detectAll } from '@woo/domain';
import type { KnownPerson } from '@woo/domain';
import { isDocumentReadError, readDocumentText } from '@woo/pdf';
import { UsageError, usageError } from '../command.js';
import type { CommandResult } from '../command.js';
import { USAGE } from '../usage.js';
import { lazyOcrPool } from './lazy-ocr-pool.js';
import { positiveInteger, readInput, readOptions } from './options.js';

interface DetectArgs {
  help: boolean;
  file: string | undefined;
  known: KnownPerson[];
  workers: number;
}

function readArgs(args: readonly string[]): DetectArgs {
  const parsed: DetectArgs = { help: false, file: undefined, known: [], workers: 1 };
  readOptions(
    args,
    ({ name, value }) => {
      if (name === '-h' || name === '--help') parsed.help = true;
      else if (name === '--known') {
        const person = value().trim();
        if (!/\p{L}/u.test(person)) throw new UsageError(`--known "${person}" is not a name`);
        parsed.known.push({ name: person });
      } else if (name === '--workers') parsed.workers = positiveInteger('--workers', value(), 64);
      else return false;
      return true;
    },
    { get: () => parsed.file, set: (file) => (parsed.file = file), what: 'FILE' },
  );
  return parsed;
}

export async function runDetect(args: readonly string[]): Promise<CommandResult> {
  let parsed: DetectArgs;
  let bytes: Buffer;
  try {
    parsed = readArgs(args);
    if (parsed.help) return { exitCode: 0, stderr: USAGE };
    if (parsed.file === undefined) throw new UsageError('FILE is required (woo detect FILE [--known "Naam"]...)');
    bytes = await readInput(parsed.file);
  } catch (error) {
    if (error instanceof UsageError) return usageError(`woo detect: ${error.message}`);
    throw error;
  }
  const file = parsed.file;

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
