// The checks in front of every staff route, in this order: a valid session (401), the CSRF header on POST (403),
// the role's permission (403). Whether the case belongs to the user's organisation is checked where the case is
// loaded, and answered with 404.
import type { RequestHandler } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { User } from '@woo/db';
import { DomainError } from '@woo/domain';
import { requireCsrfHeader } from './csrf.js';
import { isAllowed, type Permission } from './permissions.js';
import { readSessionCookie } from './session-cookie.js';
import type { SessionStore } from './session-store.js';
import type { StaffSession } from './staff-session.js';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express types are extended through this namespace.
  namespace Express {
    interface Request {
      staff?: StaffSession;
    }
  }
}

export function unauthenticated(): DomainError {
  return new DomainError('auth.unauthenticated', {
    nl: 'U bent niet (meer) ingelogd. Log in om verder te gaan.',
    en: 'You are not (or no longer) logged in. Log in to continue.',
  });
}

function forbidden(): DomainError {
  return new DomainError('auth.forbidden', {
    nl: 'Uw rol mag dit niet doen.',
    en: 'Your role is not allowed to do this.',
  });
}

/** Loads the session's user fresh from the database: a deactivated user or a changed role counts at once. */
export async function loadStaffSession(
  orm: MikroORM,
  sessions: SessionStore,
  sessionId: string | null,
): Promise<StaffSession | null> {
  if (!sessionId) return null;
  const record = await sessions.get(sessionId);
  if (!record) return null;
  const user = await orm.em.fork().findOne(User, { id: record.userId, active: true });
  if (!user) return null;
  return {
    sessionId,
    userId: user.id,
    organisationId: user.organisation.id,
    role: user.role,
    displayName: user.displayName,
    email: user.email,
  };
}

export function staffAccess(deps: { orm: MikroORM; sessions: SessionStore }, permission: Permission): RequestHandler[] {
  const requireSession: RequestHandler = async (req, _res, next) => {
    const staff = await loadStaffSession(deps.orm, deps.sessions, readSessionCookie(req));
    if (!staff) throw unauthenticated();
    req.staff = staff;
    next();
  };
  const requirePermission: RequestHandler = (req, _res, next) => {
    if (!req.staff || !isAllowed(req.staff.role, permission)) throw forbidden();
    next();
  };
  return [requireSession, requireCsrfHeader, requirePermission];
}
