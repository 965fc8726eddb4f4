import { z } from 'zod';
import type { MailLocale } from '../mail-locale.js';
import { defineTemplate } from '../mail-template.js';
import type { ContentBlock } from '../message-content.js';
import { baseFields, greeting, isoDate, longDate, paragraph, signOff, statusLink, webLink } from './template-fields.js';

const channels = ['phone', 'email', 'meeting', 'video', 'letter'] as const;
const outcomes = [
  'withdrawn',
  'answered_informally',
  'pointed_to_public',
  'narrowed',
  'continues_formally',
  'forwarded',
] as const;

const channelWords: Record<(typeof channels)[number], Record<MailLocale, string>> = {
  phone: { nl: 'telefonisch', en: 'by phone' },
  email: { nl: 'per e-mail', en: 'by e-mail' },
  meeting: { nl: 'in een gesprek', en: 'in a meeting' },
  video: { nl: 'in een videogesprek', en: 'in a video call' },
  letter: { nl: 'per brief', en: 'by letter' },
};

const outcomeSentences: Record<(typeof outcomes)[number], Record<MailLocale, string>> = {
  withdrawn: {
    nl: 'U trekt uw verzoek in. Wij sluiten uw verzoek daarom af.',
    en: 'You withdraw your request, so we close it.',
  },
  answered_informally: {
    nl: 'Wij hebben uw vraag beantwoord zonder formeel besluit. Wij sluiten uw verzoek daarom af.',
    en: 'We answered your question without a formal decision, so we close your request.',
  },
  pointed_to_public: {
    nl: 'De informatie die u zoekt is al openbaar. Wij hebben u verteld waar u die vindt. Wij sluiten uw verzoek daarom af.',
    en: 'The information you are looking for is already public and we told you where to find it, so we close your request.',
  },
  narrowed: {
    nl: 'U heeft uw verzoek kleiner gemaakt. Wij behandelen uw verzoek verder zoals hierboven staat.',
    en: 'You narrowed your request. We continue to handle it as described above.',
  },
  continues_formally: {
    nl: 'Wij behandelen uw verzoek verder zoals hierboven staat.',
    en: 'We continue to handle your request as described above.',
  },
  forwarded: {
    nl: 'De informatie ligt bij een andere organisatie. Wij sturen uw verzoek door naar die organisatie.',
    en: 'The information is held by another organisation. We forward your request to them.',
  },
};

const labels = {
  nl: {
    reference: 'Kenmerk',
    subjects: 'Onderwerpen',
    period: 'Periode',
    documentTypes: 'Soort documenten',
    custodians: 'Waar wij zoeken',
    notes: 'Verdere afspraken',
  },
  en: {
    reference: 'Reference',
    subjects: 'Subjects',
    period: 'Period',
    documentTypes: 'Types of documents',
    custodians: 'Where we search',
    notes: 'Other agreements',
  },
} as const;

/** To the requester after a contact of the informal approach: what was agreed, in writing. */
export const contactConfirmation = defineTemplate({
  name: 'contact.confirmation',
  data: z.object({
    ...baseFields,
    occurredOn: isoDate,
    channel: z.enum(channels),
    /** What the request is about now, as agreed; absent parts were not discussed. */
    agreedScope: z
      .object({
        subjects: z.array(z.string()).default([]),
        period: z.string().nullish(),
        documentTypes: z.array(z.string()).default([]),
        custodians: z.array(z.string()).default([]),
        notes: z.string().nullish(),
      })
      .nullish(),
    outcome: z.enum(outcomes),
    writtenConsentToDelay: z.boolean().default(false),
    statusUrl: webLink.optional(),
  }),
  compose: (data, locale) => {
    const l = labels[locale];
    const rows: [string, string][] = [[l.reference, data.reference]];
    // Empty parts were not discussed: left out rather than shown blank.
    const list = (items: readonly string[] | undefined) => (items ?? []).map((item) => item.trim()).filter(Boolean);
    const agreed = data.agreedScope;
    const subjects = list(agreed?.subjects);
    const documentTypes = list(agreed?.documentTypes);
    const custodians = list(agreed?.custodians);
    if (subjects.length > 0) rows.push([l.subjects, subjects.join('; ')]);
    if (agreed?.period?.trim()) rows.push([l.period, agreed.period.trim()]);
    if (documentTypes.length > 0) rows.push([l.documentTypes, documentTypes.join('; ')]);
    if (custodians.length > 0) rows.push([l.custodians, custodians.join('; ')]);
    if (agreed?.notes?.trim()) rows.push([l.notes, agreed.notes.trim()]);
    const contacted = longDate(data.occurredOn, locale);
    const channel = channelWords[data.channel][locale];
    const consent: ContentBlock[] = data.writtenConsentToDelay
      ? [
          paragraph(
            locale === 'nl'
              ? 'U bent het er schriftelijk mee eens dat wij meer tijd nemen. Zolang dat uitstel duurt, telt de termijn voor ons besluit niet door (artikel 4:15 Awb).'
              : 'You agreed in writing that we may take more time. While that delay lasts, the term for our decision does not run (Awb article 4:15).',
          ),
        ]
      : [];
    const link = [statusLink(data.statusUrl, locale)];
    if (locale === 'nl') {
      return {
        subject: `Wat wij hebben afgesproken over uw Woo-verzoek (${data.reference})`,
        blocks: [
          greeting(data.recipientName, locale),
          paragraph(
            `Op ${contacted} hadden wij ${channel} contact met u over uw Woo-verzoek. In deze e-mail leest u wat wij hebben afgesproken.`,
          ),
          { kind: 'facts', rows },
          paragraph(outcomeSentences[data.outcome].nl),
          ...consent,
          paragraph('Klopt er iets niet? Laat het ons dan zo snel mogelijk weten. U kunt op deze e-mail antwoorden.'),
          ...link,
          signOff(data.organisationName, locale),
        ],
      };
    }
    return {
      subject: `What we agreed about your Woo request (${data.reference})`,
      blocks: [
        greeting(data.recipientName, locale),
        paragraph(
          `On ${contacted} we were in touch with you ${channel} about your Woo request. This e-mail sets out what we agreed.`,
        ),
        { kind: 'facts', rows },
        paragraph(outcomeSentences[data.outcome].en),
        ...consent,
        paragraph('Is anything not right? Please let us know as soon as possible. You can reply to this e-mail.'),
        ...link,
        signOff(data.organisationName, locale),
      ],
    };
  },
});
