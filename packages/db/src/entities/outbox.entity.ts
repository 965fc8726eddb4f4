import { defineEntity, p } from '@mikro-orm/core';

/**
 * A job waiting to be put on a BullMQ queue. Written in the same transaction as the state change that
 * causes it (enqueue after commit); the relay in @woo/queue dispatches it and the reconciler re-enqueues
 * everything not completed when Redis lost its data. The payload holds ids only, never personal data.
 */
export const OutboxSchema = defineEntity({
  name: 'Outbox',
  tableName: 'outbox',
  properties: {
    id: p.bigint('number').primary().autoincrement().columnType('bigint').generated('by default as identity'),
    queueName: p.text(),
    jobName: p.text(),
    /** Deterministic BullMQ job id, so a re-dispatch cannot create a second job. */
    jobId: p.text().unique(),
    payload: p.json<Record<string, unknown>>(),
    // Both default to the database clock: the relay compares them with now() in SQL.
    createdAt: p.datetime().defaultRaw('now()'),
    /** Not dispatched before this moment (retry backoff, delayed jobs). */
    availableAt: p.datetime().defaultRaw('now()'),
    dispatchedAt: p.datetime().nullable(),
    completedAt: p.datetime().nullable(),
    attempts: p.integer().default(0),
    lastError: p.text().nullable(),
  },
  indexes: [{ properties: ['completedAt', 'availableAt'] }],
});

export class Outbox extends OutboxSchema.class {}
OutboxSchema.setClass(Outbox);
