// The third party's pages, reached by the token in the link of their zienswijze request (no account). Wrong tokens
// are counted per client and slowed like the requester's tracking codes; the request log carries the route pattern,
// never the token. The images and the PDF they get are made on the server with the proposed redactions burnt in, in
// the render threads the review images use: when every thread is busy and the queue is full, 503 with Retry-After.
import type { Request, Response } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyAction } from '@woo/cases';
import type { ThirdParty } from '@woo/db';
import { RenderThreadsBusyError } from '@woo/documents';
import { DomainError } from '@woo/domain';
import type { ApiContext } from '../api-context.js';
import { countHit, currentCount, keyPart, rateLimit, tooManyRequests } from '../http/rate-limit.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { PAGE_IMAGE_RETRY_AFTER_SECONDS, pageImageBusy } from '../review/page-image.routes.js';
import { createThirdPartyPreviews } from './third-party-preview.js';
import {
  previewImageSchema,
  thirdPartyAnswerBodySchema,
  thirdPartyDocumentParamsSchema,
  thirdPartyPageParamsSchema,
  thirdPartyTokenParamsSchema,
  thirdPartyViewSchema,
} from './third-party.schemas.js';
import {
  documentNotShared,
  documentState,
  findThirdPartyByToken,
  formState,
  sharedDocument,
  thirdPartyView,
  zienswijzeNotFound,
} from './third-party-view.service.js';

const tag = 'third party';

function formClosed(state: 'answered' | 'period_ended' | 'closed'): DomainError {
  const texts = {
    answered: {
      nl: 'Wij hebben uw zienswijze al ontvangen. U kunt hem hier niet nog eens sturen.',
      en: 'We have already received your view. You cannot send it here again.',
    },
    period_ended: {
      nl: 'De termijn voor uw zienswijze is voorbij. Neem contact op met de organisatie als u toch wilt reageren.',
      en: 'The period for your view has ended. Please contact the organisation if you still want to respond.',
    },
    closed: {
      nl: 'Op uw zienswijze wordt niet meer gewacht, bijvoorbeeld omdat het verzoek is ingetrokken.',
      en: 'Your view is no longer awaited, for example because the request was withdrawn.',
    },
  }[state];
  return new DomainError('zienswijze.conflict', texts, { form: state });
}

/** Every render thread is busy and the queue is full: the preview PDF is answered with 503 and Retry-After. */
function previewPdfBusy(): DomainError {
  return new DomainError(
    'document.pdf.busy',
    {
      nl: 'Het is nu erg druk. De PDF van het document kan even niet worden gemaakt. Probeer het over een paar seconden opnieuw.',
      en: 'It is very busy right now. The PDF of the document cannot be made at the moment. Try again in a few seconds.',
    },
    { retryAfterSeconds: PAGE_IMAGE_RETRY_AFTER_SECONDS },
  );
}

/** The preview, or the busy answer of `busy` when every render thread is busy. */
async function orBusy<T>(make: Promise<T>, busy: () => DomainError): Promise<T> {
  try {
    return await make;
  } catch (error) {
    throw error instanceof RenderThreadsBusyError ? busy() : error;
  }
}

function sendBinary(res: Response, contentType: string, bytes: Buffer, download?: string): void {
  res.status(200);
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Length', String(bytes.length));
  if (download) res.setHeader('Content-Disposition', `attachment; filename="${download}"`);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Cache-Control', 'private, no-store');
  res.end(bytes);
}

