// What the review screen draws on: the image of a page (a JPEG of the ORIGINAL page, never published) and the
// grounds a reviewer can choose for a region. The image holds the personal data the review is about, so it goes only
// to staff of the document's organisation (any other document is "not found"), is never cached by the browser, and
// is sent as an image the browser may not sniff into anything else. It is rendered on the first request for the page
// and kept in the blob store (@woo/documents createReviewImages); the pipeline does not make it. Rendering runs in a
// few worker threads with a bounded queue: when that is full the answer is 503 with Retry-After, not a pile-up.
import { Page } from '@woo/db';
import { RenderThreadsBusyError } from '@woo/documents';
import { isDocumentReadError } from '@woo/pdf';
import { BlobNotFoundError } from '@woo/storage';
import { DomainError, exemptionGrounds, groundLegend } from '@woo/domain';
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { findStaffDocument } from '../documents/document-lookup.js';
import { idParamsSchema } from '../http/common.schemas.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { legendSchema } from './review.schemas.js';

const tag = 'redaction review';

/** Page 1 unless asked: a document always has a first page once it is rendered. */
const pageImageQuerySchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).default(1) });

export function pageImageNotReady(pageNumber: number): DomainError {
  return new DomainError(
    'document.page_image.not_found',
    {
      nl: `Er is (nog) geen afbeelding van pagina ${pageNumber}. Wacht tot de pagina is verwerkt.`,
      en: `There is no image of page ${pageNumber} (yet). Wait until the page has been processed.`,
    },
    { page: pageNumber },
  );
}

/** A page the pipeline read but that cannot be drawn: waiting will not help, the reason says why. */
export function pageImageUnreadable(pageNumber: number, reason: { nl: string; en: string }): DomainError {
  return new DomainError(
    'document.page_image.unreadable',
    {
      nl: `Pagina ${pageNumber} kan niet als afbeelding worden getoond: ${reason.nl}`,
      en: `Page ${pageNumber} cannot be shown as an image: ${reason.en}`,
    },
    { page: pageNumber },
  );
}

/** Seconds a browser waits before asking again when every render thread is busy. */
export const PAGE_IMAGE_RETRY_AFTER_SECONDS = 2;

/** Every thread is busy and the queue is full: answered with 503 and Retry-After. */
export function pageImageBusy(pageNumber: number): DomainError {
  return new DomainError(
    'document.page_image.busy',
    {
      nl: `Het is nu erg druk. De afbeelding van pagina ${pageNumber} kan even niet worden gemaakt. Probeer het over een paar seconden opnieuw.`,
      en: `It is very busy right now. The image of page ${pageNumber} cannot be made at the moment. Try again in a few seconds.`,
    },
    { page: pageNumber, retryAfterSeconds: PAGE_IMAGE_RETRY_AFTER_SECONDS },
  );
}

/** Every ground a region may carry ('dubbel' marks a whole document and is no reason to black out a passage). */
export const regionGroundChoices = groundLegend(
  exemptionGrounds.filter((ground) => ground.kind !== 'not_a_ground').map((ground) => ground.code),
);

export function pageImageRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const grounds = defineRoute({
    method: 'get',
    path: '/api/v1/exemption-grounds',
    summary: 'The exemption grounds a redaction region can carry, in the order of the law, with their labels.',
    tag,
    access: { kind: 'staff', permission: 'document.review.read' },
    response: z.object({ grounds: legendSchema }),
    handle: async () => ({ grounds: regionGroundChoices }),
  });
  const documents = ctx.documents;
  if (!documents) return [grounds];
  const reviewImages = documents.reviewImages;
  return [
    grounds,
    defineRoute({
      method: 'get',
      path: '/api/v1/documents/:id/page-image',
      summary:
        "The image of one page of the original document (?page=N, default 1) as JPEG, for the review screen. Staff of the document's organisation only; never cached. 503 with Retry-After when every renderer is busy.",
      tag,
      access: { kind: 'staff', permission: 'document.review.read' },
      params: idParamsSchema,
      query: pageImageQuerySchema,
      response: z.string().meta({ format: 'binary' }),
      handle: async ({ params, query, staff, res }) => {
        const em = ctx.orm.em.fork();
        const document = await findStaffDocument(em, staff!, params.id);
        const page = await em.findOne(Page, { document: document.id, pageNumber: query.page });
        if (!page || page.renderStatus !== 'done') throw pageImageNotReady(query.page);
        let jpeg: Buffer;
        try {
          jpeg = await reviewImages.get(document, query.page);
        } catch (error) {
          // The page job read this page; a file that cannot be rendered after all will not get an image by waiting.
          if (isDocumentReadError(error)) throw pageImageUnreadable(query.page, error);
          if (error instanceof BlobNotFoundError) throw pageImageNotReady(query.page);
          if (error instanceof RenderThreadsBusyError) throw pageImageBusy(query.page);
          throw error;
        }
        res.status(200);
        res.setHeader('Content-Type', 'image/jpeg');
        res.setHeader('X-Content-Type-Options', 'nosniff');
        res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
        res.setHeader('Cache-Control', 'private, no-store');
        res.end(jpeg);
      },
    }),
  ];
}
