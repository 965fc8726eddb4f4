import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'woo_session';

/** The session id from the Cookie header (no cookie-parser needed for one cookie). */
export function readSessionCookie(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) return decodeURIComponent(rest.join('='));
  }
  return null;
}

/** HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure when the request came over https. */
export function setSessionCookie(req: Request, res: Response, sessionId: string, maxAgeSeconds: number): void {
  res.cookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: maxAgeSeconds * 1000,
  });
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'strict', secure: req.secure, path: '/' });
}
