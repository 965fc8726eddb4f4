// Sends files to the case's upload route with XMLHttpRequest, because fetch cannot report how much of a request
// body has been sent. Same rules as api-client.ts: cookies of this origin only, the CSRF header the API demands on
// every POST, and the API's error answer turned into an ApiError with both languages.
import { apiErrorFromAnswer, parseJsonBody } from '../api/api-client';
import { ApiError, networkErrorText } from '../api/api-error';
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
      const json = parseJsonBody(request.responseText);
      if (request.status >= 200 && request.status < 300 && json !== undefined) {
        resolve(json as UploadResponse);
        return;
      }
      reject(apiErrorFromAnswer(request.status, json));
    });
    // The connection broke or the server went away mid-upload.
    request.addEventListener('error', () => reject(new ApiError(0, 'network.unreachable', networkErrorText)));
    request.addEventListener('abort', () => reject(new ApiError(0, 'network.unreachable', networkErrorText)));
    request.send(form);
  });
}
