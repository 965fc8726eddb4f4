// Errors of one form: per field (keyed by the API's dotted field path) and for the form as a whole. Server errors
// (a 400 lists each wrong field in both languages) and the browser's own checks end up in the same shape.
import { ApiError } from '../api/api-error';
import type { Bilingual } from '../api/api-types';
import type { SummaryLine } from './error-summary';

export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const noErrors: FormErrors = { fields: {}, form: null };

export function hasErrors(errors: FormErrors): boolean {
  return errors.form !== null || Object.keys(errors.fields).length > 0;
}

/** The errors of a failed request; `known` are the API field paths this form shows, others go to the form. */
export function errorsFromApi(error: unknown, pick: (text: Bilingual) => string, known: readonly string[]): FormErrors {
  if (!(error instanceof ApiError)) return { fields: {}, form: String(error) };
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const field of error.fields) {
    const path = known.find((name) => field.field === name || field.field.startsWith(`${name}.`));
    if (path && !fields[path]) fields[path] = pick(field.message);
    else if (!path) rest.push(pick(field.message));
  }
  const form =
    Object.keys(fields).length > 0 && rest.length === 0 ? pick(error.text) : [pick(error.text), ...rest].join(' ');
  return { fields, form };
}

/** The summary lines in the order of the form's fields. */
export function summaryLines(
  errors: FormErrors,
  fieldOrder: readonly string[],
  idOf: (field: string) => string,
): SummaryLine[] {
  const lines: SummaryLine[] = [];
  if (errors.form) lines.push({ fieldId: null, message: errors.form });
  for (const field of fieldOrder) {
    const message = errors.fields[field];
    if (message) lines.push({ fieldId: idOf(field), message });
  }
  return lines;
}
