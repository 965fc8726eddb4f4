// Loading the page image again when it fails. The API draws page images in a few render threads and answers 503 (with
// Retry-After) when they are all busy; a page not rendered yet is a 404 that may also pass. An <img> cannot read the
// answer's status or headers, so every error is tried again after a fixed backoff (1, 2, 4 seconds); after the last
// attempt the page says so and offers a button that starts a new round. The state is kept per image address: moving
// to another page starts afresh (the timer of the previous page is cleared with it).
import { useEffect, useReducer, useState } from 'react';
import { apiErrorFromAnswer, parseJsonBody } from '../api/api-client';
import { ApiError, networkErrorText } from '../api/api-error';

/** Milliseconds to wait before each new attempt after an error: as many attempts again as there are delays. */
export const imageRetryDelays: readonly number[] = [1000, 2000, 4000];

export interface ImageLoad {
  url: string;
  /** Counts every attempt at this address (also across rounds): a new <img> element for each, so it loads again. */
  attempt: number;
  /** Errors in the current round; a round starts with the first load or with "try again". */
  errors: number;
  phase: 'loading' | 'loaded' | 'waiting' | 'failed';
}

export type ImageEvent =
  | { type: 'loaded'; url: string }
  | { type: 'error'; url: string }
  /** The wait after an error is over. */
  | { type: 'due'; url: string }
  /** The user asks for a new round. */
  | { type: 'retry'; url: string };

export function firstImageLoad(url: string): ImageLoad {
  return { url, attempt: 1, errors: 0, phase: 'loading' };
}

/** The next state. An event of another address than the state's starts that address afresh (another page). */
export function nextImageLoad(current: ImageLoad, event: ImageEvent, delays = imageRetryDelays): ImageLoad {
  const load = current.url === event.url ? current : firstImageLoad(event.url);
  switch (event.type) {
    case 'loaded':
      return load.phase === 'loading' ? { ...load, phase: 'loaded' } : load;
    case 'error': {
      if (load.phase !== 'loading') return load;
      const errors = load.errors + 1;
      return { ...load, errors, phase: errors > delays.length ? 'failed' : 'waiting' };
    }
    case 'due':
      return load.phase === 'waiting' ? { ...load, attempt: load.attempt + 1, phase: 'loading' } : load;
    case 'retry':
      return load.phase === 'failed' ? { ...load, attempt: load.attempt + 1, errors: 0, phase: 'loading' } : load;
  }
}

/** How long to wait before the next attempt, or null when nothing is waited for. */
export function imageRetryDelay(load: ImageLoad, delays = imageRetryDelays): number | null {
  return load.phase === 'waiting' ? (delays[load.errors - 1] ?? null) : null;
}

/**
 * Why the image at `url` cannot be had, in the API's words (an <img> never sees them): asked once, as JSON, after the
 * last attempt failed. Null when it loads now after all.
 */
export async function imageFailureOf(url: string): Promise<ApiError | null> {
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (response.ok) return null;
    return apiErrorFromAnswer(response.status, parseJsonBody(await response.text()));
  } catch {
    return new ApiError(0, 'network.unreachable', networkErrorText);
  }
}

/**
 * The page image's loading state for `url`, with the handlers for the <img> and the "try again" button, and once
 * every attempt failed, the API's reason (e.g. a page that cannot be drawn, and why).
 */
export function useImageRetry(url: string, delays = imageRetryDelays) {
  const [stored, dispatch] = useReducer(
    (load: ImageLoad, event: ImageEvent) => nextImageLoad(load, event, delays),
    url,
    firstImageLoad,
  );
  // Another page: a fresh state at once, at render, so the previous page's failure never shows for a moment.
  const load = stored.url === url ? stored : firstImageLoad(url);
  const delay = imageRetryDelay(load, delays);
  useEffect(() => {
    if (delay === null) return;
    const timer = window.setTimeout(() => dispatch({ type: 'due', url }), delay);
    return () => window.clearTimeout(timer);
  }, [url, delay, load.attempt]);
  const [failure, setFailure] = useState<{ url: string; attempt: number; error: ApiError } | null>(null);
  const failed = load.phase === 'failed';
  useEffect(() => {
    if (!failed) return;
    let current = true;
    void imageFailureOf(url).then((error) => {
      if (current && error) setFailure({ url, attempt: load.attempt, error });
    });
    return () => {
      current = false;
    };
  }, [url, failed, load.attempt]);
  return {
    load,
    reason: failed && failure?.url === url && failure.attempt === load.attempt ? failure.error : null,
    onLoad: () => dispatch({ type: 'loaded', url }),
    onError: () => dispatch({ type: 'error', url }),
    retry: () => dispatch({ type: 'retry', url }),
  };
}
