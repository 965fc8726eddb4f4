import type { LetterTemplate, Organisation } from '@woo/db';

/** The organisation's template, or a plain one made from its name when an administrator has not set one yet. */
export function letterTemplateOf(organisation: Organisation): LetterTemplate {
  return (
    organisation.letterTemplate ?? {
      letterheadName: organisation.name,
      addressLines: [],
      signatoryName: 'De Woo-coördinator',
      signatoryFunction: `namens ${organisation.name}`,
      closingText:
        'Heeft u vragen over dit besluit? Neem dan contact met ons op en vermeld het kenmerk van dit besluit.',
    }
  );
}
