import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyAction, type CaseAction } from '@woo/cases';
import type { ApiContext } from '../api-context.js';
import { rateLimit } from '../http/rate-limit.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import {
  consentToDelayBodySchema,
  preciseringBodySchema,
  requesterStatusSchema,
  trackingCodeParamsSchema,
  withdrawBodySchema,
} from './requester-status.schemas.js';
import {
  findRequesterView,
  requestNotFound,
  requesterStatusOf,
  type RequesterView,
} from './requester-status.service.js';
import { lookupByTrackingCode } from './tracking-code-lookup.js';

export function requesterStatusRoutes(ctx: ApiContext): AnyRouteSpec[] {
  /** The requester's view of the case of a tracking code; wrong codes counted and slowed (tracking-code-lookup.ts). */
  const viewOfCode = (em: EntityManager, req: Request, trackingCode: string): Promise<RequesterView> =>
    lookupByTrackingCode(ctx, req, () => findRequesterView(em, { trackingCode }));

  const actionLimit = rateLimit({
    redis: ctx.redis,
    keyPrefix: ctx.keyPrefix,
    name: 'requester-action',
    limit: () => ctx.rateLimits.requesterActions,
  });

  /** A requester action through the tracking code, then the status as it is now. */
  async function act(req: Request, trackingCode: string, action: (today: string) => CaseAction) {
    const em = ctx.orm.em.fork();
    const { caseId } = await viewOfCode(em, req, trackingCode);
    await applyAction(em, caseId, action(ctx.cases.today()), { kind: 'requester' }, ctx.cases);
    const after = await findRequesterView(ctx.orm.em.fork(), { caseId });
    if (!after) throw requestNotFound();
    return requesterStatusOf(after, ctx.cases);
  }

  const path = '/api/v1/requests/:trackingCode';
  return [
    defineRoute({
      method: 'get',
      path,
      summary: 'Status of a request for its requester: plain-language status, deadline, public timeline.',
      tag: 'requester',
      access: { kind: 'public' },
      params: trackingCodeParamsSchema,
      response: requesterStatusSchema,
      // One Redis round trip (the miss count) and one query (case, organisation name and log together).
      handle: async ({ params, req }) =>
        requesterStatusOf(await viewOfCode(ctx.orm.em.fork(), req, params.trackingCode), ctx.cases),
    }),
    defineRoute({
      method: 'post',
      path: `${path}/precisering`,
      summary: 'The requester answers the question to make the request more precise (resumes the term).',
      tag: 'requester',
      access: { kind: 'public' },
      before: [actionLimit],
      params: trackingCodeParamsSchema,
      body: preciseringBodySchema,
      response: requesterStatusSchema,
      handle: async ({ params, body, req }) =>
        act(req, params.trackingCode, (on) => ({ type: 'precisering_received', on, answer: body.answer })),
    }),
    defineRoute({
      method: 'post',
      path: `${path}/consent-to-delay`,
      summary: 'The requester agrees in writing to a delay (suspends the term, Awb 4:15(2)(a)).',
      tag: 'requester',
      access: { kind: 'public' },
      before: [actionLimit],
      params: trackingCodeParamsSchema,
      body: consentToDelayBodySchema,
      response: requesterStatusSchema,
      handle: async ({ params, body, req }) =>
        act(req, params.trackingCode, (on) => ({
          type: 'consent_to_delay_given',
          on,
          ...(body.until !== undefined && { until: body.until }),
        })),
    }),
    defineRoute({
      method: 'post',
      path: `${path}/withdraw`,
      summary: 'The requester withdraws the request.',
      tag: 'requester',
      access: { kind: 'public' },
      before: [actionLimit],
      params: trackingCodeParamsSchema,
      body: withdrawBodySchema,
      response: requesterStatusSchema,
      handle: async ({ params, req }) => act(req, params.trackingCode, (on) => ({ type: 'withdrawn', on })),
    }),
  ];
}
