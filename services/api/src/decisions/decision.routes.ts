// The decision letter (besluit) of a case: the draft with the inventory and the motivation per ground, the preview
// PDF (marked CONCEPT), the motivations as the coordinator edits them, taking the decision (which fixes the letter),
// and the fixed letter. The content and the rules live in @woo/cases (decision/); the layout in @woo/pdf (letter/).
import {
  decideWithLetter,
  decisionDraftView,
  decisionLetter,
  draftViewOf,
  latestDecision,
  letterNotFound,
  loadDecisionFacts,
  motivationPlace,
  previewMoment,
  saveMotivations,
} from '@woo/cases';
import { Organisation } from '@woo/db';
import { normalizeGroundCode } from '@woo/domain';
import { printableLetterText, renderLetter } from '@woo/pdf';
import type { ApiContext } from '../api-context.js';
import { actionPermission } from '../auth/permissions.js';
import { staffActor, type StaffSession } from '../auth/staff-session.js';
import { findStaffCase } from '../cases/case-lookup.js';
import { idParamsSchema } from '../http/common.schemas.js';
import { defineRoute, type AnyRouteSpec } from '../http/route-registry.js';
import { decideBodySchema, decisionDraftSchema, motivationsBodySchema, pdfSchema } from './decision.schemas.js';
import { sendPdf } from './send-pdf.js';

const tag = 'decision';

/** The ground code as the letter names it ('5.1.2.e' → '5.1.2e'); an input that is no code stays as it was sent. */
function groundCodeOrInput(input: string): string {
  try {
    return normalizeGroundCode(input);
  } catch {
    return input;
  }
}

export function decisionRoutes(ctx: ApiContext): AnyRouteSpec[] {
  const documents = ctx.documents;
  if (!documents) return [];
  const { blobs } = documents;

  async function viewOf(caseId: string, staff: StaffSession) {
    const em = ctx.orm.em.fork();
    const kase = await findStaffCase(em, staff, caseId);
    return decisionDraftView(em, kase, await em.findOneOrFail(Organisation, kase.organisation.id));
  }

  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/cases/:id/decision',
      summary:
        'The decision as it is being prepared: inventory with each document’s assessment, the grounds in use with ' +
        'their standard and edited motivation, what still blocks deciding, and the decision once taken.',
      tag,
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: decisionDraftSchema,
      handle: async ({ params, staff }) => viewOf(params.id, staff!),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/cases/:id/decision/motivations',
      summary:
        'Edit the motivation of grounds in use (ground code → text; an empty text restores the standard one). ' +
        'Refused once the decision is taken, and for text the letter cannot print.',
      tag,
      access: { kind: 'staff', permission: actionPermission('decision_drafted') },
      params: idParamsSchema,
      body: motivationsBodySchema,
      response: decisionDraftSchema,
      handle: async ({ params, body, staff }) => {
        // Only the texts being edited, before the case is locked: a character the letter cannot print is refused
        // with the field it stands in. The rest of the letter (titles, addresses) is checked where the letter is
        // made: the preview and the decision.
        for (const [input, text] of Object.entries(body.motivations)) {
          await printableLetterText(text.trim(), motivationPlace(groundCodeOrInput(input)));
        }
        return ctx.orm.em.fork().transactional(async (em) => {
          const kase = await findStaffCase(em, staff!, params.id);
          const organisation = await em.findOneOrFail(Organisation, kase.organisation.id);
          const facts = await saveMotivations(em, kase, organisation, staff!.userId, body.motivations);
          return draftViewOf(facts, null);
        });
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/cases/:id/decision/preview',
      summary: 'The draft letter as it would be sent today, marked CONCEPT, as a PDF to view in the browser.',
      tag,
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: pdfSchema,
      handle: async ({ params, staff, res }) => {
        const em = ctx.orm.em.fork();
        const kase = await findStaffCase(em, staff!, params.id);
        const facts = await loadDecisionFacts(em, kase, await em.findOneOrFail(Organisation, kase.organisation.id));
        const bytes = await renderLetter(decisionLetter(facts, previewMoment(facts, ctx.cases)));
        sendPdf(res, bytes, { filename: `concept-besluit-${kase.reference}.pdf`, disposition: 'inline' });
      },
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/cases/:id/decision/decide',
      summary:
        'Take the decision (besluit definitief maken): every document processed and assessed, the outcome follows ' +
        'from them, the letter is rendered with today’s date, stored and fixed; the case moves to decided (or to ' +
        'the disclosure hold when a third party objected, Woo 4.4(5)).',
      tag,
      access: { kind: 'staff', permission: actionPermission('decided') },
      params: idParamsSchema,
      body: decideBodySchema,
      response: decisionDraftSchema,
      handle: async ({ params, staff }) => {
        const kase = await findStaffCase(ctx.orm.em.fork(), staff!, params.id);
        const decision = await decideWithLetter(ctx.orm.em.fork(), kase.id, staffActor(staff!), {
          ...ctx.cases,
          renderLetter,
          blobs,
        });
        ctx.logger.info({ caseId: kase.id, decisionId: decision.id }, 'decision taken');
        return viewOf(kase.id, staff!);
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/cases/:id/decision/letter',
      summary: 'The fixed decision letter as it was sent (PDF); 404 before the decision is taken.',
      tag,
      access: { kind: 'staff', permission: 'case.read' },
      params: idParamsSchema,
      response: pdfSchema,
      handle: async ({ params, staff, res }) => {
        const em = ctx.orm.em.fork();
        const kase = await findStaffCase(em, staff!, params.id);
        const decision = await latestDecision(em, kase.id);
        if (!decision?.letterBlobKey) throw letterNotFound();
        const bytes = await blobs.get(decision.letterBlobKey);
        sendPdf(res, bytes, { filename: `besluit-${kase.reference}.pdf`, disposition: 'inline' });
      },
    }),
  ];
}
