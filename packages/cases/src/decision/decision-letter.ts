// The besluit as text (Dutch, B1 where the law allows): the request and its procedure, the decision, the inventory of
// documents (DESIGN §5 columns), each ground used with its motivation (the draft's text or the catalogue's standard
// one), disclosure (with the hold of Woo 4.4(5) when a third party objected), and the legal remedy (bezwaar within
// six weeks, Awb 6:7). Pure: every fact comes in.
import {
  documentOutcomeLabels,
  formatGroundList,
  formatLongDate,
  getExemptionGround,
  groundCodes,
  type DecisionOutcome,
  type GroundCode,
  type IsoDate,
} from '@woo/domain';
import type { DecisionFacts } from './decision-facts.js';
import type { DecisionLetter, DecisionLetterBlock } from './decision-letter-model.js';
import { isDisclosed } from './decision-outcome.js';

export interface LetterMoment {
  /** The date of the decision (today for a preview). */
  decidedOn: IsoDate;
  outcome: DecisionOutcome;
  /** Disclosure not before this date (Woo 4.4(5)). */
  disclosureHoldUntil: IsoDate | null;
  /** Last day for bezwaar: six weeks from the day after the decision, Atw-adjusted (Awb 6:7, 6:8). */
  objectionUntil: IsoDate;
  /** A preview: marked CONCEPT on every page. */
  draft: boolean;
}

const nl = (date: IsoDate) => formatLongDate(date, 'nl');

const outcomeSentences: Record<DecisionOutcome, string> = {
  openbaar: 'Wij maken de informatie die u vroeg openbaar.',
  deels_openbaar: 'Wij maken de informatie die u vroeg gedeeltelijk openbaar.',
  niet_openbaar: 'Wij maken de informatie die u vroeg niet openbaar.',
  reeds_openbaar: 'De informatie die u vroeg is al openbaar. In de inventarislijst staat waar u die vindt.',
  geen_documenten: 'Wij hebben geen documenten gevonden over het onderwerp van uw verzoek.',
};

/** The grounds the decision relies on: of the documents that are withheld in whole or in part, in the order of the law. */
export function groundsUsed(facts: DecisionFacts): GroundCode[] {
  const codes = new Set<GroundCode>();
  for (const document of facts.documents) {
    if (document.outcome === 'deels_openbaar' || document.outcome === 'niet_openbaar') {
      for (const code of document.grounds) codes.add(code);
    }
  }
  return groundCodes.filter((code) => codes.has(code) && getExemptionGround(code).kind !== 'not_a_ground');
}

/** The motivation printed for a ground: the draft's edited text, or the catalogue's standard sentence. */
export function motivationOf(code: GroundCode, motivations: Record<string, string>): string {
  const edited = motivations[code]?.trim();
  return edited || getExemptionGround(code).motivationNl || '';
}

/** Where a ground's motivation stands in the letter, and the form field it is edited in (for a refusal's message). */
export function motivationPlace(code: string): { nl: string; en: string; field: string } {
  return { nl: `de motivering bij ${code}`, en: `the motivation for ${code}`, field: `motivations.${code}` };
}

function countSentence(facts: DecisionFacts): string | null {
  const documents = facts.documents.filter((d) => d.outcome);
  if (documents.length === 0) return null;
  const count = (outcome: string) => documents.filter((d) => d.outcome === outcome).length;
  const parts = [
    [count('openbaar'), 'openbaar'],
    [count('deels_openbaar'), 'gedeeltelijk openbaar'],
    [count('niet_openbaar'), 'niet openbaar'],
    [count('reeds_openbaar'), 'al openbaar'],
  ]
    .filter(([n]) => (n as number) > 0)
    .map(([n, label]) => `${n} ${label}`);
  const total = documents.length === 1 ? '1 document' : `${documents.length} documenten`;
  return `Wij hebben ${total} gevonden die over uw verzoek gaan. Daarvan ${documents.length === 1 ? 'is' : 'zijn'}: ${parts.join(', ')}.`;
}

