// CSRF protection for the cookie-authenticated API, two layers:
// 1. the session cookie is SameSite=Strict, so browsers do not send it with requests started by another site;
// 2. every POST must carry the header `X-Requested-With` (any value). A plain HTML form or <img> on another site
//    cannot set a custom header, and a cross-origin fetch that sets one needs a CORS preflight this API never grants.
// A custom header rather than a double-submit token: nothing to store or rotate, and the API has no HTML forms of its
// own (the web pages send it from their scripts).
import type { RequestHandler } from 'express';
import { DomainError } from '@woo/domain';

export const CSRF_HEADER = 'x-requested-with';

export const requireCsrfHeader: RequestHandler = (req, _res, next) => {
  const safe = req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS';
  if (safe || (req.header(CSRF_HEADER) ?? '').length > 0) return next();
  throw new DomainError('csrf.forbidden', {
    nl: 'Dit verzoek mist de beveiligingskop X-Requested-With.',
    en: 'This request lacks the X-Requested-With security header.',
  });
};
