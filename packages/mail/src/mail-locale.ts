/** The languages a message can be written in: Dutch first by default, English for requesters who ask for it. */
export const mailLocales = ['nl', 'en'] as const;
export type MailLocale = (typeof mailLocales)[number];

/** The other language: every message carries it below the first, so a reader of either can follow it. */
export function otherLocale(locale: MailLocale): MailLocale {
  return locale === 'nl' ? 'en' : 'nl';
}
