import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';

/** A bestuursorgaan (municipality, province, ministry…). Every case, document and user belongs to one. */
export const OrganisationSchema = defineEntity({
  name: 'Organisation',
  tableName: 'organisation',
  properties: {
    id: uuidPrimaryKey(),
    slug: p.text().unique(),
    name: p.text(),
    /** TOOI identifier for DiWoo publication metadata, e.g. 'gm0363'. */
    tooiIdentifier: p.text().nullable(),
    /** Service norm for the first contact of the informal approach, in working days. */
    firstContactNormWorkingDays: p.integer().default(3),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
});

export class Organisation extends OrganisationSchema.class {}
OrganisationSchema.setClass(Organisation);
