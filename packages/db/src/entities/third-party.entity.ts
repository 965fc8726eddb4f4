import { defineEntity, p } from '@mikro-orm/core';
import { Case } from './case.entity.js';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';

/** A belanghebbende asked for a zienswijze (Woo 4.4(3), Awb 4:8) on documents that concern them. */
export const ThirdPartySchema = defineEntity({
  name: 'ThirdParty',
  tableName: 'third_party',
  properties: {
    id: uuidPrimaryKey(),
    case: () => p.manyToOne(Case).deleteRule('cascade'),
    name: p.text(),
    email: p.text().nullable(),
    postalAddress: p.text().nullable(),
    /** SHA-256 (hex) of the token in the link the third party uses to answer; never the token. */
    accessTokenHash: p.character().length(64).nullable().unique(),
    zienswijzeAskedOn: p.date(),
    periodEndsOn: p.date(),
    viewReceivedOn: p.date().nullable(),
    objected: p.boolean().nullable(),
    /** The zienswijze itself. */
    view: p.text().nullable(),
    /** How the third party wants to be reached about their view (given with it, in their words). */
    viewContact: p.text().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['case'] }],
});

export class ThirdParty extends ThirdPartySchema.class {}
ThirdPartySchema.setClass(ThirdParty);
