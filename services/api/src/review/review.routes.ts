// The redaction review (DESIGN §4 step 5): regions per page; accept, reject, change, add and delete regions; mark a
// region's text as a namesake where it stands openly elsewhere; one decision for every occurrence in the case;
// submit, approve (four eyes) and reopen; what changed in this round; per document the outcome beside the grounds
// and outcome its regions suggest. The logic is in @woo/documents.
import {
  addManualRegion,
  applyRegionDecisionToCase,
  approveReview,
  changeRegion,
  decideRegion,
  deleteManualRegion,
  documentAssessment,
  listDocumentRegions,
  listReviewChanges,
  reopenDocumentReview,
  setDocumentOutcome,
  setRegionNamesake,
  submitReview,
  type ReviewActor,
  type ReviewDeps,
} from '@woo/documents';
import type { ApiContext } from '../api-context.js';
import type { StaffSession } from '../auth/staff-session.js';
import { idParamsSchema } from '../http/common.schemas.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import {
  acceptBodySchema,
  addRegionBodySchema,
  applyToCaseBodySchema,
  applyToCaseResponseSchema,
  approvalResponseSchema,
  assessmentSchema,
  changeRegionBodySchema,
  documentRegionsSchema,
  emptyBodySchema,
  namesakeBodySchema,
  outcomeBodySchema,
  pageQuerySchema,
  regionChangeSchema,
  reopenBodySchema,
  reviewChangesSchema,
  reviewStateSchema,
} from './review.schemas.js';

const tag = 'redaction review';

function actorOf(staff: StaffSession | null): ReviewActor {
  // Staff routes always carry a session; the access checks ran before the handler.
  return { userId: staff!.userId, organisationId: staff!.organisationId };
}

