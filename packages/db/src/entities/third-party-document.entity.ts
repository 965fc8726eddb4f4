import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, uuidPrimaryKey } from './common-properties.js';
import { Document } from './document.entity.js';
import { ThirdParty } from './third-party.entity.js';

/**
 * A document that concerns a third party: the coordinator picks them when asking the zienswijze. The third party sees
 * these documents, and only these, with the proposed redactions burnt in.
 */
export const ThirdPartyDocumentSchema = defineEntity({
  name: 'ThirdPartyDocument',
  tableName: 'third_party_document',
  properties: {
    id: uuidPrimaryKey(),
    thirdParty: () => p.manyToOne(ThirdParty).deleteRule('cascade'),
    document: () => p.manyToOne(Document).deleteRule('cascade'),
    createdAt: createdAt(),
  },
  uniques: [{ properties: ['thirdParty', 'document'] }],
  indexes: [{ properties: ['document'] }],
});

export class ThirdPartyDocument extends ThirdPartyDocumentSchema.class {}
ThirdPartyDocumentSchema.setClass(ThirdPartyDocument);
