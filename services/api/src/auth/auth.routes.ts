import { DomainError } from '@woo/domain';
import { z } from 'zod';
import type { ApiContext } from '../api-context.js';
import { rateLimit } from '../http/rate-limit.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { loginBodySchema, meResponseSchema } from './auth.schemas.js';
import { requireCsrfHeader } from './csrf.js';
import { clearSessionCookie, readSessionCookie, setSessionCookie } from './session-cookie.js';
import type { StaffSession } from './staff-session.js';

function loginFailed(): DomainError {
  // One message for a wrong address and a wrong password: the answer must not tell which addresses exist.
  return new DomainError('auth.unauthenticated', {
    nl: 'Het e-mailadres of het wachtwoord klopt niet.',
    en: 'The e-mail address or the password is not correct.',
  });
}

function me(staff: StaffSession) {
  return {
    user: {
      id: staff.userId,
      email: staff.email,
      displayName: staff.displayName,
      role: staff.role,
      organisationId: staff.organisationId,
    },
  };
}

export function authRoutes(ctx: ApiContext): AnyRouteSpec[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/auth/login',
      summary: 'Log in with e-mail and password; sets the session cookie (HttpOnly, SameSite=Strict).',
      tag: 'auth',
      access: { kind: 'public' },
      before: [
        requireCsrfHeader,
        rateLimit({ redis: ctx.redis, keyPrefix: ctx.keyPrefix, name: 'login', limit: () => ctx.rateLimits.login }),
      ],
      body: loginBodySchema,
      response: meResponseSchema,
      handle: async ({ body, req, res }) => {
        const em = ctx.orm.em.fork();
        const user = await ctx.authenticator.authenticate(em, body);
        if (!user) throw loginFailed();
        // Rotation: a session id from before the login is never reused.
        const previous = readSessionCookie(req);
        if (previous) await ctx.sessions.destroy(previous);
        const sessionId = await ctx.sessions.create(user.id, ctx.now());
        user.lastLoginAt = ctx.now();
        await em.flush();
        setSessionCookie(req, res, sessionId, ctx.sessions.ttlSeconds);
        return me({
          sessionId,
          userId: user.id,
          organisationId: user.organisation.id,
          role: user.role,
          displayName: user.displayName,
          email: user.email,
        });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/auth/logout',
      summary: 'End the session.',
      tag: 'auth',
      access: { kind: 'staff', permission: 'session.read' },
      response: z.void(),
      status: 204,
      handle: async ({ req, res, staff }) => {
        if (staff) await ctx.sessions.destroy(staff.sessionId);
        clearSessionCookie(req, res);
        return undefined;
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/auth/me',
      summary: 'The signed-in user.',
      tag: 'auth',
      access: { kind: 'staff', permission: 'session.read' },
      response: meResponseSchema,
      handle: async ({ staff }) => me(staff!),
    }),
  ];
}
