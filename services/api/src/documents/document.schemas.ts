// What the document routes answer: the upload result, the case's document list with progress, one document with
// the progress of each page.
import { z } from 'zod';
import { documentStatuses, documentReviewStatuses, pageStepStatuses } from '@woo/db';
import { bilingualSchema } from '../http/common.schemas.js';

const stepStatusSchema = z.enum(pageStepStatuses);
const stepCountsSchema = z.object({ pending: z.number(), running: z.number(), done: z.number(), failed: z.number() });

export const documentRefSchema = z.object({ id: z.uuid(), documentNumber: z.number().int() });

export const uploadedDocumentSchema = z.object({
  id: z.uuid(),
  documentNumber: z.number().int(),
  filename: z.string(),
  mediaType: z.string().meta({ description: 'Decided from the content, not from the name' }),
  byteSize: z.number().int(),
  status: z.enum(documentStatuses),
  duplicateOf: documentRefSchema.nullable(),
});

/** The upload's multipart body, for the OpenAPI document (the route streams it itself). */
export const uploadRequestSchema = z.object({
  files: z
    .array(z.string().meta({ contentMediaType: 'application/octet-stream' }))
    .min(1)
    .meta({
      description:
        'One or more files (PDF, image, e-mail .eml), each a part with its file name; any field name is accepted',
    }),
});

export const uploadResponseSchema = z.object({
  documents: z.array(uploadedDocumentSchema),
  rejected: z.array(
    z.object({
      filename: z.string(),
      code: z.enum(['upload.too_large', 'upload.too_many_files', 'upload.empty']),
      reason: bilingualSchema,
    }),
  ),
});

export const documentSummarySchema = uploadedDocumentSchema.extend({
  sha256: z.string(),
  failureReason: z.string().nullable().meta({ description: 'Why processing failed, in Dutch' }),
  pageCount: z.number().int().nullable(),
  familyId: z.uuid(),
  parent: documentRefSchema.nullable().meta({ description: 'The e-mail this document was attached to' }),
  progress: z.object({
    pages: z.number().int(),
    textLayer: z.number().int().meta({ description: 'Pages read from their own text layer (the others need OCR)' }),
    render: stepCountsSchema,
    ocr: stepCountsSchema,
    detect: stepCountsSchema,
  }),
  detectStatus: stepStatusSchema,
  reviewStatus: z.enum(documentReviewStatuses),
  redactStatus: stepStatusSchema,
  regionsPerGround: z.array(z.object({ ground: z.string(), regions: z.number().int() })).meta({
    description:
      'What detection found, per exemption ground code (regions proposed, whatever the review decided since)',
  }),
  leakGatePassed: z
    .boolean()
    .nullable()
    .meta({ description: 'Whether the public version passed the leak gate; null until it was verified' }),
  createdAt: z.string().meta({ format: 'date-time' }),
});

export const documentListSchema = z.object({
  documents: z.array(documentSummarySchema),
  uploadLimits: z
    .object({ maxFileBytes: z.number().int(), maxFiles: z.number().int() })
    .meta({ description: 'What an upload may hold: the browser refuses a larger file before sending it' }),
});

export const leakReportSchema = z
  .array(
    z.object({
      route: z.string().meta({ description: "Where it was found: 'text-layer', 'pixels', 'info', 'file-bytes' …" }),
      kind: z
        .string()
        .optional()
        .meta({ description: "What it was: 'region-text', 'region-words', 'identifier', 'metadata', 'unpainted' …" }),
      page: z.number().int().optional(),
      regionId: z
        .uuid()
        .optional()
        .meta({ description: 'The region whose text, words or paint leaked, when the leak comes from one' }),
    }),
  )
  .nullable()
  .meta({
    description:
      'What the leak gate found on the last verified revision (never the leaked text itself); null until verified',
  });

export const documentDetailSchema = documentSummarySchema.extend({
  caseId: z.uuid(),
  leakReport: leakReportSchema,
  attachments: z.array(documentRefSchema.extend({ filename: z.string(), status: z.enum(documentStatuses) })),
  pages: z.array(
    z.object({
      id: z.uuid(),
      pageNumber: z.number().int(),
      widthPt: z.number(),
      heightPt: z.number(),
      rotation: z.number().int(),
      hasTextLayer: z.boolean(),
      renderStatus: stepStatusSchema,
      ocrStatus: stepStatusSchema,
      detectStatus: stepStatusSchema,
      failureReason: z.string().nullable(),
    }),
  ),
});

/** The original file, as uploaded. */
export const originalFileSchema = z.string().meta({ format: 'binary' });
