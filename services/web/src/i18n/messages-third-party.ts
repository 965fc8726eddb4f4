// Texts of the third party's zienswijze page, the zienswijze action's document choice and the operators' queue link,
// Dutch first (B1) and English. Legal terms stay Dutch where English loses the meaning (zienswijze, Woo).

export const thirdPartyNl = {
  'thirdParty.action.documents': 'Documenten die over de derde gaan (documentnummers)',
  'thirdParty.action.documentsHint':
    'Bijvoorbeeld: 1, 3. De derde ziet deze documenten via de link in de e-mail, met de voorgestelde lakken erin.',

  'thirdParty.title': 'Uw zienswijze',
  'thirdParty.preHeading': 'Kenmerk {reference} · {organisation}',
  'thirdParty.intro':
    'Iemand heeft {organisation} gevraagd informatie openbaar te maken. Dat is geregeld in de Wet open overheid (Woo). Een deel van die informatie gaat over u of uw organisatie. Voordat de organisatie beslist, mag u laten weten wat u daarvan vindt. Dat heet een zienswijze.',
  'thirdParty.loadError': 'Deze pagina kon niet worden geopend.',
  'thirdParty.periodTitle': 'Tot wanneer kunt u reageren?',
  'thirdParty.periodOpen': 'U kunt reageren tot en met {date}.',
  'thirdParty.periodWhy':
    'Reageert u niet op tijd? Dan beslist de organisatie zonder uw zienswijze. Bent u het niet eens met openbaarmaking? Dan wordt de informatie pas 2 weken na het besluit openbaar. In die tijd kunt u bezwaar maken en de rechter vragen de openbaarmaking tegen te houden (artikel 4.4 lid 5 Woo).',
  'thirdParty.facts.reference': 'Kenmerk',
  'thirdParty.facts.organisation': 'Organisatie',
  'thirdParty.facts.name': 'Gevraagd aan',
  'thirdParty.facts.askedOn': 'Gevraagd op',
  'thirdParty.facts.periodEndsOn': 'Reageren kan tot en met',

  'thirdParty.documentsTitle': 'De documenten die over u gaan',
  'thirdParty.documentsIntro':
    'Zo zouden de documenten openbaar worden. De zwarte vlakken zijn de stukken die de organisatie wil weglakken. In elk vlak staat de reden: een artikel van de Woo, bijvoorbeeld 5.1.2e (persoonlijke levenssfeer).',
  'thirdParty.documentsNone': 'Er zijn (nog) geen documenten aan uw zienswijze gekoppeld.',
  'thirdParty.document': 'Document {number}',
  'thirdParty.documentDate': 'van {date}',
  'thirdParty.pageImageAlt':
    'Pagina {page} van document {number}, zoals die openbaar zou worden. Voorgestelde lakken: {redactions}.',
  'thirdParty.noRedactions': 'geen',
  'thirdParty.redactionCount': '{count} × {ground}',
  'thirdParty.redactionsSummary': 'Voorgestelde lakken: {redactions}.',
  'thirdParty.download': 'Download document {number} als PDF (met de voorgestelde lakken)',
  'thirdParty.page': 'Pagina {page}',
  'thirdParty.state.processing': 'Dit document wordt nog verwerkt. Kom later terug om het te bekijken.',
  'thirdParty.state.withheld': 'Dit document wordt helemaal niet openbaar gemaakt.',
  'thirdParty.state.failed': 'Dit document kan niet worden getoond. Neem contact op met de organisatie.',

  'thirdParty.formTitle': 'Geef uw zienswijze',
  'thirdParty.viewLabel': 'Uw zienswijze',
  'thirdParty.viewHint': 'Schrijf wat u vindt van het openbaar maken van deze informatie, en waarom.',
  'thirdParty.viewRequired': 'Schrijf uw zienswijze.',
  'thirdParty.objectedLegend': 'Bent u het oneens met openbaarmaking?',
  'thirdParty.objectedYes': 'Ja, ik ben het er niet mee eens',
  'thirdParty.objectedNo': 'Nee, ik heb geen bezwaar',
  'thirdParty.objectedRequired': 'Kies ja of nee.',
  'thirdParty.contactLabel': 'Hoe kunnen wij u bereiken?',
  'thirdParty.contactHint':
    'Een telefoonnummer, e-mailadres of postadres, voor als wij vragen hebben over uw zienswijze.',
  'thirdParty.contactRequired': 'Vul in hoe wij u kunnen bereiken.',
  'thirdParty.submit': 'Zienswijze versturen',

  'thirdParty.confirmTitle': 'Wij hebben uw zienswijze ontvangen',
  'thirdParty.confirmBody':
    'Dank u wel. Wij hebben uw zienswijze ontvangen op {date}. U krijgt ook een bevestiging per e-mail. U krijgt bericht van het besluit.',
  'thirdParty.confirmObjected': 'U heeft laten weten dat u het niet eens bent met openbaarmaking.',
  'thirdParty.confirmNotObjected': 'U heeft laten weten dat u geen bezwaar heeft tegen openbaarmaking.',
  'thirdParty.answered': 'Wij hebben uw zienswijze al ontvangen op {date}. U hoeft niets meer te doen.',
  'thirdParty.periodEnded':
    'De termijn voor uw zienswijze is voorbij (de laatste dag was {date}). Wilt u toch nog reageren? Neem dan contact op met {organisation}.',
  'thirdParty.closed':
    'Er wordt niet meer op uw zienswijze gewacht, bijvoorbeeld omdat het verzoek is ingetrokken. U hoeft niets te doen.',

  'thirdParty.actor': 'derde (belanghebbende)',

  'admin.queues': 'Wachtrijen',
};

