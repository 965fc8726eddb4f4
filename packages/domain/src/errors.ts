/**
 * An error in the rules: an illegal transition, an unknown ground code, an impossible date.
 * `code` is stable and machine-readable (e.g. 'case.transition_not_allowed'); only the edge (HTTP, CLI) maps it to a
 * status or exit code. `message` is English for logs; `nl`/`en` are the texts a user may see. `details` carries the
 * facts that explain it (never personal data).
 */
export class DomainError extends Error {
  readonly code: string;
  readonly nl: string;
  readonly en: string;
  readonly details: Record<string, unknown>;

  constructor(code: string, texts: { nl: string; en: string }, details: Record<string, unknown> = {}) {
    super(texts.en);
    this.name = 'DomainError';
    this.code = code;
    this.nl = texts.nl;
    this.en = texts.en;
    this.details = details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
