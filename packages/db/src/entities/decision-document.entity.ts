import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { Decision } from './decision.entity.js';
import { Document, documentOutcomes } from './document.entity.js';

/** One line of a decision's inventory: how a document was assessed, and on which grounds. */
export const DecisionDocumentSchema = defineEntity({
  name: 'DecisionDocument',
  tableName: 'decision_document',
  properties: {
    id: uuidPrimaryKey(),
    decision: () => p.manyToOne(Decision).deleteRule('cascade'),
    // A document that is part of a decision cannot be deleted.
    document: () => p.manyToOne(Document).deleteRule('no action'),
    outcome: p.enum(documentOutcomes),
    /** Canonical exemption ground codes. */
    grounds: p.array().default([]),
    explanation: p.text().nullable(),
    alreadyPublicUrl: p.text().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  uniques: [{ properties: ['decision', 'document'] }],
  indexes: [{ properties: ['document'] }],
});

export class DecisionDocument extends DecisionDocumentSchema.class {}
DecisionDocumentSchema.setClass(DecisionDocument);
