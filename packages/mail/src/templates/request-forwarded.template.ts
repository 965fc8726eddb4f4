import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import { baseFields, greeting, isoDate, longDate, paragraph, signOff, statusLink, webLink } from './template-fields.js';

/** To the requester: the information lies with another body, which now has the request (Woo 4.2). */
export const requestForwarded = defineTemplate({
  name: 'request.forwarded',
  data: z.object({
    ...baseFields,
    forwardedOn: isoDate,
    /** The organisation that received the request. */
    to: z.string().trim().min(1).max(300).nullish(),
    statusUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const on = longDate(data.forwardedOn, locale);
    if (locale === 'nl') {
      return {
        subject: `Wij hebben uw Woo-verzoek doorgestuurd (${data.reference})`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(
            data.to
              ? `De informatie die u vraagt, ligt bij ${data.to}. Daarom hebben wij uw verzoek op ${on} naar hen doorgestuurd (artikel 4.2 Woo).`
              : `De informatie die u vraagt, ligt bij een andere organisatie. Daarom hebben wij uw verzoek op ${on} naar die organisatie doorgestuurd (artikel 4.2 Woo).`,
          ),
          paragraph(
            'Die organisatie behandelt uw verzoek verder en neemt het besluit. Wij sluiten uw verzoek bij ons af.',
          ),
          { kind: 'facts', rows: [['Kenmerk', data.reference]] },
          statusLink(data.statusUrl, locale),
          signOff(data.organisationName, locale),
        ],
      };
    }
    return {
      subject: `We have forwarded your Woo request (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          data.to
            ? `The information you asked for is held by ${data.to}, so on ${on} we forwarded your request to them (Woo article 4.2).`
            : `The information you asked for is held by another organisation, so on ${on} we forwarded your request to them (Woo article 4.2).`,
        ),
        paragraph('That organisation now handles your request and takes the decision. We close your request here.'),
        { kind: 'facts', rows: [['Reference', data.reference]] },
        statusLink(data.statusUrl, locale),
        signOff(data.organisationName, locale),
      ],
    };
  },
});
