// The requester's downloads through the tracking code: the list, the decision letter and the public (redacted,
// verified) versions of the disclosed documents. Wrong codes are counted and slowed exactly as on the status route.
import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Case } from '@woo/db';
import type { ApiContext } from '../api-context.js';
import { sendPdf } from '../decisions/send-pdf.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { pdfSchema } from '../decisions/decision.schemas.js';
import { downloadDocumentParamsSchema, requesterDownloadsSchema } from './requester-downloads.schemas.js';
import { letterKeyOf, publicDocumentOf, requesterDownloads } from './requester-downloads.service.js';
import { trackingCodeParamsSchema } from './requester-status.schemas.js';
import { findCaseByTrackingCode } from './requester-status.service.js';
import { lookupByTrackingCode } from './tracking-code-lookup.js';

export function requesterDownloadRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const documents = ctx.documents;
  if (!documents) return [];
  const { blobs } = documents;

  /** The same counter as the status route: misses here and there add up per client. */
  const caseOfCode = (em: EntityManager, req: Request, trackingCode: string): Promise<Case> =>
    lookupByTrackingCode(ctx, req, () => findCaseByTrackingCode(em, trackingCode));

  const path = '/api/v1/requests/:trackingCode';
  return [
    defineRoute({
      method: 'get',
      path: `${path}/downloads`,
      summary: 'What the requester can download: the decision letter once decided, the documents once published.',
      tag: 'requester',
      access: { kind: 'public' },
      params: trackingCodeParamsSchema,
      response: requesterDownloadsSchema,
      handle: async ({ params, req }) => {
        const em = ctx.orm.em.fork();
        return requesterDownloads(em, await caseOfCode(em, req, params.trackingCode));
      },
    }),
    defineRoute({
      method: 'get',
      path: `${path}/decision`,
      summary: 'The decision letter (PDF) as it was sent.',
      tag: 'requester',
      access: { kind: 'public' },
      params: trackingCodeParamsSchema,
      response: pdfSchema,
      handle: async ({ params, req, res }) => {
        const em = ctx.orm.em.fork();
        const kase = await caseOfCode(em, req, params.trackingCode);
        const bytes = await blobs.get(await letterKeyOf(em, kase));
        sendPdf(res, bytes, { filename: `besluit-${kase.reference}.pdf`, disposition: 'attachment' });
      },
    }),
    defineRoute({
      method: 'get',
      path: `${path}/documents/:number`,
      summary:
        'The public (redacted, leak-gate-passed) version of a disclosed document of the published decision; ' +
        'never an original, never a document that is not disclosed.',
      tag: 'requester',
      access: { kind: 'public' },
      params: downloadDocumentParamsSchema,
      response: pdfSchema,
      handle: async ({ params, req, res }) => {
        const em = ctx.orm.em.fork();
        const kase = await caseOfCode(em, req, params.trackingCode);
        const document = await publicDocumentOf(em, kase, params.number);
        const bytes = await blobs.get(document.publicBlobKey!);
        sendPdf(res, bytes, {
          filename: `${kase.reference}-document-${document.documentNumber}.pdf`,
          disposition: 'attachment',
        });
      },
    }),
  ];
}
