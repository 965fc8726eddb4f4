// The text of every document in the generated dossier, as the pipeline would see it: the text layer of a text page,
// OCR (through the pool) of a scanned page or an image, and an .eml split into its message (printed by
// bench/generate/print-mail.ts) and one document per attachment ("<mail>.eml/<attachment>").
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PageText } from '@woo/domain';
import { readDocumentText } from '@woo/pdf';
import type { PageRecognizer } from '@woo/pdf';
import PostalMime from 'postal-mime';
import type { Address } from 'postal-mime';
import { printMail } from '../generate/print-mail.js';
import type { DossierTruth } from '../generate/truth.js';
import type { ReadCache } from './read-cache.js';

export interface DossierDocument {
  file: string;
  pages: PageText[];
}

function addressLine(addresses: Address | readonly Address[] | undefined): string | undefined {
  if (addresses === undefined) return undefined;
  const list = Array.isArray(addresses) ? addresses : [addresses];
  return list.map((a: Address) => (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? ''))).join(', ');
}

async function emlDocuments(file: string, bytes: Uint8Array, ocrPool: PageRecognizer): Promise<DossierDocument[]> {
  const mail = await PostalMime.parse(bytes, { attachmentEncoding: 'arraybuffer' });
  const date = mail.headers.find((header) => header.key === 'date')?.value;
  const printed = await printMail({
    ...(mail.from ? { from: addressLine(mail.from) } : {}),
    ...(mail.to ? { to: addressLine(mail.to) } : {}),
    ...(mail.cc ? { cc: addressLine(mail.cc) } : {}),
    ...(date ? { date } : {}),
    ...(mail.subject ? { subject: mail.subject } : {}),
    text: mail.text ?? '',
  });
  const documents: DossierDocument[] = [{ file, pages: await readDocumentText(printed, { ocrPool }) }];
  for (const attachment of mail.attachments) {
    const content = attachment.content;
    const data = typeof content === 'string' ? Buffer.from(content) : new Uint8Array(content);
    documents.push({
      file: `${file}/${attachment.filename ?? 'bijlage'}`,
      pages: await readDocumentText(data, { ocrPool }),
    });
  }
  return documents;
}

/** Reads every file of the dossier, in the order of truth.json; `onFile` reports progress; `cache` skips re-reading. */
export async function readDossier(
  folder: string,
  truth: DossierTruth,
  ocrPool: PageRecognizer,
  onFile: (file: string) => void = () => {},
  cache?: ReadCache,
): Promise<DossierDocument[]> {
  // As many files at once as the pool has workers, so a file with one scanned page does not leave the others idle.
  const results: DossierDocument[][] = [];
  let next = 0;
  const readNext = async (): Promise<void> => {
    for (let index = next++; index < truth.files.length; index = next++) {
      const file = truth.files[index]?.file ?? '';
      const bytes = new Uint8Array(await readFile(join(folder, file)));
      const cached = await cache?.get(bytes);
      const documents =
        cached ??
        (file.endsWith('.eml')
          ? await emlDocuments(file, bytes, ocrPool)
          : [{ file, pages: await readDocumentText(bytes, { ocrPool, fileName: file }) }]);
      if (!cached) await cache?.put(bytes, documents);
      results[index] = documents;
      onFile(file);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, ocrPool.size ?? 1) }, readNext));
  return results.flat();
}
