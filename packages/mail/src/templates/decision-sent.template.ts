import { decisionOutcomes, type DecisionOutcome } from '@woo/domain';
import { z } from 'zod';
import type { MailLocale } from '../mail-locale.js';
import { defineTemplate } from '../mail-template.js';
import type { ContentBlock } from '../message-content.js';
import { baseFields, greeting, isoDate, longDate, paragraph, signOff, statusLink, webLink } from './template-fields.js';

const outcomeSentences: Record<DecisionOutcome, Record<MailLocale, string>> = {
  openbaar: {
    nl: 'Wij maken de informatie openbaar.',
    en: 'We disclose the information.',
  },
  deels_openbaar: {
    nl: 'Wij maken een deel van de informatie openbaar. Een ander deel maken wij niet openbaar. In het besluit staat waarom.',
    en: 'We disclose part of the information. Another part we do not disclose; the decision explains why.',
  },
  niet_openbaar: {
    nl: 'Wij maken de informatie niet openbaar. In het besluit staat waarom.',
    en: 'We do not disclose the information. The decision explains why.',
  },
  reeds_openbaar: {
    nl: 'De informatie is al openbaar. In het besluit staat waar u die vindt.',
    en: 'The information is already public. The decision tells you where to find it.',
  },
  geen_documenten: {
    nl: 'Wij hebben geen documenten gevonden over uw vraag. In het besluit staat waar wij hebben gezocht.',
    en: 'We found no documents about your question. The decision describes where we searched.',
  },
};

/** To the requester: the decision was sent, what it says in one sentence, and when disclosure follows. */
export const decisionSent = defineTemplate({
  name: 'decision.sent',
  data: z.object({
    ...baseFields,
    decidedOn: isoDate,
    outcome: z.enum(decisionOutcomes),
    /** Woo 4.4(5): first day of disclosure when a third party is expected to object. */
    disclosureHoldUntil: isoDate.nullish(),
    statusUrl: webLink.optional(),
    publicationUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const nl = locale === 'nl';
    const decided = longDate(data.decidedOn, locale);
    const hold: ContentBlock[] = data.disclosureHoldUntil
      ? [
          paragraph(
            nl
              ? `Iemand anders kan bezwaar hebben tegen de openbaarmaking. Daarom maken wij de informatie pas openbaar vanaf ${longDate(data.disclosureHoldUntil, locale)} (artikel 4.4 lid 5 Woo).`
              : `Someone else may object to the disclosure, so we disclose the information no sooner than ${longDate(data.disclosureHoldUntil, locale)} (Woo article 4.4(5)).`,
          ),
        ]
      : [];
    const publication: ContentBlock[] = data.publicationUrl
      ? [
          {
            kind: 'link',
            label: nl ? 'Bekijk de openbaar gemaakte documenten' : 'See the disclosed documents',
            url: data.publicationUrl,
          },
        ]
      : [];
    return {
      subject: nl
        ? `Besluit op uw Woo-verzoek (${data.reference})`
        : `Decision on your Woo request (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          nl
            ? `Op ${decided} hebben wij een besluit genomen over uw Woo-verzoek.`
            : `On ${decided} we took a decision on your Woo request.`,
        ),
        {
          kind: 'facts',
          rows: [
            [nl ? 'Kenmerk' : 'Reference', data.reference],
            [nl ? 'Besluit genomen op' : 'Decided on', decided],
          ],
        },
        paragraph(outcomeSentences[data.outcome][locale]),
        ...hold,
        ...publication,
        statusLink(data.statusUrl, locale),
        paragraph(
          nl
            ? 'Bent u het niet eens met het besluit? Dan kunt u binnen 6 weken bezwaar maken. In het besluit staat hoe dat gaat.'
            : 'Do you disagree with the decision? You can lodge an objection within 6 weeks. The decision explains how.',
        ),
        signOff(data.organisationName, locale),
      ],
    };
  },
});
