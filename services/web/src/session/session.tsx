// The staff session. Every staff request goes through `staffRequest`: when the API answers 401 (the session ended
// while the user was typing), the login appears inline above the page, the form below stays as it was, and after
// logging in the same request is sent again — nothing typed is lost.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { apiRequest, type HttpMethod } from '../api/api-client';
import { ApiError } from '../api/api-error';
import type { StaffUser } from '../api/api-types';

interface PendingLogin {
  resolve: () => void;
  reject: (error: unknown) => void;
}

export interface Session {
  /** undefined while the first check runs; null when nobody is logged in. */
  user: StaffUser | null | undefined;
  login: (email: string, password: string) => Promise<StaffUser>;
  logout: () => Promise<void>;
  staffRequest: <T>(method: HttpMethod, path: string, body?: unknown) => Promise<T>;
  /** True while a request waits for the user to log in again. */
  reloginPending: boolean;
  /** Logs in for the waiting request, which is then retried. */
  completeRelogin: (email: string, password: string) => Promise<void>;
  cancelRelogin: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: React.ReactNode }) {
  const [user, setUser] = useState<StaffUser | null | undefined>(undefined);
  const [reloginPending, setReloginPending] = useState(false);
  const pending = useRef<PendingLogin[]>([]);

  useEffect(() => {
    apiRequest<{ user: StaffUser }>('GET', '/api/v1/auth/me')
      .then((me) => setUser(me.user))
      .catch(() => setUser(null));
  }, []);

  const login = useCallback(async (email: string, password: string) => {
    const me = await apiRequest<{ user: StaffUser }>('POST', '/api/v1/auth/login', { email, password });
    setUser(me.user);
    return me.user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await apiRequest('POST', '/api/v1/auth/logout', {});
    } catch (error) {
      // An expired session is logged out already.
      if (!(error instanceof ApiError && error.unauthenticated)) throw error;
    }
    setUser(null);
  }, []);

  const waitForLogin = useCallback(
    () =>
      new Promise<void>((resolve, reject) => {
        pending.current.push({ resolve, reject });
        setReloginPending(true);
      }),
    [],
  );

  const staffRequest = useCallback(
    async <T,>(method: HttpMethod, path: string, body?: unknown): Promise<T> => {
      try {
        return await apiRequest<T>(method, path, body);
      } catch (error) {
        if (!(error instanceof ApiError && error.unauthenticated)) throw error;
        await waitForLogin();
        return apiRequest<T>(method, path, body);
      }
    },
    [waitForLogin],
  );

  const completeRelogin = useCallback(
    async (email: string, password: string) => {
      await login(email, password);
      const waiting = pending.current;
      pending.current = [];
      setReloginPending(false);
      for (const request of waiting) request.resolve();
    },
    [login],
  );

  const cancelRelogin = useCallback(() => {
    const waiting = pending.current;
    pending.current = [];
    setReloginPending(false);
    setUser(null);
    for (const request of waiting) request.reject(new ApiError(401, 'auth.unauthenticated', { nl: '', en: '' }));
  }, []);

  const value = useMemo<Session>(
    () => ({ user, login, logout, staffRequest, reloginPending, completeRelogin, cancelRelogin }),
    [user, login, logout, staffRequest, reloginPending, completeRelogin, cancelRelogin],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}
