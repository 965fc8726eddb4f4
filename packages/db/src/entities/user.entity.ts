import { defineEntity, p } from '@mikro-orm/core';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { Organisation } from './organisation.entity.js';

export const userRoles = ['coordinator', 'reviewer', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

/** Staff of one organisation. Requesters and third parties have no account. */
export const UserSchema = defineEntity({
  name: 'User',
  // `user` is reserved in PostgreSQL, like `case`.
  tableName: 'woo_user',
  properties: {
    id: uuidPrimaryKey(),
    organisation: () => p.manyToOne(Organisation).deleteRule('no action'),
    /** Stored lower-cased (the type lower-cases on write), so uniqueness is case-insensitive. */
    email: p.text().lowercase().unique().check('email = lower(email)'),
    displayName: p.text(),
    /** argon2 hash; null for users who sign in another way or have not set a password yet. */
    passwordHash: p.text().nullable().hidden(),
    role: p.enum(userRoles),
    active: p.boolean().default(true),
    lastLoginAt: p.datetime().nullable(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['organisation'] }],
});

export class User extends UserSchema.class {}
UserSchema.setClass(User);