export function thirdPartyRoutes(ctx: ApiContext): AnyRouteSpec[] {
  /**
   * The third party of a token. Wrong tokens are counted per client IP (their own counter); once there are too many,
   * every lookup from that client is refused until the window ends, so guessing is slowed to a crawl.
   */
  async function thirdPartyOfToken(em: EntityManager, req: Request, token: string): Promise<ThirdParty> {
    const { limit, windowSeconds } = ctx.rateLimits.trackingCodeMisses;
    const key = `${ctx.keyPrefix}:rate:zienswijze-miss:${keyPart(req.ip ?? 'unknown')}`;
    const misses = await currentCount(ctx.redis, key);
    if (misses.count >= limit) throw tooManyRequests(misses.ttl);
    const thirdParty = await findThirdPartyByToken(em, token);
    if (!thirdParty) {
      await countHit(ctx.redis, key, windowSeconds);
      throw zienswijzeNotFound();
    }
    return thirdParty;
  }

  const answerLimit = rateLimit({
    redis: ctx.redis,
    keyPrefix: ctx.keyPrefix,
    name: 'zienswijze-answer',
    limit: () => ctx.rateLimits.requesterActions,
  });

  const path = '/api/v1/zienswijze/:token';
  const routes: AnyRouteSpec[] = [
    defineRoute({
      method: 'get',
      path,
      summary:
        'What a third party is asked about: reference, organisation, their period and the documents concerning them.',
      tag,
      access: { kind: 'public' },
      params: thirdPartyTokenParamsSchema,
      response: thirdPartyViewSchema,
      handle: async ({ params, req }) => {
        const em = ctx.orm.em.fork();
        const thirdParty = await thirdPartyOfToken(em, req, params.token);
        return thirdPartyView(em, thirdParty, ctx.cases);
      },
    }),
    defineRoute({
      method: 'post',
      path,
      summary: 'The third party gives their zienswijze (the clock runs again from today); a confirmation is mailed.',
      tag,
      access: { kind: 'public' },
      before: [answerLimit],
      params: thirdPartyTokenParamsSchema,
      body: thirdPartyAnswerBodySchema,
      response: thirdPartyViewSchema,
      handle: async ({ params, body, req }) => {
        const em = ctx.orm.em.fork();
        const thirdParty = await thirdPartyOfToken(em, req, params.token);
        const state = await formState(em, thirdParty, ctx.cases);
        if (state !== 'open') throw formClosed(state);
        await applyAction(
          em,
          thirdParty.case.id,
          {
            type: 'zienswijze_received',
            on: ctx.cases.today(),
            thirdPartyId: thirdParty.id,
            objected: body.objected,
            view: body.view,
            contact: body.contact,
          },
          { kind: 'third_party', thirdPartyId: thirdParty.id },
          ctx.cases,
        );
        const fresh = ctx.orm.em.fork();
        return thirdPartyView(fresh, (await findThirdPartyByToken(fresh, params.token))!, ctx.cases);
      },
    }),
  ];

  const documents = ctx.documents;
  if (!documents) return routes;
  const previews = createThirdPartyPreviews(documents.blobs, documents.renderThreads);

  return [
    ...routes,
    defineRoute({
      method: 'get',
      path: `${path}/documents/:documentId/pages/:pageNumber/image`,
      summary:
        'A page of a document concerning the third party, as a PNG with the proposed redactions burnt in. 503 with Retry-After when every renderer is busy.',
      tag,
      access: { kind: 'public' },
      params: thirdPartyPageParamsSchema,
      response: previewImageSchema,
      handle: async ({ params, req, res }) => {
        const em = ctx.orm.em.fork();
        const thirdParty = await thirdPartyOfToken(em, req, params.token);
        const document = await sharedDocument(em, thirdParty, params.documentId);
        if (documentState(document) !== 'ready') throw documentNotShared();
        const png = await orBusy(previews.pageImage(em, document, params.pageNumber), () =>
          pageImageBusy(params.pageNumber),
        );
        if (!png) throw documentNotShared();
        sendBinary(res, 'image/png', png);
      },
    }),
    defineRoute({
      method: 'get',
      path: `${path}/documents/:documentId/pdf`,
      summary:
        'A document concerning the third party, as a PDF with the proposed redactions burnt in. 503 with Retry-After when every renderer is busy.',
      tag,
      access: { kind: 'public' },
      params: thirdPartyDocumentParamsSchema,
      response: previewImageSchema,
      handle: async ({ params, req, res }) => {
        const em = ctx.orm.em.fork();
        const thirdParty = await thirdPartyOfToken(em, req, params.token);
        const document = await sharedDocument(em, thirdParty, params.documentId);
        if (documentState(document) !== 'ready') throw documentNotShared();
        const pdf = await orBusy(previews.pdf(em, document), previewPdfBusy);
        sendBinary(res, 'application/pdf', pdf, `document-${document.documentNumber}-voorstel-lakken.pdf`);
      },
    }),
  ];
}
