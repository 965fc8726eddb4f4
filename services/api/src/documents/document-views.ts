// Documents as the API shows them: summaries for the case's list, the detail with its pages and attachments.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, Page } from '@woo/db';
import type { z } from 'zod';
import type { documentDetailSchema, documentSummarySchema, uploadedDocumentSchema } from './document.schemas.js';
import { emptyProgress, pageProgressOf, type PageProgress } from './page-progress.js';
import { regionsPerGroundOf, type GroundCount } from './regions-per-ground.js';

type UploadedDocument = z.infer<typeof uploadedDocumentSchema>;
type DocumentSummary = z.infer<typeof documentSummarySchema>;
type DocumentDetail = z.infer<typeof documentDetailSchema>;

const refOf = (document: Document | null | undefined) =>
  document ? { id: document.id, documentNumber: document.documentNumber } : null;

export function uploadedDocumentView(document: Document): UploadedDocument {
  return {
    id: document.id,
    documentNumber: document.documentNumber,
    filename: document.originalFilename,
    mediaType: document.mediaType,
    byteSize: Number(document.byteSize),
    status: document.status,
    duplicateOf: refOf(document.duplicateOf),
  };
}

function summaryOf(document: Document, progress: PageProgress, regionsPerGround: GroundCount[]): DocumentSummary {
  return {
    ...uploadedDocumentView(document),
    sha256: document.sha256,
    failureReason: document.failureReason ?? null,
    pageCount: document.pageCount ?? null,
    familyId: document.familyId,
    parent: refOf(document.parent),
    progress,
    detectStatus: document.detectStatus,
    reviewStatus: document.reviewStatus,
    redactStatus: document.redactStatus,
    regionsPerGround,
    leakGatePassed: document.leakGatePassed ?? null,
    createdAt: document.createdAt.toISOString(),
  };
}

/** Every document of the case in inventory order, with its page progress. */
export async function listCaseDocuments(em: EntityManager, caseId: string): Promise<{ documents: DocumentSummary[] }> {
  const documents = await em.find(
    Document,
    { case: caseId },
    { orderBy: { documentNumber: 'asc' }, populate: ['parent', 'duplicateOf'] },
  );
  const ids = documents.map((document) => document.id);
  const progress = await pageProgressOf(em, ids);
  const grounds = await regionsPerGroundOf(em, ids);
  return {
    documents: documents.map((document) =>
      summaryOf(document, progress.get(document.id) ?? emptyProgress(), grounds.get(document.id) ?? []),
    ),
  };
}

export async function documentDetail(em: EntityManager, document: Document): Promise<DocumentDetail> {
  const progress = await pageProgressOf(em, [document.id]);
  const grounds = await regionsPerGroundOf(em, [document.id]);
  const pages = await em.find(Page, { document: document.id }, { orderBy: { pageNumber: 'asc' } });
  const attachments = await em.find(Document, { parent: document.id }, { orderBy: { documentNumber: 'asc' } });
  return {
    ...summaryOf(document, progress.get(document.id) ?? emptyProgress(), grounds.get(document.id) ?? []),
    caseId: document.case.id,
    leakReport:
      document.leakReport?.map((leak) => ({
        route: leak.route,
        ...(leak.kind === undefined ? {} : { kind: leak.kind }),
        ...(leak.page === undefined ? {} : { page: leak.page }),
        ...(leak.regionId === undefined ? {} : { regionId: leak.regionId }),
      })) ?? null,
    attachments: attachments.map((attachment) => ({
      id: attachment.id,
      documentNumber: attachment.documentNumber,
      filename: attachment.originalFilename,
      status: attachment.status,
    })),
    pages: pages.map((page) => ({
      id: page.id,
      pageNumber: page.pageNumber,
      widthPt: Number(page.widthPt),
      heightPt: Number(page.heightPt),
      rotation: page.rotation,
      hasTextLayer: page.hasTextLayer,
      renderStatus: page.renderStatus,
      ocrStatus: page.ocrStatus,
      detectStatus: page.detectStatus,
      failureReason: page.failureReason ?? null,
    })),
  };
}