export const thirdPartyEn: Record<keyof typeof thirdPartyNl, string> = {
  'thirdParty.action.documents': 'Documents concerning the third party (document numbers)',
  'thirdParty.action.documentsHint':
    'For example: 1, 3. The third party sees these documents through the link in the e-mail, with the proposed redactions.',

  'thirdParty.title': 'Your view (zienswijze)',
  'thirdParty.preHeading': 'Reference {reference} · {organisation}',
  'thirdParty.intro':
    'Someone has asked {organisation} to disclose information under the Open Government Act (Wet open overheid, Woo). Part of that information concerns you or your organisation. Before the organisation decides, you may tell it what you think. This is called a zienswijze, a view.',
  'thirdParty.loadError': 'This page could not be opened.',
  'thirdParty.periodTitle': 'Until when can you respond?',
  'thirdParty.periodOpen': 'You can respond until and including {date}.',
  'thirdParty.periodWhy':
    'If you do not respond in time, the organisation decides without your view. If you object to disclosure, the information is disclosed no sooner than 2 weeks after the decision. In that time you can lodge an objection and ask the court to stop the disclosure (Woo article 4.4(5)).',
  'thirdParty.facts.reference': 'Reference',
  'thirdParty.facts.organisation': 'Organisation',
  'thirdParty.facts.name': 'Asked of',
  'thirdParty.facts.askedOn': 'Asked on',
  'thirdParty.facts.periodEndsOn': 'You can respond until',

  'thirdParty.documentsTitle': 'The documents concerning you',
  'thirdParty.documentsIntro':
    'This is how the documents would be disclosed. The black areas are the parts the organisation proposes to black out. Each area shows the reason: an article of the Woo, for example 5.1.2e (personal privacy).',
  'thirdParty.documentsNone': 'No documents are linked to your view (yet).',
  'thirdParty.document': 'Document {number}',
  'thirdParty.documentDate': 'of {date}',
  'thirdParty.pageImageAlt':
    'Page {page} of document {number}, as it would be disclosed. Proposed redactions: {redactions}.',
  'thirdParty.noRedactions': 'none',
  'thirdParty.redactionCount': '{count} × {ground}',
  'thirdParty.redactionsSummary': 'Proposed redactions: {redactions}.',
  'thirdParty.download': 'Download document {number} as PDF (with the proposed redactions)',
  'thirdParty.page': 'Page {page}',
  'thirdParty.state.processing': 'This document is still being processed. Please come back later to see it.',
  'thirdParty.state.withheld': 'This document will not be disclosed at all.',
  'thirdParty.state.failed': 'This document cannot be shown. Please contact the organisation.',

  'thirdParty.formTitle': 'Give your view',
  'thirdParty.viewLabel': 'Your view',
  'thirdParty.viewHint': 'Write what you think about disclosing this information, and why.',
  'thirdParty.viewRequired': 'Please write your view.',
  'thirdParty.objectedLegend': 'Do you object to disclosure?',
  'thirdParty.objectedYes': 'Yes, I object',
  'thirdParty.objectedNo': 'No, I do not object',
  'thirdParty.objectedRequired': 'Choose yes or no.',
  'thirdParty.contactLabel': 'How can we reach you?',
  'thirdParty.contactHint':
    'A phone number, e-mail address or postal address, in case we have questions about your view.',
  'thirdParty.contactRequired': 'Fill in how we can reach you.',
  'thirdParty.submit': 'Send my view',

  'thirdParty.confirmTitle': 'We have received your view',
  'thirdParty.confirmBody':
    'Thank you. We received your view on {date}. You will also get a confirmation by e-mail. We will let you know the decision.',
  'thirdParty.confirmObjected': 'You told us that you object to disclosure.',
  'thirdParty.confirmNotObjected': 'You told us that you do not object to disclosure.',
  'thirdParty.answered': 'We already received your view on {date}. You do not need to do anything else.',
  'thirdParty.periodEnded':
    'The period for your view has ended (the last day was {date}). Do you still want to respond? Please contact {organisation}.',
  'thirdParty.closed':
    'Your view is no longer awaited, for example because the request was withdrawn. You do not need to do anything.',

  'thirdParty.actor': 'third party',

  'admin.queues': 'Queues',
};
