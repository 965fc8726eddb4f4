import { applyAction, registerCase, type CaseAction } from '@woo/cases';
import { Organisation } from '@woo/db';
import { caseEventTypes, eventLabels } from '@woo/domain';
import type { ApiContext } from '../api-context.js';
import { actionPermission } from '../auth/permissions.js';
import { staffActor, type StaffSession } from '../auth/staff-session.js';
import { idParamsSchema } from '../http/common.schemas.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { actionBodySchemas, assignBodySchema, noteBodySchema } from './case-action.schemas.js';
import { caseAuditLog } from './case-audit-log.service.js';
import { caseDetail } from './case-detail.service.js';
import { listCases } from './case-list.service.js';
import { findStaffCase } from './case-lookup.js';
import {
  auditLogResponseSchema,
  caseDetailSchema,
  caseListQuerySchema,
  caseListResponseSchema,
  registerCaseBodySchema,
  registerCaseResponseSchema,
} from './case.schemas.js';

export function caseRoutes(ctx: ApiContext): AnyRouteSpec[] {
  /** After every change: the case as the coordinator sees it now, read in a fresh EntityManager. */
  async function detailOf(caseId: string, staff: StaffSession) {
    const em = ctx.orm.em.fork();
    return caseDetail(em, await findStaffCase(em, staff, caseId), staff, ctx.cases);
  }

  const actionRoutes = caseEventTypes.map((type) =>
    defineRoute({
      method: 'post',
      path: `/api/v1/cases/:id/actions/${type}`,
      summary: `Action: ${eventLabels[type].en} (${eventLabels[type].nl}).`,
      tag: 'case actions',
      access: { kind: 'staff', permission: actionPermission(type) },
      params: idParamsSchema,
      body: actionBodySchemas[type],
      response: caseDetailSchema,
      handle: async ({ params, body, staff }) => {
        const action = { ...body, type, on: body.on ?? ctx.cases.today() } as CaseAction;
        await applyAction(ctx.orm.em.fork(), params.id, action, staffActor(staff!), ctx.cases);
        return detailOf(params.id, staff!);
      },
    }),
  );

  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/cases',
      summary: 'Register a request received by phone, letter or e-mail, with its real date of receipt.',
      tag: 'cases',
      access: { kind: 'staff', permission: 'case.register' },
      body: registerCaseBodySchema,
      response: registerCaseResponseSchema,
      status: 201,
      handle: async ({ body, staff }) => {
        const em = ctx.orm.em.fork();
        const organisation = await em.findOneOrFail(Organisation, staff!.organisationId);
        const registered = await registerCase(
          em,
          {
            organisation,
            channel: body.channel,
            receivedOn: body.receivedOn,
            question: body.question,
            requestedPeriod: body.period ?? null,
            subjects: body.subjects ?? [],
            preferredForm: body.preferredForm ?? null,
            requester: body.requester,
            consentToPhone: body.consentToPhone ?? false,
            statusUrl: ctx.statusUrl,
          },
          staffActor(staff!),
          ctx.cases,
        );
        return {
          case: await detailOf(registered.caseId, staff!),
          trackingCode: registered.trackingCode,
          statusUrl: registered.statusUrl,
        };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/cases',
      summary: 'Cases of your organisation, most urgent deadline first, with filters.',
      tag: 'cases',
      access: { kind: 'staff', permission: 'case.read' },
      query: caseListQuerySchema,
      response: caseListResponseSchema,
      handle: async ({ query, staff }) => listCases(ctx.orm.em.fork(), staff!, query, ctx.cases),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/cases/:id',
      summary: 'One case: the clock and its explanation, allowed next actions, contacts, third parties, suspensions.',
      tag: 'cases',
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: caseDetailSchema,
      handle: async ({ params, staff }) => detailOf(params.id, staff!),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/cases/:id/events',
      summary: 'The full audit log of a case.',
      tag: 'cases',
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: auditLogResponseSchema,
      handle: async ({ params, staff }) => {
        const em = ctx.orm.em.fork();
        return caseAuditLog(em, await findStaffCase(em, staff!, params.id));
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/cases/:id/assign',
      summary: 'Assign the case to a staff member of your organisation (or to nobody).',
      tag: 'cases',
      access: { kind: 'staff', permission: 'case.assign' },
      params: idParamsSchema,
      body: assignBodySchema,
      response: caseDetailSchema,
      handle: async ({ params, body, staff }) => {
        const action: CaseAction = { type: 'assign', on: ctx.cases.today(), userId: body.userId };
        await applyAction(ctx.orm.em.fork(), params.id, action, staffActor(staff!), ctx.cases);
        return detailOf(params.id, staff!);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/cases/:id/notes',
      summary: 'Add an internal note to the audit log (never shown to the requester).',
      tag: 'cases',
      access: { kind: 'staff', permission: 'case.note' },
      params: idParamsSchema,
      body: noteBodySchema,
      response: caseDetailSchema,
      status: 201,
      handle: async ({ params, body, staff }) => {
        const action: CaseAction = { type: 'note', on: ctx.cases.today(), text: body.text };
        await applyAction(ctx.orm.em.fork(), params.id, action, staffActor(staff!), ctx.cases);
        return detailOf(params.id, staff!);
      },
    }),
    ...actionRoutes,
  ];
}
