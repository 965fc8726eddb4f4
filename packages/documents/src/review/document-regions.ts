// The regions of a document per page, for the review screen, with the legend of the grounds they carry.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Page, RedactionRegion } from '@woo/db';
import { groundLegend, isGroundCode, type GroundCode, type GroundLegendEntry } from '@woo/domain';
import { pageNotFound } from './review-errors.js';
import type { ReviewActor } from './review-deps.js';
import { findReviewDocument } from './review-document.js';
import { regionView, regionViewPopulate, type RegionView } from './region-view.js';
import { reviewStateOf, type ReviewState } from './review-state.js';

export interface PageRegions {
  page: number;
  width: number;
  height: number;
  regions: RegionView[];
}

export interface DocumentRegions {
  review: ReviewState;
  pageCount: number;
  pages: PageRegions[];
  counts: { proposed: number; accepted: number; rejected: number };
  /** The grounds on the regions shown, in the order of the law, with their labels. */
  legend: GroundLegendEntry[];
}

/** All pages, or one when `page` is given (a page the document does not have is refused). */
export async function listDocumentRegions(
  em: EntityManager,
  actor: ReviewActor,
  documentId: string,
  options: { page?: number } = {},
): Promise<DocumentRegions> {
  const { document } = await findReviewDocument(em, actor, documentId);
  const pages = await em.find(
    Page,
    { document: document.id, ...(options.page !== undefined && { pageNumber: options.page }) },
    { orderBy: { pageNumber: 'asc' }, fields: ['id', 'pageNumber', 'widthPt', 'heightPt'] },
  );
  const pageCount = document.pageCount ?? (await em.count(Page, { document: document.id }));
  if (options.page !== undefined && pages.length === 0) throw pageNotFound(options.page, pageCount);

  const regions = await em.find(
    RedactionRegion,
    { document: document.id, page: { $in: pages.map((page) => page.id) } },
    { populate: [...regionViewPopulate], orderBy: { y: 'asc', x: 'asc', id: 'asc' } },
  );
  const views = regions.map(regionView);
  const counts = { proposed: 0, accepted: 0, rejected: 0 };
  for (const view of views) counts[view.status as keyof typeof counts] += 1;
  const codes = views.map((view) => view.ground).filter((code): code is GroundCode => isGroundCode(code));
  return {
    review: reviewStateOf(document),
    pageCount,
    pages: pages.map((page) => ({
      page: page.pageNumber,
      width: Number(page.widthPt),
      height: Number(page.heightPt),
      regions: views.filter((view) => view.page === page.pageNumber),
    })),
    counts,
    legend: groundLegend(codes),
  };
}
