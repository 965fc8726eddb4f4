import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { Document } from './document.entity.js';
import { Page } from './page.entity.js';
import { User } from './user.entity.js';

export const regionStatuses = ['proposed', 'accepted', 'rejected'] as const;
export type RegionStatus = (typeof regionStatuses)[number];

export const regionOrigins = ['detected', 'manual'] as const;
export type RegionOrigin = (typeof regionOrigins)[number];

/**
 * A rectangle to redact, in PDF points from the top-left of the page, with the exemption ground printed in it.
 * `dedupKey` (unique per document) lets a re-run of detection upsert instead of adding the same region twice.
 */
export const RedactionRegionSchema = defineEntity({
  name: 'RedactionRegion',
  tableName: 'redaction_region',
  properties: {
    id: uuidPrimaryKey(),
    document: () => p.manyToOne(Document).deleteRule('cascade'),
    page: () => p.manyToOne(Page).deleteRule('cascade'),
    x: p.double(),
    y: p.double(),
    width: p.double(),
    height: p.double(),
    /** The text under the region, for review and the leak gate. */
    text: p.text().nullable(),
    /** Canonical exemption ground code, e.g. '5.1.2e'. */
    ground: p.text(),
    /** Which recogniser proposed it ('bsn', 'email', …) or 'manual'. */
    recogniser: p.text(),
    confidence: p.double(),
    status: p.enum(regionStatuses).default('proposed'),
    origin: p.enum(regionOrigins),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    reviewedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    dedupKey: p.text(),
    /**
     * Pieces of one finding that runs over several lines (one region per line) share a group: the key detection gave
     * the pieces it cut from one span (Finding.pieceOf). The leak gate searches their joined text strictly and each
     * piece only like a covered word.
     */
    findingGroup: p.text().nullable(),
    /**
     * The reviewer's decision that where this region's text also stands openly elsewhere in the document, that is
     * another person (a namesake: "Geachte mevrouw Meindertsma" redacted, "Minister Meindertsma" open). Set when
     * `namesakeAt` is; the leak gate then searches the region's own text only where the original did not show it
     * openly. Never on a structured identifier (BSN, IBAN, e-mail …).
     */
    namesakeBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    namesakeAt: p.datetime().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  uniques: [{ properties: ['document', 'dedupKey'] }],
  indexes: [{ properties: ['page'] }],
});

export class RedactionRegion extends RedactionRegionSchema.class {}
RedactionRegionSchema.setClass(RedactionRegion);
