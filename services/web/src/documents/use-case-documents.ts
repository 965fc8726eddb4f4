// The case's documents, asked again and again while any of them is still moving through the pipeline (every
// 1.5 s), and slowly (every 5 s) when all of them wait for a person or are finished, so a burn-in started from the
// review page still shows up here. Polling rather than a stream: one cheap query, and nothing to keep open.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useSession } from '../session/session';
import type { DocumentSummary, UploadLimits } from './document-types';
import { isMoving } from './document-stage';

const busyInterval = 1500;
const quietInterval = 5000;

export function useCaseDocuments(caseId: string) {
  const { staffRequest } = useSession();
  const [documents, setDocuments] = useState<DocumentSummary[] | null>(null);
  const [uploadLimits, setUploadLimits] = useState<UploadLimits | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  const busy = useRef(false);

  useEffect(() => {
    let current = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async (first: boolean) => {
      // A tab in the background asks nothing; it catches up as soon as it is seen again.
      if (!first && document.visibilityState === 'hidden') {
        timer = setTimeout(() => void poll(false), busyInterval);
        return;
      }
      try {
        const answer = await staffRequest<{ documents: DocumentSummary[]; uploadLimits: UploadLimits }>(
          'GET',
          `/api/v1/cases/${encodeURIComponent(caseId)}/documents`,
        );
        if (!current) return;
        setDocuments(answer.documents);
        setUploadLimits(answer.uploadLimits);
        setError(null);
        busy.current = answer.documents.some(isMoving);
      } catch (failure) {
        if (!current) return;
        setError(failure);
      }
      if (current) timer = setTimeout(() => void poll(false), busy.current ? busyInterval : quietInterval);
    };
    void poll(true);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [caseId, staffRequest, version]);

  /** Ask now (after an upload), and keep asking often. */
  const refresh = useCallback(() => {
    busy.current = true;
    setVersion((n) => n + 1);
  }, []);
  return { documents, uploadLimits, error, refresh };
}
