// An e-mail printed as a PDF page: header lines (Van, Aan, CC, Verzonden, Onderwerp) and the body. The detection
// bench reads an .eml through this, standing in for the pipeline's own rendering of a message; an .eml body in the
// dossier is kept to one printed page so its truth (page 1) does not depend on how it is printed.
import { layOut } from './layout.js';
import type { Block, LaidOutPage } from './layout.js';
import { helveticaMeasure, pagesToPdf } from './render-pages.js';
import { createRandom } from './random.js';

export interface PrintableMail {
  from?: string;
  to?: string;
  cc?: string;
  date?: string;
  subject?: string;
  text: string;
}

export async function printMailPages(mail: PrintableMail): Promise<LaidOutPage[]> {
  const header = (
    [
      ['Van', mail.from],
      ['Aan', mail.to],
      ['CC', mail.cc],
      ['Verzonden', mail.date],
      ['Onderwerp', mail.subject],
    ] as const
  ).flatMap(([label, value]) => (value ? [[`${label}: ${value}`]] : []));
  const blocks: Block[] = [{ type: 'lines', lines: header, gapAfter: 18 }];
  for (const part of mail.text.replace(/\r\n/g, '\n').split(/\n{2,}/)) {
    const lines = part.split('\n');
    blocks.push(
      lines.length > 1 ? { type: 'lines', lines: lines.map((line) => [line]) } : { type: 'paragraph', pieces: lines },
    );
  }
  return layOut(blocks, await helveticaMeasure());
}

export async function printMail(mail: PrintableMail): Promise<Uint8Array> {
  return (await pagesToPdf(await printMailPages(mail), () => false, createRandom(1))).bytes;
}
