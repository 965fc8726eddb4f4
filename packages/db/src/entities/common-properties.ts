import { p } from '@mikro-orm/core';
import { uuidV7 } from '../uuid-v7.js';

/**
 * Legal dates are `IsoDate` strings ('YYYY-MM-DD'). PostgreSQL `date` columns (`p.date()`) come back as these
 * strings (MikroORM keeps them raw), so no JS Date and no time zone ever touches a legal date.
 */
export type { IsoDate } from '@woo/domain';

/** UUID primary key made in the application (version 7, see uuid-v7.ts), present from `em.create` on. */
export const uuidPrimaryKey = () =>
  p
    .uuid()
    .primary()
    .onCreate(() => uuidV7());

export const createdAt = () => p.datetime().onCreate(() => new Date());

export const updatedAt = () =>
  p
    .datetime()
    .onCreate(() => new Date())
    .onUpdate(() => new Date());
