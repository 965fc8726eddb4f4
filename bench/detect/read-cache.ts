// A cache of the text the bench read from each dossier file (text layer or OCR), under the dossier folder and keyed
// by the file's SHA-256 and the reader's version, so a re-run of bench/detect does not OCR the 55 scans again.
// Delete `<dossier>/.read-cache` (or pass --no-cache) after changing how pages are read.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DossierDocument } from './read-dossier.js';

/** Bump when readDocumentText, the OCR model or the .eml printing changes what a file reads as. */
const READER_VERSION = 1;

export interface ReadCache {
  get(bytes: Uint8Array): Promise<DossierDocument[] | undefined>;
  put(bytes: Uint8Array, documents: DossierDocument[]): Promise<void>;
}

export function folderReadCache(dossierFolder: string): ReadCache {
  const folder = join(dossierFolder, '.read-cache');
  const path = (bytes: Uint8Array) =>
    join(folder, `${createHash('sha256').update(bytes).digest('hex')}.v${READER_VERSION}.json`);
  return {
    async get(bytes) {
      try {
        return JSON.parse(await readFile(path(bytes), 'utf8')) as DossierDocument[];
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async put(bytes, documents) {
      await mkdir(folder, { recursive: true });
      await writeFile(path(bytes), JSON.stringify(documents));
    },
  };
}
