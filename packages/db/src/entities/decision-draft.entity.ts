import { defineEntity, p } from '@mikro-orm/core';
import { Case } from './case.entity.js';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { Decision } from './decision.entity.js';
import { User } from './user.entity.js';

/**
 * The decision letter (besluit) while it is being written: the motivation text per exemption ground, edited by the
 * coordinator from the catalogue's standard text. When the decision is taken the draft points to its Decision and is
 * no longer edited; a later deelbesluit gets a new draft.
 */
export const DecisionDraftSchema = defineEntity({
  name: 'DecisionDraft',
  tableName: 'decision_draft',
  properties: {
    id: uuidPrimaryKey(),
    case: () => p.manyToOne(Case).deleteRule('cascade'),
    /** Canonical ground code → the motivation as the letter prints it (only grounds whose text was edited). */
    motivations: p.json<Record<string, string>>(),
    /** Set when the decision was taken with this draft; the draft is then fixed. */
    decision: () => p.manyToOne(Decision).nullable().deleteRule('no action'),
    updatedBy: () => p.manyToOne(User).nullable().deleteRule('set null'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['case'] }],
});

export class DecisionDraft extends DecisionDraftSchema.class {}
DecisionDraftSchema.setClass(DecisionDraft);
