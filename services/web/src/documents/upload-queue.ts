// The files chosen for upload, sent one after the other (document numbers then follow the order of choosing), each
// with how much of it has been sent and what became of it. A 401 halfway (the session ended) opens the inline
// login through a staff request; after logging in, the same file is sent again. A file over the API's size limit is
// refused at once, with the API's own words, instead of after minutes of sending it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bilingual } from '../api/api-types';
import { ApiError, networkErrorText } from '../api/api-error';
import { useSession } from '../session/session';
import { uploadFiles } from './upload-files';

export type UploadState = 'waiting' | 'sending' | 'login' | 'done' | 'rejected' | 'failed';

export interface UploadItem {
  key: number;
  file: File;
  loaded: number;
  total: number;
  state: UploadState;
  documentNumber: number | null;
  reason: Bilingual | null;
}

function megabytes(bytes: number, locale: 'nl-NL' | 'en-GB'): string {
  return (bytes / (1024 * 1024)).toLocaleString(locale, { maximumFractionDigits: 1 });
}

/** The reason the API gives for a file over its limit (upload.too_large), in both languages. */
export function tooLargeReason(maxBytes: number): Bilingual {
  return {
    nl: `Het bestand is te groot (maximaal ${megabytes(maxBytes, 'nl-NL')} MB)`,
    en: `The file is too large (at most ${megabytes(maxBytes, 'en-GB')} MB)`,
  };
}

export function useUploadQueue(caseId: string, onUploaded: () => void, maxFileBytes: number | null = null) {
  const { staffRequest } = useSession();
  const [items, setItems] = useState<UploadItem[]>([]);
  const nextKey = useRef(1);
  const running = useRef(false);

  const update = (key: number, change: Partial<UploadItem> | ((item: UploadItem) => Partial<UploadItem>)) =>
    setItems((list) =>
      list.map((item) =>
        item.key === key ? { ...item, ...(typeof change === 'function' ? change(item) : change) } : item,
      ),
    );

  const add = useCallback(
    (files: File[]) => {
      setItems((list) => [
        ...list,
        ...files.map((file): UploadItem => {
          const tooLarge = maxFileBytes !== null && file.size > maxFileBytes;
          return {
            key: nextKey.current++,
            file,
            loaded: 0,
            total: file.size,
            state: tooLarge ? 'rejected' : 'waiting',
            documentNumber: null,
            reason: tooLarge ? tooLargeReason(maxFileBytes) : null,
          };
        }),
      ]);
    },
    [maxFileBytes],
  );

  const send = useCallback(
    async (item: UploadItem, retried = false): Promise<void> => {
      update(item.key, { state: 'sending' });
      try {
        const answer = await uploadFiles(caseId, [item.file], ({ loaded, total }) =>
          update(item.key, { loaded, total }),
        );
        const created = answer.documents[0];
        const rejected = answer.rejected[0];
        if (created)
          update(item.key, (sent) => ({ state: 'done', loaded: sent.total, documentNumber: created.documentNumber }));
        else update(item.key, { state: 'rejected', reason: rejected?.reason ?? null });
        onUploaded();
      } catch (error) {
        if (error instanceof ApiError && error.unauthenticated && !retried) {
          // Any staff request waits for the inline login; then this file goes again.
          let loggedIn = false;
          update(item.key, { state: 'login', loaded: 0 });
          try {
            await staffRequest('GET', '/api/v1/auth/me');
            loggedIn = true;
          } catch {
            // The login was cancelled: the 401's own words say why the file was not sent.
          }
          if (loggedIn) return send({ ...item, loaded: 0 }, true);
        }
        update(item.key, { state: 'failed', reason: error instanceof ApiError ? error.text : networkErrorText });
      }
    },
    [caseId, onUploaded, staffRequest],
  );

  // One file at a time, in the order they were chosen.
  useEffect(() => {
    if (running.current) return;
    const next = items.find((item) => item.state === 'waiting');
    if (!next) return;
    running.current = true;
    void send(next).finally(() => {
      running.current = false;
      setItems((list) => [...list]);
    });
  }, [items, send]);

  /** A file whose sending failed goes back in the queue. */
  const retry = useCallback((key: number) => {
    setItems((list) =>
      list.map((item) =>
        item.key === key && item.state === 'failed' ? { ...item, state: 'waiting', loaded: 0, reason: null } : item,
      ),
    );
  }, []);

  return { items, add, retry };
}
