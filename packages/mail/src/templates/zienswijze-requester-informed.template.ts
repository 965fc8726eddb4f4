import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import { composeDeadlineChange } from './deadline-change-message.js';
import { deadlineChangeReasons } from './deadline-changed.template.js';
import { baseFields, explanationSteps, isoDate, longDate, paragraph, webLink } from './template-fields.js';

/**
 * To the requester when a zienswijze is asked (Woo 4.4(4)): the term is suspended from the day after, and the new
 * deadline, provisional while the suspension runs.
 */
export const zienswijzeRequesterInformed = defineTemplate({
  name: 'zienswijze.requester-informed',
  data: z.object({
    ...baseFields,
    toldOn: isoDate,
    /** Last day the third party may answer. */
    periodEnd: isoDate,
    /** True while the term is suspended: the deadline shown is not final. */
    suspended: z.boolean().default(true),
    deadline: isoDate,
    deadlineExplanation: explanationSteps,
    statusUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const periodEnd = longDate(data.periodEnd, locale);
    const why = [
      paragraph(deadlineChangeReasons.zienswijze[locale]),
      paragraph(
        locale === 'nl'
          ? `De ander kan reageren tot en met ${periodEnd}. Komt de reactie eerder, dan loopt de termijn vanaf die dag weer.`
          : `They can respond until ${periodEnd}. If the response comes sooner, the term runs again from that day.`,
      ),
    ];
    return composeDeadlineChange(data, why, locale, data.suspended);
  },
});
