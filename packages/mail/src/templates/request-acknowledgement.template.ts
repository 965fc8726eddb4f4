import { z } from 'zod';
import { defineTemplate } from '../mail-template.js';
import {
  baseFields,
  explanationSteps,
  greeting,
  isoDate,
  longDate,
  paragraph,
  signOff,
  statusLink,
  stepsList,
  webLink,
} from './template-fields.js';

/** To the requester, right after intake: the received date, the legal deadline and how it was counted. */
export const requestAcknowledgement = defineTemplate({
  name: 'request.acknowledgement',
  data: z.object({
    ...baseFields,
    receivedOn: isoDate,
    deadline: isoDate,
    deadlineExplanation: explanationSteps,
    statusUrl: webLink,
  }),
  compose: (data, locale) => {
    const received = longDate(data.receivedOn, locale);
    const deadline = longDate(data.deadline, locale);
    if (locale === 'nl') {
      return {
        subject: `Wij hebben uw Woo-verzoek ontvangen (${data.reference})`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(
            `Wij hebben uw verzoek om informatie ontvangen op ${received}. Wij behandelen het volgens de Wet open overheid (Woo).`,
          ),
          {
            kind: 'facts',
            rows: [
              ['Kenmerk', data.reference],
              ['Ontvangen op', received],
              ['Uiterlijke beslisdatum', deadline],
            ],
          },
          paragraph(`Wij moeten uiterlijk op ${deadline} een besluit nemen. Zo hebben wij die datum berekend:`),
          stepsList(data.deadlineExplanation, locale),
          paragraph(
            'Deze datum kan nog veranderen. Bijvoorbeeld als wij u vragen uw verzoek duidelijker te maken, of als wij iemand anders om zijn mening vragen. Dan krijgt u bericht met de nieuwe datum.',
          ),
          paragraph(
            'Misschien bellen of mailen wij u eerst. Dan vragen wij wat u precies wilt weten. Zo kunnen wij u vaak sneller helpen.',
          ),
          statusLink(data.statusUrl, locale),
          paragraph('Met deze link volgt u uw verzoek. Bewaar de link goed en deel hem niet met anderen.'),
          signOff(data.organisationName, locale),
        ],
      };
    }
    return {
      subject: `We have received your Woo request (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          `We received your request for information on ${received}. We handle it under the Open Government Act (Wet open overheid, Woo).`,
        ),
        {
          kind: 'facts',
          rows: [
            ['Reference', data.reference],
            ['Received on', received],
            ['Decision due by', deadline],
          ],
        },
        paragraph(`We must decide by ${deadline} at the latest. This is how we counted that date:`),
        stepsList(data.deadlineExplanation, locale),
        paragraph(
          'This date can still change, for example if we ask you to make your request more precise, or if we ask someone else for their view. We will then let you know the new date.',
        ),
        paragraph(
          'We may phone or e-mail you first to ask what exactly you want to know. That often helps us answer you sooner.',
        ),
        statusLink(data.statusUrl, locale),
        paragraph('With this link you can follow your request. Keep it safe and do not share it.'),
        signOff(data.organisationName, locale),
      ],
    };
  },
});
