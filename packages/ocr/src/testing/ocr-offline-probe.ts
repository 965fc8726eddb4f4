// Child process for the offline test: OCR of one PNG with a fresh pool, text printed as JSON.
// Usage: node --import tsx --import ./deny-network.ts ocr-offline-probe.ts PNG DPI
import { readFile } from 'node:fs/promises';
import { createOcrPool } from '../ocr-pool.js';

const [pngPath = '', dpi = '300'] = process.argv.slice(2);
const pool = await createOcrPool({ size: 1, languages: ['nld', 'eng'] });
try {
  const text = await pool.recognize(await readFile(pngPath), { dpi: Number(dpi) });
  process.stdout.write(`${JSON.stringify({ text: text.words.map((w) => w.text).join(' ') })}\n`);
} finally {
  await pool.close();
}
