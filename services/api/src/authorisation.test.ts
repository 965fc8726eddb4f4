// Every staff route of the registry, tried without a session (401), without the CSRF header (403), with a role the
// permission table does not allow (403), and by a user of another organisation (404, exactly as for a case that
// does not exist). Generated from the route list: a new endpoint is tested without anyone remembering to.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aCase, aCaseEvent } from '@woo/db/testing';
import { CaseEvent, Organisation, userRoles, type Case } from '@woo/db';
import { createApiContext } from './app.js';
import { permissionTable } from './auth/permissions.js';
import type { AnyRouteSpec } from './http/route-registry.js';
import { apiRoutes } from './routes.js';
import { startTestApi, type TestApi } from './testing/api-test-harness.js';

/** A body that passes validation for each POST route, so the access checks are what answers. */
const validBodies: Record<string, unknown> = {
  '/api/v1/auth/logout': {},
  '/api/v1/cases': {
    channel: 'letter',
    receivedOn: '2026-03-02',
    question: 'Alle stukken over de nieuwe brug.',
    requester: { name: 'Jan Jansen', postalAddress: 'Dorpsstraat 1, 1234 AB Voorbeeldstad' },
  },
  '/api/v1/cases/:id/assign': { userId: null },
  '/api/v1/cases/:id/notes': { text: 'Gebeld, geen gehoor.' },
  // Multipart in real use; the access checks answer before the body is read.
  '/api/v1/cases/:id/documents': {},
  contact_logged: { channel: 'phone', contactPerson: 'Jan Jansen', outcome: 'continues_formally' },
  precisering_asked: { periodEnd: '2026-03-16' },
  precisering_received: {},
  precisering_lapsed: {},
  consent_to_delay_given: {},
  consent_to_delay_ended: {},
  documents_collected: {},
  zienswijze_asked: { periodEnd: '2026-03-16', thirdParty: { name: 'Bouwbedrijf Noord B.V.' } },
  zienswijze_received: { thirdPartyId: randomUUID() },
  zienswijze_lapsed: { thirdPartyId: randomUUID() },
  extension: { reasons: 'Veel documenten.' },
  notice_of_default_received: {},
  court_order: { decideBy: '2026-05-01' },
  forwarded: { to: 'Provincie Noord' },
  not_handled: { ground: '4.6' },
  withdrawn: {},
  decision_drafted: {},
  submitted_for_review: {},
  review_approved: {},
  review_rejected: { reason: 'Grond 5.1.2e ontbreekt.' },
  decided: { outcome: 'openbaar' },
  disclosure_hold_ended: {},
  published: {},
  closed: {},
  '/api/v1/documents/:id/regions': { page: 1, box: { x: 72, y: 72, width: 100, height: 12 }, ground: '5.1.2e' },
  '/api/v1/regions/:id/accept': {},
  '/api/v1/regions/:id/reject': {},
  '/api/v1/regions/:id': { ground: '5.1.2e' },
  '/api/v1/regions/:id/apply-to-case': { decision: 'reject' },
  '/api/v1/regions/:id/namesake': { namesake: true },
  '/api/v1/documents/:id/review/submit': {},
  '/api/v1/documents/:id/review/approve': {},
  '/api/v1/documents/:id/review/reopen': {},
  '/api/v1/documents/:id/outcome': { outcome: 'openbaar' },
  '/api/v1/officials': { name: 'Gerlof Wijnstra' },
  '/api/v1/cases/:id/decision/motivations': { motivations: {} },
  '/api/v1/cases/:id/decision/decide': {},
  '/api/v1/cases/:id/publication': {},
  '/api/v1/officials/:id': { namePublic: true },
};

function bodyFor(route: AnyRouteSpec): unknown {
  if (route.method === 'get' || route.method === 'delete') return undefined;
  const action = route.path.match(/\/actions\/([a-z_]+)$/)?.[1];
  const body = validBodies[action ?? route.path];
  if (body === undefined) throw new Error(`authorisation test: add a valid body for ${route.method} ${route.path}`);
  return body;
}

let api: TestApi;
let staffRoutes: AnyRouteSpec[];
let orgA: Organisation;
let caseA: Case;
const cookies: Record<string, Record<string, string>> = { A: {}, B: {} };

beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', today: '2026-03-04' });
  staffRoutes = apiRoutes(createApiContext(api.deps)).filter((route) => route.access.kind === 'staff');
  orgA = await api.organisation();
  const orgB = await api.organisation();
  for (const role of userRoles) {
    cookies.A![role] = (await api.staff(orgA, role)).cookie;
    cookies.B![role] = (await api.staff(orgB, role)).cookie;
  }
  const em = api.db.orm.em.fork();
  caseA = aCase(em, { organisation: em.getReference(Organisation, orgA.id), receivedOn: '2026-03-02' });
  aCaseEvent(em, { case: caseA, isPublic: true });
  await em.flush();
});
afterAll(async () => api?.close());

const pathOf = (route: AnyRouteSpec, id: string) => route.path.replace(':id', id);

describe('authorisation of every staff route', () => {
  it('covers the whole registry, including every action', () => {
    expect(staffRoutes.length).toBeGreaterThan(30);
    for (const route of staffRoutes) bodyFor(route);
  });

  it('answers 401 without a session', async () => {
    for (const route of staffRoutes) {
      const response = await api.request(route.method.toUpperCase(), pathOf(route, caseA.id), { body: bodyFor(route) });
      expect(response.status, `${route.method} ${route.path}`).toBe(401);
      expect(response.body.error.code).toBe('auth.unauthenticated');
    }
  });

  it('answers 403 to a POST, PUT, PATCH or DELETE without the CSRF header, even with a valid session', async () => {
    for (const route of staffRoutes.filter((r) => r.method !== 'get')) {
      const response = await api.request(route.method.toUpperCase(), pathOf(route, caseA.id), {
        body: bodyFor(route),
        cookie: cookies.A!.admin,
        csrf: false,
      });
      expect(response.status, route.path).toBe(403);
      expect(response.body.error.code).toBe('csrf.forbidden');
    }
  });

  it('answers 403 to every role the permission table leaves out', async () => {
    let tried = 0;
    for (const route of staffRoutes) {
      if (route.access.kind !== 'staff') continue;
      const allowed = permissionTable[route.access.permission];
      for (const role of userRoles.filter((r) => !allowed.includes(r))) {
        tried += 1;
        const response = await api.request(route.method.toUpperCase(), pathOf(route, caseA.id), {
          body: bodyFor(route),
          cookie: cookies.A![role],
        });
        expect(response.status, `${role} ${route.method} ${route.path}`).toBe(403);
        expect(response.body.error.code).toBe('auth.forbidden');
      }
    }
    // Reviewers may not run cases; coordinators may not approve their own drafts.
    expect(tried).toBeGreaterThan(25);
  });

  it('answers 404 to another organisation for every route on a case, exactly as for a case that does not exist', async () => {
    const caseRoutes = staffRoutes.filter((route) => route.path.includes(':id'));
    expect(caseRoutes.length).toBeGreaterThan(25);
    for (const route of caseRoutes) {
      if (route.access.kind !== 'staff') continue;
      const role = permissionTable[route.access.permission][0]!;
      const foreign = await api.request(route.method.toUpperCase(), pathOf(route, caseA.id), {
        body: bodyFor(route),
        cookie: cookies.B![role],
      });
      const missing = await api.request(route.method.toUpperCase(), pathOf(route, randomUUID()), {
        body: bodyFor(route),
        cookie: cookies.B![role],
      });
      expect(foreign.status, `${role} of B: ${route.method} ${route.path}`).toBe(404);
      expect(foreign.body).toEqual(missing.body);
    }
    // Nothing happened to the case of A.
    const em = api.db.orm.em.fork();
    expect(await em.count(CaseEvent, { case: caseA.id })).toBe(1);
  });

  it('lists only cases of the own organisation', async () => {
    const forB = await api.request('GET', '/api/v1/cases', { cookie: cookies.B!.coordinator });
    expect(forB.status).toBe(200);
    expect(forB.body.cases.map((c: { id: string }) => c.id)).not.toContain(caseA.id);
    const forA = await api.request('GET', '/api/v1/cases', { cookie: cookies.A!.reviewer });
    expect(forA.body.cases.map((c: { id: string }) => c.id)).toContain(caseA.id);
  });
});
