// The benchmark dossier: documents of every kind with personal data inserted, and the truth of what was inserted
// where. Deterministic for a seed. About a quarter of the pages are scans (their text only reachable by OCR).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { incomingLetter, mailMessage, memo, outgoingLetter } from './documents.js';
import type { MailMessage } from './documents.js';
import { buildEml } from './eml.js';
import { layOut, plainText } from './layout.js';
import type { Block, LaidOutPage, Measure } from './layout.js';
import { fullName, KNOWN_PERSONS } from './people.js';
import { printMailPages } from './print-mail.js';
import { createRandom } from './random.js';
import type { Random } from './random.js';
import { helveticaMeasure, pagesToPdf, pageToJpeg } from './render-pages.js';
import { groundOf } from './truth.js';
import type { DossierTruth, OfficeHolderItem, TruthItem } from './truth.js';

export interface DossierOptions {
  seed: number;
  /** Pages to generate (a document that overflows its plan may add one or two). */
  pages: number;
  folder: string;
}

interface Built {
  bytes: Uint8Array;
  pages: LaidOutPage[];
  scanned: boolean[];
}

const START = new Date(Date.UTC(2025, 0, 6));

function truthOf(file: string, built: { pages: LaidOutPage[]; scanned: boolean[] }): TruthItem[] {
  return built.pages.flatMap((page, i) =>
    page.inserted.map((item) => ({
      file,
      page: i + 1,
      text: item.text,
      kind: item.kind,
      ground: groundOf(item.kind),
      scanned: built.scanned[i] ?? false,
    })),
  );
}

function officeHoldersOf(file: string, pages: readonly LaidOutPage[]): OfficeHolderItem[] {
  return pages.flatMap((page, i) => page.officeHolders.map((holder) => ({ file, page: i + 1, ...holder })));
}

async function pdfOf(blocks: Block[], scannedShare: number, random: Random, measure: Measure): Promise<Built> {
  const pages = layOut(blocks, measure);
  const whole = random.chance(scannedShare);
  const scanned = pages.map(() => whole);
  const rendered = await pagesToPdf(pages, (i) => scanned[i] ?? false, random);
  return { bytes: rendered.bytes, pages, scanned };
}

function mailHeaderValues(message: MailMessage) {
  const party = (p: { name: string; email: string }) => `${p.name} <${p.email}>`;
  return {
    from: party(message.from),
    to: party(message.to),
    ...(message.cc ? { cc: party(message.cc) } : {}),
    date: message.date.toISOString().slice(0, 16).replace('T', ' '),
    subject: message.subject,
  };
}

