import { DomainError } from '@woo/domain';

/** Also for a document of another organisation: staff never learn that it exists. */
export function documentNotFound(): DomainError {
  return new DomainError('document.not_found', {
    nl: 'Dit document bestaat niet of u heeft er geen toegang toe.',
    en: 'This document does not exist or you have no access to it.',
  });
}

export function regionNotFound(): DomainError {
  return new DomainError('region.not_found', {
    nl: 'Deze lakking bestaat niet of u heeft er geen toegang toe.',
    en: 'This redaction does not exist or you have no access to it.',
  });
}

export function pageNotFound(pageNumber: number, pageCount: number): DomainError {
  return new DomainError(
    'document.page.not_found',
    {
      nl: `Het document heeft geen pagina ${pageNumber}; het heeft ${pageCount} pagina's.`,
      en: `The document has no page ${pageNumber}; it has ${pageCount} pages.`,
    },
    { page: pageNumber, pageCount },
  );
}

export function boxOutsidePage(pageNumber: number, width: number, height: number): DomainError {
  return new DomainError(
    'region.box_outside_page',
    {
      nl: `Het vak valt (deels) buiten pagina ${pageNumber}. De pagina is ${Math.round(width)} bij ${Math.round(height)} punten.`,
      en: `The box lies (partly) outside page ${pageNumber}. The page is ${Math.round(width)} by ${Math.round(height)} points.`,
    },
    { page: pageNumber, pageWidth: width, pageHeight: height },
  );
}

/** Detected regions stay, so that detection running again does not bring them back as new proposals. */
export function regionNotManual(): DomainError {
  return new DomainError('region.not_manual', {
    nl: 'Alleen een zelf toegevoegde lakking kan worden verwijderd. Wijs een voorgestelde lakking af.',
    en: 'Only a redaction added by hand can be deleted. Reject a proposed redaction instead.',
  });
}

export function regionWithoutText(): DomainError {
  return new DomainError('region.no_text', {
    nl: 'Onder deze lakking staat geen tekst, dus er is niets om elders in het verzoek te zoeken.',
    en: 'There is no text under this redaction, so there is nothing to look for elsewhere in the request.',
  });
}

export function namesakeOnRejected(): DomainError {
  return new DomainError(
    'region.namesake.conflict',
    {
      nl: 'Deze lakking is afgewezen: de tekst blijft al staan. Accepteer haar eerst als u dit wilt vastleggen.',
      en: 'This redaction was rejected: its text stays readable anyway. Accept it first to record this.',
    },
    { reason: 'rejected' },
  );
}

export function namesakeWithoutText(): DomainError {
  return new DomainError('region.namesake.no_text', {
    nl: 'Onder deze lakking staat geen tekst, dus er is geen tekst die elders open kan staan.',
    en: 'There is no text under this redaction, so there is no text that could stand openly elsewhere.',
  });
}

/** A BSN, IBAN, e-mail address, phone number … is never someone else's: the leak gate keeps searching for it. */
export function namesakeOnIdentifier(): DomainError {
  return new DomainError(
    'region.namesake.identifier',
    {
      nl: 'Dit is een gegeven als een BSN, IBAN, e-mailadres of telefoonnummer. Dat hoort nooit bij een andere persoon en mag nergens open blijven staan.',
      en: 'This is an identifier such as a BSN, IBAN, e-mail address or phone number. It never belongs to another person and may not stay readable anywhere.',
    },
    { reason: 'identifier' },
  );
}

export function openRegionsLeft(open: number, pages: number[]): DomainError {
  return new DomainError(
    'review.transition_not_allowed',
    {
      nl: `Nog ${open} ${open === 1 ? 'lakking is' : 'lakkingen zijn'} niet beoordeeld (pagina ${pages.join(', ')}). Accepteer of wijs ze eerst af.`,
      en: `${open} ${open === 1 ? 'redaction has' : 'redactions have'} not been decided yet (page ${pages.join(', ')}). Accept or reject them first.`,
    },
    { reason: 'open_regions', openRegions: open, pages },
  );
}

export function detectionNotFinished(): DomainError {
  return new DomainError(
    'review.transition_not_allowed',
    {
      nl: 'De automatische herkenning is nog bezig. Er kunnen nog lakkingen bij komen; dien de beoordeling daarna in.',
      en: 'Automatic detection is still running. More redactions may follow; submit the review after it is done.',
    },
    { reason: 'detection_running' },
  );
}

export function reviewNotInStatus(reason: 'not_open' | 'not_submitted' | 'already_open', status: string): DomainError {
  const texts = {
    not_open: {
      nl: 'Deze beoordeling is al ingediend. Heropen haar om opnieuw in te dienen.',
      en: 'This review has already been submitted. Reopen it to submit again.',
    },
    not_submitted: {
      nl: 'Alleen een ingediende beoordeling kan worden goedgekeurd.',
      en: 'Only a submitted review can be approved.',
    },
    already_open: { nl: 'Deze beoordeling staat al open.', en: 'This review is already open.' },
  }[reason];
  return new DomainError('review.transition_not_allowed', texts, { reason, reviewStatus: status });
}

/** Four eyes: the person who submitted the review cannot approve it. */
export function approvalBySubmitter(): DomainError {
  return new DomainError(
    'review.forbidden',
    {
      nl: 'U heeft deze beoordeling zelf ingediend. Een andere beoordelaar moet haar goedkeuren (vier-ogenprincipe).',
      en: 'You submitted this review yourself. Another reviewer must approve it (four-eyes principle).',
    },
    { reason: 'four_eyes' },
  );
}

export function alreadyPublicLinkRequired(): DomainError {
  return new DomainError(
    'document.outcome_link_required',
    {
      nl: 'Geef bij "reeds openbaar" de link naar de plek waar het document al openbaar is.',
      en: 'With "already public", give the link to where the document is already public.',
    },
    { field: 'alreadyPublicUrl' },
  );
}

export function alreadyPublicLinkNotExpected(): DomainError {
  return new DomainError(
    'document.outcome_link_not_expected',
    {
      nl: 'Een link hoort alleen bij "reeds openbaar".',
      en: 'A link belongs only with "already public".',
    },
    { field: 'alreadyPublicUrl' },
  );
}
