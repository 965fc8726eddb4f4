import { defineEntity, p } from '@mikro-orm/core';
import { Organisation } from './organisation.entity.js';

/**
 * The last case number handed out per organisation and year ('WOO-2026-0007' → 7). Numbers are taken with one
 * atomic upsert outside the registering transaction, so concurrent registrations never wait on each other; a
 * registration that fails after taking a number leaves a gap, which a reference may have (it is not a legal count).
 */
export const CaseReferenceCounterSchema = defineEntity({
  name: 'CaseReferenceCounter',
  tableName: 'case_reference_counter',
  properties: {
    organisation: () => p.manyToOne(Organisation).primary().deleteRule('cascade'),
    year: p.integer().primary(),
    lastNumber: p.integer(),
  },
});

export class CaseReferenceCounter extends CaseReferenceCounterSchema.class {}
CaseReferenceCounterSchema.setClass(CaseReferenceCounter);
