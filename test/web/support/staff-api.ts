// The API as the tests' own hands, for what other screens do (upload, review) and to check what a page did.
import { expect } from 'vitest';
import type { StaffAccount } from './web-test-server.js';

export interface StaffApi {
  /** The session cookie of `account`; one login per account per file (logins are limited per address). */
  login(account: StaffAccount): Promise<string>;
  /** A call with that session; fails the test on a status of 300 or more. JSON in, JSON (or nothing) out. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the tests read JSON answers freely
  call(cookie: string, method: string, path: string, body?: unknown): Promise<any>;
}

export function staffApi(base: string): StaffApi {
  const sessions = new Map<string, string>();
  return {
    async login(account) {
      const known = sessions.get(account.email);
      if (known) return known;
      const response = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-requested-with': 'test' },
        body: JSON.stringify({ email: account.email, password: account.password }),
      });
      expect(response.status).toBe(200);
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!;
      sessions.set(account.email, cookie);
      return cookie;
    },
    async call(cookie, method, path, body) {
      const form = body instanceof FormData;
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          cookie,
          ...(method !== 'GET' && { 'x-requested-with': 'test' }),
          ...(body !== undefined && !form && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && { body: form ? body : JSON.stringify(body) }),
      });
      const text = await response.text();
      expect(response.status, `${method} ${path}: ${text}`).toBeLessThan(300);
      return text ? JSON.parse(text) : undefined;
    },
  };
}
