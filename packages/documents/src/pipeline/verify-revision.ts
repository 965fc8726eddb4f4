// Step 7 (DESIGN §4), the leak gate: the public version of one revision is read as an attacker would; only when
// nothing redacted survives does the document get its publicBlobKey. The report keeps routes, pages and the region
// behind a region-derived leak, never the leaked text itself.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document } from '@woo/db';
import { defaultDocumentLimits, verifyRedaction } from '@woo/pdf';
import { publicVersionBlobKey } from './pipeline-blob-keys.js';
import type { RedactionDeps, RevisionJob, RevisionSkipReason } from './redact-revision.js';
import { revisionSkipReason } from './redact-revision.js';
import { loadRedactionInput } from './redaction-input.js';

export type VerifyRevisionResult =
  | { status: 'done'; documentId: string; revision: number; passed: boolean; leaks: number }
  | { status: 'skipped'; documentId: string; revision: number; reason: RevisionSkipReason };

/** The redaction of this revision has not been stored yet: retried later (it never happens in order of the jobs). */
export class RedactionNotReadyError extends Error {
  override readonly name = 'RedactionNotReadyError';
}

export async function verifyRevision(
  em: EntityManager,
  deps: Pick<RedactionDeps, 'blobs' | 'limits'>,
  { documentId, revision }: RevisionJob,
): Promise<VerifyRevisionResult> {
  const document = await em.findOne(Document, documentId);
  const skip = revisionSkipReason(document, revision);
  if (skip || !document) return { status: 'skipped', documentId, revision, reason: skip ?? 'document_not_found' };
  if (document.redactedRevision !== revision || document.redactStatus !== 'done') {
    throw new RedactionNotReadyError(`revision ${revision} of document ${documentId} is not redacted yet`);
  }

  const key = publicVersionBlobKey(documentId, revision);
  const input = await loadRedactionInput(em, documentId);
  const [original, publicPdf] = await Promise.all([deps.blobs.get(document.blobKey), deps.blobs.get(key)]);
  const result = await verifyRedaction(publicPdf, {
    original,
    regions: input.regions,
    detectedIdentifiers: input.identifiers,
    originalFileName: document.originalFilename,
    originalWords: input.originalWords,
    limits: deps.limits ?? defaultDocumentLimits,
  });
  const leakReport = result.leaks.map((leak) => ({
    route: leak.route,
    kind: leak.kind,
    ...(leak.page === undefined ? {} : { page: leak.page }),
    // The region behind a leak of its text, its words or its paint: the review screen points at it.
    ...(leak.regionId === undefined ? {} : { regionId: leak.regionId }),
  }));
  const changed = await em.nativeUpdate(
    Document,
    { id: documentId, reviewRevision: revision, redactedRevision: revision },
    {
      updatedAt: new Date(),
      leakGatePassed: result.passed,
      leakReport,
      // A failed gate leaves nothing to publish.
      publicBlobKey: result.passed ? key : null,
      redactStatus: result.passed ? 'done' : 'failed',
    },
  );
  if (changed === 0) return { status: 'skipped', documentId, revision, reason: 'stale_revision' };
  return { status: 'done', documentId, revision, passed: result.passed, leaks: result.leaks.length };
}
