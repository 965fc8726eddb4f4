import { Organisation } from '@woo/db';
import type { ApiContext } from '../api-context.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { organisationListSchema } from './organisation.schemas.js';

/** The organisations a requester can address: the choice on the public intake form. Names and slugs only. */
export function organisationRoutes(ctx: ApiContext): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/organisations',
      summary: 'Organisations that take requests (public): slug and name, sorted by name.',
      tag: 'requester',
      access: { kind: 'public' },
      response: organisationListSchema,
      handle: async () => {
        const organisations = await ctx.orm.em.fork().find(Organisation, {}, { orderBy: { name: 'asc' } });
        return { organisations: organisations.map(({ slug, name }) => ({ slug, name })) };
      },
    }),
  ];
}
