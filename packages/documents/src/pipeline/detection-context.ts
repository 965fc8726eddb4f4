// What the recognisers know about the case beyond the pages: the people whose names must be found in every
// spelling — the requester, the third parties of the case, and the officials of the organisation whose names are
// not public (an official acting in public, `namePublic`, is not proposed) — and the names proposed in the case's
// other documents, whose surnames are then proposed where they recur in this one.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Official, RedactionRegion, ThirdParty } from '@woo/db';
import type { DetectionContext, KnownPerson } from '@woo/domain';

/** Person regions with evidence (as in-document propagation: confidence 0.75 and up) that nobody rejected. */
const CASE_NAME_MIN_CONFIDENCE = 0.75;

export async function loadDetectionContext(
  em: EntityManager,
  caseId: string,
  documentId?: string,
): Promise<DetectionContext> {
  const kase = await em.findOneOrFail(Case, caseId, { fields: ['id', 'requesterName', 'organisation'] });
  const thirdParties = await em.find(ThirdParty, { case: caseId }, { fields: ['id', 'name'], orderBy: { id: 'asc' } });
  const officials = await em.find(
    Official,
    { organisation: kase.organisation.id, namePublic: false },
    { fields: ['id', 'name'], orderBy: { id: 'asc' } },
  );
  const knownPersons: KnownPerson[] = [
    { name: kase.requesterName, role: 'requester' },
    ...thirdParties.map((party) => ({ name: party.name, role: 'third_party' })),
    ...officials.map((official) => ({ name: official.name, role: 'official' })),
  ];
  // The document's own regions are left out: a re-run of its detection must propose what the first run proposed.
  const caseRegions = await em.find(
    RedactionRegion,
    {
      document: { case: caseId, ...(documentId ? { id: { $ne: documentId } } : {}) },
      ground: '5.1.2e',
      status: { $ne: 'rejected' },
      origin: 'detected',
      recogniser: { $like: '%person%' },
      confidence: { $gte: CASE_NAME_MIN_CONFIDENCE },
      text: { $ne: null },
    },
    { fields: ['id', 'text'], orderBy: { id: 'asc' } },
  );
  const caseNames = [...new Set(caseRegions.map((region) => region.text ?? ''))].filter((text) => text !== '');
  return {
    knownPersons: knownPersons.filter((person) => person.name.trim() !== ''),
    caseNames,
    locale: 'nl',
  };
}
