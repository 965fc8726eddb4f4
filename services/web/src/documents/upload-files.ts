// Sends files to the case's upload route with XMLHttpRequest, because fetch cannot report how much of a request
// body has been sent. Same rules as api-client.ts: cookies of this origin only, the CSRF header the API demands on
// every POST, and the API's error answer turned into an ApiError with both languages.
import { ApiError, networkErrorText, type FieldError } from '../api/api-error';
import type { UploadResponse } from './document-types';

export interface UploadProgress {
  loaded: number;
  total: number;
}

export function uploadFiles(
  caseId: string,
  files: readonly File[],
  onProgress: (progress: UploadProgress) => void,
): Promise<UploadResponse> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', `/api/v1/cases/${encodeURIComponent(caseId)}/documents`);
    // Same origin: the session cookie goes along without withCredentials (like fetch's credentials: 'same-origin').
    request.withCredentials = false;
    request.setRequestHeader('accept', 'application/json');
    request.setRequestHeader('x-requested-with', 'woo-web');
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    });
    request.addEventListener('load', () => {
      const json = parseJson(request.responseText);
      if (request.status >= 200 && request.status < 300 && json !== undefined) {
        resolve(json as UploadResponse);
        return;
      }
      reject(apiErrorOf(request.status, json));
    });
    // The connection broke or the server went away mid-upload.
    request.addEventListener('error', () => reject(new ApiError(0, 'network.unreachable', networkErrorText)));
    request.addEventListener('abort', () => reject(new ApiError(0, 'network.unreachable', networkErrorText)));
    request.send(form);
  });
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function apiErrorOf(status: number, json: unknown): ApiError {
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
