import { useCallback, useEffect, useState } from 'react';
import { useSession } from './session';

/** GETs `path` with the staff session (re-login on expiry) and keeps the answer; `reload` fetches again. */
/** `refreshKey`: asked again whenever it changes (e.g. a counter the page raises after a change elsewhere). */
export function useStaffData<T>(path: string | null, refreshKey?: unknown) {
  const { staffRequest } = useSession();
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!path) return;
    let current = true;
    staffRequest<T>('GET', path).then(
      (answer) => {
        if (!current) return;
        setData(answer);
        setError(null);
      },
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [path, staffRequest, version, refreshKey]);
  const reload = useCallback(() => setVersion((n) => n + 1), []);
  return { data, error, reload, setData };
}
