// Publishing a decision: whether it can be done now, with every reason it cannot (no decision, review not finished on
// document N, public version not redone after a change, leak gate failed on document N, disclosure hold until a
// date), and the publish action itself, refused with those reasons or recorded as the `published` event with its
// Publication.
import { publicationReadiness, publishDecision, type PublicationReadiness } from '@woo/cases';
import type { ApiContext } from '../api-context.js';
import { actionPermission } from '../auth/permissions.js';
import { staffActor, type StaffSession } from '../auth/staff-session.js';
import { findStaffCase } from '../cases/case-lookup.js';
import { idParamsSchema } from '../http/common.schemas.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { publicationStateSchema, publishBodySchema } from './publication.schemas.js';

const tag = 'publication';

function stateOf(readiness: PublicationReadiness) {
  return {
    ready: readiness.ready,
    reasons: readiness.reasons,
    publication: readiness.publication
      ? {
          publishedAt: readiness.publication.publishedAt?.toISOString() ?? null,
          /** The legal (Europe/Amsterdam) date of publication. */
          publishedOn: readiness.publishedOn,
          publicSlug: readiness.publication.publicSlug,
        }
      : null,
  };
}

export function publicationRoutes(ctx: ApiContext): AnyRouteSpec[] {
  async function stateFor(caseId: string, staff: StaffSession) {
    const em = ctx.orm.em.fork();
    const kase = await findStaffCase(em, staff, caseId);
    return stateOf(await publicationReadiness(em, kase, ctx.cases.today()));
  }

  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/cases/:id/publication',
      summary: 'Can the decision be published now? Every reason it cannot, naming the document, in Dutch and English.',
      tag,
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: publicationStateSchema,
      handle: async ({ params, staff }) => stateFor(params.id, staff!),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/cases/:id/publication',
      summary:
        'Publish the decision (ends a disclosure hold that has run out first). Refused with code ' +
        'publication.blocked and the list of reasons in details.reasons.',
      tag,
      access: { kind: 'staff', permission: actionPermission('published') },
      params: idParamsSchema,
      body: publishBodySchema,
      response: publicationStateSchema,
      status: 201,
      handle: async ({ params, staff }) => {
        const kase = await findStaffCase(ctx.orm.em.fork(), staff!, params.id);
        const publication = await publishDecision(ctx.orm.em.fork(), kase.id, staffActor(staff!), ctx.cases);
        ctx.logger.info({ caseId: kase.id, publicationId: publication.id }, 'decision published');
        return stateFor(kase.id, staff!);
      },
    }),
  ];
}
