// The reviewer's decision "where this text also stands openly elsewhere in the document, that is another person —
// it may stay" (a namesake: "Geachte mevrouw Meindertsma" redacted, "Minister Meindertsma" open). The leak gate then
// searches the region's text only where the original did not show it openly (packages/pdf verify-redaction.ts).
// A region change like any other: one transaction with the document locked, an audit event the second reviewer
// sees, one step up of the review revision (so the burn-in and the gate run again on the new one). Set on every
// piece of a finding over several lines at once. Refused on a rejected region, on a region without text, and on
// anything that is a structured identifier (BSN, IBAN, e-mail, phone …): those are never exempt.
import type { EntityManager } from '@mikro-orm/postgresql';
import { RedactionRegion, User } from '@woo/db';
import { recognisers, structuredIdentifierKinds, type FindingKind, type PageText, type PageWord } from '@woo/domain';
import { regionView, regionViewPopulate } from './region-view.js';
import type { RegionChangeResult } from './region-decisions.js';
import { recordReviewChange } from './review-change.js';
import type { ReviewActor, ReviewDeps } from './review-deps.js';
import { lockReviewRegion } from './review-document.js';
import { namesakeOnIdentifier, namesakeOnRejected, namesakeWithoutText } from './review-errors.js';
import { reviewEventTypes } from './review-event-types.js';
import { reviewStateOf } from './review-state.js';

const IDENTIFIER_KINDS: ReadonlySet<FindingKind> = new Set(structuredIdentifierKinds);

const identifierRecognisers = recognisers.filter((recogniser) =>
  recogniser.kinds.some((kind) => IDENTIFIER_KINDS.has(kind)),
);
const identifierNames: ReadonlySet<string> = new Set([
  ...identifierRecognisers.map((recogniser) => recogniser.name),
  ...IDENTIFIER_KINDS,
]);
/** National identification numbers: an absolute ground, never anyone else's. */
const IDENTIFIER_GROUNDS: ReadonlySet<string> = new Set(['5.1.1e']);

/**
 * Whether a region is a structured identifier: by its ground, by the recogniser that proposed it (merged findings
 * list every name joined by "+"), or — for a region drawn by hand — by what the identifier recognisers find in its
 * text.
 */
export function isIdentifierRegion(region: Pick<RedactionRegion, 'ground' | 'recogniser' | 'text'>): boolean {
  if (IDENTIFIER_GROUNDS.has(region.ground)) return true;
  if (region.recogniser.split('+').some((name) => identifierNames.has(name.trim()))) return true;
  const text = region.text?.trim();
  return text ? textHoldsIdentifier(text) : false;
}

/** Whether the identifier recognisers find a structured identifier in this text on its own. */
export function textHoldsIdentifier(text: string): boolean {
  const page = oneLine(text);
  return identifierRecognisers.some(
    (recogniser) => recogniser.detect(page, { knownPersons: [], locale: 'nl' }).length > 0,
  );
}

/** The text as one line of words on a page, the way a text layer delivers it. */
function oneLine(text: string): PageText {
  const words: PageWord[] = [];
  let x = 72;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    words.push({ text: word, x, y: 100, width: word.length * 6, height: 12, confidence: 1 });
    x += word.length * 6 + 4;
  }
  return { page: 1, width: Math.max(595, x + 72), height: 842, source: 'text-layer', words };
}

export async function setRegionNamesake(
  em: EntityManager,
  actor: ReviewActor,
  regionId: string,
  namesake: boolean,
  deps: ReviewDeps,
): Promise<RegionChangeResult> {
  return em.transactional(async (tem) => {
    const { region, ...scope } = await lockReviewRegion(tem, actor, regionId);
    const pieces = region.findingGroup
      ? await tem.find(
          RedactionRegion,
          { document: scope.document.id, findingGroup: region.findingGroup },
          // Not their pages: those carry every word of the page, and the flush would compare them all again.
          { orderBy: { id: 'asc' } },
        )
      : [region];
    if (namesake) {
      if (pieces.some((piece) => piece.status === 'rejected')) throw namesakeOnRejected();
      if (pieces.every((piece) => !piece.text?.trim())) throw namesakeWithoutText();
      const joined = pieces.map((piece) => piece.text?.trim() ?? '').join(' ');
      if (
        pieces.some(isIdentifierRegion) ||
        isIdentifierRegion({ ground: region.ground, recogniser: region.recogniser, text: joined })
      ) {
        throw namesakeOnIdentifier();
      }
    }
    const changing = pieces.filter((piece) => Boolean(piece.namesakeAt) !== namesake);
    if (changing.length > 0) {
      const user = tem.getReference(User, actor.userId);
      const at = new Date();
      for (const piece of changing) {
        piece.namesakeAt = namesake ? at : null;
        piece.namesakeBy = namesake ? user : null;
      }
      recordReviewChange(
        tem,
        scope,
        actor,
        deps,
        namesake ? reviewEventTypes.regionNamesakeSet : reviewEventTypes.regionNamesakeCleared,
        {
          regionId: region.id,
          page: region.page.pageNumber,
          status: region.status,
          ground: region.ground,
          ...(pieces.length > 1 ? { regionIds: pieces.map((piece) => piece.id) } : {}),
          from: { namesake: !namesake },
          to: { namesake },
        },
      );
    }
    await tem.flush();
    await tem.populate(region, [...regionViewPopulate]);
    return { region: regionView(region), review: reviewStateOf(scope.document), changed: changing.length > 0 };
  });
}
