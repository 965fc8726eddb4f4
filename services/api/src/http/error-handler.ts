import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isDomainError } from '@woo/domain';
import type { Logger } from '@woo/logging';

/**
 * Maps error codes to HTTP statuses: the one place where the edge decides what a rule's refusal means over HTTP.
 * Codes are matched by their last segment, so `case.not_found` and `document.not_found` share 404.
 */
const statusBySuffix: Record<string, number> = {
  invalid_request: 400,
  not_found: 404,
  transition_not_allowed: 409,
  conflict: 409,
  forbidden: 403,
  unauthenticated: 401,
  too_many_requests: 429,
  busy: 503,
};

function statusOf(code: string): number {
  const suffix = code.slice(code.lastIndexOf('.') + 1);
  return statusBySuffix[suffix] ?? 422;
}

/** Answers a request no route took, as JSON in both languages. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  res.status(404).json({
    error: { code: 'http.not_found', message: { nl: 'Deze pagina bestaat niet.', en: 'This page does not exist.' } },
  });
};

export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (isDomainError(error)) {
      const retryAfter = error.details.retryAfterSeconds;
      if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
      res.status(statusOf(error.code)).json({
        error: { code: error.code, message: { nl: error.nl, en: error.en }, details: error.details },
      });
      return;
    }
    // Body parser errors (malformed JSON, too large) carry a status; say what was wrong without echoing the body.
    const status = typeof error?.status === 'number' ? error.status : 500;
    if (status >= 400 && status < 500) {
      res.status(status).json({
        error: {
          code: status === 413 ? 'http.body_too_large' : 'http.bad_request',
          message:
            status === 413
              ? { nl: 'Het verzoek is te groot.', en: 'The request is too large.' }
              : { nl: 'Het verzoek kon niet worden gelezen.', en: 'The request could not be read.' },
        },
      });
      return;
    }
    logger.error({ err: error, requestId: req.requestId }, 'unhandled error');
    res.status(500).json({
      error: {
        code: 'http.internal_error',
        message: {
          nl: 'Er ging iets mis aan onze kant. Probeer het later opnieuw.',
          en: 'Something went wrong on our side. Please try again later.',
        },
        requestId: req.requestId,
      },
    });
  };
}
