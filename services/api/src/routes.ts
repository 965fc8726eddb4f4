import type { ApiContext } from './api-context.js';
import { authRoutes } from './auth/auth.routes.js';
import { caseRoutes } from './cases/case.routes.js';
import { decisionRoutes } from './decisions/decision.routes.js';
import { documentRoutes } from './documents/document.routes.js';
import type { AnyRouteSpec } from './http/route-registry.js';
import { officialRoutes } from './officials/official.routes.js';
import { openApiRoutes } from './openapi/openapi.routes.js';
import { organisationRoutes } from './organisations/organisation.routes.js';
import { publicationRoutes } from './publication/publication.routes.js';
import { intakeRoutes } from './requests/intake.routes.js';
import { requesterDownloadRoutes } from './requests/requester-downloads.routes.js';
import { requesterStatusRoutes } from './requests/requester-status.routes.js';
import { pageImageRoutes } from './review/page-image.routes.js';
import { reviewRoutes } from './review/review.routes.js';
import { thirdPartyRoutes } from './third-parties/third-party.routes.js';

/** Every route of /api/v1, in one list: the router, the OpenAPI document and the authorisation test all read it. */
export function apiRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const routes = [
    ...authRoutes(ctx),
    ...organisationRoutes(ctx),
    ...intakeRoutes(ctx),
    ...requesterStatusRoutes(ctx),
    ...requesterDownloadRoutes(ctx),
    ...caseRoutes(ctx),
    ...documentRoutes(ctx),
    ...reviewRoutes(ctx),
    ...thirdPartyRoutes(ctx),
    ...pageImageRoutes(ctx),
    ...officialRoutes(ctx),
    ...decisionRoutes(ctx),
    ...publicationRoutes(ctx),
  ];
  return [...routes, ...openApiRoutes(routes)];
}
