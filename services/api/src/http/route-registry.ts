// Every API route is one spec: method, path, summary, who may call it, and the zod schemas of what goes in and out.
// The router is built from these specs, the OpenAPI document is generated from them, and the authorisation test
// walks them, so a new endpoint cannot skip validation, documentation or the access checks.
import type { Request, RequestHandler, Response } from 'express';
import type { z } from 'zod';
import type { Permission } from '../auth/permissions.js';
import type { StaffSession } from '../auth/staff-session.js';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** Public routes need nothing; staff routes need a session, the CSRF header on POST, and the permission. */
export type RouteAccess = { kind: 'public' } | { kind: 'staff'; permission: Permission };

export interface RouteInput<P, Q, B> {
  params: P;
  query: Q;
  body: B;
  req: Request;
  res: Response;
  /** Set on staff routes. */
  staff: StaffSession | null;
}

export interface RouteSpec<
  P extends z.ZodType = z.ZodType,
  Q extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Express pattern, e.g. '/api/v1/cases/:id'. */
  path: string;
  summary: string;
  tag: string;
  access: RouteAccess;
  params?: P;
  query?: Q;
  body?: B;
  /**
   * A body that is not JSON and that the handler reads itself as a stream (a multipart upload). Not validated here;
   * described in the OpenAPI document under its media type.
   */
  streamedBody?: { mediaType: string; schema: z.ZodType };
  response: z.ZodType;
  /** Success status (200 unless said otherwise). */
  status?: number;
  /** Runs before validation, e.g. a rate limit. */
  before?: RequestHandler[];
  handle: (input: RouteInput<z.output<P>, z.output<Q>, z.output<B>>) => Promise<unknown>;
}

// A list of specs of different shapes; each was type-checked where it was defined.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRouteSpec = RouteSpec<any, any, any>;

/** Identity with inference: lets each spec type its handler from its own schemas. */
export function defineRoute<P extends z.ZodType, Q extends z.ZodType, B extends z.ZodType>(
  spec: RouteSpec<P, Q, B>,
): AnyRouteSpec {
  return spec;
}
