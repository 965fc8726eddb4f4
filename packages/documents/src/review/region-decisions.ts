// The reviewer's decisions on one region: accept (optionally with another ground), reject, change the ground or the
// box, add a region by hand, delete one added by hand. Each is one transaction with the document locked; a decision
// that changes nothing (a double click) writes nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page, RedactionRegion, User, uuidV7 } from '@woo/db';
import { regionGroundOf } from '@woo/domain';
import { assertBoxOnPage, regionBoxOf, textUnderBox, type RegionBox } from './region-box.js';
import { regionView, regionViewPopulate, type RegionView } from './region-view.js';
import { recordReviewChange } from './review-change.js';
import type { ReviewActor, ReviewDeps } from './review-deps.js';
import { lockReviewDocument, lockReviewRegion } from './review-document.js';
import { pageNotFound, regionNotManual } from './review-errors.js';
import { reviewEventTypes } from './review-event-types.js';
import { reviewStateOf, type ReviewState } from './review-state.js';

export interface RegionChangeResult {
  /** The region after the change; null after a delete. */
  region: RegionView | null;
  review: ReviewState;
  /** False when the region already was as asked: nothing was written. */
  changed: boolean;
}

async function viewAfterFlush(tem: EntityManager, region: RedactionRegion): Promise<RegionView> {
  await tem.flush();
  await tem.populate(region, [...regionViewPopulate]);
  return regionView(region);
}

/**
 * A naamgenoot decision was about this region as it was: after another ground, box, text or status it must be made
 * again (the new ground may be 5.1.1e, the new box may cover a BSN).
 */
function forgetNamesake(region: RedactionRegion): void {
  region.namesakeAt = null;
  region.namesakeBy = null;
}

export async function decideRegion(
  em: EntityManager,
  actor: ReviewActor,
  regionId: string,
  decision: { status: 'accepted'; ground?: string } | { status: 'rejected' },
  deps: ReviewDeps,
): Promise<RegionChangeResult> {
  return em.transactional(async (tem) => {
    const { region, ...scope } = await lockReviewRegion(tem, actor, regionId);
    const ground =
      decision.status === 'accepted' && decision.ground !== undefined ? regionGroundOf(decision.ground) : region.ground;
    const changed = region.status !== decision.status || region.ground !== ground;
    if (changed) {
      const from = { status: region.status, ground: region.ground };
      region.status = decision.status;
      region.ground = ground;
      forgetNamesake(region);
      region.reviewedBy = tem.getReference(User, actor.userId);
      recordReviewChange(
        tem,
        scope,
        actor,
        deps,
        decision.status === 'accepted' ? reviewEventTypes.regionAccepted : reviewEventTypes.regionRejected,
        { regionId: region.id, page: region.page.pageNumber, from, to: { status: region.status, ground } },
      );
    }
    return { region: await viewAfterFlush(tem, region), review: reviewStateOf(scope.document), changed };
  });
}

export async function changeRegion(
  em: EntityManager,
  actor: ReviewActor,
  regionId: string,
  change: { ground?: string; box?: RegionBox },
  deps: ReviewDeps,
): Promise<RegionChangeResult> {
  return em.transactional(async (tem) => {
    const { region, ...scope } = await lockReviewRegion(tem, actor, regionId);
    const ground = change.ground !== undefined ? regionGroundOf(change.ground) : region.ground;
    const box = change.box ?? regionBoxOf(region);
    if (change.box) assertBoxOnPage(box, region.page);
    const before = regionBoxOf(region);
    const boxChanged = (['x', 'y', 'width', 'height'] as const).some((side) => before[side] !== box[side]);
    const changed = ground !== region.ground || boxChanged;
    if (changed) {
      const from = { ground: region.ground, box: before };
      region.ground = ground;
      Object.assign(region, box);
      // Another box covers other words: the text follows, so the leak gate looks for what is under it now.
      if (boxChanged) region.text = textUnderBox(box, region.page.words ?? null) ?? region.text ?? null;
      forgetNamesake(region);
      region.reviewedBy = tem.getReference(User, actor.userId);
      recordReviewChange(tem, scope, actor, deps, reviewEventTypes.regionChanged, {
        regionId: region.id,
        page: region.page.pageNumber,
        status: region.status,
        from,
        to: { ground, box },
      });
    }
    return { region: await viewAfterFlush(tem, region), review: reviewStateOf(scope.document), changed };
  });
}

export interface ManualRegionInput {
  page: number;
  box: RegionBox;
  ground: string;
  /** What is under the box; read from the page's words when not given. */
  text?: string | null;
}

/** A region drawn by hand is accepted at once: drawing it is the decision. */
export async function addManualRegion(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
  input: ManualRegionInput,
  deps: ReviewDeps,
): Promise<RegionChangeResult> {
  return em.transactional(async (tem) => {
    const scope = await lockReviewDocument(tem, actor, documentId);
    const ground = regionGroundOf(input.ground);
    const page = await tem.findOne(Page, { document: scope.document.id, pageNumber: input.page });
    if (!page) {
      throw pageNotFound(
        input.page,
        scope.document.pageCount ?? (await tem.count(Page, { document: scope.document.id })),
      );
    }
    assertBoxOnPage(input.box, page);
    const user = tem.getReference(User, actor.userId);
    const region = tem.create(RedactionRegion, {
      document: scope.document,
      page,
      ...input.box,
      text: input.text?.trim() || textUnderBox(input.box, page.words ?? null),
      ground,
      recogniser: 'manual',
      confidence: 1,
      status: 'accepted',
      origin: 'manual',
      createdBy: user,
      reviewedBy: user,
      dedupKey: `manual:${uuidV7()}`,
    });
    recordReviewChange(tem, scope, actor, deps, reviewEventTypes.regionAdded, {
      regionId: region.id,
      page: page.pageNumber,
      to: { status: region.status, ground, box: input.box },
    });
    return { region: await viewAfterFlush(tem, region), review: reviewStateOf(scope.document), changed: true };
  });
}

export async function deleteManualRegion(
  em: EntityManager,
  actor: ReviewActor,
  regionId: string,
  deps: ReviewDeps,
): Promise<RegionChangeResult> {
  return em.transactional(async (tem) => {
    const { region, ...scope } = await lockReviewRegion(tem, actor, regionId);
    if (region.origin !== 'manual') throw regionNotManual();
    recordReviewChange(tem, scope, actor, deps, reviewEventTypes.regionDeleted, {
      regionId: region.id,
      page: region.page.pageNumber,
      from: { status: region.status, ground: region.ground, box: regionBoxOf(region) },
    });
    tem.remove(region);
    await tem.flush();
    return { region: null, review: reviewStateOf(scope.document), changed: true };
  });
}
