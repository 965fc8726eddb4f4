import { defineEntity, p } from '@mikro-orm/core';
import { decisionOutcomes } from '@woo/domain';
import { Case } from './case.entity.js';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';

// The outcomes are the domain's: one list for the schema, the API and the letter.
export { decisionOutcomes, type DecisionOutcome } from '@woo/domain';

/** A (partial) decision on a case: a case can be decided in parts (deelbesluiten), numbered by `sequence`. */
export const DecisionSchema = defineEntity({
  name: 'Decision',
  tableName: 'decision',
  properties: {
    id: uuidPrimaryKey(),
    // A decision is a legal record: deleting its case must not silently take it along.
    case: () => p.manyToOne(Case).deleteRule('no action'),
    sequence: p.integer(),
    decidedOn: p.date(),
    outcome: p.enum(decisionOutcomes),
    letterBlobKey: p.text().nullable(),
    /** Disclosure waits until this date when a third party is expected to object (Woo 4.4(5)). */
    disclosureHoldUntil: p.date().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  uniques: [{ properties: ['case', 'sequence'] }],
});

export class Decision extends DecisionSchema.class {}
DecisionSchema.setClass(Decision);
