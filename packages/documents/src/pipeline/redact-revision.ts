// Step 6 (DESIGN §4): the burn-in of one review revision. The public version is stored under a key of its own
// revision but NOT yet published: only the leak gate (verifyRevision) sets publicBlobKey. When done, the leak gate is
// enqueued in the same transaction, so it never runs before the file it checks exists.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '@woo/db';
import { defaultDocumentLimits, redactDocument, type DocumentLimits, type PageOcr } from '@woo/pdf';
import { documentVerify, enqueueViaOutbox } from '@woo/queue';
import type { BlobStore } from '@woo/storage';
import { publicVersionBlobKey } from './pipeline-blob-keys.js';
import { loadRedactionInput } from './redaction-input.js';

export interface RedactionDeps {
  blobs: BlobStore;
  /** OCR of the REDACTED image, for pages that have no words of their own. */
  ocr?: PageOcr;
  limits?: DocumentLimits;
}

export interface RevisionJob {
  documentId: string;
  revision: number;
}

export type RevisionSkipReason = 'document_not_found' | 'stale_revision' | 'withheld';

export type RedactRevisionResult =
  | { status: 'done'; documentId: string; revision: number; regions: number; pages: number; removedWords: number }
  | { status: 'skipped'; documentId: string; revision: number; reason: RevisionSkipReason };

/** Why a revision job should not run: the review changed since, or the document is withheld as a whole. */
export function revisionSkipReason(document: Document | null, revision: number): RevisionSkipReason | null {
  if (!document) return 'document_not_found';
  if (document.reviewRevision !== revision) return 'stale_revision';
  // Niet openbaar: the whole document is withheld; there is nothing to redact or publish.
  if (document.outcome === 'niet_openbaar') return 'withheld';
  return null;
}

export async function redactRevision(
  em: EntityManager,
  deps: RedactionDeps,
  { documentId, revision }: RevisionJob,
): Promise<RedactRevisionResult> {
  const document = await em.findOne(Document, documentId);
  const skip = revisionSkipReason(document, revision);
  if (skip === 'withheld') await recordWithheld(em, documentId, revision);
  if (skip || !document) return { status: 'skipped', documentId, revision, reason: skip ?? 'document_not_found' };

  await em.nativeUpdate(
    Document,
    { id: documentId, reviewRevision: revision },
    { updatedAt: new Date(), redactStatus: 'running' },
  );
  const input = await loadRedactionInput(em, documentId);
  const original = await deps.blobs.get(document.blobKey);
  const result = await redactDocument(original, input.regions, {
    originalWords: input.originalWords,
    limits: deps.limits ?? defaultDocumentLimits,
    ...(deps.ocr ? { ocrPool: deps.ocr } : {}),
  });
  await deps.blobs.put(publicVersionBlobKey(documentId, revision), result.pdf);

  const current = await em.transactional(async (tem) => {
    // Only while the review still is at this revision; a newer one has its own job.
    const changed = await tem.nativeUpdate(
      Document,
      { id: documentId, reviewRevision: revision },
      {
        updatedAt: new Date(),
        redactStatus: 'done',
        redactedRevision: revision,
        publicBlobKey: null,
        leakGatePassed: null,
        leakReport: null,
      },
    );
    if (changed > 0) await enqueueViaOutbox(tem, documentVerify, { documentId, revision });
    return changed > 0;
  });
  if (!current) return { status: 'skipped', documentId, revision, reason: 'stale_revision' };
  return {
    status: 'done',
    documentId,
    revision,
    regions: input.regions.length,
    pages: result.pages.length,
    removedWords: result.removedWords.length,
  };
}

/** Recorded as handled, without a public version: publication shows the document as withheld. */
async function recordWithheld(em: EntityManager, documentId: string, revision: number): Promise<void> {
  await em.nativeUpdate(
    Document,
    { id: documentId, reviewRevision: revision },
    {
      updatedAt: new Date(),
      redactStatus: 'done',
      redactedRevision: revision,
      publicBlobKey: null,
      leakGatePassed: null,
      leakReport: null,
    },
  );
}
