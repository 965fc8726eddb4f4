// The case page's timeline and action list: the labels of the review's document events (event.document.*; the
// case events' labels are in messages.ts), the grouped lines of region decisions, and the pointer to the Besluit
// section where the generic action list no longer offers deciding.

export const timelineNl = {
  'event.document.region_accepted': 'Lakking geaccepteerd',
  'event.document.region_rejected': 'Voorgestelde lakking afgewezen',
  'event.document.region_changed': 'Lakking gewijzigd',
  'event.document.region_added': 'Lakking zelf toegevoegd',
  'event.document.region_deleted': 'Zelf toegevoegde lakking verwijderd',
  'event.document.region_namesake_set': 'Naamgenoot vastgelegd: elders open is een andere persoon',
  'event.document.region_namesake_cleared': 'Naamgenoot ingetrokken',
  'event.document.regions_applied_to_case': 'Lakking toegepast op elke plek in het verzoek',
  'event.document.outcome_set': 'Uitkomst van document gekozen',
  'event.document.review_submitted': 'Lakkingen ingediend bij tweede beoordelaar',
  'event.document.review_approved': 'Lakkingen goedgekeurd door tweede beoordelaar',
  'event.document.review_reopened': 'Beoordeling van lakkingen weer geopend',

  'timeline.region': 'Lakking beoordeeld in {documents}',
  'timeline.regions': 'Lakkingen beoordeeld in {documents}',
  'timeline.count.document.region_accepted': '{count} geaccepteerd',
  'timeline.count.document.region_rejected': '{count} afgewezen',
  'timeline.count.document.region_changed': '{count} gewijzigd',
  'timeline.count.document.region_added': '{count} zelf toegevoegd',
  'timeline.count.document.region_deleted': '{count} verwijderd',
  'timeline.count.document.region_namesake_set': '{count} naamgenoot vastgelegd',
  'timeline.count.document.region_namesake_cleared': '{count} naamgenoot ingetrokken',
  'timeline.document': 'document {number}',
  'timeline.documents': 'documenten {numbers}',
  'timeline.someDocument': 'een document',
  'timeline.perPage': 'Per pagina',
  'timeline.page': 'Pagina {page}',
  'timeline.noPage': 'Zonder pagina',

  'caseActions.onlyDecisionLeft': 'Er is nu niets anders vast te leggen dan het besluit.',
  'caseActions.decideInDecisionSection':
    'Het besluit neemt u in het onderdeel Besluit. Daar maakt u ook de brief voor de aanvrager.',
  'caseActions.goToDecisionSection': 'Naar het besluit',
};

export const timelineEn: Record<keyof typeof timelineNl, string> = {
  'event.document.region_accepted': 'Redaction accepted',
  'event.document.region_rejected': 'Proposed redaction rejected',
  'event.document.region_changed': 'Redaction changed',
  'event.document.region_added': 'Redaction added by hand',
  'event.document.region_deleted': 'Redaction added by hand deleted',
  'event.document.region_namesake_set': 'Namesake recorded: open elsewhere is another person',
  'event.document.region_namesake_cleared': 'Namesake withdrawn',
  'event.document.regions_applied_to_case': 'Redaction applied everywhere in the request',
  'event.document.outcome_set': 'Outcome of document chosen',
  'event.document.review_submitted': 'Redactions submitted to a second reviewer',
  'event.document.review_approved': 'Redactions approved by a second reviewer',
  'event.document.review_reopened': 'Redaction review opened again',

  'timeline.region': 'Redaction decided in {documents}',
  'timeline.regions': 'Redactions decided in {documents}',
  'timeline.count.document.region_accepted': '{count} accepted',
  'timeline.count.document.region_rejected': '{count} rejected',
  'timeline.count.document.region_changed': '{count} changed',
  'timeline.count.document.region_added': '{count} added by hand',
  'timeline.count.document.region_deleted': '{count} deleted',
  'timeline.count.document.region_namesake_set': '{count} namesake recorded',
  'timeline.count.document.region_namesake_cleared': '{count} namesake withdrawn',
  'timeline.document': 'document {number}',
  'timeline.documents': 'documents {numbers}',
  'timeline.someDocument': 'a document',
  'timeline.perPage': 'Per page',
  'timeline.page': 'Page {page}',
  'timeline.noPage': 'Without page',

  'caseActions.onlyDecisionLeft': 'There is nothing left to record now but the decision.',
  'caseActions.decideInDecisionSection':
    'You take the decision in the Decision (Besluit) section. There you also make the letter to the requester.',
  'caseActions.goToDecisionSection': 'To the decision',
};
