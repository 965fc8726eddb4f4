// "Apply to every occurrence": one decision on a region goes to every region in the same case with the same text
// (DESIGN §4 step 5: the same decision is offered for duplicates and repeated names). With `addMissing`, an accepted
// text is also looked up in the words of every page of the case, and where nobody proposed a region over it, one is
// added, accepted, with the same ground — a name the recognisers missed on page 40 is then not left standing.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Document, Page, RedactionRegion, User, uuidV7, type RegionStatus } from '@woo/db';
import { regionGroundOf, type GroundCode } from '@woo/domain';
import { findOccurrences, occurrenceKey, occurrenceTokens } from './occurrence-text.js';
import { mostlyCovers, regionBoxOf } from './region-box.js';
import { recordReviewChange } from './review-change.js';
import type { ReviewActor, ReviewDeps } from './review-deps.js';
import { findReviewDocument, type ReviewScope } from './review-document.js';
import { regionNotFound, regionWithoutText } from './review-errors.js';
import { reviewEventTypes } from './review-event-types.js';
import { reviewStateOf, type ReviewState } from './review-state.js';

export type CaseWideDecision = { decision: 'accept'; ground?: string; addMissing?: boolean } | { decision: 'reject' };

export interface ApplyToCaseResult {
  decision: 'accept' | 'reject';
  /** The ground every accepted occurrence now carries; null on reject. */
  ground: GroundCode | null;
  /** Regions with the same text whose status or ground changed. */
  changedRegions: number;
  /** Regions that already were as decided. */
  unchangedRegions: number;
  /** Regions added where the text stood without one (addMissing). */
  addedRegions: number;
  /** Every document that changed, with its new review state. */
  documents: (ReviewState & { changedRegions: number; addedRegions: number })[];
}

interface DocumentChange {
  changed: string[];
  added: string[];
}

export async function applyRegionDecisionToCase(
  em: EntityManager,
  actor: ReviewActor,
  regionId: string,
  input: CaseWideDecision,
  deps: ReviewDeps,
): Promise<ApplyToCaseResult> {
  return em.transactional(async (tem) => {
    // Every document of the case is locked, all in one order (by id), so two reviewers applying decisions at once
    // cannot deadlock; the source region is read after the locks.
    const located = await tem.findOne(RedactionRegion, { id: regionId }, { fields: ['id', 'document'] });
    if (!located) throw regionNotFound();
    const { kase } = await findReviewDocument(tem, actor, located.document.id, regionNotFound);
    const caseDocuments = await tem.find(
      Document,
      { case: kase.id },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' }, refresh: true },
    );
    const sourceRegion = await tem.findOne(RedactionRegion, { id: regionId }, { refresh: true });
    if (!sourceRegion) throw regionNotFound();

    const key = occurrenceKey(sourceRegion.text);
    if (!key) throw regionWithoutText();
    const status: RegionStatus = input.decision === 'accept' ? 'accepted' : 'rejected';
    // On reject every region keeps its own ground: a rejected region prints nothing.
    const ground = input.decision === 'accept' ? regionGroundOf(input.ground ?? sourceRegion.ground) : null;
    const addMissing = input.decision === 'accept' && input.addMissing === true;
    const regions = await tem.find(
      RedactionRegion,
      { document: { $in: caseDocuments.map((document) => document.id) } },
      { refresh: true },
    );
    const matching = regions.filter((region) => occurrenceKey(region.text) === key);

    const changes = new Map<string, DocumentChange>();
    const changeOf = (documentId: string) => {
      let change = changes.get(documentId);
      if (!change) changes.set(documentId, (change = { changed: [], added: [] }));
      return change;
    };
    const user = tem.getReference(User, actor.userId);
    let unchanged = 0;
    for (const region of matching) {
      if (region.status === status && (ground === null || region.ground === ground)) {
        unchanged += 1;
        continue;
      }
      region.status = status;
      if (ground !== null) region.ground = ground;
      region.reviewedBy = user;
      changeOf(region.document.id).changed.push(region.id);
    }

    if (addMissing && ground !== null) {
      const tokens = occurrenceTokens(sourceRegion.text);
      const accepted = regions.filter((region) => region.status === 'accepted');
      const pages = await tem.find(
        Page,
        { document: { $in: caseDocuments.map((document) => document.id) }, words: { $ne: null } },
        { fields: ['id', 'document', 'pageNumber', 'words'] },
      );
      for (const page of pages) {
        const onPage = accepted.filter((region) => region.page.id === page.id);
        for (const occurrence of findOccurrences(page.words ?? [], tokens)) {
          for (const line of occurrence.lines) {
            if (onPage.some((region) => mostlyCovers(regionBoxOf(region), line.box))) continue;
            const added = tem.create(RedactionRegion, {
              document: page.document,
              page: page.id,
              ...line.box,
              text: line.text,
              ground,
              recogniser: 'apply_to_case',
              confidence: 1,
              status: 'accepted',
              origin: 'manual',
              createdBy: user,
              reviewedBy: user,
              dedupKey: `manual:${uuidV7()}`,
            });
            changeOf(page.document.id).added.push(added.id);
          }
        }
      }
    }

    const documents: ApplyToCaseResult['documents'] = [];
    for (const document of caseDocuments) {
      const change = changes.get(document.id);
      if (!change) continue;
      const scope: ReviewScope = { document, kase };
      recordReviewChange(tem, scope, actor, deps, reviewEventTypes.appliedToCase, {
        sourceRegionId: sourceRegion.id,
        sourceDocumentId: sourceRegion.document.id,
        decision: input.decision,
        ground,
        changedRegionIds: change.changed,
        addedRegionIds: change.added,
      });
      documents.push({
        ...reviewStateOf(document),
        changedRegions: change.changed.length,
        addedRegions: change.added.length,
      });
    }
    await tem.flush();
    return {
      decision: input.decision,
      ground,
      changedRegions: documents.reduce((sum, document) => sum + document.changedRegions, 0),
      unchangedRegions: unchanged,
      addedRegions: documents.reduce((sum, document) => sum + document.addedRegions, 0),
      documents,
    };
  });
}
