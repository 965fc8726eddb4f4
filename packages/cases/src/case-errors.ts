import { DomainError, formatLongDate, type IsoDate } from '@woo/domain';

/** Also for a case of another organisation: staff never learn that it exists. */
export function caseNotFound(): DomainError {
  return new DomainError('case.not_found', {
    nl: 'Dit verzoek bestaat niet of u heeft er geen toegang toe.',
    en: 'This request does not exist or you have no access to it.',
  });
}

export function dateInFuture(on: IsoDate, today: IsoDate): DomainError {
  return new DomainError(
    'case.date_in_future',
    {
      nl: `De datum ${formatLongDate(on, 'nl')} ligt in de toekomst. Leg een gebeurtenis vast als die heeft plaatsgevonden.`,
      en: `The date ${formatLongDate(on, 'en')} is in the future. Record an event once it has happened.`,
    },
    { on, today },
  );
}

export function assigneeNotFound(): DomainError {
  return new DomainError('case.invalid_assignee', {
    nl: 'Deze medewerker bestaat niet of werkt niet bij deze organisatie.',
    en: 'This staff member does not exist or does not work for this organisation.',
  });
}

export function thirdPartyNotFound(): DomainError {
  return new DomainError('case.third_party.not_found', {
    nl: 'Deze belanghebbende hoort niet bij dit verzoek.',
    en: 'This third party does not belong to this request.',
  });
}

/** Documents a zienswijze is asked about must be documents of the case itself. */
/** `missingNumbers`: the documentnummers typed that the request does not have, when that is what went wrong. */
export function documentNotInCase(missingNumbers: readonly number[] = []): DomainError {
  if (missingNumbers.length === 0) {
    return new DomainError('case.document.not_found', {
      nl: 'Een van de gekozen documenten hoort niet bij dit verzoek.',
      en: 'One of the chosen documents does not belong to this request.',
    });
  }
  const list = missingNumbers.join(', ');
  return new DomainError(
    'case.document.not_found',
    {
      nl: `Dit verzoek heeft geen document met nummer ${list}.`,
      en: `This request has no document numbered ${list}.`,
    },
    { documentNumbers: [...missingNumbers] },
  );
}

/** A contact moment records the staff member who made it. */
export function staffOnly(): DomainError {
  return new DomainError('case.forbidden', {
    nl: 'Alleen een medewerker kan dit vastleggen.',
    en: 'Only a staff member can record this.',
  });
}
