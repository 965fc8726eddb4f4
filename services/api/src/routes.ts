import type { ApiContext } from './api-context.js';
import { authRoutes } from './auth/auth.routes.js';
import { caseRoutes } from './cases/case.routes.js';
import { documentRoutes } from './documents/document.routes.js';
import type { AnyRouteSpec } from './http/route-registry.js';
import { openApiRoutes } from './openapi/openapi.routes.js';
import { organisationRoutes } from './organisations/organisation.routes.js';
import { intakeRoutes } from './requests/intake.routes.js';
import { requesterStatusRoutes } from './requests/requester-status.routes.js';
import { pageImageRoutes } from './review/page-image.routes.js';
import { reviewRoutes } from './review/review.routes.js';

/** Every route of /api/v1, in one list: the router, the OpenAPI document and the authorisation test all read it. */
export function apiRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const routes = [
    ...authRoutes(ctx),
    ...organisationRoutes(ctx),
    ...intakeRoutes(ctx),
    ...requesterStatusRoutes(ctx),
    ...caseRoutes(ctx),
    ...documentRoutes(ctx),
    ...reviewRoutes(ctx),
    ...pageImageRoutes(ctx),
  ];
  return [...routes, ...openApiRoutes(routes)];
}
