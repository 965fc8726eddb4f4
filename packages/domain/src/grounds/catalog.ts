// The catalog of exemption grounds (uitzonderingsgronden) of the Woo, chapter 5, plus the 'dubbel' marker.
// Source of the article texts: Woo art. 5.1, 5.2 and 5.4 (https://nkoo.nl/woo/artikel-5-1-uitzonderingen/).
import { DomainError } from '../errors.js';
import type { GroundCode } from './ground-code.js';

/**
 * absolute: refuse without balancing (Woo 5.1(1)); relative: balance against the public interest (5.1(2), 5.1(5));
 * own_regime: personal policy views in internal deliberation (5.2); time_bound: withheld only for a while (5.4);
 * not_a_ground: a marker, not a reason to withhold (duplicates).
 */
export type ExemptionGroundKind = 'absolute' | 'relative' | 'own_regime' | 'time_bound' | 'not_a_ground';

export interface ExemptionGround {
  code: GroundCode;
  labelNl: string;
  /** Short English gloss. */
  labelEn: string;
  kind: ExemptionGroundKind;
  /** The article as a decision letter cites it; null for 'dubbel', which is no ground. */
  article: string | null;
  /** One sentence a decision letter can start its motivation from. */
  motivationNl?: string;
}

export const exemptionGrounds: readonly ExemptionGround[] = [
  {
    code: '5.1.1a',
    labelNl: 'Eenheid van de Kroon',
    labelEn: 'Unity of the Crown',
    kind: 'absolute',
    article: 'Woo art. 5.1, eerste lid, onder a',
    motivationNl: 'Openbaarmaking van deze informatie zou de eenheid van de Kroon in gevaar kunnen brengen.',
  },
  {
    code: '5.1.1b',
    labelNl: 'Veiligheid van de Staat',
    labelEn: 'Security of the State',
    kind: 'absolute',
    article: 'Woo art. 5.1, eerste lid, onder b',
    motivationNl: 'Openbaarmaking van deze informatie zou de veiligheid van de Staat kunnen schaden.',
  },
  {
    code: '5.1.1c',
    labelNl: 'Vertrouwelijk verstrekte bedrijfs- en fabricagegegevens',
    labelEn: 'Business and manufacturing data supplied in confidence',
    kind: 'absolute',
    article: 'Woo art. 5.1, eerste lid, onder c',
    motivationNl:
      'Deze informatie bevat bedrijfs- en fabricagegegevens die vertrouwelijk aan de overheid zijn meegedeeld.',
  },
  {
    code: '5.1.1d',
    labelNl: 'Bijzondere persoonsgegevens',
    labelEn: 'Special categories of personal data',
    kind: 'absolute',
    article: 'Woo art. 5.1, eerste lid, onder d',
    motivationNl:
      'Deze informatie bevat bijzondere persoonsgegevens, zoals gegevens over gezondheid, en de betrokkene heeft geen toestemming gegeven voor openbaarmaking.',
  },
  {
    code: '5.1.1e',
    labelNl: 'Nationale identificatienummers',
    labelEn: 'National identification numbers (BSN)',
    kind: 'absolute',
    article: 'Woo art. 5.1, eerste lid, onder e',
    motivationNl:
      'Deze informatie bevat wettelijke identificatienummers, zoals het burgerservicenummer, die niet openbaar worden gemaakt.',
  },
  {
    code: '5.1.2a',
    labelNl: 'Internationale betrekkingen',
    labelEn: 'International relations',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder a',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen het belang van goede betrekkingen van Nederland met andere landen, staten en internationale organisaties.',
  },
  {
    code: '5.1.2b',
    labelNl: 'Economische of financiële belangen van de Staat',
    labelEn: 'Economic or financial interests of the State',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder b',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen de economische of financiële belangen van de Staat of andere overheden.',
  },
  {
    code: '5.1.2c',
    labelNl: 'Opsporing en vervolging van strafbare feiten',
    labelEn: 'Investigation and prosecution of criminal offences',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder c',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen het belang van de opsporing en vervolging van strafbare feiten.',
  },
  {
    code: '5.1.2d',
    labelNl: 'Inspectie, controle en toezicht',
    labelEn: 'Inspection, control and supervision',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder d',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen het belang van inspectie, controle en toezicht door bestuursorganen.',
  },
  {
    code: '5.1.2e',
    labelNl: 'Eerbiediging van de persoonlijke levenssfeer',
    labelEn: 'Respect for privacy',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder e',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen de bescherming van de persoonlijke levenssfeer van de personen van wie hier gegevens staan.',
  },
  {
    code: '5.1.2f',
    labelNl: 'Concurrentiegevoelige bedrijfs- en fabricagegegevens',
    labelEn: 'Competition-sensitive business and manufacturing data',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder f',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen de bescherming van concurrentiegevoelige bedrijfs- en fabricagegegevens.',
  },
  {
    code: '5.1.2g',
    labelNl: 'Bescherming van het milieu',
    labelEn: 'Protection of the environment',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder g',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen de bescherming van het milieu waarop deze informatie betrekking heeft.',
  },
  {
    code: '5.1.2h',
    labelNl: 'Beveiliging van personen en bedrijven, voorkomen van sabotage',
    labelEn: 'Security of persons and companies, prevention of sabotage',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder h',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen de beveiliging van personen en bedrijven en het voorkomen van sabotage.',
  },
  {
    code: '5.1.2i',
    labelNl: 'Goed functioneren van de Staat en bestuursorganen',
    labelEn: 'Proper functioning of the State and public bodies',
    kind: 'relative',
    article: 'Woo art. 5.1, tweede lid, onder i',
    motivationNl:
      'Het belang van openbaarheid weegt niet op tegen het goed functioneren van de Staat, andere publiekrechtelijke lichamen of bestuursorganen.',
  },
  {
    code: '5.1.5',
    labelNl: 'Onevenredige benadeling',
    labelEn: 'Disproportionate harm (exceptional cases)',
    kind: 'relative',
    article: 'Woo art. 5.1, vijfde lid',
    motivationNl:
      'Openbaarmaking zou in dit uitzonderlijke geval leiden tot onevenredige benadeling van een belang dat niet onder de andere uitzonderingsgronden valt.',
  },
  {
    code: '5.2',
    labelNl: 'Persoonlijke beleidsopvattingen',
    labelEn: 'Personal policy views in documents for internal deliberation',
    kind: 'own_regime',
    article: 'Woo art. 5.2, eerste lid',
    motivationNl:
      'Deze informatie bestaat uit persoonlijke beleidsopvattingen in een document dat is opgesteld voor intern beraad.',
  },
  {
    code: '5.4',
    labelNl: 'Formatie',
    labelEn: 'Cabinet formation (temporary)',
    kind: 'time_bound',
    article: 'Woo art. 5.4',
    motivationNl: 'Deze informatie gaat over de kabinetsformatie en wordt pas later openbaar gemaakt.',
  },
  {
    code: 'dubbel',
    labelNl: 'Dubbel document, elders beoordeeld',
    labelEn: 'Duplicate, assessed in another document',
    kind: 'not_a_ground',
    article: null,
  },
];

const byCode = new Map<string, ExemptionGround>(exemptionGrounds.map((ground) => [ground.code, ground]));

/** The catalog entry of a canonical code. Throws `ground.unknown` for anything else; normalise outside input first. */
export function getExemptionGround(code: GroundCode | string): ExemptionGround {
  const ground = byCode.get(code);
  if (!ground) {
    throw new DomainError(
      'ground.unknown',
      {
        nl: `Onbekende uitzonderingsgrond: "${code}".`,
        en: `Unknown exemption ground: "${code}".`,
      },
      { input: code },
    );
  }
  return ground;
}
