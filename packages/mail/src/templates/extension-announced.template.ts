import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import { composeDeadlineChange } from './deadline-change-message.js';
import { deadlineChangeReasons } from './deadline-changed.template.js';
import { baseFields, explanationSteps, isoDate, paragraph, webLink } from './template-fields.js';

/** To the requester: the written announcement of verdaging with its reasons (Woo 4.4(2)). */
export const extensionAnnounced = defineTemplate({
  name: 'extension.announced',
  data: z.object({
    ...baseFields,
    /** The day of the written announcement (before the first term ended). */
    announcedOn: isoDate,
    /** The reasons, as the coordinator wrote them for the requester. */
    reasons: z.string().trim().min(1).max(5000),
    /** The end of the first term, before the extension. */
    firstTermEnd: isoDate.optional(),
    deadline: isoDate,
    deadlineExplanation: explanationSteps,
    statusUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const why = [
      paragraph(deadlineChangeReasons.extension[locale]),
      paragraph(`${locale === 'nl' ? 'De reden' : 'The reason'}:\n${data.reasons}`),
    ];
    const message = composeDeadlineChange({ ...data, previousDeadline: data.firstTermEnd }, why, locale);
    return {
      ...message,
      subject:
        locale === 'nl'
          ? `Wij nemen 2 weken langer voor uw Woo-verzoek (${data.reference})`
          : `We take 2 more weeks for your Woo request (${data.reference})`,
    };
  },
});
