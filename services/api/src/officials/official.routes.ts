// The officials of the staff member's own organisation whose names appear in its documents. Those marked
// non-public (namePublic false) are known persons for detection in every case of the organisation. Managed by
// coordinators and admins; an official of another organisation is "not found", exactly like one that does not exist.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Official, Organisation } from '@woo/db';
import { DomainError } from '@woo/domain';
import type { ApiContext } from '../api-context.js';
import type { StaffSession } from '../auth/staff-session.js';
import { idParamsSchema } from '../http/common.schemas.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import {
  changeOfficialBodySchema,
  createOfficialBodySchema,
  officialListSchema,
  officialSchema,
} from './official.schemas.js';

const tag = 'officials';

function officialNotFound(): DomainError {
  return new DomainError('official.not_found', {
    nl: 'Deze medewerker staat niet in de lijst van uw organisatie.',
    en: 'This official is not on the list of your organisation.',
  });
}

async function findOwnOfficial(em: EntityManager, staff: StaffSession, id: string): Promise<Official> {
  const official = await em.findOne(Official, { id, organisation: staff.organisationId });
  if (!official) throw officialNotFound();
  return official;
}

const view = ({ id, name, jobTitle, namePublic }: Official) => ({ id, name, jobTitle: jobTitle ?? null, namePublic });

export function officialRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const em = () => ctx.orm.em.fork() as EntityManager;
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/officials',
      summary: "The own organisation's officials, by name, with whether their name is public.",
      tag,
      access: { kind: 'staff', permission: 'official.manage' },
      response: officialListSchema,
      handle: async ({ staff }) => {
        const officials = await em().find(
          Official,
          { organisation: staff!.organisationId },
          { orderBy: { name: 'asc', id: 'asc' } },
        );
        return { officials: officials.map(view) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/officials',
      summary:
        'Add an official; with namePublic false (default) their name is proposed for redaction (5.1.2e) in every ' +
        'case of the organisation, in every spelling.',
      tag,
      access: { kind: 'staff', permission: 'official.manage' },
      body: createOfficialBodySchema,
      response: officialSchema,
      status: 201,
      handle: async ({ body, staff }) => {
        const manager = em();
        const official = manager.create(Official, {
          organisation: manager.getReference(Organisation, staff!.organisationId),
          name: body.name,
          jobTitle: body.jobTitle ?? null,
          namePublic: body.namePublic,
        });
        await manager.flush();
        return view(official);
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/officials/:id',
      summary:
        "Change an official's name, job title or whether their name is public (applies to detection from now on).",
      tag,
      access: { kind: 'staff', permission: 'official.manage' },
      params: idParamsSchema,
      body: changeOfficialBodySchema,
      response: officialSchema,
      handle: async ({ params, body, staff }) => {
        const manager = em();
        const official = await findOwnOfficial(manager, staff!, params.id);
        if (body.name !== undefined) official.name = body.name;
        if (body.jobTitle !== undefined) official.jobTitle = body.jobTitle;
        if (body.namePublic !== undefined) official.namePublic = body.namePublic;
        await manager.flush();
        return view(official);
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/api/v1/officials/:id',
      summary: 'Remove an official from the list (regions already proposed stay for the reviewer).',
      tag,
      access: { kind: 'staff', permission: 'official.manage' },
      params: idParamsSchema,
      response: officialSchema,
      handle: async ({ params, staff }) => {
        const manager = em();
        const official = await findOwnOfficial(manager, staff!, params.id);
        const removed = view(official);
        await manager.remove(official).flush();
        return removed;
      },
    }),
  ];
}
