// The OpenAPI 3.1 document, generated from the same route specs and zod schemas that validate the requests.
import { z } from 'zod';
import { errorResponseSchema } from '../http/common.schemas.js';
import type { AnyRouteSpec } from '../http/route-registry.js';
import { CSRF_HEADER } from '../auth/csrf.js';
import { SESSION_COOKIE } from '../auth/session-cookie.js';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, {
    io,
    unrepresentable: 'any',
    target: 'draft-2020-12',
  });
  return rest;
}

/** Express ':id' becomes OpenAPI '{id}'. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z]+)/g, '{$1}');
}

function parameters(spec: AnyRouteSpec) {
  const out: JsonSchema[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const properties = (jsonSchema(schema, 'input').properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((jsonSchema(schema, 'input').required as string[] | undefined) ?? []);
    for (const [name, property] of Object.entries(properties)) {
      out.push({ name, in: where, required: where === 'path' || required.has(name), schema: property });
    }
  }
  return out;
}

const errorContent = { 'application/json': { schema: jsonSchema(errorResponseSchema, 'output') } };

export function openApiDocument(specs: readonly AnyRouteSpec[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const status = String(spec.status ?? 200);
    const responses: Record<string, unknown> = {
      [status]:
        status === '204'
          ? { description: 'Done' }
          : {
              description: 'Success',
              content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } },
            },
      '400': { description: 'Invalid request: per-field messages in Dutch and English', content: errorContent },
    };
    if (spec.access.kind === 'staff') {
      responses['401'] = { description: 'No valid session', content: errorContent };
      responses['403'] = { description: 'Role not allowed, or CSRF header missing', content: errorContent };
    }
    if (spec.path.includes(':')) responses['404'] = { description: 'Not found', content: errorContent };
    if (spec.method === 'post' && spec.path.includes('/actions/')) {
      responses['409'] = {
        description: 'Not allowed in the current status or by a rule of the law',
        content: errorContent,
      };
    }
    if (spec.before?.length)
      responses['429'] = { description: 'Too many requests (see Retry-After)', content: errorContent };

    (paths[openApiPath(spec.path)] ??= {})[spec.method] = {
      summary: spec.summary,
      tags: [spec.tag],
      ...(spec.access.kind === 'staff' && {
        security: [{ session: [] }],
        'x-permission': spec.access.permission,
      }),
      parameters: [
        ...parameters(spec),
        ...(spec.access.kind === 'staff' && spec.method !== 'get'
          ? [{ name: 'X-Requested-With', in: 'header', required: true, schema: { type: 'string' } }]
          : []),
      ],
      ...(spec.body && {
        requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(spec.body, 'input') } } },
      }),
      ...(spec.streamedBody && {
        requestBody: {
          required: true,
          content: { [spec.streamedBody.mediaType]: { schema: jsonSchema(spec.streamedBody.schema, 'input') } },
        },
      }),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Woo case management API',
      version: '1',
      description:
        `Staff routes need the session cookie \`${SESSION_COOKIE}\` (from POST /api/v1/auth/login) and, on POST, ` +
        `the header \`${CSRF_HEADER}\`.`,
    },
    components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    paths,
  };
}
