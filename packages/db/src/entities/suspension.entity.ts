import { defineEntity, p } from '@mikro-orm/core';
import { CaseEvent } from './case-event.entity.js';
import { Case } from './case.entity.js';
import { createdAt, updatedAt, uuidPrimaryKey } from './common-properties.js';
import { ThirdParty } from './third-party.entity.js';

export const suspensionReasons = ['precisering', 'consent_to_delay', 'zienswijze'] as const;
export type SuspensionReason = (typeof suspensionReasons)[number];

/**
 * A period in which the decision term does not run (opschorting, Awb 4:15 / Woo 4.4(4)):
 * [fromDate, resumeDate). An open suspension has no resume date yet.
 */
export const SuspensionSchema = defineEntity({
  name: 'Suspension',
  tableName: 'suspension',
  properties: {
    id: uuidPrimaryKey(),
    case: () => p.manyToOne(Case).deleteRule('cascade'),
    reason: p.enum(suspensionReasons),
    /** First suspended day. */
    fromDate: p.date(),
    /** Day the clock runs again. */
    resumeDate: p.date().nullable(),
    startedByEvent: () => p.manyToOne(CaseEvent).nullable().deleteRule('no action'),
    endedByEvent: () => p.manyToOne(CaseEvent).nullable().deleteRule('no action'),
    /** The belanghebbende whose zienswijze is awaited, for reason 'zienswijze'. */
    thirdParty: () => p.manyToOne(ThirdParty).nullable().deleteRule('set null'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  indexes: [{ properties: ['case'] }],
});

export class Suspension extends SuspensionSchema.class {}
SuspensionSchema.setClass(Suspension);
