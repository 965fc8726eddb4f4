import type { Request } from 'express';
import type { EntityManager } from '@mikro-orm/postgresql';
import { applyAction, type CaseAction } from '@woo/cases';
import type { ApiContext } from '../api-context.js';
import { countHit, currentCount, keyPart, rateLimit, tooManyRequests } from '../http/rate-limit.js';
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

export function requesterStatusRoutes(ctx: ApiContext): AnyRouteSpec[] {
  /**
   * Finds the case of a tracking code. Wrong codes are counted per client IP; once there are too many, every lookup
   * from that client is refused until the window ends, so guessing is slowed to a crawl.
   */
  async function viewOfCode(em: EntityManager, req: Request, trackingCode: string): Promise<RequesterView> {
    const { limit, windowSeconds } = ctx.rateLimits.trackingCodeMisses;
    const key = `${ctx.keyPrefix}:rate:tracking-miss:${keyPart(req.ip ?? 'unknown')}`;
    const misses = await currentCount(ctx.redis, key);
    if (misses.count >= limit) throw tooManyRequests(misses.ttl);
    const view = await findRequesterView(em, { trackingCode });
    if (!view) {
      await countHit(ctx.redis, key, windowSeconds);
      throw requestNotFound();
    }
    return view;
  }

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
