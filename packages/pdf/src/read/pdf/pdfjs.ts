// pdf.js (legacy build, for Node) loaded once, on first use: importing it takes about a second, which a command
// that never opens a PDF should not pay. Its data folders are read from the installed package — never fetched.
import { createRequire } from 'node:module';
import type * as PdfJsNamespace from 'pdfjs-dist/legacy/build/pdf.mjs';
import { dirname, join } from 'node:path';

type PdfJsModule = typeof PdfJsNamespace;

type PdfJs = PdfJsModule;

let loading: Promise<PdfJs> | undefined;

export function loadPdfJs(): Promise<PdfJs> {
  loading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return loading;
}

const packageDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** Folders pdf.js reads fonts, character maps, colour profiles and decoders from (trailing slash required). */
export const pdfJsDataFolders = {
  standardFontDataUrl: `${join(packageDir, 'standard_fonts')}/`,
  cMapUrl: `${join(packageDir, 'cmaps')}/`,
  iccUrl: `${join(packageDir, 'iccs')}/`,
  wasmUrl: `${join(packageDir, 'wasm')}/`,
};
