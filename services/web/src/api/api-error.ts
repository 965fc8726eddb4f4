import type { Bilingual } from './api-types';

export interface FieldError {
  /** Dotted path as the API names it, e.g. 'requester.email'; '' for the request as a whole. */
  field: string;
  message: Bilingual;
}

/** An error answer of the API: its code, its message in both languages, and the wrong fields of a 400. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly text: Bilingual,
    readonly fields: FieldError[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${status} ${code}: ${text.en}`);
    this.name = 'ApiError';
  }

  get unauthenticated(): boolean {
    return this.status === 401;
  }
}

/** When the API cannot be reached at all (network down, server restarting). */
export const networkErrorText: Bilingual = {
  nl: 'We konden de server niet bereiken. Controleer uw internetverbinding en probeer het opnieuw.',
  en: 'We could not reach the server. Check your internet connection and try again.',
};
