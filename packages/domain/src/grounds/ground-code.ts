// The canonical codes printed on redactions and in the inventory's "beoordelingsgrond" column (DESIGN §2).

/** Every canonical exemption-ground code, in the order of the law. */
export const groundCodes = [
  '5.1.1a',
  '5.1.1b',
  '5.1.1c',
  '5.1.1d',
  '5.1.1e',
  '5.1.2a',
  '5.1.2b',
  '5.1.2c',
  '5.1.2d',
  '5.1.2e',
  '5.1.2f',
  '5.1.2g',
  '5.1.2h',
  '5.1.2i',
  '5.1.5',
  '5.2',
  '5.4',
  'dubbel',
] as const;

/** A canonical exemption-ground code such as '5.1.2e'. Turn outside input into one with `normalizeGroundCode`. */
export type GroundCode = (typeof groundCodes)[number];

const codeSet: ReadonlySet<string> = new Set(groundCodes);

export function isGroundCode(value: string): value is GroundCode {
  return codeSet.has(value);
}
