import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anOrganisation } from '@woo/db/testing';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
});
afterAll(async () => api?.close());

describe('GET /api/v1/organisations', () => {
  it('lists every organisation by name with its slug, without a session, and nothing else about them', async () => {
    const em = api.db.orm.em.fork();
    const later = anOrganisation(em, { name: 'Gemeente Zuiddorp', tooiIdentifier: 'gm9999' });
    const earlier = anOrganisation(em, { name: 'Gemeente Aadorp' });
    await em.flush();
    const response = await api.request('GET', '/api/v1/organisations');
    expect(response.status).toBe(200);
    expect(response.body.organisations).toEqual([
      { slug: earlier.slug, name: 'Gemeente Aadorp' },
      { slug: later.slug, name: 'Gemeente Zuiddorp' },
    ]);
  });
});
