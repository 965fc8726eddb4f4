// The one way a ground code is printed: on redaction boxes, in the inventory, in exports.
import { normalizeGroundCode } from './normalize-ground-code.js';
import type { GroundCode } from './ground-code.js';

/** Canonical print form ('5.1.2e', '5.1.5', '5.2', 'dubbel') of a code in any accepted spelling. */
export function formatGroundCode(code: GroundCode | string): GroundCode {
  return normalizeGroundCode(code);
}
