// The exemption ground a redaction region carries: printed in the box and counted for the document's grounds.
import { getExemptionGround } from '../grounds/catalog.js';
import { groundCodes, type GroundCode } from '../grounds/ground-code.js';
import { normalizeGroundCode } from '../grounds/normalize-ground-code.js';
import { DomainError } from '../errors.js';

/**
 * The canonical ground for a region from input in any accepted spelling ('5.1.2.e', '10.2e'). Throws
 * 'ground.unknown' / 'ground.ambiguous' from the normalisation, and 'ground.not_for_region' for 'dubbel', which marks
 * a whole document as a duplicate and is no reason to black out a passage.
 */
export function regionGroundOf(input: string): GroundCode {
  const code = normalizeGroundCode(input);
  if (getExemptionGround(code).kind === 'not_a_ground') {
    throw new DomainError(
      'ground.not_for_region',
      {
        nl: `"${input}" is geen uitzonderingsgrond en kan niet bij een lakking staan. Kies een grond uit de Woo, zoals 5.1.2e.`,
        en: `"${input}" is not an exemption ground and cannot be printed on a redaction. Choose a Woo ground such as 5.1.2e.`,
      },
      { input },
    );
  }
  return code;
}

export interface GroundLegendEntry {
  code: GroundCode;
  labelNl: string;
  labelEn: string;
  kind: string;
  article: string | null;
}

const lawOrder = new Map<string, number>(groundCodes.map((code, index) => [code, index]));

/** The legend beside redacted pages: each code once, in the order of the law, with its catalog labels. */
export function groundLegend(codes: readonly GroundCode[]): GroundLegendEntry[] {
  return [...new Set(codes)]
    .sort((a, b) => lawOrder.get(a)! - lawOrder.get(b)!)
    .map((code) => {
      const ground = getExemptionGround(code);
      return { code, labelNl: ground.labelNl, labelEn: ground.labelEn, kind: ground.kind, article: ground.article };
    });
}