function procedureParagraphs(facts: DecisionFacts): string[] {
  const { procedure } = facts;
  const out: string[] = [];
  if (procedure.narrowed) {
    const scope = procedure.narrowed.scope;
    const about = [
      scope.subjects.length ? `onderwerpen: ${scope.subjects.join(', ')}` : null,
      scope.period ? `periode: ${scope.period}` : null,
      scope.documentTypes.length ? `soorten documenten: ${scope.documentTypes.join(', ')}` : null,
    ].filter(Boolean);
    out.push(
      `Op ${nl(procedure.narrowed.on)} hebben wij contact met u gehad over uw verzoek. Wij hebben afgesproken dat uw verzoek gaat over: ${about.join('; ') || 'wat wij toen samen hebben afgesproken'}.`,
    );
  }
  if (procedure.preciseringAskedOn) {
    out.push(
      `Op ${nl(procedure.preciseringAskedOn)} hebben wij u gevraagd uw verzoek preciezer te maken (artikel 4.1, vijfde lid, Woo).` +
        (procedure.preciseringReceivedOn
          ? ` Uw antwoord hebben wij op ${nl(procedure.preciseringReceivedOn)} ontvangen.`
          : ''),
    );
  }
  if (procedure.extendedOn) {
    out.push(
      `Op ${nl(procedure.extendedOn)} hebben wij de termijn om te beslissen met twee weken verlengd (verdaging, artikel 4.4, tweede lid, Woo).`,
    );
  }
  for (const on of procedure.zienswijzeAskedOn) {
    out.push(
      `Op ${nl(on)} hebben wij een derde belanghebbende gevraagd om een zienswijze, omdat documenten ook over hem of haar gaan (artikel 4.4, derde lid, Woo en artikel 4:8 Awb).`,
    );
  }
  return out;
}

function inventoryRows(facts: DecisionFacts, moment: LetterMoment): string[][] {
  return facts.documents.map((document) => {
    const explanation = [
      document.outcome === 'reeds_openbaar' && document.alreadyPublicUrl
        ? `Te vinden op ${document.alreadyPublicUrl}`
        : null,
      document.duplicateOfNumber !== null ? `Gelijk aan document ${document.duplicateOfNumber}` : null,
    ]
      .filter(Boolean)
      .join('. ');
    return [
      String(document.documentNumber),
      document.documentDate ? document.documentDate.split('-').reverse().join('-') : '',
      document.title,
      document.outcome ? documentOutcomeLabels[document.outcome].nl : 'nog niet beoordeeld',
      formatGroundList(document.grounds),
      explanation,
      moment.disclosureHoldUntil && isDisclosed(document.outcome) ? 'ja' : 'nee',
      document.parentNumber !== null ? String(document.parentNumber) : '',
    ];
  });
}

export const inventoryColumns = [
  { header: 'Nr.', width: 0.04 },
  { header: 'Datum', width: 0.105 },
  { header: 'Omschrijving / bestandsnaam', width: 0.225 },
  { header: 'Beoordeling', width: 0.12 },
  { header: 'Beoordelingsgrond', width: 0.185 },
  { header: 'Toelichting', width: 0.11 },
  { header: 'Opgeschort', width: 0.125 },
  { header: 'Gerel. nr.', width: 0.09 },
];

