// The web app's only way to the server: fetch on the JSON API, cookies of this origin only, and the CSRF header
// (X-Requested-With) on every unsafe method, which the API demands on every POST.
import { ApiError, networkErrorText, type FieldError } from './api-error';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH';

export async function apiRequest<T>(method: HttpMethod, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET') headers['x-requested-with'] = 'woo-web';
  if (body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiError(0, 'network.unreachable', networkErrorText);
  }
  const json = parseJsonBody(await response.text());
  if (!response.ok) throw apiErrorFromAnswer(response.status, json);
  return json as T;
}

/** The body of an answer as JSON, or undefined when it is empty or not JSON. */
export function parseJsonBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The API's error answer as an ApiError with both languages; a generic one when the body says nothing. */
export function apiErrorFromAnswer(status: number, json: unknown): ApiError {
  const error = (json as { error?: Record<string, unknown> } | undefined)?.error ?? {};
  const details = (error.details as Record<string, unknown> | undefined) ?? {};
  return new ApiError(
    status,
    typeof error.code === 'string' ? error.code : `http.${status}`,
    (error.message as { nl: string; en: string } | undefined) ?? {
      nl: `Er ging iets mis (${status}).`,
      en: `Something went wrong (${status}).`,
    },
    Array.isArray(details.fields) ? (details.fields as FieldError[]) : [],
    details,
  );
}
