import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import type { PageWord } from '@woo/domain';
import { Document } from './document.entity.js';
import { pageStepStatuses } from './step-status.js';

export { pageStepStatuses, type PageStepStatus } from './step-status.js';

// A stored word is the domain's PageWord: its box in PDF points from the top-left of the page.
export type { PageWord };

/** One page of a document, with the progress of each pipeline step (render, OCR, detect). */
export const PageSchema = defineEntity({
  name: 'Page',
  tableName: 'page',
  properties: {
    id: uuidPrimaryKey(),
    document: () => p.manyToOne(Document).deleteRule('cascade'),
    /** 1-based. */
    pageNumber: p.integer(),
    widthPt: p.double(),
    heightPt: p.double(),
    /** Degrees clockwise: 0, 90, 180 or 270. */
    rotation: p.integer().default(0),
    hasTextLayer: p.boolean().default(false),
    renderStatus: p.enum(pageStepStatuses).default('pending'),
    ocrStatus: p.enum(pageStepStatuses).default('pending'),
    detectStatus: p.enum(pageStepStatuses).default('pending'),
    text: p.text().nullable(),
    words: p.json<PageWord[]>().nullable(),
    /** Why this page could not be read, in words a coordinator can act on. */
    failureReason: p.text().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  uniques: [{ properties: ['document', 'pageNumber'] }],
});

export class Page extends PageSchema.class {}
PageSchema.setClass(Page);
