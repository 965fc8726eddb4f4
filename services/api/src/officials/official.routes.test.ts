// The officials list over HTTP against the real database: add, list, change, remove; validation in Dutch and
// English; and every attempt from another organisation or a reviewer answered as if the official did not exist.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Official, type Organisation } from '@woo/db';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
let own: Organisation;
const cookie: Record<'coordinator' | 'admin' | 'reviewer' | 'otherCoordinator', string> = {
  coordinator: '',
  admin: '',
  reviewer: '',
  otherCoordinator: '',
};

beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
  own = await api.organisation();
  const other = await api.organisation();
  cookie.coordinator = (await api.staff(own, 'coordinator')).cookie;
  cookie.admin = (await api.staff(own, 'admin')).cookie;
  cookie.reviewer = (await api.staff(own, 'reviewer')).cookie;
  cookie.otherCoordinator = (await api.staff(other, 'coordinator')).cookie;
});
afterAll(async () => api?.close());

describe('/api/v1/officials', () => {
  it('adds, lists, changes and removes officials of the own organisation', async () => {
    const added = await api.request('POST', '/api/v1/officials', {
      cookie: cookie.coordinator,
      body: { name: '  Gerlof Wijnstra ', jobTitle: 'beleidsmedewerker verkeer' },
    });
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      id: expect.any(String),
      name: 'Gerlof Wijnstra',
      jobTitle: 'beleidsmedewerker verkeer',
      namePublic: false,
    });
    const publicOne = await api.request('POST', '/api/v1/officials', {
      cookie: cookie.admin,
      body: { name: 'Anke Bakker', namePublic: true },
    });
    expect(publicOne.status).toBe(201);

    const list = await api.request('GET', '/api/v1/officials', { cookie: cookie.coordinator });
    expect(list.status).toBe(200);
    expect(list.body.officials.map((o: { name: string }) => o.name)).toEqual(['Anke Bakker', 'Gerlof Wijnstra']);

    const changed = await api.request('PATCH', `/api/v1/officials/${added.body.id}`, {
      cookie: cookie.coordinator,
      body: { namePublic: true, jobTitle: null },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ name: 'Gerlof Wijnstra', jobTitle: null, namePublic: true });
    const stored = await api.db.orm.em.fork().findOneOrFail(Official, added.body.id);
    expect(stored.namePublic).toBe(true);
    expect(stored.organisation.id).toBe(own.id);

    const removed = await api.request('DELETE', `/api/v1/officials/${added.body.id}`, { cookie: cookie.admin });
    expect(removed.status).toBe(200);
    expect(await api.db.orm.em.fork().count(Official, { id: added.body.id })).toBe(0);
  });

  it('refuses a missing or empty name (in Dutch and English, naming the field), an unknown field and an empty change', async () => {
    for (const body of [{}, { name: ' ' }]) {
      const response = await api.request('POST', '/api/v1/officials', { cookie: cookie.coordinator, body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.error.details.fields).toEqual([
        { field: 'name', message: { nl: expect.stringMatching(/\S/), en: expect.stringMatching(/\S/) } },
      ]);
    }
    const unknownField = await api.request('POST', '/api/v1/officials', {
      cookie: cookie.coordinator,
      body: { name: 'Gerlof Wijnstra', bsn: '123456782' },
    });
    expect(unknownField.status).toBe(400);
    const empty = await api.request('POST', '/api/v1/officials', { cookie: cookie.coordinator, body: {} });
    const id = (await api.request('GET', '/api/v1/officials', { cookie: cookie.coordinator })).body.officials[0]?.id;
    const nothing = await api.request('PATCH', `/api/v1/officials/${id ?? randomUUID()}`, {
      cookie: cookie.coordinator,
      body: {},
    });
    expect(empty.status).toBe(400);
    expect(nothing.status).toBe(400);
  });

  it('shows another organisation nothing and lets it change nothing: 404 exactly as for an official that does not exist', async () => {
    const added = await api.request('POST', '/api/v1/officials', {
      cookie: cookie.coordinator,
      body: { name: 'Hiltje Oostra' },
    });
    const list = await api.request('GET', '/api/v1/officials', { cookie: cookie.otherCoordinator });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain('Oostra');
    for (const [method, body] of [
      ['PATCH', { namePublic: true }],
      ['DELETE', undefined],
    ] as const) {
      const foreign = await api.request(method, `/api/v1/officials/${added.body.id}`, {
        cookie: cookie.otherCoordinator,
        body,
      });
      const missing = await api.request(method, `/api/v1/officials/${randomUUID()}`, {
        cookie: cookie.otherCoordinator,
        body,
      });
      expect(foreign.status).toBe(404);
      expect(foreign.body).toEqual(missing.body);
      expect(JSON.stringify(foreign.body)).not.toContain('Oostra');
    }
    const stored = await api.db.orm.em.fork().findOneOrFail(Official, added.body.id);
    expect(stored.namePublic).toBe(false);
  });

  it('is not for reviewers: the list of non-public names is kept by coordinators and admins', async () => {
    for (const [method, path, body] of [
      ['GET', '/api/v1/officials', undefined],
      ['POST', '/api/v1/officials', { name: 'Sietske Hoekstra' }],
    ] as const) {
      const response = await api.request(method, path, { cookie: cookie.reviewer, body });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe('auth.forbidden');
    }
  });
});
