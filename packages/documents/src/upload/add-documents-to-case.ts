// The one place where documents join a case's dossier, for uploads and for e-mail attachments alike: next
// document numbers, duplicates marked, and an ingest job per document in the same transaction.
import { LockMode, type RequiredEntityData } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Document } from '@woo/db';
import { documentIngest, enqueueViaOutbox } from '@woo/queue';

/** A file already in the blob store under `blobKey`, to become a document. */
export interface NewDocumentFile {
  /** The id the blob key was made from. */
  id: string;
  blobKey: string;
  originalFilename: string;
  /** From content sniffing. */
  mediaType: string;
  byteSize: number;
  sha256: string;
}

export interface AddDocumentsOptions {
  /** The e-mail these files were attached to: they join its family. */
  parent?: Pick<Document, 'id' | 'familyId'>;
}

/**
 * Adds the files to the case. Must run inside a transaction (the outbox rows and the documents commit together).
 * The case row is locked, so two uploads to one case at the same time number their documents one after the other.
 * A file with the same SHA-256 as an earlier document of the case is a duplicate of the first such document.
 */
export async function addDocumentsToCase(
  tem: EntityManager,
  caseId: string,
  files: readonly NewDocumentFile[],
  options: AddDocumentsOptions = {},
): Promise<Document[]> {
  if (files.length === 0) return [];
  const kase = await tem.findOneOrFail(Case, { id: caseId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  const [highest] = await tem.execute<{ n: number }[]>(
    'select coalesce(max(document_number), 0)::int as n from document where case_id = ?',
    [caseId],
  );
  let documentNumber = highest?.n ?? 0;

  const firstBySha = new Map<string, Document>();
  const earlier = await tem.find(
    Document,
    { case: caseId, sha256: { $in: [...new Set(files.map((file) => file.sha256))] } },
    { orderBy: { documentNumber: 'asc' } },
  );
  for (const document of earlier) if (!firstBySha.has(document.sha256)) firstBySha.set(document.sha256, document);

  const created: Document[] = [];
  for (const file of files) {
    documentNumber += 1;
    const document = tem.create(Document, {
      id: file.id,
      case: kase,
      parent: options.parent?.id ?? null,
      familyId: options.parent?.familyId ?? file.id,
      documentNumber,
      originalFilename: file.originalFilename,
      mediaType: file.mediaType,
      byteSize: file.byteSize,
      sha256: file.sha256,
      blobKey: file.blobKey,
      status: 'uploaded',
      duplicateOf: firstBySha.get(file.sha256) ?? null,
    } as RequiredEntityData<Document>);
    if (!firstBySha.has(file.sha256)) firstBySha.set(file.sha256, document);
    created.push(document);
  }
  await tem.flush();
  for (const document of created) await enqueueViaOutbox(tem, documentIngest, { documentId: document.id });
  return created;
}
