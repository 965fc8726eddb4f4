import { OutboxSchema } from './outbox.entity.js';

/** Every entity schema, listed explicitly (no globs). */
export const entities = [OutboxSchema] as const;
