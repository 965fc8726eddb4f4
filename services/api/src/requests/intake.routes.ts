import { registerCase } from '@woo/cases';
import type { ApiContext } from '../api-context.js';
import { rateLimit } from '../http/rate-limit.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { invalidRequest } from '../http/validation.js';
import { intakeOrganisations } from './intake-organisations.js';
import { intakeBodySchema, intakeResponseSchema } from './intake.schemas.js';

export function intakeRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const organisations = intakeOrganisations(ctx.orm);
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/requests',
      summary: 'Submit a Woo request (public). Answers with the tracking code and the legal deadline.',
      tag: 'requester',
      access: { kind: 'public' },
      before: [
        rateLimit({ redis: ctx.redis, keyPrefix: ctx.keyPrefix, name: 'intake', limit: () => ctx.rateLimits.intake }),
      ],
      body: intakeBodySchema,
      response: intakeResponseSchema,
      status: 201,
      handle: async ({ body }) => {
        const organisation = await organisations.bySlug(body.organisation);
        if (!organisation) {
          throw invalidRequest([
            {
              field: 'organisation',
              message: { nl: 'Deze organisatie kennen we niet.', en: 'We do not know this organisation.' },
            },
          ]);
        }
        const registered = await registerCase(
          ctx.orm.em.fork(),
          {
            organisation,
            channel: 'web',
            // The day the request arrived, in Dutch time.
            receivedOn: ctx.cases.today(),
            question: body.question,
            requestedPeriod: body.period ?? null,
            subjects: body.subjects ?? [],
            preferredForm: body.preferredForm ?? null,
            requester: body.requester,
            consentToPhone: body.consentToPhone ?? false,
            statusUrl: ctx.statusUrl,
          },
          { kind: 'requester' },
          ctx.cases,
        );
        return {
          trackingCode: registered.trackingCode,
          statusUrl: registered.statusUrl,
          reference: registered.reference,
          receivedOn: registered.receivedOn,
          deadline: registered.deadline.deadline,
          deadlineExplanation: registered.deadline.steps,
        };
      },
    }),
  ];
}
