// The OCR models come from the npm packages @tesseract.js-data/nld and /eng (LSTM "best_int" models, the ones the
// CDN would serve) and are read from disk — never downloaded. tesseract.js reads every language from one folder,
// so we link the models we need into a folder of ours, once per process.
import { existsSync } from 'node:fs';
import { mkdir, rename, symlink } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export type OcrLanguage = 'nld' | 'eng';

const MODEL_FOLDER = '4.0.0_best_int';
const require = createRequire(import.meta.url);

/** The gzipped model shipped in the language's npm package. */
export function modelFile(language: OcrLanguage): string {
  const packageDir = dirname(require.resolve(`@tesseract.js-data/${language}/package.json`));
  return join(packageDir, MODEL_FOLDER, `${language}.traineddata.gz`);
}

export const defaultModelFolder = join(tmpdir(), 'woo-tessdata', MODEL_FOLDER);

/**
 * Makes `folder` hold a link to each language's model and returns it. Safe when several processes do it at once:
 * each link is made under a unique name and renamed into place.
 */
export async function prepareModelFolder(languages: readonly OcrLanguage[], folder = defaultModelFolder) {
  await mkdir(folder, { recursive: true });
  for (const language of languages) {
    const target = join(folder, `${language}.traineddata.gz`);
    if (existsSync(target)) continue;
    const temporary = `${target}.${process.pid}.${Date.now()}`;
    await symlink(modelFile(language), temporary);
    await rename(temporary, target);
  }
  return folder;
}
