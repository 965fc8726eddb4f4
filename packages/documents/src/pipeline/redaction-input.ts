// What redaction and the leak gate read from PostgreSQL for one document: the accepted regions, the original's words
// per page (text layer or OCR, as stored by the page step) and the identifiers that must never survive.
import type { EntityManager } from '@mikro-orm/postgresql';
import { RedactionRegion } from '@woo/db';
import { normalizeGroundCode, type PageText } from '@woo/domain';
import type { RedactionRegionInput } from '@woo/pdf';
import { isIdentifierRegion, textHoldsIdentifier } from '../review/region-namesake.js';
import { loadPageWords } from './page-words.js';

export interface RedactionInput {
  regions: RedactionRegionInput[];
  originalWords: PageText[];
  /**
   * Texts the public version may not contain anywhere: every accepted region's text, and every national
   * identification number (5.1.1e, an absolute ground) that was found and not explicitly rejected by a reviewer.
   */
  identifiers: string[];
}

const ABSOLUTE_IDENTIFIER_GROUNDS = ['5.1.1e'];

// The decision counts only where it may stand: never on an identifier, also when the region changed after it.
const isNamesake = (region: RedactionRegion) =>
  region.status === 'accepted' && Boolean(region.namesakeAt) && !isIdentifierRegion(region);

export async function loadRedactionInput(em: EntityManager, documentId: string): Promise<RedactionInput> {
  // The words without MikroORM entities (page-words.ts): redaction and the leak gate each read every page's words.
  const pages = await loadPageWords(em, documentId);
  const pageNumbers = new Map(pages.map((page) => [page.pageId, page.text.page]));
  const stored = await em.find(
    RedactionRegion,
    { document: documentId, status: { $ne: 'rejected' } },
    { orderBy: { id: 'asc' } },
  );
  const accepted = stored.filter((region) => region.status === 'accepted');
  const regions = accepted.map((region) => {
    const page = pageNumbers.get(region.page.id);
    if (page === undefined) throw new Error(`region ${region.id} is on a page of another document`);
    return {
      page,
      box: [
        Number(region.x),
        Number(region.y),
        Number(region.width),
        Number(region.height),
      ] as RedactionRegionInput['box'],
      ground: normalizeGroundCode(region.ground),
      ...(region.text ? { text: region.text } : {}),
      ...(region.findingGroup ? { group: region.findingGroup } : {}),
      id: region.id,
      ...(isNamesake(region) ? { namesake: true } : {}),
    };
  });
  // A finding over several lines counts as its whole text, never as its pieces ("Van", "de heer" on their own).
  // The text of a region marked as a namesake is left to the gate's region secrets, which search it only where the
  // original did not show it openly; the same text under a region without that decision is still an identifier.
  const identifiers = new Set<string>();
  const groupPieces = new Map<string, RedactionRegion[]>();
  for (const region of stored) {
    if (!region.text) continue;
    if (region.status !== 'accepted' && !ABSOLUTE_IDENTIFIER_GROUNDS.includes(region.ground)) continue;
    if (!region.findingGroup) {
      if (!isNamesake(region)) identifiers.add(region.text);
    } else groupPieces.set(region.findingGroup, [...(groupPieces.get(region.findingGroup) ?? []), region]);
  }
  for (const pieces of groupPieces.values()) {
    if (pieces.every(isNamesake)) continue;
    pieces.sort((a, b) => Number(a.y) - Number(b.y) || Number(a.x) - Number(b.x));
    identifiers.add(pieces.map((piece) => piece.text).join(' '));
    // A piece that is an identifier on its own (an e-mail address a name's piece was merged with, a postcode under
    // a street) stays strict, whatever finding it is a piece of.
    for (const piece of pieces) if (piece.text && textHoldsIdentifier(piece.text)) identifiers.add(piece.text);
  }
  const originalWords: PageText[] = pages.map((page) => page.text);
  return { regions, originalWords, identifiers: [...identifiers] };
}
