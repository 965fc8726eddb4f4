import { z } from 'zod';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { openApiDocument } from './openapi-document.js';

/** `GET /api/v1/openapi.json`, describing `specs` and itself. Built once: the routes do not change at run time. */
export function openApiRoutes(specs: readonly AnyRouteSpec[]): AnyRouteSpec[] {
  let document: unknown;
  const self: AnyRouteSpec = defineRoute({
    method: 'get',
    path: '/api/v1/openapi.json',
    summary: 'This API description (OpenAPI 3.1), generated from the validation schemas.',
    tag: 'meta',
    access: { kind: 'public' },
    response: z.record(z.string(), z.unknown()),
    handle: async (): Promise<unknown> => (document ??= openApiDocument([...specs, self])),
  });
  return [self];
}
