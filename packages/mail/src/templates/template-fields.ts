// The zod fields and the sentences several templates share.
import { formatLongDate, type IsoDate } from '@woo/domain';
import { z } from 'zod';
import type { MailLocale } from '../mail-locale.js';
import type { ContentBlock } from '../message-content.js';

export const isoDate = z.iso.date();
/** Links in messages go to our own site: http(s) only, never javascript: or data:. */
export const webLink = z.url({ protocol: /^https?$/ });
export const reference = z.string().trim().min(1).max(100);
export const organisationName = z.string().trim().min(1).max(200);
/** Name for the greeting; without it the message greets politely without a name. */
export const recipientName = z.string().trim().min(1).max(200).optional();
/** The clock's explanation of a date, step by step (`ExplainedDate.steps` from @woo/domain; other keys are ignored). */
export const explanationSteps = z.array(z.object({ nl: z.string().min(1), en: z.string().min(1) })).min(1);

/** The fields every message has. */
export const baseFields = { reference, organisationName, recipientName };

export function longDate(date: IsoDate, locale: MailLocale): string {
  return formatLongDate(date, locale);
}

export function greeting(name: string | undefined, locale: MailLocale): ContentBlock {
  if (locale === 'nl') return { kind: 'paragraph', text: name ? `Beste ${name},` : 'Beste meneer, mevrouw,' };
  return { kind: 'paragraph', text: name ? `Dear ${name},` : 'Dear Sir or Madam,' };
}

export function signOff(organisation: string, locale: MailLocale): ContentBlock {
  return {
    kind: 'paragraph',
    text: locale === 'nl' ? `Met vriendelijke groet,\n${organisation}` : `Kind regards,\n${organisation}`,
  };
}

export function paragraph(text: string): ContentBlock {
  return { kind: 'paragraph', text };
}

export function stepsList(steps: readonly { nl: string; en: string }[], locale: MailLocale): ContentBlock {
  return { kind: 'list', ordered: true, items: steps.map((step) => step[locale]) };
}

/**
 * The requester's status page. Only the intake knows the link (the tracking code is stored as a hash), so later
 * messages point to the first one instead.
 */
export function statusLink(url: string | undefined, locale: MailLocale): ContentBlock {
  if (!url) {
    return paragraph(
      locale === 'nl'
        ? 'Hoe het met uw verzoek staat, ziet u via de link in onze ontvangstbevestiging.'
        : 'You can see how your request is doing through the link in our acknowledgement of receipt.',
    );
  }
  return {
    kind: 'link',
    label: locale === 'nl' ? 'Bekijk hoe het met uw verzoek staat' : 'See how your request is doing',
    url,
  };
}

/** Messages to staff link to the case in the coordinator screens when the sender knows where those are. */
export function caseLink(url: string | undefined, locale: MailLocale): ContentBlock[] {
  if (!url) return [];
  return [{ kind: 'link', label: locale === 'nl' ? 'Open het dossier' : 'Open the case', url }];
}

export function workingDaysPhrase(n: number, locale: MailLocale): string {
  if (locale === 'nl') return `${n} ${n === 1 ? 'werkdag' : 'werkdagen'}`;
  return `${n} ${n === 1 ? 'working day' : 'working days'}`;
}
