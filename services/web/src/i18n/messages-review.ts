// Texts of the redaction review (services/web/src/review), Dutch first (B1) and English. Woo terms stay Dutch where
// English loses the meaning (docs/glossary.md): "lakking" is a redaction, "uitzonderingsgrond" an exemption ground.

export const reviewNl = {
  'review.title': 'Lakkingen beoordelen: {name}',
  'review.loadingTitle': 'Lakkingen beoordelen',
  'review.lead': 'Document {number} · {pages} pagina’s',
  'review.leadOnePage': 'Document {number} · 1 pagina',
  'review.countsLine': '{proposed} voorgesteld, {accepted} geaccepteerd, {rejected} afgewezen',
  'review.backToCase': 'Terug naar verzoek {reference}',
  'review.backToCaseShort': 'Terug naar het verzoek',
  'review.backToList': 'Terug naar de werkvoorraad',

  'review.pages.label': 'Pagina’s van het document',
  'review.pages.previous': 'Vorige pagina',
  'review.pages.next': 'Volgende pagina',
  'review.pages.current': 'Pagina {page} van {pages}',

  'review.canvas.label': 'Pagina met de lakkingen. Sleep met de muis om een nieuw vlak te tekenen.',
  'review.canvas.imageAlt': 'Pagina {page} van {pages} van {name}, met de lakkingen als vakken erover',
  'review.canvas.noImage':
    'De afbeelding van deze pagina is er nu niet. Misschien is het druk, of is de pagina nog niet verwerkt. De vakken staan wel op hun plek.',
  'review.canvas.retryImage': 'Opnieuw proberen',
  'review.canvas.help':
    'Elk vak heeft de kleur van zijn grond en toont zijn nummer en grondcode. Gestreept: voorgesteld. Gevuld: geaccepteerd. Gestippeld en doorgestreept: afgewezen. Klik op een vak om het te kiezen, of sleep om een nieuw vlak te tekenen.',
  'review.canvas.keyboardHelp':
    'Nieuw vlak: pijltjes verplaatsen het vlak, Shift + pijltjes maken het groter of kleiner, met Ctrl per punt. Enter: klaar, daarna kiest u de grond. Escape: stoppen.',
  'review.canvas.editHelp':
    'Het gekozen vak heeft grepen. Sleep het vak om het te verplaatsen. Sleep aan een rand of hoek om het groter of kleiner te maken. Als u loslaat, wordt het opgeslagen.',
  'review.canvas.editKeyboardHelp':
    'Vak aanpassen: pijltjes verplaatsen het vak, Shift + pijltjes verschuiven de rechterkant of onderkant (groter of kleiner), met Ctrl per punt. Enter: opslaan. Escape: stoppen zonder opslaan.',
  'review.draft.label': 'Nieuw vlak',
  'review.canvas.showLabels': 'Nummers en grondcodes boven de vakken tonen',

  'review.list.title': 'Lakkingen op pagina {page}',
  'review.list.keys':
    'Toetsen in de lijst: pijltjes omhoog en omlaag naar de vorige of volgende lakking. A: accepteren. W: afwijzen. G: grond kiezen. E: op elke plek in dit verzoek toepassen. N: nieuw vlak tekenen. V: vak van de lakking aanpassen met de pijltjes. Page Down en Page Up: volgende of vorige pagina.',
  'review.list.empty': 'Op deze pagina staan geen lakkingen. Teken een nieuw vlak als hier iets gelakt moet worden.',
  'review.region.noText': '(geen tekst onder dit vak)',

  'review.status.proposed': 'voorgesteld',
  'review.status.accepted': 'geaccepteerd',
  'review.status.rejected': 'afgewezen',

  'review.recogniser.bsn': 'BSN (elfproef)',
  'review.recogniser.email': 'e-mailadres',
  'review.recogniser.signature': 'handtekening in e-mail',
  'review.recogniser.phone': 'telefoonnummer',
  'review.recogniser.iban': 'IBAN',
  'review.recogniser.address': 'adres',
  'review.recogniser.plate': 'kenteken',
  'review.recogniser.name': 'naam',
  'review.recogniser.knownPerson': 'bekende persoon in dit verzoek',
  'review.recogniser.dateOfBirth': 'geboortedatum',
  'review.recogniser.specialCategory': 'bijzondere persoonsgegevens',
  'review.recogniser.applyToCase': 'toegevoegd bij "op elke plek toepassen"',
  'review.recogniser.manual': 'zelf getekend',
  'review.recogniser.other': 'herkend door {name}',

  'review.panel.title': 'Lakking {number} van {total}',
  'review.panel.text': 'Tekst',
  'review.panel.ground': 'Grond',
  'review.panel.recogniser': 'Gevonden als',
  'review.panel.state': 'Stand',
  'review.panel.by': 'door {name}',
  'review.panel.groundChoice': 'Uitzonderingsgrond',
  'review.panel.groundPending': 'Nog niet opgeslagen. Kies "Accepteren met {ground}" (of toets A in de lijst).',

  'review.action.accept': 'Accepteren',
  'review.action.acceptWithGround': 'Accepteren met {ground}',
  'review.action.reject': 'Afwijzen',
  'review.action.apply': 'Op elke plek in dit verzoek toepassen',
  'review.action.draw': 'Nieuw vlak tekenen',
  'review.action.submit': 'Klaar, naar tweede beoordelaar',
  'review.action.approve': 'Goedkeuren',
  'review.action.reopen': 'Terugsturen en heropenen',

  'review.apply.describeAccept':
    'Lakt deze tekst met grond {ground} op elke plek in dit verzoek, ook waar nog geen vak staat.',
  'review.apply.describeReject': 'Wijst de lakking van deze tekst af op elke plek in dit verzoek.',
  'review.apply.noText': 'Onder dit vak staat geen tekst, dus er is niets om elders te zoeken.',

  'review.namesake.describe':
    'Komt deze tekst elders in het document open voor, dan is dat een andere persoon — mag blijven staan. Bijvoorbeeld: "mevrouw Meindertsma" is gelakt, "minister Meindertsma" is iemand anders. De lekcontrole zoekt de tekst dan alleen nog op plekken waar hij in het origineel niet open stond.',
  'review.namesake.set': 'Vastgelegd door {name}: elders open is een andere persoon.',
  'review.namesake.setBySomeone': 'Vastgelegd: elders open is een andere persoon.',
  'review.action.namesake': 'Andere persoon: mag elders blijven staan',
  'review.action.adjustBox': 'Vak aanpassen',

  'review.box.describe':
    'Staat het vak net niet goed? Sleep het vak op de pagina, of sleep aan een rand of hoek. Met het toetsenbord: deze knop of toets V in de lijst, dan de pijltjes en Enter.',
  'review.box.closed': 'Het vak aanpassen kan alleen als de beoordeling openstaat. Stuur de beoordeling eerst terug.',
  'review.box.position': 'Vak: {x} punten van links, {y} van boven, {width} breed en {height} hoog.',
  'review.box.stepsDescribe': 'Of gebruik deze knoppen. Elke klik verschuift het vak of een rand {points} punten.',
  'review.box.move': 'Verplaatsen',
  'review.box.size': 'Groter of kleiner',
  'review.box.up': 'Omhoog',
  'review.box.down': 'Omlaag',
  'review.box.left': 'Naar links',
  'review.box.right': 'Naar rechts',
  'review.box.wider': 'Breder',
  'review.box.narrower': 'Smaller',
  'review.box.taller': 'Hoger',
  'review.box.shorter': 'Minder hoog',
  'review.box.save': 'Opslaan',
  'review.box.cancel': 'Stoppen zonder opslaan',
  'review.action.namesakeClear': 'Intrekken: het is dezelfde persoon',

  'review.new.title': 'Nieuw vlak: kies de grond',
  'review.new.box': 'Vlak: {x} punten van links, {y} van boven, {width} breed en {height} hoog.',
  'review.new.ground': 'Uitzonderingsgrond voor dit vlak',
  'review.new.groundChoose': 'Kies een grond',
  'review.new.groundRequired': 'Kies een grond voor dit vlak.',
  'review.new.add': 'Vlak toevoegen',
  'review.new.cancel': 'Annuleren',

  'review.done.accepted': 'Geaccepteerd: {text} ({ground}).',
  'review.done.rejected': 'Afgewezen: {text}.',
  'review.done.added': 'Toegevoegd en geaccepteerd: {text} ({ground}).',
  'review.done.applied':
    'Toegepast op elke plek van "{text}": {changed} gewijzigd en {added} toegevoegd, in {documents} document(en).',
  'review.done.submitted': 'Ingediend. Een tweede beoordelaar kijkt de lakkingen na.',
  'review.done.approved': 'Goedgekeurd. De lakkingen worden nu ingebrand en gecontroleerd.',
  'review.done.reopened': 'De beoordeling staat weer open.',
  'review.done.namesakeSet': 'Vastgelegd: waar "{text}" elders open staat, is dat een andere persoon.',
  'review.done.namesakeCleared': 'Ingetrokken: "{text}" wordt weer overal gezocht.',
  'review.done.box':
    'Vak opgeslagen: {x} punten van links, {y} van boven, {width} breed en {height} hoog. Onder het vak staat nu: {text}.',
  'review.done.boxNamesake':
    'Vak opgeslagen: {x} punten van links, {y} van boven, {width} breed en {height} hoog. Onder het vak staat nu: {text}. De vastlegging "andere persoon" geldt niet meer. Leg haar opnieuw vast als het nog klopt.',

  'review.legend.title': 'Legenda',
  'review.legend.empty': 'Er zijn nog geen lakkingen in dit document.',
  'review.legend.states':
    'Gestreepte rand: voorgesteld. Gevuld vak: geaccepteerd. Gestippelde grijze rand: afgewezen. ★: gewijzigd in deze ronde.',

  'review.outcome.title': 'Uitkomst van dit document',
  'review.outcome.suggested': 'Volgens de lakkingen',
  'review.outcome.openbaar': 'openbaar',
  'review.outcome.deels_openbaar': 'deels openbaar',
  'review.outcome.grounds': 'Gronden',
  'review.outcome.noGrounds': 'geen',
  'review.outcome.counts': 'Lakkingen',
  'review.outcome.countsText': '{accepted} geaccepteerd, {open} nog te beoordelen',
  'review.outcome.chosen': 'Gekozen uitkomst',
  'review.outcome.publicAt': 'Al openbaar op',
  'review.outcome.niet_openbaar': 'niet openbaar',
  'review.outcome.reeds_openbaar': 'reeds openbaar (staat al ergens openbaar)',
  'review.outcome.choose': 'Uitkomst kiezen',
  'review.outcome.chooseHint':
    'Kies wat er met dit document gebeurt. Al gekozen is de opgeslagen uitkomst, of anders wat de lakkingen zeggen.',
  'review.outcome.chooseHintReopens':
    'Let op: deze beoordeling is al ingediend of goedgekeurd. Een andere uitkomst zet haar weer open. Dan moet een tweede beoordelaar opnieuw goedkeuren.',
  'review.outcome.suggestedMark': '(volgens de lakkingen)',
  'review.outcome.link': 'Link naar de plek waar het document al openbaar is',
  'review.outcome.linkHint': 'Begin met https://, bijvoorbeeld https://open.overheid.nl/…',
  'review.outcome.save': 'Uitkomst opslaan',
  'review.outcome.linkInvalid':
    '"{link}" is geen link naar een webpagina. Een link begint met https:// of http://, bijvoorbeeld https://open.overheid.nl/….',
  'review.outcome.noticeMark': 'Let op:',
  'review.done.outcome': 'Uitkomst opgeslagen: {outcome}.',
  'review.done.outcomeReopened':
    'Uitkomst opgeslagen: {outcome}. Daardoor staat de beoordeling weer open; een tweede beoordelaar moet opnieuw goedkeuren.',

  'review.flow.title': 'Beoordeling',
  'review.flow.open': 'Deze beoordeling staat open. Beoordeel elke lakking en dien haar dan in.',
  'review.flow.submitted': 'Ingediend door {who}. Een tweede beoordelaar moet haar goedkeuren.',
  'review.flow.approved': 'Goedgekeurd door een tweede beoordelaar.',
  'review.flow.you': 'u',
  'review.flow.changeReopens': 'Wie nu een lakking verandert, zet de beoordeling weer open.',
  'review.flow.colleague': 'een collega',
  'review.flow.detecting': 'De automatische herkenning is nog bezig. Er kunnen nog lakkingen bij komen.',
  'review.flow.checkThenApprove':
    'Kijk de wijzigingen hierboven na. Keur goed, of stuur de beoordeling terug met een reden.',
  'review.flow.fourEyes':
    'U heeft deze beoordeling zelf ingediend. Een andere beoordelaar keurt haar goed (vier-ogenprincipe).',
  'review.flow.reviewerOnly': 'Alleen een beoordelaar (jurist) kan deze beoordeling goedkeuren.',

  'review.changes.title': 'Wat er in deze ronde veranderde',
  'review.changes.none': 'In deze ronde is niets veranderd.',
  'review.changes.someone': 'Iemand',
  'review.changes.region': '{what} op pagina {page}: {change}.',
  'review.changes.removedRegion': 'een verwijderde lakking',
  'review.changes.deleted': 'Verwijderd.',
  'review.changes.outcome': '{who}: uitkomst gezet op {outcome}.',
  'review.changes.appliedAccept':
    '{who}: op elke plek in het verzoek gelakt met {ground}: {changed} gewijzigd, {added} toegevoegd.',
  'review.changes.appliedReject': '{who}: op elke plek in het verzoek afgewezen: {changed} gewijzigd.',

  'review.mark.title': 'Gewijzigd:',
  'review.mark.added': 'zelf toegevoegd met {ground}',
  'review.mark.accepted': 'geaccepteerd met {ground}',
  'review.mark.rejected': 'afgewezen',
  'review.mark.ground': 'grond gewijzigd van {from} naar {to}',
  'review.mark.box': 'vak verplaatst of van maat veranderd',
  'review.mark.appliedAccept': 'via "op elke plek toepassen" gelakt met {ground}',
  'review.mark.appliedReject': 'via "op elke plek toepassen" afgewezen',
  'review.mark.namesakeSet': 'vastgelegd: elders open is een andere persoon',
  'review.mark.namesakeCleared': 'vastlegging "andere persoon" ingetrokken',

  'review.reopen.reason': 'Reden om terug te sturen',

  'review.redaction.running': 'De lakkingen worden ingebrand en gecontroleerd op lekken. Dit kan even duren.',
  'review.redaction.done': 'Klaar: de openbare versie is gemaakt en gecontroleerd.',
  'review.redaction.leak': 'De controle vond tekst die zichtbaar bleef. De openbare versie wordt niet gebruikt.',
  'review.redaction.failed': 'Het inbranden van de lakkingen is mislukt. Probeer het later opnieuw of vraag beheer.',

  'review.leak.title': 'Waar de lekcontrole tekst vond',
  'review.leak.region': 'Pagina {page}: de tekst van lakking "{text}" staat nog leesbaar in de openbare versie.',
  'review.leak.regionGone': 'Pagina {page}: de tekst van een lakking die er niet meer is.',
  'review.leak.other':
    'De controle vond ook {count} keer iets dat niet bij één lakking hoort (bijvoorbeeld een BSN of de gegevens van het bestand).',
  'review.leak.help':
    'Staat de tekst elders open omdat het om een andere persoon gaat, zoals een minister met dezelfde achternaam? Leg dat dan vast bij de lakking. Is het dezelfde persoon? Lak dan ook die andere plek.',
  'review.leak.show': 'Naar deze lakking',
  'review.leak.namesakeRecorded':
    'Vastgelegd als naamgenoot. Na de goedkeuring wordt het document opnieuw gelakt en opnieuw gecontroleerd.',
};

