// The inventory's "beoordelingsgrond" column holds several codes separated by ';' (DESIGN §5).
import { DomainError, isDomainError } from '../errors.js';
import { normalizeGroundCode } from './normalize-ground-code.js';
import type { GroundCode } from './ground-code.js';

/**
 * Parses '5.1.2e; 5.1.1d' into canonical codes, in first-seen order without duplicates. Empty items are skipped
 * (a trailing ';' is common in spreadsheets). A code that is not understood throws its normalisation error with the
 * whole list and the item's position added to `details`.
 */
export function parseGroundList(list: string): GroundCode[] {
  const codes: GroundCode[] = [];
  const items = list.split(';');
  items.forEach((item, index) => {
    if (item.trim() === '') return;
    let code: GroundCode;
    try {
      code = normalizeGroundCode(item);
    } catch (error) {
      if (isDomainError(error)) {
        throw new DomainError(error.code, error, { ...error.details, list, position: index + 1 });
      }
      throw error;
    }
    if (!codes.includes(code)) codes.push(code);
  });
  return codes;
}

/** Prints codes the way the inventory column wants them: canonical, '; '-separated, without duplicates. */
export function formatGroundList(codes: readonly (GroundCode | string)[]): string {
  return [...new Set(codes.map((code) => normalizeGroundCode(code)))].join('; ');
}
