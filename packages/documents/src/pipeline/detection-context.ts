// What the recognisers know about the case beyond the pages: the people whose names must be found in every
// spelling — the requester, the third parties of the case, and the officials of the organisation whose names are
// not public (an official acting in public, `namePublic`, is not proposed).
import type { EntityManager } from '@mikro-orm/postgresql';
import { Case, Official, ThirdParty } from '@woo/db';
import type { DetectionContext, KnownPerson } from '@woo/domain';

export async function loadDetectionContext(em: EntityManager, caseId: string): Promise<DetectionContext> {
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
  return { knownPersons: knownPersons.filter((person) => person.name.trim() !== ''), locale: 'nl' };
}
