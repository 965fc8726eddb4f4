import { defineEntity, p } from '@mikro-orm/core';
import { Case } from './case.entity.js';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { User } from './user.entity.js';

export const contactChannels = ['phone', 'email', 'meeting', 'video', 'letter'] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const contactOutcomes = [
  'withdrawn',
  'answered_informally',
  'pointed_to_public',
  'narrowed',
  'continues_formally',
  'forwarded',
] as const;
export type ContactOutcome = (typeof contactOutcomes)[number];

/** What coordinator and requester agreed the request is about. */
export interface AgreedScope {
  subjects: string[];
  period: string | null;
  documentTypes: string[];
  custodians: string[];
  notes: string | null;
}

/** One contact of the informal approach, recorded as data so the dashboard can report on it. */
export const ContactMomentSchema = defineEntity({
  name: 'ContactMoment',
  tableName: 'contact_moment',
  properties: {
    id: uuidPrimaryKey(),
    case: () => p.manyToOne(Case).deleteRule('cascade'),
    occurredOn: p.date(),
    channel: p.enum(contactChannels),
    contactedBy: () => p.manyToOne(User).deleteRule('no action'),
    /** Who was spoken to (the requester or their representative). */
    contactPerson: p.text(),
    agreedScope: p.json<AgreedScope>(),
    outcome: p.enum(contactOutcomes),
    /** Written consent to delay: suspends the term (Awb 4:15(2)(a)). */
    writtenConsentToDelay: p.boolean().default(false),
    confirmationSentAt: p.datetime().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['case'] }],
});

export class ContactMoment extends ContactMomentSchema.class {}
ContactMomentSchema.setClass(ContactMoment);
