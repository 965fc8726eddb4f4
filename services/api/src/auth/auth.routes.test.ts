import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aUser } from '@woo/db/testing';
import { Organisation, User } from '@woo/db';
import { hashPassword } from './password.js';
import { startTestApi, TEST_PASSWORD, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
let organisation: Organisation;
let email: string;

beforeAll(async () => {
  api = await startTestApi({
    redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    rateLimits: { login: { limit: 12, windowSeconds: 60 } },
  });
  organisation = await api.organisation();
  const em = api.db.orm.em.fork();
  const user = aUser(em, {
    organisation: em.getReference(Organisation, organisation.id),
    role: 'reviewer',
    passwordHash: await hashPassword(TEST_PASSWORD),
  });
  await em.flush();
  email = user.email;
});
afterAll(async () => api?.close());

const login = (body: unknown, options: { cookie?: string; csrf?: boolean } = {}) =>
  api.request('POST', '/api/v1/auth/login', { body, ...options });
const cookieOf = (setCookie: string | null) => (setCookie ?? '').split(';')[0]!;

// Logins in this file: 9 before the rate-limit test, which then uses up the window of 12.
describe('login, session and logout', () => {
  it('logs in with e-mail and password and sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const response = await login({ email: email.toUpperCase(), password: TEST_PASSWORD });
    expect(response.status).toBe(200);
    expect(response.body.user).toMatchObject({ email, role: 'reviewer', organisationId: organisation.id });
    const setCookie = response.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^woo_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    // Plain http in the test: no Secure flag (it is set when the request came over https).
    expect(setCookie).not.toContain('Secure');
    const me = await api.request('GET', '/api/v1/auth/me', { cookie: cookieOf(setCookie) });
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(email);
    const em = api.db.orm.em.fork();
    expect((await em.findOneOrFail(User, { email })).lastLoginAt).not.toBeNull();
  });

  it('gives one generic answer for a wrong password and an unknown address', async () => {
    const wrongPassword = await login({ email, password: 'wrong horse' });
    const unknownEmail = await login({ email: 'niemand@example.org', password: TEST_PASSWORD });
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    expect(wrongPassword.body).toEqual(unknownEmail.body);
    expect(wrongPassword.body.error.message.nl).toBe('Het e-mailadres of het wachtwoord klopt niet.');
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a deactivated user', async () => {
    const em = api.db.orm.em.fork();
    const user = aUser(em, {
      organisation: em.getReference(Organisation, organisation.id),
      passwordHash: (await em.findOneOrFail(User, { email }, { fields: ['passwordHash'] })).passwordHash,
      active: false,
    });
    await em.flush();
    expect((await login({ email: user.email, password: TEST_PASSWORD })).status).toBe(401);
  });

  it('rotates the session on login and ends it on logout', async () => {
    const first = cookieOf((await login({ email, password: TEST_PASSWORD })).headers.get('set-cookie'));
    const second = cookieOf(
      (await login({ email, password: TEST_PASSWORD }, { cookie: first })).headers.get('set-cookie'),
    );
    expect(second).not.toBe(first);
    expect((await api.request('GET', '/api/v1/auth/me', { cookie: first })).status).toBe(401);
    expect((await api.request('GET', '/api/v1/auth/me', { cookie: second })).status).toBe(200);

    const logout = await api.request('POST', '/api/v1/auth/logout', { cookie: second });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/^woo_session=;/);
    expect((await api.request('GET', '/api/v1/auth/me', { cookie: second })).status).toBe(401);
  });

  it('stores sessions in Redis under a hash of the id, with an expiry', async () => {
    const cookie = cookieOf((await login({ email, password: TEST_PASSWORD })).headers.get('set-cookie'));
    const sessionId = cookie.split('=')[1]!;
    const keys = await api.redis.keys(`${api.prefix}:api:session:*`);
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.join()).not.toContain(sessionId);
    for (const key of keys) {
      const ttl = await api.redis.ttl(key);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(8 * 3600);
    }
  });

  it('needs the X-Requested-With header to log in (CSRF), and a valid body', async () => {
    const noHeader = await login({ email, password: TEST_PASSWORD }, { csrf: false });
    expect(noHeader.status).toBe(403);
    expect(noHeader.body.error.code).toBe('csrf.forbidden');
    const invalid = await login({ email });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.details.fields[0].field).toBe('password');
  });

  it('limits login attempts per client with 429 and Retry-After', async () => {
    let response;
    for (let i = 0; i < 14; i++) {
      response = await login({ email, password: 'guess' });
      if (response.status === 429) break;
    }
    expect(response!.status).toBe(429);
    expect(Number(response!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password waits for the window to end.
    expect((await login({ email, password: TEST_PASSWORD })).status).toBe(429);
  });
});
