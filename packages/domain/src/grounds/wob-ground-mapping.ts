// Old Wob (Wet openbaarheid van bestuur, repealed 1 May 2022) grounds and the Woo grounds that replaced them.
// Sources: Wob art. 10 and 11 (https://overheidenopenbaarheid.nl/wob/artikel-11/), Woo art. 5.1
// (https://nkoo.nl/woo/artikel-5-1-uitzonderingen/), and the consolidated explanatory memorandum to Woo art. 5.1
// (Kamerstukken 33 328, N): the wording of 5.1 follows Wob 10(1), 10(2) and 10(7); Wob 10(2)(g) (onevenredige
// bevoordeling of benadeling) is replaced by Woo 5.1(5); Wob 11 (persoonlijke beleidsopvattingen) became Woo 5.2.
// Not mapped, because the Woo has no counterpart: Wob 10(2)(f) (addressee's right to learn it first).
import type { GroundCode } from './ground-code.js';

/** Key: Wob article, lid and letter written '10.2e' (or '11.1'). */
export const wobToWooGround: ReadonlyMap<string, GroundCode> = new Map<string, GroundCode>([
  ['10.1a', '5.1.1a'], // eenheid van de Kroon
  ['10.1b', '5.1.1b'], // veiligheid van de Staat
  ['10.1c', '5.1.1c'], // vertrouwelijk meegedeelde bedrijfs- en fabricagegegevens
  ['10.1d', '5.1.1d'], // bijzondere persoonsgegevens
  ['10.2a', '5.1.2a'], // betrekkingen met andere staten en internationale organisaties
  ['10.2b', '5.1.2b'], // economische of financiële belangen van de Staat
  ['10.2c', '5.1.2c'], // opsporing en vervolging van strafbare feiten
  ['10.2d', '5.1.2d'], // inspectie, controle en toezicht
  ['10.2e', '5.1.2e'], // eerbiediging van de persoonlijke levenssfeer
  ['10.2g', '5.1.5'], // onevenredige bevoordeling of benadeling
  ['11.1', '5.2'], // persoonlijke beleidsopvattingen in documenten voor intern beraad
]);
