// What the requester's timeline says about each public event, in plain Dutch (B1) and English. Fixed texts only:
// nothing from the event's data (such as a third party's name) reaches the status page.
import type { Bilingual } from '../http/validation-messages.js';

export const timelineTexts: Record<string, Bilingual> = {
  'case.received': { nl: 'We hebben uw verzoek ontvangen.', en: 'We received your request.' },
  contact_logged: {
    nl: 'We hebben contact met u gehad over uw verzoek.',
    en: 'We were in contact with you about your request.',
  },
  precisering_asked: {
    nl: 'We hebben u gevraagd uw verzoek preciezer te maken.',
    en: 'We asked you to make your request more precise.',
  },
  precisering_received: { nl: 'We hebben uw antwoord ontvangen.', en: 'We received your answer.' },
  precisering_lapsed: {
    nl: 'De tijd om uw verzoek preciezer te maken is voorbij.',
    en: 'The time to make your request more precise has ended.',
  },
  consent_to_delay_given: {
    nl: 'U heeft ingestemd met meer tijd voor uw verzoek.',
    en: 'You agreed to allow more time for your request.',
  },
  consent_to_delay_ended: { nl: 'Het afgesproken uitstel is voorbij.', en: 'The agreed delay has ended.' },
  documents_collected: {
    nl: 'We hebben de documenten verzameld en gaan ze nu bekijken.',
    en: 'We have collected the documents and will now review them.',
  },
  zienswijze_asked: {
    nl: 'We hebben iemand die in de documenten voorkomt om zijn mening gevraagd. De termijn staat zolang stil.',
    en: 'We asked someone who appears in the documents for their view. The time limit is paused meanwhile.',
  },
  zienswijze_received: {
    nl: 'We hebben een reactie op onze vraag om een mening ontvangen.',
    en: 'We received a response to our request for a view.',
  },
  zienswijze_lapsed: {
    nl: 'De tijd om te reageren op onze vraag om een mening is voorbij.',
    en: 'The time to respond to our request for a view has ended.',
  },
  extension: {
    nl: 'We hebben meer tijd genomen om te beslissen (verdaging, hoogstens 2 weken).',
    en: 'We took more time to decide (extension, at most 2 weeks).',
  },
  notice_of_default_received: {
    nl: 'We hebben uw ingebrekestelling ontvangen.',
    en: 'We received your notice of default.',
  },
  court_order: {
    nl: 'De rechter heeft bepaald wanneer we moeten beslissen.',
    en: 'The court has set a date by which we must decide.',
  },
  forwarded: {
    nl: 'We hebben uw verzoek doorgestuurd naar de organisatie die de informatie heeft.',
    en: 'We forwarded your request to the organisation that holds the information.',
  },
  not_handled: {
    nl: 'We hebben besloten uw verzoek niet te behandelen.',
    en: 'We decided not to handle your request.',
  },
  withdrawn: { nl: 'Uw verzoek is ingetrokken.', en: 'Your request was withdrawn.' },
  decided: { nl: 'We hebben een besluit genomen.', en: 'We made a decision.' },
  disclosure_hold_ended: {
    nl: 'De wachttijd is voorbij. De documenten kunnen nu openbaar worden.',
    en: 'The waiting period is over. The documents can now be made public.',
  },
  published: {
    nl: 'Het besluit en de documenten zijn gepubliceerd.',
    en: 'The decision and the documents were published.',
  },
  closed: { nl: 'Uw verzoek is afgerond.', en: 'Your request is complete.' },
};

const fallback: Bilingual = { nl: 'Er is iets gebeurd met uw verzoek.', en: 'Something happened with your request.' };

export function timelineText(type: string): Bilingual {
  return timelineTexts[type] ?? fallback;
}
