import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { Decision } from './decision.entity.js';

export const publicationStatuses = ['pending', 'published', 'withdrawn'] as const;
export type PublicationStatus = (typeof publicationStatuses)[number];

/** The public dossier of a decision (besluit, inventory, redacted documents). */
export const PublicationSchema = defineEntity({
  name: 'Publication',
  tableName: 'publication',
  properties: {
    id: uuidPrimaryKey(),
    decision: () => p.manyToOne(Decision).deleteRule('no action'),
    status: p.enum(publicationStatuses).default('pending'),
    publishedAt: p.datetime().nullable(),
    publicSlug: p.text().unique(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['decision'] }],
});

export class Publication extends PublicationSchema.class {}
PublicationSchema.setClass(Publication);
