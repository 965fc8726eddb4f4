import { z } from 'zod';
import type { MailLocale } from '../mail-locale.js';
import { defineTemplate } from '../mail-template.js';
import { baseFields, greeting, isoDate, longDate, paragraph, signOff, statusLink, webLink } from './template-fields.js';

const grounds = ['4.1(6)', '4.6'] as const;

const groundSentences: Record<(typeof grounds)[number], Record<MailLocale, string>> = {
  '4.1(6)': {
    nl: 'Wij hebben u gevraagd uw verzoek duidelijker te maken, maar wij hebben niet genoeg informatie gekregen om goed te kunnen zoeken. Daarom behandelen wij uw verzoek niet (artikel 4.1 lid 6 Woo).',
    en: 'We asked you to make your request more precise, but did not receive enough information to search properly. That is why we do not handle your request (Woo article 4.1(6)).',
  },
  '4.6': {
    nl: 'Wij vinden dat uw verzoek niet bedoeld is om informatie te krijgen, maar voor een ander doel. Daarom behandelen wij uw verzoek niet (artikel 4.6 Woo).',
    en: 'We consider that your request is not meant to obtain information but serves another purpose. That is why we do not handle your request (Woo article 4.6).',
  },
};

/** To the requester: the decision not to handle the request (Woo 4.1(6) or 4.6). */
export const requestNotHandled = defineTemplate({
  name: 'request.not-handled',
  data: z.object({
    ...baseFields,
    on: isoDate,
    ground: z.enum(grounds),
    statusUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const on = longDate(data.on, locale);
    const nl = locale === 'nl';
    return {
      subject: nl
        ? `Wij behandelen uw Woo-verzoek niet (${data.reference})`
        : `We do not handle your Woo request (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          nl ? `Op ${on} hebben wij besloten over uw Woo-verzoek.` : `On ${on} we decided on your Woo request.`,
        ),
        paragraph(groundSentences[data.ground][locale]),
        { kind: 'facts', rows: [[nl ? 'Kenmerk' : 'Reference', data.reference]] },
        paragraph(
          nl
            ? 'Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken. In het besluit staat hoe dat gaat.'
            : 'Do you disagree with this decision? You can lodge an objection within 6 weeks. The decision explains how.',
        ),
        statusLink(data.statusUrl, locale),
        signOff(data.organisationName, locale),
      ],
    };
  },
});