export function reviewRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const deps: ReviewDeps = { today: ctx.cases.today };
  const em = () => ctx.orm.em.fork();

  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/documents/:id/regions',
      summary:
        'Regions of a document per page (all pages, or ?page=N): box, text, ground with its label, recogniser, ' +
        'confidence, status, origin and who changed it; with the legend of the grounds used.',
      tag,
      access: { kind: 'staff', permission: 'document.review.read' },
      params: idParamsSchema,
      query: pageQuerySchema,
      response: documentRegionsSchema,
      handle: async ({ params, query, staff }) =>
        listDocumentRegions(em(), actorOf(staff), params.id, { page: query.page }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/documents/:id/regions',
      summary: 'Add a region by hand (page, box and ground required); it is accepted at once.',
      tag,
      access: { kind: 'staff', permission: 'document.review.edit' },
      params: idParamsSchema,
      body: addRegionBodySchema,
      response: regionChangeSchema,
      status: 201,
      handle: async ({ params, body, staff }) => addManualRegion(em(), actorOf(staff), params.id, body, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/regions/:id/accept',
      summary: 'Accept a region, optionally with another ground.',
      tag,
      access: { kind: 'staff', permission: 'document.review.edit' },
      params: idParamsSchema,
      body: acceptBodySchema,
      response: regionChangeSchema,
      handle: async ({ params, body, staff }) =>
        decideRegion(em(), actorOf(staff), params.id, { status: 'accepted', ground: body.ground }, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/regions/:id/reject',
      summary: 'Reject a region: the text under it stays readable.',
      tag,
      access: { kind: 'staff', permission: 'document.review.edit' },
      params: idParamsSchema,
      body: emptyBodySchema,
      response: regionChangeSchema,
      handle: async ({ params, staff }) => decideRegion(em(), actorOf(staff), params.id, { status: 'rejected' }, deps),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/regions/:id',
      summary: 'Change the ground or the box of a region.',
      tag,
      access: { kind: 'staff', permission: 'document.review.edit' },
      params: idParamsSchema,
      body: changeRegionBodySchema,
      response: regionChangeSchema,
      handle: async ({ params, body, staff }) => changeRegion(em(), actorOf(staff), params.id, body, deps),
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/regions/:id/namesake',
      summary:
        'Record (or clear) that where the text of this region also stands openly elsewhere in the document, that is ' +
        'another person (a namesake) and may stay: the leak gate then searches it only where the original did not ' +
        'show it openly. Refused on a rejected region and on an identifier (BSN, IBAN, e-mail, phone …).',
      tag,
      access: { kind: 'staff', permission: 'document.review.edit' },
      params: idParamsSchema,
      body: namesakeBodySchema,
      response: regionChangeSchema,
      handle: async ({ params, body, staff }) =>
        setRegionNamesake(em(), actorOf(staff), params.id, body.namesake, deps),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/v1/regions/:id',
      summary: 'Delete a region that was added by hand (a proposed region is rejected instead).',
      tag,
      access: { kind: 'staff', permission: 'document.review.edit' },
      params: idParamsSchema,
      response: regionChangeSchema,
      handle: async ({ params, staff }) => deleteManualRegion(em(), actorOf(staff), params.id, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/regions/:id/apply-to-case',
      summary:
        'Apply one decision (accept with a ground, or reject) to every region with the same text in the case; ' +
        'with addMissing, also redact the text where it stands in the case without a region.',
      tag,
      access: { kind: 'staff', permission: 'document.review.edit' },
      params: idParamsSchema,
      body: applyToCaseBodySchema,
      response: applyToCaseResponseSchema,
      handle: async ({ params, body, staff }) => applyRegionDecisionToCase(em(), actorOf(staff), params.id, body, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/documents/:id/review/submit',
      summary: 'Submit the review of a document; refused while regions are still undecided.',
      tag,
      access: { kind: 'staff', permission: 'document.review.submit' },
      params: idParamsSchema,
      body: emptyBodySchema,
      response: reviewStateSchema,
      handle: async ({ params, staff }) => submitReview(em(), actorOf(staff), params.id, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/documents/:id/review/approve',
      summary: 'Approve a submitted review (another reviewer than the submitter) and request the redaction.',
      tag,
      access: { kind: 'staff', permission: 'document.review.approve' },
      params: idParamsSchema,
      body: emptyBodySchema,
      response: approvalResponseSchema,
      handle: async ({ params, staff }) => approveReview(em(), actorOf(staff), params.id, deps),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/documents/:id/review/reopen',
      summary: 'Reopen a submitted or approved review.',
      tag,
      access: { kind: 'staff', permission: 'document.review.reopen' },
      params: idParamsSchema,
      body: reopenBodySchema,
      response: reviewStateSchema,
      handle: async ({ params, body, staff }) =>
        reopenDocumentReview(em(), actorOf(staff), params.id, body.reason ?? null, deps),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/documents/:id/review/changes',
      summary: 'What was decided on the regions and the outcome in this round of the review: who, what, when.',
      tag,
      access: { kind: 'staff', permission: 'document.review.read' },
      params: idParamsSchema,
      response: reviewChangesSchema,
      handle: async ({ params, staff }) => listReviewChanges(em(), actorOf(staff), params.id),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/documents/:id/outcome',
      summary: "The document's outcome, and the grounds and outcome its accepted regions suggest.",
      tag,
      access: { kind: 'staff', permission: 'document.review.read' },
      params: idParamsSchema,
      response: assessmentSchema,
      handle: async ({ params, staff }) => documentAssessment(em(), actorOf(staff), params.id),
    }),
    defineRoute({
      method: 'put',
      path: '/api/v1/documents/:id/outcome',
      summary: 'Set the outcome: openbaar, deels openbaar, niet openbaar, or reeds openbaar with its link.',
      tag,
      access: { kind: 'staff', permission: 'document.review.edit' },
      params: idParamsSchema,
      body: outcomeBodySchema,
      response: assessmentSchema,
      handle: async ({ params, body, staff }) => setDocumentOutcome(em(), actorOf(staff), params.id, body, deps),
    }),
  ];
}
