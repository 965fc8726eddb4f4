// The message that tells the requester a new decision date, whatever moved it (Woo 4.4(2) and 4.4(4)).
import type { IsoDate } from '@woo/domain';
import type { MailLocale } from '../mail-locale.js';
import type { ComposedMessage, ContentBlock } from '../message-content.js';
import { greeting, longDate, paragraph, signOff, statusLink, stepsList } from './template-fields.js';

export interface DeadlineChangeFacts {
  reference: string;
  organisationName: string;
  recipientName?: string | undefined;
  previousDeadline?: IsoDate | null | undefined;
  deadline: IsoDate;
  deadlineExplanation: readonly { nl: string; en: string }[];
  statusUrl?: string | undefined;
}

/**
 * `why` explains the change; `provisional` says the date is not final yet (a suspension still runs, so every day of
 * waiting adds a day).
 */
export function composeDeadlineChange(
  data: DeadlineChangeFacts,
  why: ContentBlock[],
  locale: MailLocale,
  provisional = false,
): ComposedMessage {
  const nl = locale === 'nl';
  const deadline = longDate(data.deadline, locale);
  const rows: [string, string][] = [[nl ? 'Kenmerk' : 'Reference', data.reference]];
  if (data.previousDeadline) {
    rows.push([nl ? 'Eerdere beslisdatum' : 'Previous decision date', longDate(data.previousDeadline, locale)]);
  }
  rows.push([nl ? 'Nieuwe uiterlijke beslisdatum' : 'New decision due by', deadline]);
  const counted = nl
    ? `Wij moeten nu uiterlijk op ${deadline} een besluit nemen. Zo hebben wij die datum berekend:`
    : `We must now decide by ${deadline} at the latest. This is how we counted that date:`;
  const notFinal = provisional
    ? [
        paragraph(
          nl
            ? 'Deze datum is nog niet definitief. Zolang de termijn stilstaat, schuift de datum elke dag een dag op. Als de termijn weer loopt, weet u de definitieve datum via uw statuspagina.'
            : 'This date is not final yet. While the term is on hold, it moves one day for every day of waiting. Once the term runs again, your status page shows the final date.',
        ),
      ]
    : [];
  return {
    subject: nl
      ? `Nieuwe datum voor het besluit op uw Woo-verzoek (${data.reference})`
      : `New date for the decision on your Woo request (${data.reference})`,
    blocks: [
      greeting(data.recipientName, locale),
      ...why,
      { kind: 'facts', rows },
      paragraph(counted),
      stepsList(data.deadlineExplanation, locale),
      ...notFinal,
      statusLink(data.statusUrl, locale),
      signOff(data.organisationName, locale),
    ],
  };
}
