// Documents of a case (DESIGN §4 step 1): upload (multipart, streamed to the blob store), the case's list with the
// progress of every step, one document with the progress of each page, and the original file. The ingest worker
// does the rest; these routes only store, register and show.
import { addDocumentsToCase } from '@woo/documents';
import type { ApiContext } from '../api-context.js';
import { findStaffCase } from '../cases/case-lookup.js';
import { idParamsSchema } from '../http/common.schemas.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { findStaffDocument } from './document-lookup.js';
import { documentDetail, listCaseDocuments, uploadedDocumentView } from './document-views.js';
import {
  documentDetailSchema,
  documentListSchema,
  originalFileSchema,
  uploadRequestSchema,
  uploadResponseSchema,
} from './document.schemas.js';
import { receiveUpload } from './receive-upload.js';
import { sendOriginal } from './send-original.js';
import { noFiles } from './upload-errors.js';

const tag = 'documents';

export function documentRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const documents = ctx.documents;
  if (!documents) return [];
  const { blobs, uploadLimits } = documents;

  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/cases/:id/documents',
      summary:
        'Upload one or more files (multipart/form-data) to a case. Each file is streamed to the blob store, typed ' +
        'by its content, hashed and marked as a duplicate of an identical earlier document; ingest follows. A file ' +
        'over the size limit, an empty file or one too many is refused on its own, with a reason.',
      tag,
      access: { kind: 'staff', permission: 'document.upload' },
      params: idParamsSchema,
      streamedBody: { mediaType: 'multipart/form-data', schema: uploadRequestSchema },
      response: uploadResponseSchema,
      status: 201,
      handle: async ({ params, req, staff }) => {
        // The case first: nothing of a request for a case of another organisation is stored.
        const kase = await findStaffCase(ctx.orm.em.fork(), staff!, params.id);
        const upload = await receiveUpload(req, blobs, uploadLimits);
        if (upload.files.length === 0 && upload.rejected.length === 0) throw noFiles();
        try {
          const created = await ctx.orm.em.fork().transactional((tem) =>
            addDocumentsToCase(
              tem,
              kase.id,
              upload.files.map(({ filename, stored }) => ({
                id: stored.documentId,
                blobKey: stored.blobKey,
                originalFilename: filename,
                mediaType: stored.detected.mediaType,
                byteSize: stored.byteSize,
                sha256: stored.sha256,
              })),
            ),
          );
          ctx.logger.info({ caseId: kase.id, documents: created.length, rejected: upload.rejected.length }, 'upload');
          return { documents: created.map(uploadedDocumentView), rejected: upload.rejected };
        } catch (error) {
          await Promise.allSettled(upload.files.map((file) => blobs.delete(file.stored.blobKey)));
          throw error;
        }
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/cases/:id/documents',
      summary:
        'The documents of a case in inventory order: status, failure reason, duplicate and e-mail links, and how ' +
        'many pages are pending, running, done or failed in each step (render, OCR, detect).',
      tag,
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: documentListSchema,
      handle: async ({ params, staff }) => {
        const em = ctx.orm.em.fork();
        const kase = await findStaffCase(em, staff!, params.id);
        return { ...(await listCaseDocuments(em, kase.id)), uploadLimits };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/documents/:id',
      summary: 'One document with the progress of each page (render, OCR, detect) and its attachments.',
      tag,
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: documentDetailSchema,
      handle: async ({ params, staff }) => {
        const em = ctx.orm.em.fork();
        return documentDetail(em, await findStaffDocument(em, staff!, params.id));
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/documents/:id/original',
      summary: 'The original file as it was uploaded (for an e-mail: the .eml), as a download.',
      tag,
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: originalFileSchema,
      handle: async ({ params, staff, res }) => {
        const document = await findStaffDocument(ctx.orm.em.fork(), staff!, params.id);
        await sendOriginal(res, blobs, document);
      },
    }),
  ];
}
