// Where the benchmark inputs live and how they are made when missing: every bench uses the same seed, so the same
// dossier and OCR pages, unless told otherwise.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDossier } from './dossier.js';
import type { DossierTruth } from './truth.js';

export const DEFAULT_SEED = 20260401;
export const DOSSIER_PAGES = 200;
export const defaultBenchFolder = join(tmpdir(), 'woo-bench');

/** The dossier in `folder` (truth.json and its files), generated first when it is not there. */
export async function loadOrGenerateDossier(folder: string, seed = DEFAULT_SEED): Promise<DossierTruth> {
  const truthFile = join(folder, 'truth.json');
  if (existsSync(truthFile)) {
    const truth = JSON.parse(await readFile(truthFile, 'utf8')) as DossierTruth;
    if (truth.seed === seed) return truth;
  }
  console.log(`generating the dossier (seed ${seed}) in ${folder} …`);
  return generateDossier({ seed, pages: DOSSIER_PAGES, folder });
}