export const reviewEn: Record<keyof typeof reviewNl, string> = {
  'review.title': 'Review redactions: {name}',
  'review.loadingTitle': 'Review redactions',
  'review.lead': 'Document {number} · {pages} pages',
  'review.leadOnePage': 'Document {number} · 1 page',
  'review.countsLine': '{proposed} proposed, {accepted} accepted, {rejected} rejected',
  'review.backToCase': 'Back to request {reference}',
  'review.backToCaseShort': 'Back to the request',
  'review.backToList': 'Back to the work list',

  'review.pages.label': 'Pages of the document',
  'review.pages.previous': 'Previous page',
  'review.pages.next': 'Next page',
  'review.pages.current': 'Page {page} of {pages}',

  'review.canvas.label': 'Page with the redactions. Drag with the mouse to draw a new box.',
  'review.canvas.imageAlt': 'Page {page} of {pages} of {name}, with the redactions drawn over it as boxes',
  'review.canvas.noImage':
    'The image of this page is not available now. It may be busy, or the page has not been processed yet. The boxes are in their places.',
  'review.canvas.retryImage': 'Try again',
  'review.canvas.help':
    'Each box has the colour of its ground and shows its number and ground code. Dashed: proposed. Filled: accepted. Dotted and struck through: rejected. Click a box to choose it, or drag to draw a new box.',
  'review.canvas.keyboardHelp':
    'New box: arrows move the box, Shift + arrows make it larger or smaller, with Ctrl one point at a time. Enter: done, then choose the ground. Escape: stop.',
  'review.canvas.editHelp':
    'The chosen box has handles. Drag the box to move it. Drag an edge or corner to make it larger or smaller. It is saved when you let go.',
  'review.canvas.editKeyboardHelp':
    'Adjusting the box: arrows move the box, Shift + arrows move its right or bottom edge (larger or smaller), with Ctrl one point at a time. Enter: save. Escape: stop without saving.',
  'review.draft.label': 'New box',
  'review.canvas.showLabels': 'Show numbers and ground codes above the boxes',

  'review.list.title': 'Redactions on page {page}',
  'review.list.keys':
    'Keys in the list: arrow up and down to the previous or next redaction. A: accept. W: reject. G: choose the ground. E: apply to every occurrence in this request. N: draw a new box. V: adjust the box of the redaction with the arrows. Page Down and Page Up: next or previous page.',
  'review.list.empty': 'There are no redactions on this page. Draw a new box if something here must be redacted.',
  'review.region.noText': '(no text under this box)',

  'review.status.proposed': 'proposed',
  'review.status.accepted': 'accepted',
  'review.status.rejected': 'rejected',

  'review.recogniser.bsn': 'BSN (eleven test)',
  'review.recogniser.email': 'e-mail address',
  'review.recogniser.signature': 'e-mail signature',
  'review.recogniser.phone': 'phone number',
  'review.recogniser.iban': 'IBAN',
  'review.recogniser.address': 'address',
  'review.recogniser.plate': 'licence plate',
  'review.recogniser.name': 'name',
  'review.recogniser.knownPerson': 'known person in this request',
  'review.recogniser.dateOfBirth': 'date of birth',
  'review.recogniser.specialCategory': 'special categories of personal data',
  'review.recogniser.applyToCase': 'added by "apply to every occurrence"',
  'review.recogniser.manual': 'drawn by hand',
  'review.recogniser.other': 'found by {name}',

  'review.panel.title': 'Redaction {number} of {total}',
  'review.panel.text': 'Text',
  'review.panel.ground': 'Ground',
  'review.panel.recogniser': 'Found as',
  'review.panel.state': 'State',
  'review.panel.by': 'by {name}',
  'review.panel.groundChoice': 'Exemption ground (uitzonderingsgrond)',
  'review.panel.groundPending': 'Not saved yet. Choose "Accept with {ground}" (or press A in the list).',

  'review.action.accept': 'Accept',
  'review.action.acceptWithGround': 'Accept with {ground}',
  'review.action.reject': 'Reject',
  'review.action.apply': 'Apply to every occurrence in this request',
  'review.action.draw': 'Draw a new box',
  'review.action.submit': 'Done, to the second reviewer',
  'review.action.approve': 'Approve',
  'review.action.reopen': 'Send back and reopen',

  'review.apply.describeAccept':
    'Redacts this text with ground {ground} wherever it stands in this request, also where there is no box yet.',
  'review.apply.describeReject': 'Rejects the redaction of this text wherever it stands in this request.',
  'review.apply.noText': 'There is no text under this box, so there is nothing to look for elsewhere.',

  'review.namesake.describe':
    'Where this text also stands openly elsewhere in the document, that is another person — it may stay. For example: "mevrouw Meindertsma" is redacted, "minister Meindertsma" is someone else. The leak check then only looks for the text where the original did not show it openly.',
  'review.namesake.set': 'Recorded by {name}: open elsewhere is another person.',
  'review.namesake.setBySomeone': 'Recorded: open elsewhere is another person.',
  'review.action.namesake': 'Another person: may stay elsewhere',
  'review.action.adjustBox': 'Adjust the box',

  'review.box.describe':
    'Is the box slightly off? Drag the box on the page, or drag an edge or corner. By keyboard: this button or V in the list, then the arrows and Enter.',
  'review.box.closed': 'The box can only be adjusted while the review is open. Send the review back first.',
  'review.box.position': 'Box: {x} points from the left, {y} from the top, {width} wide and {height} high.',
  'review.box.stepsDescribe': 'Or use these buttons. Each click moves the box or an edge {points} points.',
  'review.box.move': 'Move',
  'review.box.size': 'Larger or smaller',
  'review.box.up': 'Up',
  'review.box.down': 'Down',
  'review.box.left': 'Left',
  'review.box.right': 'Right',
  'review.box.wider': 'Wider',
  'review.box.narrower': 'Narrower',
  'review.box.taller': 'Taller',
  'review.box.shorter': 'Shorter',
  'review.box.save': 'Save',
  'review.box.cancel': 'Stop without saving',
  'review.action.namesakeClear': 'Withdraw: it is the same person',

  'review.new.title': 'New box: choose the ground',
  'review.new.box': 'Box: {x} points from the left, {y} from the top, {width} wide and {height} high.',
  'review.new.ground': 'Exemption ground for this box',
  'review.new.groundChoose': 'Choose a ground',
  'review.new.groundRequired': 'Choose a ground for this box.',
  'review.new.add': 'Add box',
  'review.new.cancel': 'Cancel',

  'review.done.accepted': 'Accepted: {text} ({ground}).',
  'review.done.rejected': 'Rejected: {text}.',
  'review.done.added': 'Added and accepted: {text} ({ground}).',
  'review.done.applied':
    'Applied wherever "{text}" stands: {changed} changed and {added} added, in {documents} document(s).',
  'review.done.submitted': 'Submitted. A second reviewer checks the redactions.',
  'review.done.approved': 'Approved. The redactions are now burnt in and checked.',
  'review.done.reopened': 'The review is open again.',
  'review.done.namesakeSet': 'Recorded: where "{text}" stands openly elsewhere, that is another person.',
  'review.done.namesakeCleared': 'Withdrawn: "{text}" is looked for everywhere again.',
  'review.done.box':
    'Box saved: {x} points from the left, {y} from the top, {width} wide and {height} high. Under the box now: {text}.',
  'review.done.boxNamesake':
    'Box saved: {x} points from the left, {y} from the top, {width} wide and {height} high. Under the box now: {text}. The record "another person" no longer applies. Record it again if it still holds.',

  'review.legend.title': 'Legend',
  'review.legend.empty': 'There are no redactions in this document yet.',
  'review.legend.states':
    'Dashed border: proposed. Filled box: accepted. Dotted grey border: rejected. ★: changed in this round.',

  'review.outcome.title': 'Outcome of this document',
  'review.outcome.suggested': 'According to the redactions',
  'review.outcome.openbaar': 'public (openbaar)',
  'review.outcome.deels_openbaar': 'partly public (deels openbaar)',
  'review.outcome.grounds': 'Grounds',
  'review.outcome.noGrounds': 'none',
  'review.outcome.counts': 'Redactions',
  'review.outcome.countsText': '{accepted} accepted, {open} still to decide',
  'review.outcome.chosen': 'Chosen outcome',
  'review.outcome.publicAt': 'Already public at',
  'review.outcome.niet_openbaar': 'not public (niet openbaar)',
  'review.outcome.reeds_openbaar': 'already public elsewhere (reeds openbaar)',
  'review.outcome.choose': 'Choose the outcome',
  'review.outcome.chooseHint':
    'Choose what happens to this document. Preselected is the saved outcome, or else what the redactions say.',
  'review.outcome.chooseHintReopens':
    'Note: this review has already been submitted or approved. Another outcome opens it again. A second reviewer must then approve it again.',
  'review.outcome.suggestedMark': '(according to the redactions)',
  'review.outcome.link': 'Link to where the document is already public',
  'review.outcome.linkHint': 'Start with https://, for example https://open.overheid.nl/…',
  'review.outcome.save': 'Save outcome',
  'review.outcome.linkInvalid':
    '"{link}" is not a link to a web page. A link starts with https:// or http://, for example https://open.overheid.nl/….',
  'review.outcome.noticeMark': 'Note:',
  'review.done.outcome': 'Outcome saved: {outcome}.',
  'review.done.outcomeReopened':
    'Outcome saved: {outcome}. The review is therefore open again; a second reviewer must approve it again.',

  'review.flow.title': 'Review',
  'review.flow.open': 'This review is open. Decide every redaction, then submit it.',
  'review.flow.submitted': 'Submitted by {who}. A second reviewer must approve it.',
  'review.flow.approved': 'Approved by a second reviewer.',
  'review.flow.you': 'you',
  'review.flow.changeReopens': 'Changing a redaction now opens the review again.',
  'review.flow.colleague': 'a colleague',
  'review.flow.detecting': 'Automatic detection is still running. More redactions may follow.',
  'review.flow.checkThenApprove': 'Check the changes above. Approve, or send the review back with a reason.',
  'review.flow.fourEyes': 'You submitted this review yourself. Another reviewer approves it (four-eyes principle).',
  'review.flow.reviewerOnly': 'Only a reviewer (jurist) can approve this review.',

  'review.changes.title': 'What changed in this round',
  'review.changes.none': 'Nothing changed in this round.',
  'review.changes.someone': 'Someone',
  'review.changes.region': '{what} on page {page}: {change}.',
  'review.changes.removedRegion': 'a deleted redaction',
  'review.changes.deleted': 'Deleted.',
  'review.changes.outcome': '{who}: outcome set to {outcome}.',
  'review.changes.appliedAccept':
    '{who}: redacted with {ground} wherever it stands in the request: {changed} changed, {added} added.',
  'review.changes.appliedReject': '{who}: rejected wherever it stands in the request: {changed} changed.',

  'review.mark.title': 'Changed:',
  'review.mark.added': 'added by hand with {ground}',
  'review.mark.accepted': 'accepted with {ground}',
  'review.mark.rejected': 'rejected',
  'review.mark.ground': 'ground changed from {from} to {to}',
  'review.mark.box': 'box moved or resized',
  'review.mark.appliedAccept': 'redacted with {ground} by "apply to every occurrence"',
  'review.mark.appliedReject': 'rejected by "apply to every occurrence"',
  'review.mark.namesakeSet': 'recorded: open elsewhere is another person',
  'review.mark.namesakeCleared': 'withdrew "another person"',

  'review.reopen.reason': 'Reason to send it back',

  'review.redaction.running': 'The redactions are being burnt in and checked for leaks. This may take a moment.',
  'review.redaction.done': 'Done: the public version has been made and checked.',
  'review.redaction.leak': 'The check found text that stayed visible. The public version is not used.',
  'review.redaction.failed': 'Burning in the redactions failed. Try again later or ask an administrator.',

  'review.leak.title': 'Where the leak check found text',
  'review.leak.region': 'Page {page}: the text of redaction "{text}" is still readable in the public version.',
  'review.leak.regionGone': 'Page {page}: the text of a redaction that no longer exists.',
  'review.leak.other':
    "The check also found something {count} time(s) that does not belong to one redaction (for example a BSN or the file's details).",
  'review.leak.help':
    'Does the text stand openly elsewhere because it is another person, such as a minister with the same surname? Then record that on the redaction. Is it the same person? Then redact that other place too.',
  'review.leak.show': 'Go to this redaction',
  'review.leak.namesakeRecorded': 'Recorded as a namesake. After approval the document is redacted and checked again.',
};
