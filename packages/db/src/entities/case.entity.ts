import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

export const caseChannels = ['web', 'email', 'letter', 'phone'] as const;
export type CaseChannel = (typeof caseChannels)[number];

/**
 * A Woo request. `status` is the case state machine's state (owned by @woo/domain, so plain text here);
 * `deadline` and `firstContactDue` are cached results of the domain clock, kept for sorting and filtering
 * and recomputed from the events whenever they change.
 */
export const CaseSchema = defineEntity({
  name: 'Case',
  // `case` is an SQL keyword.
  tableName: 'woo_case',
  properties: {
    id: uuidPrimaryKey(),
    organisation: () => p.manyToOne(Organisation).deleteRule('no action'),
    /** Human reference, unique per organisation, e.g. 'WOO-2026-0001'. */
    reference: p.text(),
    /** SHA-256 (hex) of the requester's tracking code; the code itself is never stored. */
    trackingCodeHash: p.character().length(64).unique(),
    status: p.text(),
    channel: p.enum(caseChannels),
    receivedOn: p.date(),
    question: p.text(),
    requestedPeriod: p.text().nullable(),
    subjects: p.array().default([]),
    /** Form the requester prefers to receive information in (e.g. 'digital', 'paper'). */
    preferredForm: p.text(),
    requesterName: p.text(),
    requesterEmail: p.text().nullable(),
    requesterPhone: p.text().nullable(),
    requesterPostalAddress: p.text().nullable(),
    consentToPhone: p.boolean().default(false),
    assignedTo: () => p.manyToOne(User).nullable().deleteRule('set null'),
    /** Verdaging (Woo 4.4(2)) used. */
    extended: p.boolean().default(false),
    deadline: p.date(),
    firstContactDue: p.date(),
    decidedOn: p.date().nullable(),
    closedOn: p.date().nullable(),
    version: p.integer().version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  uniques: [{ properties: ['organisation', 'reference'] }],
  indexes: [{ properties: ['organisation', 'status'] }, { properties: ['deadline'] }, { properties: ['assignedTo'] }],
});

export class Case extends CaseSchema.class {}
CaseSchema.setClass(Case);
