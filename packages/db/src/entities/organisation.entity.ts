import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';

/** The organisation's decision-letter template (besluit): letterhead, signatory and the closing text. */
export interface LetterTemplate {
  /** Printed at the top, e.g. 'Gemeente Voorbeeldstad'. */
  letterheadName: string;
  /** Postal address lines of the letterhead. */
  addressLines: string[];
  signatoryName: string;
  /** e.g. 'Burgemeester en wethouders van Voorbeeldstad, namens dezen, de Woo-coördinator'. */
  signatoryFunction: string;
  /** The paragraph before the signature (contact details, a kind word). */
  closingText: string;
}

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
    /** The decision letter's template; null: a plain letterhead with the organisation's name. */
    letterTemplate: p.json<LetterTemplate>().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
});

export class Organisation extends OrganisationSchema.class {}
OrganisationSchema.setClass(Organisation);
