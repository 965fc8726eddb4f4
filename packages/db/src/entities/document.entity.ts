import { defineEntity, p } from '@mikro-orm/core';
import { documentOutcomes } from '@woo/domain';
import { Case } from './case.entity.js';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { pageStepStatuses } from './step-status.js';
import { User } from './user.entity.js';

export const documentStatuses = ['uploaded', 'processing', 'ready', 'failed'] as const;
export type DocumentStatus = (typeof documentStatuses)[number];

// Assessment of a document in a decision (beoordeling): the domain's outcomes, one list for the schema, the API and
// the review.
export { documentOutcomes, type DocumentOutcome } from '@woo/domain';

/** Review of a document's regions: a coordinator works on it, submits it, and a second reviewer approves it. */
export const documentReviewStatuses = ['open', 'submitted', 'approved'] as const;
export type DocumentReviewStatus = (typeof documentReviewStatuses)[number];

/**
 * A file in a case's dossier. Duplicates (same sha256 in one case) are stored and marked with `duplicateOf`,
 * not refused, so (case, sha256) is indexed but not unique. An e-mail attachment points to its e-mail through
 * `parent`; the whole thread shares `familyId`.
 */
export const DocumentSchema = defineEntity({
  name: 'Document',
  tableName: 'document',
  properties: {
    id: uuidPrimaryKey(),
    case: () => p.manyToOne(Case).deleteRule('cascade'),
    parent: () => p.manyToOne(DocumentSchema).nullable().deleteRule('cascade'),
    familyId: p.uuid(),
    /** Documentnummer in the inventory, numbered per case. */
    documentNumber: p.integer(),
    originalFilename: p.text(),
    mediaType: p.text(),
    byteSize: p.bigint('number'),
    sha256: p.character().length(64),
    blobKey: p.text(),
    status: p.enum(documentStatuses).default('uploaded'),
    /** Why processing failed, in words a coordinator can act on. */
    failureReason: p.text().nullable(),
    duplicateOf: () => p.manyToOne(DocumentSchema).nullable().deleteRule('set null'),
    pageCount: p.integer().nullable(),
    documentDate: p.date().nullable(),
    description: p.text().nullable(),
    outcome: p.enum(documentOutcomes).nullable(),
    alreadyPublicUrl: p.text().nullable(),
    /** Detection over all pages (the flow with one child per ground). */
    detectStatus: p.enum(pageStepStatuses).default('pending'),
    reviewStatus: p.enum(documentReviewStatuses).default('open'),
    /** Goes up with every change to the regions; redaction and the leak gate work on one revision. */
    reviewRevision: p.integer().default(0),
    reviewSubmittedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    reviewApprovedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    redactStatus: p.enum(pageStepStatuses).default('pending'),
    /** The review revision the public version was made from. */
    redactedRevision: p.integer().nullable(),
    /** The redacted, verified public version. */
    publicBlobKey: p.text().nullable(),
    /** Result of the leak gate on the public version; null until verified. */
    leakGatePassed: p.boolean().nullable(),
    /**
     * What the leak gate found (routes, pages and the region behind a region-derived leak; the leaked text itself is
     * not stored).
     */
    leakReport: p.json<{ route: string; page?: number; kind?: string; regionId?: string }[]>().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  uniques: [{ properties: ['case', 'documentNumber'] }],
  indexes: [{ properties: ['case', 'sha256'] }, { properties: ['parent'] }, { properties: ['familyId'] }],
});

export class Document extends DocumentSchema.class {}
DocumentSchema.setClass(Document);
