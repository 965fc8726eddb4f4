// The work list's traffic light and counts. Today is Thursday 5 March 2026; 5 working days later is Thursday
// 12 March. First contact is due 3 working days after receipt.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Organisation, User } from '@woo/db';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';

let api: TestApi;
let organisation: Organisation;
let me: { user: User; cookie: string };

beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', today: '2026-03-05' });
  organisation = await api.organisation();
  me = await api.staff(organisation);
});
afterAll(async () => api?.close());

async function register(receivedOn: string, requesterName: string): Promise<string> {
  const response = await api.request('POST', '/api/v1/cases', {
    cookie: me.cookie,
    body: {
      channel: 'letter',
      receivedOn,
      question: `Alle stukken over het dossier van ${requesterName}.`,
      requester: { name: requesterName, postalAddress: 'Dorpsstraat 1, 1234 AB Voorbeeldstad' },
    },
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.case.id as string;
}

async function post(path: string, body: unknown) {
  const response = await api.request('POST', path, { cookie: me.cookie, body });
  expect(response.status, JSON.stringify(response.body)).toBeLessThan(300);
}

describe('the work list', () => {
  it('gives each case its traffic light, counts the open cases at the top, and searches', async () => {
    // Deadline 2 March: overdue.
    const overdue = await register('2026-02-02', 'Anna Achterstand');
    // Deadline Monday 9 March, contacted: within 5 working days.
    const soon = await register('2026-02-09', 'Bram Binnenkort');
    await post(`/api/v1/cases/${soon}/actions/contact_logged`, {
      channel: 'phone',
      contactPerson: 'Bram Binnenkort',
      outcome: 'continues_formally',
    });
    // Deadline 25 March, first contact was due Monday 2 March and nobody called.
    const uncontacted = await register('2026-02-25', 'Cor Contactloos');
    // Deadline 1 April, first contact due 9 March.
    const onTrack = await register('2026-03-04', 'Dina Optijd');
    await post(`/api/v1/cases/${onTrack}/assign`, { userId: me.user.id });
    // Withdrawn: no light, not counted.
    const withdrawn = await register('2026-03-03', 'Eef Ingetrokken');
    await post(`/api/v1/cases/${withdrawn}/actions/withdrawn`, {});

    const list = await api.request('GET', '/api/v1/cases', { cookie: me.cookie });
    expect(list.status).toBe(200);
    const lights = Object.fromEntries(
      list.body.cases.map(
        (row: { id: string; trafficLight: string; dueSoon: boolean; firstContactOverdue: boolean }) => [
          row.id,
          [row.trafficLight, row.dueSoon, row.firstContactOverdue],
        ],
      ),
    );
    expect(lights).toEqual({
      [overdue]: ['overdue', false, true],
      [soon]: ['due_soon', true, false],
      [uncontacted]: ['first_contact_overdue', false, true],
      [onTrack]: ['on_track', false, false],
      [withdrawn]: ['none', false, false],
    });
    expect(list.body.counts).toEqual({ open: 4, assignedToMe: 1, overdue: 1, firstContactOverdue: 2, dueSoon: 1 });

    const search = async (q: string) =>
      (await api.request('GET', `/api/v1/cases?q=${encodeURIComponent(q)}`, { cookie: me.cookie })).body.cases.map(
        (row: { id: string }) => row.id,
      );
    expect(await search('binnenkort')).toEqual([soon]);
    expect(await search('dossier van dina')).toEqual([onTrack]);
    // LIKE wildcards are searched for literally.
    expect(await search('%')).toEqual([]);
  });
});