/** Writes the dossier's files and truth.json into `folder` (emptied first); returns the truth. */
export async function generateDossier(options: DossierOptions): Promise<DossierTruth> {
  const random = createRandom(options.seed);
  const measure = await helveticaMeasure();
  await rm(options.folder, { recursive: true, force: true });
  await mkdir(options.folder, { recursive: true });
  const truth: DossierTruth = {
    seed: options.seed,
    knownPersons: KNOWN_PERSONS.map((person) => ({ name: fullName(person), role: person.role })),
    files: [],
    items: [],
    officeHolders: [],
  };
  const officeHolders: OfficeHolderItem[] = [];
  let pages = 0;
  let number = 0;
  const save = async (
    kind: string,
    extension: string,
    built: Built,
    extra: TruthItem[] = [],
    extraPages = 0,
    extraOfficeHolders: OfficeHolderItem[] = [],
  ) => {
    number += 1;
    const file = `${String(number).padStart(3, '0')}-${kind}.${extension}`;
    await writeFile(join(options.folder, file), built.bytes);
    const own = truthOf(file, built);
    truth.items.push(...own, ...extra.map((item) => ({ ...item, file: `${file}/${item.file}` })));
    officeHolders.push(
      ...officeHoldersOf(file, built.pages),
      ...extraOfficeHolders.map((holder) => ({ ...holder, file: `${file}/${holder.file}` })),
    );
    truth.files.push({
      file,
      pages: built.pages.length + extraPages,
      scannedPages: built.scanned.filter(Boolean).length,
      kind,
    });
    pages += built.pages.length + extraPages;
  };
  while (pages < options.pages) {
    const left = options.pages - pages;
    const roll = random.next();
    if (roll < 0.2) {
      await save(
        'brief',
        'pdf',
        await pdfOf(outgoingLetter(random, Math.min(left, random.int(1, 3))), 0.1, random, measure),
      );
    } else if (roll < 0.35) {
      await save(
        'brief-inkomend',
        'pdf',
        await pdfOf(incomingLetter(random, Math.min(left, random.int(1, 2))), 0.75, random, measure),
      );
    } else if (roll < 0.4) {
      const page = layOut(incomingLetter(random, 1), measure).slice(0, 1);
      await save('scan', 'jpg', {
        bytes: await pageToJpeg(page[0] as LaidOutPage, random),
        pages: page,
        scanned: [true],
      });
    } else if (roll < 0.58) {
      const message = mailMessage(random, Math.min(left, random.int(1, 2)), START);
      await save('email', 'pdf', await pdfOf(message.blocks, 0, random, measure));
    } else if (roll < 0.8) {
      // An .eml: a one-page message with one or two attachments, each its own document once ingested.
      const message = mailMessage(random, 1, START);
      const bodyBlocks = message.bodyBlocks.slice(0, 3).concat(message.bodyBlocks.slice(-1));
      const body = plainText(bodyBlocks);
      const printed = await printMailPages({ ...mailHeaderValues(message), text: body });
      if (printed.length !== 1) continue;
      // The inserted pieces of the headers and the body, all on printed page 1.
      const headerPages = layOut(message.blocks.slice(0, 1).concat(bodyBlocks), measure);
      const headerTruth = headerPages.flatMap((p) => p.inserted);
      const attachments: { name: string; built: Built }[] = [];
      for (let i = 1; i <= random.int(1, 2); i += 1) {
        const attachmentPages = Math.max(1, Math.min(left - 1, random.int(1, 3)));
        const blocks = random.chance(0.5) ? memo(random, attachmentPages) : incomingLetter(random, attachmentPages);
        attachments.push({ name: `bijlage-${i}.pdf`, built: await pdfOf(blocks, 0.4, random, measure) });
      }
      const eml = buildEml({
        ...message,
        ...(message.cc ? { cc: message.cc } : {}),
        messageId: `bench-${options.seed}-${number + 1}@lindewaard.nl`,
        body,
        attachments: attachments.map((a) => ({ name: a.name, bytes: a.built.bytes })),
      });
      const bodyItems: TruthItem[] = headerTruth.map((item) => ({
        file: '',
        page: 1,
        text: item.text,
        kind: item.kind,
        ground: groundOf(item.kind),
        scanned: false,
      }));
      const attachmentItems = attachments.flatMap((a) => truthOf(a.name, a.built));
      await save(
        'email',
        'eml',
        // The printed pages carry no pieces: the message's own office holders are added below, on page 1.
        {
          bytes: new Uint8Array(eml),
          pages: printed.map((page) => ({ ...page, officeHolders: [] })),
          scanned: [false],
        },
        attachmentItems,
        attachments.reduce((total, a) => total + a.built.pages.length, 0),
        attachments.flatMap((a) => officeHoldersOf(a.name, a.built.pages)),
      );
      // The message body's truth belongs to the .eml itself, not to an attachment path.
      const emlFile = truth.files.at(-1)?.file ?? '';
      truth.items.push(...bodyItems.map((item) => ({ ...item, file: emlFile })));
      officeHolders.push(
        ...headerPages.flatMap((p) => p.officeHolders).map((holder) => ({ file: emlFile, page: 1, ...holder })),
      );
      const last = truth.files.at(-1);
      if (last) last.scannedPages = attachments.reduce((n, a) => n + a.built.scanned.filter(Boolean).length, 0);
    } else {
      await save('memo', 'pdf', await pdfOf(memo(random, Math.min(left, random.int(1, 6))), 0.25, random, measure));
    }
  }
  truth.officeHolders = officeHolders;
  await writeFile(join(options.folder, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
  return truth;
}