export function decisionLetter(facts: DecisionFacts, moment: LetterMoment): DecisionLetter {
  const { template } = facts;
  const blocks: DecisionLetterBlock[] = [];
  const paragraph = (text: string) => blocks.push({ kind: 'paragraph', text });
  const heading = (text: string) => blocks.push({ kind: 'heading', text });

  paragraph(`Geachte heer/mevrouw ${facts.requesterName},`);

  heading('1. Uw verzoek');
  paragraph(
    `Op ${nl(facts.receivedOn)} hebben wij uw verzoek ontvangen om informatie op grond van de Wet open overheid (Woo). U vroeg: "${facts.question.trim()}"` +
      (facts.requestedPeriod ? ` Het gaat om de periode ${facts.requestedPeriod}.` : ''),
  );
  for (const text of procedureParagraphs(facts)) paragraph(text);

  heading('2. Ons besluit');
  paragraph(outcomeSentences[moment.outcome]);
  const counted = countSentence(facts);
  if (counted) paragraph(counted);

  heading('3. Inventarislijst');
  if (facts.documents.length === 0) {
    paragraph('Er zijn geen documenten gevonden. Daarom is er geen inventarislijst.');
  } else {
    paragraph(
      'In de inventarislijst staat per document of wij het openbaar maken, en zo niet, om welke reden (beoordelingsgrond). De codes verwijzen naar de artikelen van de Woo hieronder.',
    );
    blocks.push({ kind: 'table', columns: inventoryColumns, rows: inventoryRows(facts, moment) });
  }

  const grounds = groundsUsed(facts);
  heading('4. Waarom wij informatie niet openbaar maken');
  if (grounds.length === 0) {
    paragraph('Wij hebben geen informatie weggelaten. Daarom is hier geen motivering nodig.');
  } else {
    paragraph(
      'De Woo gaat ervan uit dat informatie van de overheid openbaar is. Soms is dat niet zo, om redenen die in de wet staan (uitzonderingsgronden). Hieronder leest u welke redenen wij hebben gebruikt en waarom.',
    );
    for (const code of grounds) {
      const ground = getExemptionGround(code);
      heading(`${code} ${ground.labelNl}${ground.article ? ` (${ground.article})` : ''}`);
      blocks.push({
        kind: 'paragraph',
        text: motivationOf(code, facts.motivations),
        source: motivationPlace(code),
      });
    }
  }

  heading('5. Openbaarmaking');
  const disclosesAny = facts.documents.some((d) => isDisclosed(d.outcome));
  if (!disclosesAny) {
    paragraph('Met dit besluit maken wij geen documenten openbaar.');
  } else if (moment.disclosureHoldUntil) {
    paragraph(
      `Een derde belanghebbende is het niet eens met openbaarmaking. Hij of zij kan daartegen nog bezwaar maken en de rechter om een voorlopige voorziening vragen. Daarom maken wij de documenten niet eerder openbaar dan op ${nl(moment.disclosureHoldUntil)} (artikel 4.4, vijfde lid, Woo).`,
    );
  } else {
    paragraph(
      'De documenten die wij (gedeeltelijk) openbaar maken, kunt u downloaden via de link naar uw verzoek. Wij publiceren dit besluit, de inventarislijst en de documenten ook op onze website. Persoonsgegevens zijn daarin weggelakt.',
    );
  }

  heading('6. Bent u het niet eens met dit besluit?');
  paragraph(
    `Dan kunt u bezwaar maken. Dat moet binnen zes weken na de dag waarop dit besluit is verstuurd (artikel 6:7 en 6:8 van de Algemene wet bestuursrecht), dus uiterlijk op ${nl(moment.objectionUntil)}. Stuur uw bezwaarschrift naar ${template.letterheadName}. Zet daarin uw naam en adres, de datum, het kenmerk ${facts.reference}, waarom u het niet eens bent met het besluit, en uw handtekening.`,
  );
  blocks.push({
    kind: 'paragraph',
    text: template.closingText,
    source: { nl: 'de slottekst van het briefsjabloon', en: 'the closing text of the letter template' },
  });

  return {
    letterhead: { name: template.letterheadName, addressLines: template.addressLines },
    addressee: [facts.requesterName, ...(facts.requesterPostalAddress ?? '').split(/\r?\n|,\s*/).filter(Boolean)],
    facts: [
      ['Datum', nl(moment.decidedOn)],
      ['Ons kenmerk', facts.reference],
      ['Onderwerp', 'Besluit op uw verzoek om informatie (Wet open overheid)'],
    ],
    title: 'Besluit op uw Woo-verzoek',
    blocks,
    signature: { closing: 'Met vriendelijke groet,', lines: [template.signatoryFunction, template.signatoryName] },
    ...(moment.draft && { watermark: 'CONCEPT' }),
    footer: `${moment.draft ? 'CONCEPT · ' : ''}${template.letterheadName} · ${facts.reference}`,
    pageLabel: (page, pages) => `Pagina ${page} van ${pages}`,
    documentTitle: `Besluit Woo-verzoek ${facts.reference}`,
  };
}
