import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiContext } from '../app.js';
import { apiRoutes } from '../routes.js';
import { startTestApi, type TestApi } from '../testing/api-test-harness.js';
import { openApiPath } from './openapi-document.js';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ redisUrl: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' });
});
afterAll(async () => api?.close());

describe('GET /api/v1/openapi.json', () => {
  it('describes every route of the registry with the schemas that validate it', async () => {
    const response = await api.request('GET', '/api/v1/openapi.json');
    expect(response.status).toBe(200);
    const document = response.body;
    expect(document.openapi).toBe('3.1.0');
    for (const route of apiRoutes(createApiContext(api.deps))) {
      const operation = document.paths[openApiPath(route.path)]?.[route.method];
      expect(operation, `${route.method} ${route.path}`).toBeDefined();
      expect(operation.summary).toBe(route.summary);
    }
    const intake = document.paths['/api/v1/requests'].post;
    const body = intake.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(expect.arrayContaining(['organisation', 'question', 'requester']));
    expect(body.properties.requester.properties.email.format).toBe('email');
    expect(intake.responses['201'].content['application/json'].schema.required).toContain('trackingCode');
    expect(intake.responses['429']).toBeDefined();

    const extension = document.paths['/api/v1/cases/{id}/actions/extension'].post;
    expect(extension['x-permission']).toBe('case.action.extension');
    expect(extension.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'id', in: 'path', required: true }),
        expect.objectContaining({ name: 'X-Requested-With', in: 'header', required: true }),
      ]),
    );
    expect(extension.requestBody.content['application/json'].schema.required).toEqual(['reasons']);
    expect(Object.keys(extension.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '409']),
    );
    const list = document.paths['/api/v1/cases'].get;
    expect(list.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['status', 'dueWithinWorkingDays', 'overdue', 'firstContactOverdue', 'assignedToMe']),
    );
  });
});
