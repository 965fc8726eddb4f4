import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

/** Text of a PDF as a reader would extract it (poppler's pdftotext). */
export async function pdfText(path: string): Promise<string> {
  return (await promisify(execFile)('pdftotext', ['-layout', path, '-'])).stdout;
}
