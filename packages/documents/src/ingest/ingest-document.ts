// Step 1 of the pipeline (DESIGN §4): type by content, limits, pages recorded, e-mail attachments split off. The
// work on bytes happens first, outside any transaction; then one transaction claims the document (uploaded →
// processing), writes its pages, its attachments and their jobs. A file that cannot be read fails that document
// with a reason the coordinator reads, and the job ends normally: nothing to retry.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, Page, uuidV7 } from '@woo/db';
import { detectFileType, documentReadErrors, isDocumentReadError, type DocumentReadErrorCode } from '@woo/pdf';
import { enqueueViaOutbox, pageProcess } from '@woo/queue';
import { addDocumentsToCase, type NewDocumentFile } from '../upload/add-documents-to-case.js';
import { workingBlobKey } from '../upload/document-blob-keys.js';
import { cleanOriginalFilename } from '../upload/original-filename.js';
import { storeOriginal } from '../upload/store-original.js';
import { emailReadErrors } from './email/email-read-errors.js';
import { parseEmail, type EmailAttachment } from './email/parse-email.js';
import { renderEmailPdf } from './email/render-email-pdf.js';
import { emailDepth } from './email-depth.js';
import type { IngestDeps } from './ingest-deps.js';
import { readPageSizes, type PageSize } from './read-page-sizes.js';

/** Kept in Redis as the job's return value: statuses, codes and counts only. */
export type IngestResult =
  | { status: 'skipped'; reason: 'not_found' | 'already_ingested' }
  | { status: 'processing'; pages: number; attachments: number }
  | { status: 'failed'; code: DocumentReadErrorCode };

interface IngestPlan {
  pages: PageSize[];
  /** A PDF made from the original (an e-mail), stored as the working version. */
  workingPdf: Uint8Array | null;
  attachments: EmailAttachment[];
}

async function planIngest(em: EntityManager, document: Document, bytes: Buffer, deps: IngestDeps) {
  const { limits } = deps;
  if (bytes.length === 0) throw documentReadErrors.empty();
  if (bytes.length > limits.maxBytes) throw documentReadErrors.tooLarge(bytes.length, limits.maxBytes);
  if (detectFileType(bytes).kind !== 'eml') {
    const pages = await readPageSizes(bytes, limits, document.originalFilename);
    return { pages, workingPdf: null, attachments: [] } satisfies IngestPlan;
  }
  const depth = await emailDepth(em, document, deps.maxEmailDepth);
  if (depth > deps.maxEmailDepth) throw emailReadErrors.nestedTooDeep(depth, deps.maxEmailDepth);
  const email = await parseEmail(bytes);
  const workingPdf = await renderEmailPdf(email);
  const pages = await readPageSizes(workingPdf, limits, undefined);
  return { pages, workingPdf, attachments: email.attachments } satisfies IngestPlan;
}

/** Marks the document failed, unless another run already moved it on. */
async function failDocument(em: EntityManager, documentId: string, reason: string): Promise<void> {
  await em.nativeUpdate(
    Document,
    { id: documentId, status: 'uploaded' },
    { status: 'failed', failureReason: reason, updatedAt: new Date() },
  );
}

/**
 * Ingests one document. Idempotent: only a document still 'uploaded' is ingested, and the claim is a conditional
 * update inside the transaction that writes the pages and attachments, so a second run (or two at once) creates
 * nothing twice. Unexpected errors (database, blob store) are thrown, so the job is retried.
 */
export async function ingestDocument(em: EntityManager, deps: IngestDeps, documentId: string): Promise<IngestResult> {
  const document = await em.findOne(Document, { id: documentId });
  if (!document) return { status: 'skipped', reason: 'not_found' };
  if (document.status !== 'uploaded') return { status: 'skipped', reason: 'already_ingested' };

  const bytes = await deps.blobs.get(document.blobKey);
  let plan: IngestPlan;
  try {
    plan = await planIngest(em, document, bytes, deps);
  } catch (error) {
    if (!isDocumentReadError(error)) throw error;
    await failDocument(em, documentId, error.nl);
    return { status: 'failed', code: error.code };
  }

  // Bytes go to the blob store before the transaction, under keys made from ids; a run that stops here leaves
  // at most blobs nobody points to, never a row pointing to a missing blob.
  const blobKey = plan.workingPdf ? workingBlobKey(documentId) : document.blobKey;
  if (plan.workingPdf) await deps.blobs.put(blobKey, plan.workingPdf);
  const attachmentFiles: NewDocumentFile[] = [];
  for (const [index, attachment] of plan.attachments.entries()) {
    const stored = await storeOriginal(deps.blobs, uuidV7(), attachment.content);
    attachmentFiles.push({
      id: stored.documentId,
      blobKey: stored.blobKey,
      originalFilename: cleanOriginalFilename(attachment.filename, `bijlage-${index + 1}`),
      mediaType: stored.detected.mediaType,
      byteSize: stored.byteSize,
      sha256: stored.sha256,
    });
  }

  const claimed = await em.transactional(async (tem) => {
    const updated = await tem.nativeUpdate(
      Document,
      { id: documentId, status: 'uploaded' },
      { status: 'processing', pageCount: plan.pages.length, blobKey, failureReason: null, updatedAt: new Date() },
    );
    if (updated === 0) return false;
    const pages = plan.pages.map((size) => tem.create(Page, { document: documentId, ...size }));
    await tem.flush();
    for (const page of pages) await enqueueViaOutbox(tem, pageProcess, { pageId: page.id });
    await addDocumentsToCase(tem, document.case.id, attachmentFiles, { parent: document });
    return true;
  });

  if (!claimed) {
    // Another run got there first; the attachments it made are the ones that count.
    await Promise.all(attachmentFiles.map((file) => deps.blobs.delete(file.blobKey)));
    return { status: 'skipped', reason: 'already_ingested' };
  }
  return { status: 'processing', pages: plan.pages.length, attachments: attachmentFiles.length };
}
