// Why an e-mail cannot be split into documents, in the same form as the reasons for unreadable PDFs and images.
import { DocumentReadError } from '@woo/pdf';

export const emailReadErrors = {
  corrupt: (detail?: string) =>
    new DocumentReadError(
      'document.corrupt',
      { nl: 'E-mailbericht is beschadigd of onvolledig', en: 'The e-mail message is damaged or incomplete' },
      detail === undefined ? {} : { detail },
    ),

  nestedTooDeep: (depth: number, maxDepth: number) =>
    new DocumentReadError(
      'document.unsupported_type',
      {
        nl: `E-mail zit te diep in andere e-mails (${depth} niveaus; maximaal ${maxDepth})`,
        en: `The e-mail is nested too deeply in other e-mails (${depth} levels; at most ${maxDepth})`,
      },
      { depth, maxDepth },
    ),
};
