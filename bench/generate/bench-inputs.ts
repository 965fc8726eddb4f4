// Where the benchmark inputs live and how they are made when missing: every bench uses the same seed, so the same
// dossier and OCR pages, unless told otherwise.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
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
    if (truth.seed === seed && truth.officeHolders) return truth;
    if (truth.seed === seed) return addOfficeHolders(folder, seed);
  }
  console.log(`generating the dossier (seed ${seed}) in ${folder} …`);
  return generateDossier({ seed, pages: DOSSIER_PAGES, folder });
}

/**
 * A truth.json written before office holders were recorded: the dossier is deterministic, so it is made again in a
 * scratch folder and only its truth.json replaces this one (atomically) — the files, which a bench may be reading
 * right now, stay as they are, and they are the same.
 */
async function addOfficeHolders(folder: string, seed: number): Promise<DossierTruth> {
  console.log(`recording the office holders of the dossier (seed ${seed}) in ${folder} …`);
  const scratch = await mkdtemp(join(tmpdir(), 'woo-bench-truth-'));
  try {
    const truth = await generateDossier({ seed, pages: DOSSIER_PAGES, folder: scratch });
    const next = join(folder, `truth.json.${process.pid}`);
    await writeFile(next, `${JSON.stringify(truth, null, 2)}\n`);
    await rename(next, join(folder, 'truth.json'));
    return truth;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
