import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { Organisation } from './organisation.entity.js';

/**
 * An official (ambtenaar) of the organisation whose name appears in its documents. With `namePublic` false the
 * name is personal data (Woo 5.1.2e): detection looks for it in every spelling in every case of the organisation.
 * Officials who act in public (a wethouder, a spokesperson) are kept with `namePublic` true and are not proposed.
 */
export const OfficialSchema = defineEntity({
  name: 'Official',
  tableName: 'official',
  properties: {
    id: uuidPrimaryKey(),
    organisation: () => p.manyToOne(Organisation).deleteRule('cascade'),
    /** As the documents write it, e.g. "Jan Pieter de Vries" or "J.P. de Vries". */
    name: p.text(),
    /** e.g. "beleidsmedewerker verkeer"; for the coordinator, not used for detection. */
    jobTitle: p.text().nullable(),
    namePublic: p.boolean().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['organisation'] }],
});

export class Official extends OfficialSchema.class {}
OfficialSchema.setClass(Official);
